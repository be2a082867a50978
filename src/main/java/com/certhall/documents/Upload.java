package com.certhall.documents;

import java.util.Objects;

/**
 * What the caller knows about one upload besides its bytes: the owner, the kind of material, the file name the
 * user chose (kept for display only) and who uploads ({@code applicant:<id>}, for the audit trail).
 */
public record Upload(DocumentOwner owner, DocumentKind kind, String originalName, String actor) {

    public Upload {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        originalName = cleanName(originalName);
        actor = actor == null || actor.isBlank() ? "anonymous" : actor;
    }

    private static String cleanName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
