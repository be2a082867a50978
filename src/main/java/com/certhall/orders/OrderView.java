package com.certhall.orders;

import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Read model of an order for other modules and the API; {@code onPaper}: the applicant chose the paper form instead
 * of online identity checks, materials and SMS signature; {@code certificateSerial}: the certificate a lifecycle order
 * (renewal, change, reissue, revocation) acts on, null for a new order; {@code language}: the one the applicant signed
 * in, which the order's messages are written in.
 */
public record OrderView(OrderId id, String number, UUID accountId, String channel, OrderType type,
        SubjectType subjectType, OrderStatus status, boolean payFirst, boolean paid, boolean approved,
        boolean onPaper, String rejectionReason, Instant createdAt, Instant updatedAt, long version,
        @Nullable String certificateSerial, Locale language) {

    /**
     * An order as the partner systems of its channel read it ({@code OrderManagement.ofChannel}, a page of the
     * channel's orders newest first, for the partner API of docs/api.md): no account and no contact data; the
     * subject's name masked when the subject is an individual ({@code 张*}, as the certificate query shows it), an
     * organisation's name shown whole. {@code productCodes} are the order's lines, empty until chosen;
     * {@code subjectName} is empty until the subject step is saved.
     */
    public record ForChannel(OrderId id, String number, OrderStatus status, String channel,
            List<String> productCodes, SubjectType subjectType, String subjectName, Instant createdAt,
            Instant updatedAt) {

        public ForChannel {
            productCodes = List.copyOf(productCodes);
        }

        /** The partner's view of an order read with its data ({@link OrderManagement#details} has both). */
        public static ForChannel of(OrderView order, @Nullable OrderDraft draft) {
            Subject subject = draft == null ? null : draft.subject();
            String name = subject == null ? "" : Objects.toString(subject.name(), "");
            return new ForChannel(order.id(), order.number(), order.status(), order.channel(),
                    draft == null ? List.of() : draft.lines().stream().map(OrderDraft.OrderLine::productCode).distinct()
                            .toList(),
                    order.subjectType(), order.subjectType() == SubjectType.PERSON ? Masking.maskName(name) : name,
                    order.createdAt(), order.updatedAt());
        }

        /**
         * Which page: the channel's orders, only those in {@code status} when given, only those changed at or after
         * {@code updatedSince} when given; {@code page} from 0, {@code size} 1 to {@link #MAX_SIZE}.
         */
        public record Query(String channel, @Nullable OrderStatus status, @Nullable Instant updatedSince, int page,
                int size) {

            public static final int MAX_SIZE = 100;

            public Query {
                if (page < 0 || size < 1 || size > MAX_SIZE) {
                    throw new IllegalArgumentException("page " + page + ", size " + size);
                }
            }
        }
    }

    /**
     * The price of a seal order (补章, 变章) before it starts ({@link OrderManagement#sealQuote}; docs/seals.md "Seal
     * orders"): the channel's price for the service on the e-seal product of the seal's certificate, and the steps it
     * goes through in the channel's flow.
     *
     * @param steps {@code CHECKS} (identity checks and materials), {@code SIGN}, then {@code REVIEW} and
     *              {@code PAYMENT} in the channel's order ({@code PAYMENT} left out when it is free), {@code SEAL}
     */
    public record SealQuote(OrderType type, String productName, long totalFen, String certificateSerial,
            List<String> steps) {

        public SealQuote {
            steps = List.copyOf(steps);
        }
    }

    /**
     * What a seal order (补章, 变章; docs/seals.md "Seal orders") asks the seals module to make
     * ({@link OrderManagement#sealRequest}).
     *
     * @param sealId the seal it starts from: 补章 adds a seal on that seal's certificate, 变章 replaces it
     * @param kind   the kind of the new seal ({@code OFFICIAL}, {@code INVOICE}), the seals module's names
     * @param name   the name on the new seal; null for the organisation's name
     */
    public record SealRequest(UUID sealId, String kind, @Nullable String name) {
    }
}
