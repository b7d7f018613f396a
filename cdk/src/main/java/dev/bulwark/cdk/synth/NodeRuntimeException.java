package dev.bulwark.cdk.synth;

/**
 * Node.js, which the CDK for Java runs on (jsii), is missing, broken or too old. The CLI maps this to exit
 * code 3: nothing was checked.
 */
public final class NodeRuntimeException extends SynthException {
    private static final long serialVersionUID = 1L;

    public NodeRuntimeException(String problem) {
        super(problem + ". CDK synthesis runs on Node.js: install Node.js 20 or newer (22 LTS recommended, "
                + "https://nodejs.org) and make sure `node` is on PATH, or point JSII_NODE at it.");
    }
}
