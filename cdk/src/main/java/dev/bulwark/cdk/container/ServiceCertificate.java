package dev.bulwark.cdk.container;

import dev.bulwark.blueprint.Domain;
import software.amazon.awscdk.services.lightsail.CfnCertificate;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/**
 * The Lightsail certificate for the container service's custom domain. It is requested in every phase; the service
 * attaches it ({@code PublicDomainNames}) only once DNS validation has succeeded. Its validation records are not
 * CloudFormation attributes: deploy reads them with {@code GetCertificates} using {@link #certificateName()}.
 */
public final class ServiceCertificate extends Construct {
    /** Lightsail's limit for subject alternative names on a certificate. */
    public static final int MAX_ALTERNATIVE_NAMES = 9;

    private final CfnCertificate certificate;
    private final String certificateName;
    private final List<String> domainNames;

    public ServiceCertificate(Construct scope, String id, String serviceName, Domain domain) {
        super(scope, id);
        getNode().addValidation(() -> domain.alternativeNames().size() <= MAX_ALTERNATIVE_NAMES ? List.of()
                : List.of("domain.alternativeNames has " + domain.alternativeNames().size() + " names; a Lightsail"
                        + " certificate takes at most " + MAX_ALTERNATIVE_NAMES + ": drop some"));
        certificateName = serviceName + "-cert";
        CfnCertificate.Builder builder = CfnCertificate.Builder.create(this, "Certificate")
                .certificateName(certificateName)
                .domainName(domain.name());
        if (!domain.alternativeNames().isEmpty()) {
            builder.subjectAlternativeNames(domain.alternativeNames());
        }
        certificate = builder.build();
        List<String> names = new ArrayList<>();
        names.add(domain.name());
        names.addAll(domain.alternativeNames());
        domainNames = List.copyOf(names);
    }

    public CfnCertificate certificate() {
        return certificate;
    }

    public String certificateName() {
        return certificateName;
    }

    /** The domain name and its alternatives, as the service's custom domain lists them. */
    public List<String> domainNames() {
        return domainNames;
    }
}
