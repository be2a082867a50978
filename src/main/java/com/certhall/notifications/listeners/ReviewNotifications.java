package com.certhall.notifications.listeners;

import com.certhall.catalog.ChannelTexts;
import com.certhall.notifications.Notifier;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.review.ReviewDecided;
import com.certhall.review.ReviewDecision;
import com.certhall.shared.SiteProperties;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The review outcome to the order's handler by SMS and e-mail, worded as the SZCA manual's messages: approved, or
 * rejected with the reason and the order page where to fix it; in the language the applicant signed in, naming the
 * channel in it. Sent after the decision commits, once per round.
 */
@Component
class ReviewNotifications {

    private final Notifier notifier;
    private final OrderManagement orders;
    private final ChannelTexts channels;
    private final String baseUrl;

    ReviewNotifications(Notifier notifier, OrderManagement orders, ChannelTexts channels, SiteProperties site) {
        this.notifier = notifier;
        this.orders = orders;
        this.channels = channels;
        this.baseUrl = site.baseUrl();
    }

    @NotificationListener
    void on(ReviewDecided event) {
        OrderDetails order = orders.details(event.orderId());
        Subject subject = order.draft().subject();
        if (subject == null) {
            return;
        }
        Party handler = subject.handler();
        boolean approved = event.decision() == ReviewDecision.APPROVE;
        // review, then pay: the approval is the applicant's cue to pay, so it says so and links the payment page
        boolean payNext = approved && order.order().status() == OrderStatus.PENDING_PAYMENT && !order.order().paid();
        String link = baseUrl + "/orders/" + event.orderId() + (payNext ? "/payment" : "");
        String key = "review:" + event.orderNumber() + ":" + event.round() + ":" + event.decision();
        String template = approved ? (payNext ? "reviewApprovedPay" : "reviewApproved") : "reviewRejected";
        Locale language = order.order().language();
        String channelName = channels.channelName(order.order().channel(), language);
        Object[] args = approved
                ? new Object[] {channelName, event.orderNumber(), link, handler.name()}
                : new Object[] {channelName, event.orderNumber(), link, handler.name(), event.reason()};
        Notifier channel = notifier.forChannel(order.order().channel());
        channel.smsAndEmail(key, handler.mobile(), handler.email(), template, language, args);
    }
}
