package com.certhall.signing.webhooks;

import com.certhall.signing.domain.PartnerWebhooks;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends due partner webhooks every few seconds; ShedLock makes one node do it (docs/signing.md, "Webhooks"). */
@Component
class WebhookWorker {

    private final PartnerWebhooks webhooks;

    WebhookWorker(PartnerWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Scheduled(fixedDelayString = "${certhall.signing.webhook-interval:PT5S}",
            initialDelayString = "${certhall.signing.webhook-initial-delay:PT10S}")
    @SchedulerLock(name = "signing-webhooks", lockAtMostFor = "PT5M")
    void run() {
        webhooks.deliverDue(50);
    }
}
