package dev.bulwark.deploy.certificate;

/** A DNS record the certificate's validation needs, as the user would type it into a DNS console. */
public record ValidationRecord(String name, String type, String value) {
    public String render() {
        return name + "  " + type + "  " + value;
    }
}
