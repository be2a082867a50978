package com.certhall.orders;

import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An order as the partner systems of its channel read it ({@code OrderManagement.ofChannel}, a page of the channel's
 * orders newest first, for the partner API of docs/api.md): no account and no contact data; the subject's name masked
 * when the subject is an individual ({@code 张*}, as the certificate query shows it), an organisation's name shown
 * whole. {@code productCodes} are the order's lines, empty until chosen; {@code subjectName} is empty until the
 * subject step is saved.
 */
public record ChannelOrderView(OrderId id, String number, OrderStatus status, String channel,
        List<String> productCodes, SubjectType subjectType, String subjectName, Instant createdAt,
        Instant updatedAt) {

    public ChannelOrderView {
        productCodes = List.copyOf(productCodes);
    }

    /** The partner's view of an order read with its data ({@link OrderManagement#details} has both). */
    public static ChannelOrderView of(OrderView order, @Nullable OrderDraft draft) {
        Subject subject = draft == null ? null : draft.subject();
        String name = subject == null ? "" : Objects.toString(subject.name(), "");
        return new ChannelOrderView(order.id(), order.number(), order.status(), order.channel(),
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
