package com.certhall.seals.rest;

import com.certhall.seals.pdf.PdfSealing;
import com.certhall.seals.pdf.SigningJobs;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Signing jobs (API.md "Seals", docs/seals.md "Signing jobs"): a holder or seal user sends a PDF with the seal and its
 * place, authorizes by scan-to-sign ({@code qrUrl}) or the signing PIN, and fetches the sealed PDF. Another
 * account's job is not found.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class SigningJobsApi {

    private final SigningJobs jobs;

    SigningJobsApi(SigningJobs jobs) {
        this.jobs = jobs;
    }

    @Schema(name = "SigningJob", description = "status PENDING (waiting for the phone or the PIN), SIGNED, DENIED or "
            + "EXPIRED (scan-to-sign refused or timed out; the PIN still signs); qrUrl while PENDING; page from 1, x "
            + "and y the seal's top-left corner as fractions of the page from its top-left corner")
    record JobView(UUID jobId, String status, @Nullable String qrUrl, @Nullable UUID sealId, String fileName,
            int page, double x, double y, @Nullable Instant signedAt, @Nullable String documentUrl) {

        static JobView of(SigningJobs.Job job) {
            boolean signed = job.status() == SigningJobs.Status.SIGNED;
            return new JobView(job.id(), job.status().name(), job.qrUrl(), job.sealId(), job.fileName(), job.page(),
                    job.x(), job.y(), job.signedAt(),
                    signed ? "/api/v1/signing-jobs/" + job.id() + "/document.pdf" : null);
        }
    }

    @Schema(name = "SigningJobAuthorization")
    record Authorization(@Nullable String pin) {

        @Override
        public String toString() {
            return "Authorization[pin=***]";
        }
    }

    @PostMapping(path = "/api/v1/signing-jobs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A PDF to seal (multipart file, sealId, page from 1, x, y as fractions); scan-to-sign starts")
    JobView create(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String sealId,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Double x,
            @RequestParam(required = false) @Nullable Double y, Caller caller) throws IOException {
        byte[] pdf = file == null ? new byte[0] : file.getBytes();
        return JobView.of(jobs.create(caller, file == null ? null : file.getOriginalFilename(), pdf, sealId, page, x,
                y));
    }

    @PostMapping(path = "/api/v1/signing-jobs/{id}/authorization", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Authorize and seal with the signing PIN")
    JobView authorize(@PathVariable UUID id, @RequestBody Authorization body, Caller caller) {
        return JobView.of(jobs.authorize(caller, id, body.pin()));
    }

    @GetMapping(path = "/api/v1/signing-jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The job; once the phone approved scan-to-sign, reading it seals the PDF")
    JobView get(@PathVariable UUID id, Caller caller) {
        return JobView.of(jobs.read(caller, id));
    }

    @GetMapping(path = "/api/v1/signing-jobs/{id}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The sealed PDF (PAdES B-LT); 409 while not signed")
    ResponseEntity<byte[]> document(@PathVariable UUID id, Caller caller) {
        PdfSealing.SignedFile file = jobs.document(caller, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(file.content());
    }
}
