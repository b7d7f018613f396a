package dev.bulwark.deploy.preflight;

/** Who is about to deploy, as STS sees it; printed before anything changes so a wrong account is caught early. */
public record CallerIdentity(String account, String arn) {
}
