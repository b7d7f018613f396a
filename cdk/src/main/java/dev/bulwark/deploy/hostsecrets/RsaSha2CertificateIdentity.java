package dev.bulwark.deploy.hostsecrets;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;

import java.util.Vector;

/**
 * Lightsail's login is an RSA key with an {@code ssh-rsa-cert-v01@openssh.com} certificate. JSch 2.28 offers such
 * a certificate only under that SHA-1 name, which OpenSSH 8.8 and later refuse; this identity offers the same
 * certificate as {@code rsa-sha2-512-cert-v01@openssh.com} and signs with {@code rsa-sha2-512}, as OpenSSH does
 * (JSch's certificate identity ignores the requested algorithm, so the plain key pair signs).
 */
final class RsaSha2CertificateIdentity implements Identity {
    static final String SHA1_CERTIFICATE = "ssh-rsa-cert-v01@openssh.com";
    static final String SHA2_CERTIFICATE = "rsa-sha2-512-cert-v01@openssh.com";
    private static final String SIGNATURE = "rsa-sha2-512";

    private final Identity certified;
    private final KeyPair signer;

    private RsaSha2CertificateIdentity(Identity certified, KeyPair signer) {
        this.certified = certified;
        this.signer = signer;
    }

    /**
     * The identity as it should be offered: RSA certificates under the SHA-2 name, anything else unchanged.
     *
     * @param privateKey the identity's unencrypted private key, read again for SHA-2 signing; the caller wipes it
     */
    static Identity offered(JSch jsch, Identity identity, byte[] privateKey) throws JSchException {
        if (!SHA1_CERTIFICATE.equals(identity.getAlgName())) {
            return identity;
        }
        return new RsaSha2CertificateIdentity(identity, KeyPair.load(jsch, privateKey, null));
    }

    @Override
    public boolean setPassphrase(byte[] passphrase) throws JSchException {
        return certified.setPassphrase(passphrase);
    }

    @Override
    public byte[] getPublicKeyBlob() {
        return certified.getPublicKeyBlob();
    }

    @Override
    public byte[] getSignature(byte[] data) {
        return signer.getSignature(data, SIGNATURE);
    }

    @Override
    public byte[] getSignature(byte[] data, String algorithm) {
        return signer.getSignature(data, SIGNATURE);
    }

    @Override
    public String getAlgName() {
        return SHA2_CERTIFICATE;
    }

    @Override
    public String getName() {
        return certified.getName();
    }

    @Override
    public boolean isEncrypted() {
        return certified.isEncrypted();
    }

    @Override
    public void clear() {
        certified.clear();
        signer.dispose();
    }

    /** A repository holding just the identities given, for one session. */
    static IdentityRepository repositoryOf(Vector<Identity> identities) {
        return new IdentityRepository() {
            @Override
            public String getName() {
                return "bulwark-deploy";
            }

            @Override
            public int getStatus() {
                return RUNNING;
            }

            @Override
            public Vector<Identity> getIdentities() {
                return new Vector<>(identities);
            }

            @Override
            public boolean add(byte[] identity) {
                return false;
            }

            @Override
            public boolean remove(byte[] blob) {
                return false;
            }

            @Override
            public void removeAll() {
                identities.forEach(Identity::clear);
                identities.clear();
            }
        };
    }
}
