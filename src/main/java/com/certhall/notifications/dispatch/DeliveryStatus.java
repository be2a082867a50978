package com.certhall.notifications.dispatch;

/**
 * Where one message's delivery stands in {@code notifications_delivery}: sent, failed and to be tried again by the
 * outbox, or failed for good (audited).
 */
enum DeliveryStatus {
    SENT, RETRYING, FAILED
}
