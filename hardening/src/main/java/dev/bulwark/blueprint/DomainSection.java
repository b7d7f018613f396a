package dev.bulwark.blueprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code domain:}: the names the load balancer certificate covers. */
final class DomainSection {
    static final int MAX_ALTERNATIVE_NAMES = 9;

    private DomainSection() {
    }

    static Domain read(MappingFields root) {
        MappingFields domain = root.section("domain", BlueprintKeys.DOMAIN);
        String name = domain.requiredString("name");
        if (name != null) {
            DnsNames.check(name).ifPresent(v -> domain.error("name", v.message(), v.hint()));
        }
        List<MappingFields.Item> items = domain.strings("alternativeNames");
        if (items.size() > MAX_ALTERNATIVE_NAMES) {
            domain.error("alternativeNames", "has " + items.size() + " names; at most " + MAX_ALTERNATIVE_NAMES
                    + " are allowed", "a Lightsail certificate covers the name plus up to 9 alternative names");
        }
        Problems problems = domain.problems();
        Map<String, SourceLocation> seen = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        for (MappingFields.Item item : items) {
            Optional<Violation> bad = DnsNames.check(item.value());
            SourceLocation first = seen.putIfAbsent(item.value(), item.location());
            if (bad.isPresent()) {
                problems.error(item.location(), item.path(), bad.get().message(), bad.get().hint());
            } else if (item.value().equals(name)) {
                problems.error(item.location(), item.path(), "repeats domain.name", "remove it from the list");
            } else if (first != null) {
                problems.error(item.location(), item.path(), "duplicate name (first listed at line " + first.line()
                        + ")", "remove one of them");
            }
            alternatives.add(item.value());
        }
        return new Domain(name, alternatives);
    }
}
