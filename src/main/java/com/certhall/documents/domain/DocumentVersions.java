package com.certhall.documents.domain;

import com.certhall.documents.DocumentStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every document version ever stored. */
interface DocumentVersions extends JpaRepository<DocumentVersion, UUID> {

    List<DocumentVersion> findByOwnerOrderByUploadedAtAscIdAsc(String owner);

    List<DocumentVersion> findByOwnerAndStatusOrderByUploadedAtAscIdAsc(String owner, DocumentStatus status);
}
