package com.certhall.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The materials a channel accepts and their upload limits. A kind the channel does not list is refused;
 * a file must fit the kind's size limit and its real (sniffed) format must be one of the accepted formats.
 */
public record MaterialPolicy(List<MaterialRequirement> requirements) {

    public MaterialPolicy {
        requirements = List.copyOf(requirements);
        if (requirements.stream().map(MaterialRequirement::kind).distinct().count() != requirements.size()) {
            throw new IllegalArgumentException("each material kind may be listed once");
        }
    }

    public Optional<MaterialRequirement> requirement(MaterialKind kind) {
        return requirements.stream().filter(r -> r.kind() == kind).findFirst();
    }

    public PolicyDecision check(MaterialKind kind) {
        return requirement(kind).isPresent() ? PolicyDecision.ALLOWED
                : PolicyDecision.Rejection.of("notAccepted", "catalog.material.notAccepted");
    }

    /** Checks a file of {@code sizeBytes} whose bytes were sniffed as {@code detected}. */
    public PolicyDecision checkFile(MaterialKind kind, long sizeBytes, FileFormat detected) {
        Optional<MaterialRequirement> found = requirement(kind);
        if (found.isEmpty()) {
            return check(kind);
        }
        MaterialRequirement r = found.get();
        if (sizeBytes > r.maxBytes()) {
            return PolicyDecision.Rejection.of("tooLarge", "catalog.material.tooLarge", r.maxMegabytes());
        }
        if (r.formats().stream().noneMatch(f -> f.matches(detected))) {
            return PolicyDecision.Rejection.of("format", "catalog.material.format", formatList(r));
        }
        return PolicyDecision.ALLOWED;
    }

    /** Required kinds not among {@code present}, in the channel's order. */
    public List<MaterialKind> missing(Collection<MaterialKind> present) {
        return requirements.stream().filter(MaterialRequirement::required).map(MaterialRequirement::kind)
                .filter(k -> !present.contains(k)).toList();
    }

    private static String formatList(MaterialRequirement r) {
        return r.orderedFormats().stream().map(Enum::name).collect(Collectors.joining("/"));
    }
}
