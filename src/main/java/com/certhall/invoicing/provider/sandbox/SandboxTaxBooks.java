package com.certhall.invoicing.provider.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The simulated platform's own tables: invoices it was asked for and red-letter confirmations. */
@Component
@Profile("sandbox")
class SandboxTaxBooks {

    private static final String COLUMNS = "serial_no, invoice_number, kind, status, request_json, blue_number, "
            + "red_form_number, requested_at, issued_at, deliveries";

    private final JdbcTemplate jdbc;

    SandboxTaxBooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the platform's books. */
    record Entry(String serialNo, String number, String kind, String status, String requestJson,
            @Nullable String blueNumber, @Nullable String redFormNumber, Instant requestedAt,
            @Nullable Instant issuedAt, int deliveries) {
    }

    /** One red-letter confirmation. */
    record Form(String formNumber, String blueNumber, String status, String reason) {
    }

    Optional<Entry> bySerial(String serial) {
        return jdbc.query("SELECT " + COLUMNS + " FROM invoicing_sandbox_invoice WHERE serial_no = ?", ENTRY, serial)
                .stream().findFirst();
    }

    Optional<Entry> byNumber(String number) {
        return jdbc.query("SELECT " + COLUMNS + " FROM invoicing_sandbox_invoice WHERE invoice_number = ?", ENTRY,
                number).stream().findFirst();
    }

    List<Entry> latest(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM invoicing_sandbox_invoice ORDER BY requested_at DESC "
                + "FETCH FIRST " + limit + " ROWS ONLY", ENTRY);
    }

    void insert(Entry e) {
        jdbc.update("INSERT INTO invoicing_sandbox_invoice (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.serialNo(), e.number(), e.kind(), e.status(), e.requestJson(), e.blueNumber(), e.redFormNumber(),
                at(e.requestedAt()), e.issuedAt() == null ? null : at(e.issuedAt()), e.deliveries());
    }

    void issued(String serial, Instant at) {
        jdbc.update("UPDATE invoicing_sandbox_invoice SET status = 'ISSUED', issued_at = ? WHERE serial_no = ? "
                + "AND status = 'ISSUING'", at(at), serial);
    }

    void delivered(String number) {
        jdbc.update("UPDATE invoicing_sandbox_invoice SET deliveries = deliveries + 1 WHERE invoice_number = ?",
                number);
    }

    Optional<Form> formOfBlue(String blueNumber) {
        return jdbc.query("SELECT form_number, blue_number, status, reason FROM invoicing_sandbox_red_form "
                + "WHERE blue_number = ?", FORM, blueNumber).stream().findFirst();
    }

    Optional<Form> form(String formNumber) {
        return jdbc.query("SELECT form_number, blue_number, status, reason FROM invoicing_sandbox_red_form "
                + "WHERE form_number = ?", FORM, formNumber).stream().findFirst();
    }

    void insertForm(Form f, Instant now) {
        jdbc.update("INSERT INTO invoicing_sandbox_red_form (form_number, blue_number, status, reason, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", f.formNumber(), f.blueNumber(), f.status(), f.reason(), at(now));
    }

    void formStatus(String formNumber, String status) {
        jdbc.update("UPDATE invoicing_sandbox_red_form SET status = ? WHERE form_number = ?", status, formNumber);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static final RowMapper<Entry> ENTRY = (rs, n) -> new Entry(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getObject(8, OffsetDateTime.class).toInstant(),
            rs.getObject(9, OffsetDateTime.class) == null ? null : rs.getObject(9, OffsetDateTime.class).toInstant(),
            rs.getInt(10));

    private static final RowMapper<Form> FORM = (rs, n) -> new Form(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4));
}
