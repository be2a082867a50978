package com.certhall.orders;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.FreeText;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an applicant asks of an order, one record per intention, each taken by {@link OrderManagement}. A command
 * checks in its constructor what it can know without the order (required values, known names) and refuses with one
 * violation per bad field; what needs the order and its channel (products offered, steps done) is checked when the
 * command is carried out. The raw forms ({@link ItemForm}, {@link InvoiceForm}, {@link DeliveryForm},
 * {@link SubjectForm}) are what the applicant typed, as strings.
 */
public final class OrderCommands {

    private OrderCommands() {
    }

    /**
     * Step 1 of an order: the agreement accepted, a draft in the channel. A new order ({@link OrderType#NEW}) names
     * the subject type; a lifecycle order names the certificate it acts on ({@code certificateSerial}), whose
     * channel and subject it takes over (docs/lifecycle.md), and a revocation its RFC 5280 reason.
     */
    public record StartOrder(UUID accountId, @Nullable String channel, OrderType type, @Nullable SubjectType subjectType,
            @Nullable String certificateSerial, @Nullable String revocationReason, String actor) {

        /** The reasons a holder may give for revoking (RFC 5280 §5.3.1; the others are the CA's to give). */
        public static final List<String> HOLDER_REASONS = List.of("KEY_COMPROMISE", "AFFILIATION_CHANGED",
                "SUPERSEDED", "CESSATION_OF_OPERATION", "UNSPECIFIED");

        public StartOrder {
            Objects.requireNonNull(accountId);
            Objects.requireNonNull(type);
            Objects.requireNonNull(actor);
        }

        public StartOrder(UUID accountId, String channel, SubjectType subjectType, String actor) {
            this(accountId, channel, OrderType.NEW, subjectType, null, null, actor);
        }

        /** Checks the raw values of a new order together, so every bad field is named at once. */
        public static StartOrder of(UUID accountId, @Nullable String channel, @Nullable String subjectType,
                @Nullable Boolean agreementAccepted, String actor) {
            return of(accountId, channel, null, subjectType, null, null, agreementAccepted, actor);
        }

        /** Checks the raw values of any order type together, so every bad field is named at once. */
        public static StartOrder of(UUID accountId, @Nullable String channel, @Nullable String orderType,
                @Nullable String subjectType, @Nullable String certificateSerial, @Nullable String reason,
                @Nullable Boolean agreementAccepted, String actor) {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            OrderType kind = OrderType.NEW;
            if (orderType != null && !orderType.isBlank()) {
                try {
                    kind = OrderType.valueOf(InputHygiene.compact(orderType));
                } catch (IllegalArgumentException e) {
                    kind = null;
                }
                if (kind == null || kind.seal()) {
                    errors.add(FieldViolation.of("type", "notSupported", "orders.type.notSupported", "type"));
                }
            }
            SubjectType type = null;
            String serial = null;
            String revocation = null;
            if (kind == OrderType.NEW) {
                if (channel == null || channel.isBlank()) {
                    errors.add(FieldViolation.of("channel", "required", "validation.required", "channel"));
                }
                try {
                    type = SubjectType.valueOf(InputHygiene.compact(subjectType));
                } catch (IllegalArgumentException e) {
                    errors.add(FieldViolation.of("subjectType", "required", "orders.subjectType.required",
                            "subjectType"));
                }
            } else if (kind != null) {
                serial = certificateSerial == null ? "" : certificateSerial.strip().toLowerCase(java.util.Locale.ROOT)
                        .replace(":", "");
                if (!serial.matches("[0-9a-f]{1,64}")) {
                    errors.add(FieldViolation.of("certificateSerial", serial.isEmpty() ? "required" : "format",
                            serial.isEmpty() ? "validation.required" : "orders.certificate.serialFormat",
                            "certificateSerial"));
                }
                serial = serial.replaceFirst("^0+(?=.)", "");
                if (kind == OrderType.REVOCATION) {
                    revocation = revocationReason(reason, errors);
                }
            }
            if (!Boolean.TRUE.equals(agreementAccepted)) {
                errors.add(FieldViolation.of("agreementAccepted", "required", "orders.agreement.required",
                        "agreementAccepted"));
            }
            errors.throwIfAny();
            return new StartOrder(accountId, channel == null || channel.isBlank() ? null : channel.trim(), kind, type,
                    serial, revocation, actor);
        }

        /** {@code keyCompromise} or {@code KEY_COMPROMISE}: one of {@link #HOLDER_REASONS}. */
        private static @Nullable String revocationReason(@Nullable String raw, InvalidInputException.Collector errors) {
            if (raw == null || raw.isBlank()) {
                errors.add(FieldViolation.of("reason", "required", "validation.required", "reason"));
                return null;
            }
            String name = raw.strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
            if (!HOLDER_REASONS.contains(name)) {
                errors.add(FieldViolation.of("reason", "oneOf", "orders.revocation.reason", "reason"));
                return null;
            }
            return name;
        }
    }

    /**
     * A seal order (印章办理; docs/seals.md "Seal orders"): 补章 ({@link OrderType#SEAL_ADDITION}) adds a seal of
     * {@code kind} on the certificate of seal {@code sealId}, 变章 ({@link OrderType#SEAL_CHANGE}) replaces that seal.
     * {@code kind} is {@code OFFICIAL} or {@code INVOICE}; {@code name} blank for the organisation's name.
     */
    public record StartSealOrder(UUID accountId, OrderType type, UUID sealId, String kind, @Nullable String name,
            String actor) {

        /** The longest seal name a round seal's arc holds (docs/seals.md "Images"). */
        public static final int MAX_NAME = 24;

        public StartSealOrder {
            Objects.requireNonNull(accountId);
            Objects.requireNonNull(sealId);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(actor);
            if (!type.seal()) {
                throw new IllegalArgumentException("not a seal order: " + type);
            }
        }

        /** Whether the raw order type names a seal order. */
        public static boolean named(@Nullable String orderType) {
            String raw = orderType == null ? "" : InputHygiene.compact(orderType);
            return raw.equals(OrderType.SEAL_ADDITION.name()) || raw.equals(OrderType.SEAL_CHANGE.name());
        }

        /** Checks the raw values together, so every bad field is named at once. */
        public static StartSealOrder of(UUID accountId, String orderType, @Nullable String sealId,
                @Nullable String kind, @Nullable String name, @Nullable Boolean agreementAccepted, String actor) {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            UUID seal = null;
            try {
                seal = UUID.fromString(sealId == null ? "" : sealId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldViolation.of("sealId", sealId == null || sealId.isBlank() ? "required" : "format",
                        sealId == null || sealId.isBlank() ? "validation.required" : "orders.seal.idFormat",
                        "sealId"));
            }
            String k = kind == null || kind.isBlank() ? "OFFICIAL" : InputHygiene.compact(kind)
                    .toUpperCase(Locale.ROOT);
            if (!k.equals("OFFICIAL") && !k.equals("INVOICE")) {
                errors.add(FieldViolation.of("sealKind", "oneOf", "orders.seal.kind", "sealKind"));
            }
            String n = name == null || name.isBlank() ? null : InputHygiene.compact(name);
            if (n != null && n.codePointCount(0, n.length()) > MAX_NAME) {
                errors.add(FieldViolation.of("sealName", "length", "orders.seal.name", "sealName"));
            }
            if (!Boolean.TRUE.equals(agreementAccepted)) {
                errors.add(FieldViolation.of("agreementAccepted", "required", "orders.agreement.required",
                        "agreementAccepted"));
            }
            errors.throwIfAny();
            return new StartSealOrder(accountId, OrderType.valueOf(InputHygiene.compact(orderType)), seal, k, n,
                    actor);
        }
    }

    /** The organisation with its legal representative and handler, or the person. */
    public record SaveSubject(OrderId order, UUID accountId, SubjectForm form) {

        public SaveSubject {
            Objects.requireNonNull(order);
            Objects.requireNonNull(accountId);
            form = form == null ? new SubjectForm(null, null, null, null) : form;
        }
    }

    /** The products; at least one line. */
    public record ChooseProducts(OrderId order, UUID accountId, List<ItemForm> items) {

        public ChooseProducts {
            Objects.requireNonNull(order);
            Objects.requireNonNull(accountId);
            if (items == null || items.isEmpty()) {
                throw InvalidInputException.of("items", "required", "orders.items.required", "items");
            }
            items = List.copyOf(items);
        }
    }

    /** The invoice wanted or not, with the buyer's details. */
    public record SaveInvoice(OrderId order, UUID accountId, InvoiceForm form) {

        public SaveInvoice {
            Objects.requireNonNull(order);
            Objects.requireNonNull(accountId);
            form = form == null ? new InvoiceForm(null, null, null, null, null, null, null) : form;
        }
    }

    /** How a UKEY reaches the applicant; after submission, a changed mailing address. */
    public record SaveDelivery(OrderId order, UUID accountId, DeliveryForm form) {

        public SaveDelivery {
            Objects.requireNonNull(order);
            Objects.requireNonNull(accountId);
            form = form == null ? new DeliveryForm(null, null, null, null) : form;
        }
    }

    /**
     * Sign with the SMS code sent to the handler and submit. A missing code or agreement is reported together with
     * the steps still missing, so the values stay raw here.
     */
    public record SubmitOrder(OrderId order, UUID accountId, @Nullable String smsCode,
            @Nullable Boolean agreementAccepted, Locale language, String actor) {

        public SubmitOrder {
            Objects.requireNonNull(order);
            Objects.requireNonNull(accountId);
            Objects.requireNonNull(language);
            Objects.requireNonNull(actor);
            smsCode = smsCode == null ? null : smsCode.trim();
        }
    }

    /**
     * A draft on the paper path is submitted with its printed form instead of an SMS signature; later messages are
     * written in {@code language}.
     */
    public record SubmitOnPaper(OrderId order, UUID accountId, Locale language, String actor) {

        public SubmitOnPaper {
            Objects.requireNonNull(order);
            Objects.requireNonNull(accountId);
            Objects.requireNonNull(language);
            Objects.requireNonNull(actor);
        }
    }

    /** The applicant gives the order up, with an optional reason (paid orders are refunded by payments). */
    public record CancelOrder(OrderId order, UUID accountId, @Nullable String reason, String actor) {

        public CancelOrder {
            Objects.requireNonNull(order);
            Objects.requireNonNull(accountId);
            Objects.requireNonNull(actor);
            reason = FreeText.optional("reason", reason, FreeText.REASON);
        }
    }

    /** One product line: {@code csr} is a PEM PKCS#10 request when the holder brings the key, else blank. */
    public record ItemForm(String productCode, Integer years, Integer quantity, String keyAlgorithm, String csr) {
    }

    /** Invoice details; {@code wanted} false means no invoice. Title and (for organisations) tax number are fixed. */
    public record InvoiceForm(Boolean wanted, String taxNumber, String address, String phone, String bankName,
            String bankAccount, String email) {
    }

    /** Delivery: {@code MAIL}, {@code PICKUP} or {@code NONE}; recipient and phone default to the handler. */
    public record DeliveryForm(String method, String recipient, String phone, String address) {
    }
}
