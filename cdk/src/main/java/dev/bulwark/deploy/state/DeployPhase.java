package dev.bulwark.deploy.state;

/** How far a deploy got, in order; a rerun re-checks the phases reached against AWS and goes on from there. */
public enum DeployPhase {
    STARTED("started"),
    SYNTHESIZED("synthesized"),
    STACK_CREATED("stack-created"),
    CERTIFICATE_PENDING("certificate-pending"),
    CERTIFICATE_ATTACHED("certificate-attached"),
    SECRETS_STORED("secrets-stored"),
    /** Container mode: the service runs with its current deployment active (it has no post-create steps). */
    SERVICE_RUNNING("service-running"),
    POST_CREATE_DONE("post-create-done"),
    SECRETS_DELIVERED("secrets-delivered"),
    VERIFIED("verified");

    private final String label;

    DeployPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean reached(DeployPhase other) {
        return compareTo(other) >= 0;
    }

    public static DeployPhase fromLabel(String label) {
        for (DeployPhase phase : values()) {
            if (phase.label.equals(label)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("unknown deploy phase '" + label + "'");
    }
}
