package dev.bulwark.verify.tls;

/** The TLS/SSL versions the probe asks for, with their wire code and the name JSSE uses. */
public enum ProtocolVersion {
    SSL_3_0(0x0300, "SSLv3", "SSL 3.0", true),
    TLS_1_0(0x0301, "TLSv1", "TLS 1.0", true),
    TLS_1_1(0x0302, "TLSv1.1", "TLS 1.1", true),
    TLS_1_2(0x0303, "TLSv1.2", "TLS 1.2", false),
    TLS_1_3(0x0304, "TLSv1.3", "TLS 1.3", false);

    private final int wireCode;
    private final String jsseName;
    private final String label;
    private final boolean legacy;

    ProtocolVersion(int wireCode, String jsseName, String label, boolean legacy) {
        this.wireCode = wireCode;
        this.jsseName = jsseName;
        this.label = label;
        this.legacy = legacy;
    }

    /** The two-byte version as it appears in a ClientHello/ServerHello. */
    public int wireCode() {
        return wireCode;
    }

    public String jsseName() {
        return jsseName;
    }

    /** How people write it, e.g. {@code TLS 1.0}. */
    public String label() {
        return label;
    }

    /** Deprecated by RFC 8996 (and RFC 7568 for SSL 3.0): a hardened endpoint must refuse it. */
    public boolean legacy() {
        return legacy;
    }
}
