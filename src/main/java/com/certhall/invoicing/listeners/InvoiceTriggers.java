package com.certhall.invoicing.listeners;

import com.certhall.invoicing.InvoiceTiming;
import com.certhall.invoicing.domain.InvoiceDesk;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.payments.PaymentConfirmed;
import com.certhall.payments.PaymentRefunded;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When an invoice becomes due or must be reversed: a confirmed payment (channels invoicing after payment), a
 * shipped order (after shipment), a refund or a cancellation (reversal). Run after commit from the outbox, without
 * a transaction of their own (the desk commits each step); replayed events find what the first delivery made.
 */
@Component
class InvoiceTriggers {

    private final InvoiceDesk desk;

    InvoiceTriggers(InvoiceDesk desk) {
        this.desk = desk;
    }

    @Async
    @TransactionalEventListener
    void on(PaymentConfirmed event) {
        desk.openIfDue(event.applicationId(), InvoiceTiming.AFTER_PAYMENT, "system:invoicing");
    }

    @Async
    @TransactionalEventListener
    void on(OrderStatusChanged event) {
        if (event.to() == OrderStatus.SHIPPED) {
            desk.openIfDue(event.applicationId(), InvoiceTiming.AFTER_SHIPMENT, "system:invoicing");
        } else if (event.to() == OrderStatus.CANCELLED) {
            desk.reverse(event.applicationId(), note(event.note(), "订单取消"), "system:invoicing");
        }
    }

    @Async
    @TransactionalEventListener
    void on(PaymentRefunded event) {
        desk.reverse(event.applicationId(), note(event.reason(), "订单退款"), "system:invoicing");
    }

    private static String note(String note, String fallback) {
        return note == null || note.isBlank() ? fallback : note;
    }
}
