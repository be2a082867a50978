package com.certhall.payments.provider.sandbox;

import com.certhall.shared.SiteProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * How the simulated provider tells the merchant: a signed form POST to the merchant's notify URL
 * ({@code certhall.site.base-url} + {@code /api/v1/payments/callbacks/{kind}}) a moment after the payer acted, from
 * its own threads, repeated with growing pauses until the merchant answers exactly as the provider expects
 * ({@code success} for Alipay, {@code {"code":"SUCCESS"}} for WeChat Pay) or the attempts run out. Every attempt
 * and answer is recorded on the trade and shown on the cashier page.
 */
@Component
@Profile("sandbox")
class SandboxNotifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SandboxNotifier.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final SandboxCashier cashier;
    private final SandboxPaymentProperties properties;
    private final NotificationSignature signature;
    private final SiteProperties site;
    private final Clock clock;
    private final RestClient http;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "sandbox-payment-notify");
        t.setDaemon(true);
        return t;
    });

    SandboxNotifier(SandboxCashier cashier, SandboxPaymentProperties properties, SiteProperties site,
            Clock clock) {
        this.cashier = cashier;
        this.properties = properties;
        this.signature = new NotificationSignature(properties.secret());
        this.site = site;
        this.clock = clock;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(3));
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    /** Sends the trade's notification after the configured delay. */
    void schedule(String outTradeNo) {
        later(outTradeNo, 1, properties.notifyDelay());
    }

    /** A provider does not forget: notifications not yet acknowledged before a restart are sent again. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUndelivered() {
        cashier.undelivered().forEach(t -> schedule(t.outTradeNo()));
    }

    /** The signed parameters of a trade's notification, as the provider posts them. */
    Map<String, String> notification(SandboxCashier.Trade trade) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("mch_id", properties.merchantId());
        p.put("notify_id", UUID.nameUUIDFromBytes((trade.tradeNo() + trade.status()).getBytes()).toString());
        p.put("notify_time", TIME.format(clock.instant()));
        p.put("out_trade_no", trade.outTradeNo());
        p.put("trade_no", trade.tradeNo());
        p.put("total_fee", Long.toString(trade.amountFen()));
        p.put("trade_status", trade.status() == SandboxCashier.TradeStatus.TRADE_CLOSED ? "TRADE_CLOSED"
                : "TRADE_SUCCESS");
        if (trade.paidAt() != null) {
            p.put("gmt_payment", TIME.format(trade.paidAt()));
        }
        p.put(NotificationSignature.SIGN_TYPE, NotificationSignature.ALGORITHM);
        p.put(NotificationSignature.SIGN, signature.sign(p));
        return p;
    }

    private void later(String outTradeNo, int attempt, Duration delay) {
        executor.schedule(() -> deliver(outTradeNo, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(String outTradeNo, int attempt) {
        SandboxCashier.Trade trade = cashier.find(outTradeNo).orElse(null);
        if (trade == null || !"PENDING".equals(trade.notifyStatus())) {
            return;
        }
        String answer = post(trade);
        boolean acknowledged = acknowledged(trade.kind(), answer);
        String status = acknowledged ? "DELIVERED" : attempt >= properties.maxAttempts() ? "GAVE_UP" : "PENDING";
        cashier.recordAttempt(trade.tradeNo(), answer, status);
        if ("PENDING".equals(status)) {
            later(outTradeNo, attempt + 1, properties.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 10)));
        }
    }

    private String post(SandboxCashier.Trade trade) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        notification(trade).forEach(form::add);
        String url = site.link("/api/v1/payments/callbacks/" + trade.kind());
        try {
            String body = http.post().uri(url).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .exchange((request, response) -> response.getStatusCode().value() + " "
                            + new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            return body == null ? "" : body;
        } catch (RuntimeException e) {
            log.info("Sandbox payment notification for {} not delivered: {}", trade.outTradeNo(), e.getMessage());
            return "ERROR " + e.getClass().getSimpleName();
        }
    }

    /** Exactly what each provider requires of the merchant's answer before it stops notifying. */
    static boolean acknowledged(String kind, String answer) {
        if ("alipay".equals(kind)) {
            return answer.equals("200 success");
        }
        return answer.startsWith("200 ") && answer.replace(" ", "").contains("\"code\":\"SUCCESS\"");
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
