package dev.bulwark.verify.ssh;

import dev.bulwark.policy.HardeningPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Rates the SSH algorithms a server offered against the hardening policy's {@code ssh} section (modelled on
 * ssh-audit's hardened policies): accepted is what the host baseline's sshd offers plus what else a hardened server
 * may offer. The checks ask it; they hold no lists of their own.
 */
public record SshAlgorithmPolicy(List<String> markers, HardeningPolicy.SshAlgorithms allowed,
                                 HardeningPolicy.SshAlgorithms broken, int minRsaBits) {

    /** An algorithm of one kind, as a finding's evidence names it: {@code cipher 3des-cbc}. */
    public record Rated(String kind, String name) {
        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    public SshAlgorithmPolicy {
        markers = List.copyOf(markers);
    }

    /** The rating under the shipped policy. */
    public static SshAlgorithmPolicy defaults() {
        return of(HardeningPolicy.defaults());
    }

    /** The rating {@code policy}'s {@code ssh} section asks for. */
    public static SshAlgorithmPolicy of(HardeningPolicy policy) {
        HardeningPolicy.Ssh ssh = policy.ssh();
        return new SshAlgorithmPolicy(ssh.markers(), ssh.accepted(), ssh.broken(), ssh.minRsaBits());
    }

    /** Offered algorithms listed as broken, in offer order (kex, host key, cipher, MAC). */
    public List<Rated> broken(KexInit offer) {
        return rate(offer, true);
    }

    /** Offered algorithms neither allowed nor broken: weaker than the hardened policy asks for. */
    public List<Rated> weak(KexInit offer) {
        return rate(offer, false);
    }

    private List<Rated> rate(KexInit offer, boolean wantBroken) {
        List<Rated> out = new ArrayList<>();
        collect(out, "kex", offer.kex().stream().filter(n -> !matches(markers, n)).toList(), allowed.kex(),
                broken.kex(), wantBroken);
        collect(out, "host key", offer.hostKeys(), allowed.hostKeys(), broken.hostKeys(), wantBroken);
        collect(out, "cipher", offer.ciphers(), allowed.ciphers(), broken.ciphers(), wantBroken);
        collect(out, "mac", offer.macs(), allowed.macs(), broken.macs(), wantBroken);
        return List.copyOf(out);
    }

    private static void collect(List<Rated> out, String kind, List<String> offered, List<String> allowed,
                                List<String> broken, boolean wantBroken) {
        for (String name : offered) {
            boolean isBroken = matches(broken, name);
            boolean isAllowed = !isBroken && matches(allowed, name);
            if (wantBroken ? isBroken : !isBroken && !isAllowed) {
                out.add(new Rated(kind, name));
            }
        }
    }

    static boolean matches(List<String> patterns, String name) {
        for (String p : patterns) {
            if (p.equals(name) || glob(p, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean glob(String pattern, String name) {
        if (!pattern.contains("*")) {
            return false;
        }
        String regex = ("\\Q" + pattern + "\\E").replace("*", "\\E.*\\Q");
        return name.matches(regex);
    }
}
