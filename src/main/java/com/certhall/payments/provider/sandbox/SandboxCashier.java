package com.certhall.payments.provider.sandbox;

import com.certhall.payments.provider.GatewayException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The simulated provider's own books: one trade per merchant order ({@code out_trade_no}), the payer's actions at
 * the cashier, refunds, and the log of notifications sent. Rules as at WeChat Pay / Alipay: an unpaid trade can be
 * paid until it expires or is closed; a paid trade cannot be closed ({@code ORDERPAID}); only a paid trade can be
 * refunded, once in full, and a repeated refund request returns the first refund.
 */
@Component
@Profile("sandbox")
class SandboxCashier {

    enum TradeStatus { WAIT_BUYER_PAY, TRADE_SUCCESS, TRADE_CLOSED, TRADE_REFUND }

    record Trade(String tradeNo, String outTradeNo, String kind, String subject, long amountFen, TradeStatus status,
            Instant createdAt, Instant expiresAt, @Nullable Instant paidAt, String notifyStatus, int notifyAttempts,
            @Nullable String lastNotifyAnswer) {
    }

    record Refund(String refundNo, String tradeNo, long amountFen, String reason, Instant createdAt) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SandboxCashier(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens a trade, or returns the existing unpaid one for the same order and amount. */
    @Transactional
    Trade open(String outTradeNo, String kind, String subject, long amountFen, Instant expiresAt) {
        Optional<Trade> existing = find(outTradeNo);
        if (existing.isPresent()) {
            Trade t = existing.get();
            if (t.amountFen() != amountFen) {
                throw new GatewayException("INVALID_REQUEST", "out_trade_no already used with another amount", false);
            }
            return switch (t.status()) {
                case WAIT_BUYER_PAY -> t;
                case TRADE_SUCCESS, TRADE_REFUND -> throw new GatewayException("ORDERPAID", "order already paid", false);
                case TRADE_CLOSED -> throw new GatewayException("ORDERCLOSED", "order closed", false);
            };
        }
        String tradeNo = ("wechat".equals(kind) ? "4200" : "2026") + DAY.format(clock.instant())
                + String.format("%016d", Math.floorMod(random.nextLong(), 10_000_000_000_000_000L));
        jdbc.update("insert into payments_sandbox_trade (trade_no, out_trade_no, kind, subject, amount_fen, status, "
                + "created_at, expires_at, notify_status, notify_attempts) values (?, ?, ?, ?, ?, ?, ?, ?, 'NONE', 0)",
                tradeNo, outTradeNo, kind, subject, amountFen, TradeStatus.WAIT_BUYER_PAY.name(),
                Timestamp.from(clock.instant()), Timestamp.from(expiresAt));
        return find(outTradeNo).orElseThrow();
    }

    Optional<Trade> find(String outTradeNo) {
        return jdbc.query("select * from payments_sandbox_trade where out_trade_no = ?", SandboxCashier::trade,
                outTradeNo).stream().findFirst();
    }

    /** The payer confirms at the cashier; refused once the trade is closed or past its time limit. */
    @Transactional
    Trade pay(String outTradeNo) {
        Trade t = lock(outTradeNo);
        if (t.status() == TradeStatus.WAIT_BUYER_PAY && !clock.instant().isBefore(t.expiresAt())) {
            setStatus(t, TradeStatus.TRADE_CLOSED);
            throw new GatewayException("ORDERCLOSED", "the order timed out and was closed", false);
        }
        if (t.status() != TradeStatus.WAIT_BUYER_PAY) {
            throw new GatewayException(t.status() == TradeStatus.TRADE_CLOSED ? "ORDERCLOSED" : "ORDERPAID",
                    "the order cannot be paid: " + t.status(), false);
        }
        int paid = jdbc.update("update payments_sandbox_trade set status = ?, paid_at = ?, notify_status = 'PENDING' "
                + "where trade_no = ? and status = ?", TradeStatus.TRADE_SUCCESS.name(),
                Timestamp.from(clock.instant()), t.tradeNo(), TradeStatus.WAIT_BUYER_PAY.name());
        if (paid == 0) {
            // closed (or paid) by a concurrent request since it was read
            Trade now = require(outTradeNo);
            throw new GatewayException(now.status() == TradeStatus.TRADE_CLOSED ? "ORDERCLOSED" : "ORDERPAID",
                    "the order cannot be paid: " + now.status(), false);
        }
        return require(outTradeNo);
    }

    /**
     * Closes an unpaid trade (merchant close, or the payer cancelling at the cashier); closing a closed trade
     * succeeds again. A paid trade is refused with {@code ORDERPAID}, also when the payment won a race with this
     * close: the status only changes from {@code WAIT_BUYER_PAY}, so pay and close cannot both succeed.
     */
    @Transactional
    Trade close(String outTradeNo, boolean notify) {
        Trade t = lock(outTradeNo);
        if (t.status() == TradeStatus.WAIT_BUYER_PAY) {
            jdbc.update("update payments_sandbox_trade set status = ?, notify_status = ? where trade_no = ? "
                    + "and status = ?", TradeStatus.TRADE_CLOSED.name(), notify ? "PENDING" : "NONE", t.tradeNo(),
                    TradeStatus.WAIT_BUYER_PAY.name());
            t = require(outTradeNo);
        }
        if (t.status() == TradeStatus.TRADE_SUCCESS || t.status() == TradeStatus.TRADE_REFUND) {
            throw new GatewayException("ORDERPAID", "a paid order cannot be closed", false);
        }
        return t;
    }

    @Transactional
    Refund refund(String outTradeNo, String tradeNo, long amountFen, String reason) {
        Trade t = lock(outTradeNo);
        List<Refund> done = refunds(t.tradeNo());
        if (!done.isEmpty()) {
            return done.get(0);
        }
        if (!t.tradeNo().equals(tradeNo) || t.status() != TradeStatus.TRADE_SUCCESS) {
            throw new GatewayException("TRADE_STATUS_ERROR", "only a paid trade can be refunded", false);
        }
        if (amountFen != t.amountFen()) {
            throw new GatewayException("REFUND_AMT_NOT_EQUAL_TOTAL", "refund amount differs from the paid amount",
                    false);
        }
        String refundNo = "RF" + t.tradeNo();
        jdbc.update("insert into payments_sandbox_refund (refund_no, trade_no, amount_fen, reason, created_at) "
                + "values (?, ?, ?, ?, ?)", refundNo, t.tradeNo(), amountFen, reason, Timestamp.from(clock.instant()));
        setStatus(t, TradeStatus.TRADE_REFUND);
        return refunds(t.tradeNo()).get(0);
    }

    List<Refund> refunds(String tradeNo) {
        return jdbc.query("select * from payments_sandbox_refund where trade_no = ? order by created_at",
                (rs, n) -> new Refund(rs.getString("refund_no"), rs.getString("trade_no"), rs.getLong("amount_fen"),
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant()), tradeNo);
    }

    /** Trades whose notification is still to be delivered (after a restart, say). */
    List<Trade> undelivered() {
        return jdbc.query("select * from payments_sandbox_trade where notify_status = 'PENDING'",
                SandboxCashier::trade);
    }

    void recordAttempt(String tradeNo, String answer, String notifyStatus) {
        jdbc.update("update payments_sandbox_trade set notify_attempts = notify_attempts + 1, last_notify_answer = ?, "
                + "notify_status = ? where trade_no = ?", answer.length() > 200 ? answer.substring(0, 200) : answer,
                notifyStatus, tradeNo);
    }

    /** The trade, locked until the transaction ends: the provider applies one action on a trade at a time. */
    private Trade lock(String outTradeNo) {
        return jdbc.query("select * from payments_sandbox_trade where out_trade_no = ? for update",
                SandboxCashier::trade, outTradeNo).stream().findFirst()
                .orElseThrow(() -> new GatewayException("ORDERNOTEXIST", "no such order", false));
    }

    private Trade require(String outTradeNo) {
        return find(outTradeNo).orElseThrow(() -> new GatewayException("ORDERNOTEXIST", "no such order", false));
    }

    private void setStatus(Trade t, TradeStatus status) {
        jdbc.update("update payments_sandbox_trade set status = ? where trade_no = ?", status.name(), t.tradeNo());
    }

    private static Trade trade(ResultSet rs, int n) throws SQLException {
        Timestamp paid = rs.getTimestamp("paid_at");
        return new Trade(rs.getString("trade_no"), rs.getString("out_trade_no"), rs.getString("kind"),
                rs.getString("subject"), rs.getLong("amount_fen"), TradeStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                paid == null ? null : paid.toInstant(), rs.getString("notify_status"), rs.getInt("notify_attempts"),
                rs.getString("last_notify_answer"));
    }
}
