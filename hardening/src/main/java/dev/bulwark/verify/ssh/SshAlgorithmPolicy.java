package dev.bulwark.verify.ssh;

import dev.bulwark.policy.ShippedYaml;
import java.util.ArrayList;
import java.util.List;

/**
 * Which SSH algorithms a hardened server may offer, as data ({@code ssh-policy.yaml} beside this class), modelled
 * on ssh-audit's hardened policies. The checks ask it to rate what a server offered; they hold no lists of their own.
 */
public record SshAlgorithmPolicy(List<String> markers, Lists allowed, Lists broken, int minRsaBits) {

    private static final SshAlgorithmPolicy DEFAULT = load();

    /** One list per algorithm kind; entries may end in {@code *}. */
    public record Lists(List<String> kex, List<String> hostKeys, List<String> ciphers, List<String> macs) {
        public Lists {
            kex = List.copyOf(kex);
            hostKeys = List.copyOf(hostKeys);
            ciphers = List.copyOf(ciphers);
            macs = List.copyOf(macs);
        }
    }

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

    /** The policy bulwark ships with. */
    public static SshAlgorithmPolicy defaults() {
        return DEFAULT;
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

    private static SshAlgorithmPolicy load() {
        return ShippedYaml.read(SshAlgorithmPolicy.class, "ssh-policy.yaml", SshAlgorithmPolicy.class);
    }
}
