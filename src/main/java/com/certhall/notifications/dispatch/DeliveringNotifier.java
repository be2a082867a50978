package com.certhall.notifications.dispatch;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.notifications.NotificationTemplates;
import com.certhall.notifications.Notifier;
import com.certhall.notifications.SmsDeliveryException;
import com.certhall.notifications.SmsGateway;
import com.certhall.notifications.SmsMessage;
import com.certhall.shared.Masking;
import com.certhall.shared.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Renders, sends and logs; retryable failures are rethrown (the outbox retries), permanent ones are audited. */
@Component
class DeliveringNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(DeliveringNotifier.class);

    private final SmsGateway sms;
    private final JavaMailSender mail;
    private final NotificationTemplates templates;
    private final DeliveryLog deliveries;
    private final AuditTrail audit;
    private final String mailFrom;
    private final RetryPolicy retries;
    private final MeterRegistry meters;
    private final @Nullable String channel;

    @Autowired
    DeliveringNotifier(SmsGateway sms, JavaMailSender mail, NotificationTemplates templates, DeliveryLog deliveries,
            AuditTrail audit, MeterRegistry meters,
            @Value("${certhall.notifications.mail-from:noreply@certhall.local}") String mailFrom,
            @Value("${certhall.notifications.max-attempts:8}") int maxAttempts) {
        this.sms = sms;
        this.mail = mail;
        this.templates = templates;
        this.deliveries = deliveries;
        this.audit = audit;
        this.mailFrom = mailFrom;
        // the outbox resubmits on its own schedule (docs/architecture.md, "Outbox workers"): no wait of ours
        this.retries = new RetryPolicy(Duration.ZERO, maxAttempts);
        this.meters = meters;
        this.channel = null;
    }

    private DeliveringNotifier(DeliveringNotifier of, String channel) {
        this.sms = of.sms;
        this.mail = of.mail;
        this.templates = of.templates;
        this.deliveries = of.deliveries;
        this.audit = of.audit;
        this.mailFrom = of.mailFrom;
        this.retries = of.retries;
        this.meters = of.meters;
        this.channel = channel;
    }

    @Override
    public Notifier forChannel(String channel) {
        return new DeliveringNotifier(this, channel);
    }

    @Override
    public void sms(String dedupeKey, String mobile, String template, Locale locale, Object... args) {
        if (deliveries.alreadySent(dedupeKey)) {
            return;
        }
        String masked = Masking.mask(mobile, 3, 4);
        try {
            List<String> params = Arrays.stream(args).map(String::valueOf).toList();
            String id = sms.send(new SmsMessage(mobile, template, params, templates.sms(channel, template, locale,
                    args), templates.smsBody(channel, template, locale, args)));
            deliveries.sent(dedupeKey, "SMS", masked, template, id);
            meters.counter("certhall.notifications.sent", "channel", "SMS").increment();
        } catch (SmsDeliveryException e) {
            handleFailure(dedupeKey, "SMS", masked, template, e.code(), e.retryable(), e);
        }
    }

    @Override
    public void email(String dedupeKey, String address, String template, Locale locale, Object... args) {
        emailWithAttachments(dedupeKey, address, template, locale, List.of(), args);
    }

    @Override
    public void emailWithAttachments(String dedupeKey, String address, String template, Locale locale,
            List<Attachment> attachments, Object... args) {
        if (deliveries.alreadySent(dedupeKey)) {
            return;
        }
        String masked = Masking.maskEmail(address);
        try {
            var message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
            helper.setFrom(mailFrom);
            helper.setTo(address);
            helper.setSubject(templates.subject(channel, template, locale, args));
            helper.setText(templates.body(channel, template, locale, args), false);
            for (Attachment file : attachments) {
                helper.addAttachment(file.name(), new ByteArrayResource(file.content()), file.contentType());
            }
            mail.send(message);
            deliveries.sent(dedupeKey, "EMAIL", masked, template, message.getMessageID());
            meters.counter("certhall.notifications.sent", "channel", "EMAIL").increment();
        } catch (MailException | MessagingException e) {
            handleFailure(dedupeKey, "EMAIL", masked, template, e.getClass().getSimpleName(), true, e);
        }
    }

    private void handleFailure(String dedupeKey, String channel, String masked, String template, String code,
            boolean retryable, Exception cause) {
        RetryPolicy.Next next = retries.afterFailure(deliveries.attemptsSoFar(dedupeKey), retryable,
                Instant.EPOCH); // no wait of ours: only the count matters here
        int attempts = next.attempts();
        boolean retry = next instanceof RetryPolicy.RetryAt;
        // provider errors for the operators' dashboards (docs/deployment.md, "Metrics"); codes are the providers'
        meters.counter("certhall.notifications.failures", "channel", channel, "code", code, "outcome",
                retry ? "retrying" : "failed").increment();
        deliveries.failed(dedupeKey, channel, masked, template, retry ? DeliveryStatus.RETRYING : DeliveryStatus.FAILED, code);
        if (retry) {
            log.warn("{} to {} ({}) failed with {}, attempt {}; it will be retried", channel, masked, template, code,
                    attempts);
            throw new NotificationRetryException(channel + " to " + masked + " failed: " + code, cause);
        }
        log.error("{} to {} ({}) failed permanently with {} after {} attempts", channel, masked, template, code,
                attempts);
        audit.recordNow(AuditRecord.of("notifications.delivery.failed", "system", masked)
                .with("channel", channel).with("template", template).with("code", code).with("attempts", attempts));
    }

    /** Thrown to leave the event publication incomplete so the outbox resubmits it. */
    static class NotificationRetryException extends RuntimeException {
        NotificationRetryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
