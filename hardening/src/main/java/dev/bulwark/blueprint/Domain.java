package dev.bulwark.blueprint;

import java.util.List;

/** The public name the load balancer certificate covers; alternative names are at most 9, no wildcards. */
public record Domain(String name, List<String> alternativeNames) {
    public Domain {
        alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
    }
}
