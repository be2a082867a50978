package com.certhall.seals.rest;

import com.certhall.seals.SealView;
import com.certhall.seals.Seals;
import com.certhall.seals.domain.SealChanges;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seals an applicant sees (docs/seals.md "API"): list, one seal, its GB/T 38540 SESeal (DER) and its PNG, and the
 * administrator's 补章 (additions) and 变章 (change). Another organisation's seal is not found.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class SealsApi {

    static final String SESEAL = "application/octet-stream";

    private final Seals seals;
    private final SealChanges changes;

    SealsApi(Seals seals, SealChanges changes) {
        this.seals = seals;
        this.changes = changes;
    }

    /** What the administrator asks for: the kind ({@code OFFICIAL} or {@code INVOICE}) and the name on the seal. */
    record SealRequest(@Nullable String kind, @Nullable String name) {
    }

    @GetMapping(path = "/api/v1/seals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The seals the signed-in applicant holds, administers or was granted, newest first")
    List<SealView> list(Caller caller) {
        return seals.visibleTo(caller.applicantId());
    }

    @GetMapping(path = "/api/v1/seals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One seal")
    SealView get(@PathVariable UUID id, Caller caller) {
        return seals.get(caller.applicantId(), id);
    }

    @GetMapping(path = {"/api/v1/seals/{id}/seal.der", "/api/v1/seals/{id}/seseal"}, produces = SESEAL)
    @Operation(summary = "The seal's GB/T 38540-2020 SESeal, DER")
    ResponseEntity<byte[]> seSeal(@PathVariable UUID id, Caller caller) {
        SealView seal = seals.get(caller.applicantId(), id);
        return file(seals.seSeal(caller.applicantId(), id), SESEAL, seal.esId() + ".seal");
    }

    @GetMapping(path = {"/api/v1/seals/{id}/image.png", "/api/v1/seals/{id}/image"},
            produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The seal's image: PNG, 300 dpi, transparent background")
    ResponseEntity<byte[]> image(@PathVariable UUID id, Caller caller) {
        SealView seal = seals.get(caller.applicantId(), id);
        return file(seals.image(caller.applicantId(), id), MediaType.IMAGE_PNG_VALUE, seal.esId() + ".png");
    }

    @PostMapping(path = "/api/v1/seals/{id}/additions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "补章: another seal on the same certificate (administrator only)")
    SealView add(@PathVariable UUID id, @RequestBody SealRequest body, Caller caller) {
        return changes.add(caller.applicantId(), id, body.kind(), body.name(), caller.auditActor());
    }

    @PostMapping(path = "/api/v1/seals/{id}/change", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "变章: the seal replaced by a new one with a new code (administrator only)")
    SealView change(@PathVariable UUID id, @RequestBody SealRequest body, Caller caller) {
        return changes.change(caller.applicantId(), id, body.kind(), body.name(), caller.auditActor());
    }

    static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }
}
