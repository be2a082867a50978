package com.certhall.lifecycle;

import com.certhall.orders.OrderType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing a holder may do with a certificate, allowed now or not and why not ({@link CertificateActions}).
 *
 * @param action       RENEW, CHANGE, REISSUE, UNLOCK or REVOKE
 * @param orderType    the order type that carries it out ({@code POST /api/v1/orders} with {@code certificateSerial})
 * @param reasonKey    message key of why it is not available (lifecycle.properties), null when allowed
 * @param reason       that reason in the reader's language, filled by the page or the API
 * @param availableFrom the first day it will be available (the renewal window), if that is the only hindrance
 * @param link         the page of the service hall that starts it
 */
public record CertificateAction(@Schema(description = "RENEW, CHANGE, REISSUE, UNLOCK or REVOKE.") Kind action,
        @Schema(description = "The order type to start with POST /api/v1/orders.") OrderType orderType,
        boolean allowed,
        @Schema(description = "Why it is not available now, a code such as renewalWindow, expired, revoked.")
        @Nullable String reasonCode,
        @Schema(hidden = true) @Nullable String reasonKey,
        @Schema(hidden = true) List<String> reasonArgs,
        @Schema(description = "Why it is not available now, in the reader's language (\u53ef\u4e8e 2027-03-01 \u8d77\u66f4\u65b0).")
        @Nullable String reason,
        @Schema(description = "The first day it becomes available (renewal window).") @Nullable LocalDate availableFrom,
        @Schema(description = "The page that starts it.") String link) {

    /** The actions of a certificate's life after issuance, each carried out by one order type. */
    public enum Kind {
        RENEW(OrderType.RENEWAL), CHANGE(OrderType.CHANGE), REISSUE(OrderType.REISSUE), UNLOCK(OrderType.UNLOCK),
        REVOKE(OrderType.REVOCATION);

        private final OrderType orderType;

        Kind(OrderType orderType) {
            this.orderType = orderType;
        }

        public OrderType orderType() {
            return orderType;
        }

        public static Kind of(OrderType type) {
            for (Kind k : values()) {
                if (k.orderType == type) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no certificate action for " + type);
        }
    }

    public CertificateAction {
        reasonArgs = List.copyOf(reasonArgs);
    }

    /** This action with its reason in words, resolved by {@code text} (a message source in the reader's language). */
    public CertificateAction withReason(java.util.function.BiFunction<String, List<String>, String> text) {
        return reasonKey == null ? this : new CertificateAction(action, orderType, allowed, reasonCode, reasonKey,
                reasonArgs, text.apply(reasonKey, reasonArgs), availableFrom, link);
    }
}
