package com.certhall.documents;

import java.util.Objects;
import java.util.UUID;

/** Identifies one stored document version. */
public record DocumentId(UUID id) {

    public DocumentId {
        Objects.requireNonNull(id, "id");
    }

    public static DocumentId of(String raw) {
        return new DocumentId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
