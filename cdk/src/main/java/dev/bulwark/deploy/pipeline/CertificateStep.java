package dev.bulwark.deploy.pipeline;

import dev.bulwark.deploy.certificate.CertificateStatus;

import java.util.function.Supplier;

/**
 * The certificate a mode's stack requested: its name and how to read its status now.
 *
 * @param name   the Lightsail certificate name
 * @param status reads the status (and validation records) from Lightsail
 */
public record CertificateStep(String name, Supplier<CertificateStatus> status) {
}
