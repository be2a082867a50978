package com.certhall.lifecycle.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs {@link ExpiryReminders} every hour (by default), once across all nodes (ShedLock on the database). */
@Component
@EnableConfigurationProperties(ExpiryReminders.Settings.class)
class ExpiryReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryReminderJob.class);

    private final ExpiryReminders reminders;

    ExpiryReminderJob(ExpiryReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${certhall.lifecycle.reminders.interval:PT1H}", initialDelayString = "PT10M")
    @SchedulerLock(name = "lifecycle-expiry-reminders", lockAtMostFor = "PT50M")
    void run() {
        int sent = reminders.remind();
        if (sent > 0) {
            log.info("sent {} certificate expiry reminders", sent);
        }
    }
}
