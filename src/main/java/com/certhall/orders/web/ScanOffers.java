package com.certhall.orders.web;

import com.certhall.documents.StoredDocument;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectForm.OrganizationForm;
import com.certhall.orders.SubjectForm.PartyForm;
import com.certhall.orders.SubjectType;
import com.certhall.orders.domain.OrderMaterials;
import com.certhall.recognition.IdCardFront;
import com.certhall.recognition.LicenceReading;
import com.certhall.recognition.ScanKind;
import com.certhall.recognition.ScanReading;
import com.certhall.recognition.ScanRecognition;
import com.certhall.shared.InputHygiene;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The materials step's "识别结果：…，是否填入？" (docs/recognition.md, "Fill-in"): an uploaded ID card front or business
 * licence is read once through {@link ScanRecognition#readStored} (the reading review's check uses later, so the scan
 * goes through OCR once), and what it says is offered for the subject's fields. Nothing reaches the subject until the
 * applicant confirms the offer, with the values as shown or as corrected.
 */
@Component
class ScanOffers {

    /** The fields of each scan, by the names the subject page's script also uses. */
    private static final Map<ScanKind, List<String>> FIELDS = Map.of(
            ScanKind.ID_CARD_FRONT, List.of("name", "idNumber"),
            ScanKind.BUSINESS_LICENCE, List.of("name", "uscc", "legalRep", "address"));

    private final ScanRecognition recognition;
    private final OrderMaterials materials;
    private final OrderManagement orders;
    private final MessageSource messages;

    ScanOffers(ScanRecognition recognition, OrderMaterials materials, OrderManagement orders,
            MessageSource messages) {
        this.recognition = recognition;
        this.materials = materials;
        this.orders = orders;
        this.messages = messages;
    }

    /** One field offered: its name, label and the value read (the applicant may change it before filling in). */
    record Field(String name, String label, String value) {
    }

    /**
     * What the page shows: the document read, the sentence "识别结果：…，是否填入？", the fields; {@code readable} false
     * when nothing could be read, {@code same} when every field read is already what the subject says.
     */
    record Offer(String documentId, boolean readable, boolean same, String question, List<Field> fields) {
    }

    /** Whether uploading this material is followed by an offer (an engine is there and the scan is one it reads). */
    boolean offers(StoredDocument document) {
        return recognition.enabled() && scanKind(document).isPresent();
    }

    /** The offer for one of the order's documents; empty when the document is not one recognition fills from. */
    Optional<Offer> offer(OrderId order, UUID account, String documentId, Locale locale) {
        Optional<StoredDocument> document = document(order, account, documentId);
        if (document.isEmpty() || !offers(document.get())) {
            return Optional.empty();
        }
        StoredDocument d = document.get();
        ScanKind kind = scanKind(d).orElseThrow();
        ScanReading reading = recognition.readStored(d, kind,
                () -> materials.content(order, account, d.documentId()).bytes());
        Map<String, String> read = fields(reading);
        if (read.isEmpty()) {
            return Optional.of(new Offer(documentId, false, false, "", List.of()));
        }
        Map<String, String> entered = targets(kind, organization(order, account), current(order, account));
        List<Field> fields = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean same = true;
        for (Map.Entry<String, String> e : read.entrySet()) {
            String label = messages.getMessage("recognition.field." + e.getKey(), null, locale);
            fields.add(new Field(e.getKey(), label, e.getValue()));
            parts.add(label + " " + e.getValue());
            same &= InputHygiene.compact(e.getValue()).equals(InputHygiene.compact(entered.getOrDefault(e.getKey(),
                    "")));
        }
        String question = messages.getMessage("recognition.fill.reading",
                new Object[] {String.join(locale.getLanguage().equals("zh") ? "，" : ", ", parts)}, locale);
        return Optional.of(new Offer(documentId, true, same, question, fields));
    }

    /**
     * The subject as it is now (typed and refused last time, else saved, else empty) with the confirmed values of a
     * scan of this document put into their fields; empty when the document is not one recognition fills from.
     */
    Optional<SubjectForm> filled(OrderId order, UUID account, String documentId, Map<String, String> values) {
        Optional<ScanKind> kind = document(order, account, documentId).flatMap(ScanOffers::scanKind);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> confirmed = new LinkedHashMap<>();
        for (String field : FIELDS.get(kind.get())) {
            String value = values.get(field);
            if (value != null && !value.isBlank()) {
                confirmed.put(field, value.strip());
            }
        }
        return Optional.of(put(kind.get(), organization(order, account), current(order, account), confirmed));
    }

    private Optional<StoredDocument> document(OrderId order, UUID account, String documentId) {
        return materials.list(order, account).stream().filter(d -> d.documentId().toString().equals(documentId))
                .findFirst();
    }

    private static Optional<ScanKind> scanKind(StoredDocument document) {
        return ScanKind.of(document.kind()).filter(FIELDS::containsKey);
    }

    private SubjectForm current(OrderId order, UUID account) {
        return orders.typedSubject(order, account)
                .orElseGet(() -> PageForms.subject(orders.detailsOwned(order, account).draft().subject()));
    }

    private boolean organization(OrderId order, UUID account) {
        return orders.detailsOwned(order, account).order().subjectType() == SubjectType.ORGANIZATION;
    }

    /** What was read, field by field, in the order of {@link #FIELDS}; empty for an unreadable scan. */
    private static Map<String, String> fields(ScanReading reading) {
        Map<String, String> read = new LinkedHashMap<>();
        if (reading instanceof IdCardFront f) {
            read.put("name", f.name());
            read.put("idNumber", f.idNumber());
        } else if (reading instanceof LicenceReading l) {
            read.put("name", l.name());
            read.put("uscc", l.uscc());
            read.put("legalRep", l.legalRep());
            read.put("address", l.address());
        }
        read.values().removeIf(String::isEmpty);
        return read;
    }

    /**
     * The subject's values a scan's fields go to. An ID card is the person's, or in an organisation's order the
     * handler's (the legal representative's when he is the handler), as review's check also takes it (docs/review.md).
     */
    private static Map<String, String> targets(ScanKind kind, boolean organization, SubjectForm s) {
        Map<String, String> entered = new LinkedHashMap<>();
        if (kind == ScanKind.BUSINESS_LICENCE) {
            OrganizationForm org = s.organization();
            if (org != null) {
                entered.put("name", text(org.name()));
                entered.put("uscc", text(org.uscc()));
                entered.put("legalRep", org.legalRep() == null ? "" : text(org.legalRep().name()));
                entered.put("address", text(org.address()));
            }
            return entered;
        }
        PartyForm party = cardHolder(organization, s);
        if (party != null) {
            entered.put("name", text(party.name()));
            entered.put("idNumber", text(party.idNumber()));
        }
        return entered;
    }

    private static @Nullable PartyForm cardHolder(boolean organization, SubjectForm s) {
        if (!organization) {
            return s.person();
        }
        return Boolean.TRUE.equals(s.handlerIsLegalRep()) && s.organization() != null
                ? s.organization().legalRep() : s.handler();
    }

    /** {@code s} with the confirmed values {@code v} of a scan of {@code kind} in their fields, the rest kept. */
    static SubjectForm put(ScanKind kind, boolean organization, SubjectForm s, Map<String, String> v) {
        if (kind == ScanKind.BUSINESS_LICENCE) {
            OrganizationForm o = s.organization() != null ? s.organization()
                    : new OrganizationForm(null, null, null, null, null, null);
            PartyForm rep = party(o.legalRep(), v.get("legalRep"), null);
            return new SubjectForm(new OrganizationForm(v.getOrDefault("name", o.name()),
                    v.getOrDefault("uscc", o.uscc()), v.getOrDefault("address", o.address()), rep,
                    region(v.get("address"), o.region()), o.sealName()),
                    s.handler(), s.handlerIsLegalRep(), s.person());
        }
        if (!organization) {
            return new SubjectForm(null, null, null, party(s.person(), v.get("name"), v.get("idNumber")));
        }
        if (Boolean.TRUE.equals(s.handlerIsLegalRep()) && s.organization() != null) {
            OrganizationForm o = s.organization();
            return new SubjectForm(new OrganizationForm(o.name(), o.uscc(), o.address(),
                    party(o.legalRep(), v.get("name"), v.get("idNumber")), o.region(), o.sealName()), s.handler(),
                    true, null);
        }
        return new SubjectForm(s.organization(), party(s.handler(), v.get("name"), v.get("idNumber")),
                s.handlerIsLegalRep(), null);
    }

    /** A party with the name and ID number read (an ID card's number is a resident ID number); the rest kept. */
    private static PartyForm party(@Nullable PartyForm p, @Nullable String name, @Nullable String idNumber) {
        PartyForm old = p != null ? p : new PartyForm(null, null, null, null, null, null, null, null);
        return new PartyForm(name != null ? name : old.name(),
                idNumber != null ? "RESIDENT_ID" : old.idType(), idNumber != null ? idNumber : old.idNumber(),
                old.mobile(), old.email(), old.address(), old.department(), old.region());
    }

    /** The city an address read names, for the region picker; the one chosen before when it names none. */
    private static @Nullable String region(@Nullable String address, @Nullable String before) {
        String read = address == null ? "" : SubjectForm.regionOf(address);
        return read.isEmpty() ? before : read;
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
