package com.certhall.orders;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Orders brought into a state in-process through the orders facades (from
 * {@link Orders#through(OrderManagement)}), for tests of the modules downstream of an order (payments,
 * lifecycle). The test fixtures' calls into the orders module's main code are here and in {@link Orders}, nowhere
 * else, so a change of the facade is one change here.
 */
public final class FacadeOrders {

    /** The handler of {@link #organizationDraft} orders (the legal representative is 李法人). */
    public static final String HANDLER_NAME = "王经办";
    public static final String HANDLER_ID = "11010519491231002X";
    static final String ADDRESS = "北京市海淀区中关村大街 1 号";

    private final OrderManagement orders;
    private final UUID account;
    private final String channel;
    private final SubjectType subjectType;
    private final String organizationName;
    private final String uscc;

    FacadeOrders(OrderManagement orders, UUID account, String channel, SubjectType subjectType,
            String organizationName, String uscc) {
        this.orders = orders;
        this.organizationName = organizationName;
        this.uscc = uscc;
        this.account = account;
        this.channel = channel;
        this.subjectType = subjectType;
    }

    private String actor() {
        return "applicant:" + account;
    }

    /** A new draft ({@code NEW}) of the account in the channel, for the subject type (no agreement step). */
    public OrderView draft() {
        return orders.createDraft(account, channel, OrderType.NEW, subjectType, actor());
    }

    /** A new draft as an applicant starts it: the channel's agreement accepted. */
    public OrderView started() {
        return orders.start(OrderCommands.StartOrder.of(account, channel, subjectType.name(), true, actor()));
    }

    /** One product of the channel for one year ({@code algorithm} may be null where the product has no choice). */
    public void items(OrderId id, String product, String algorithm) {
        orders.chooseProducts(new com.certhall.orders.OrderCommands.ChooseProducts(id, account, List.of(new OrderCommands.ItemForm(product, 1, 1, algorithm, null))));
    }

    /** An organisation draft for one product, subject and items saved; {@code mobile} is the handler's and rep's. */
    public OrderId organizationDraft(String name, String uscc, String mobile, String product, String algorithm) {
        OrderId id = orders.start(com.certhall.orders.OrderCommands.StartOrder.of(account, channel, "ORGANIZATION", true, actor())).id();
        SubjectForm.PartyForm legalRep = new SubjectForm.PartyForm("李法人", "RESIDENT_ID", Identities.residentId(),
                mobile, null, ADDRESS, null);
        SubjectForm.PartyForm handler = new SubjectForm.PartyForm(HANDLER_NAME, "RESIDENT_ID", HANDLER_ID, mobile,
                "wang@example.com", ADDRESS, "信息部");
        orders.saveSubject(new com.certhall.orders.OrderCommands.SaveSubject(id, account, new SubjectForm(new SubjectForm.OrganizationForm(name, uscc, ADDRESS, legalRep),
                handler, false, null)));
        items(id, product, algorithm);
        return id;
    }

    /** Delivery of the UKEY ({@code MAIL} or {@code PICKUP}) with the given contact mobile. */
    public void delivery(OrderId id, String method, String mobile) {
        orders.saveDelivery(new com.certhall.orders.OrderCommands.SaveDelivery(id, account,
                new OrderCommands.DeliveryForm(method, null, mobile, "云南省昆明市五华区人民中路 1 号")));
    }

    /**
     * The paper path from a draft with its products: the steps paper does not replace are filled in where empty
     * (the subject, no invoice, delivery by mail for a UKEY and none otherwise), then submitted with the printed
     * form; the order waits for its paper.
     */
    public OrderView submittedOnPaper(OrderId id) {
        prepareOnPaper(id);
        return finishOnPaper(id);
    }

    /** Paper path chosen and the subject saved where empty. */
    private void prepareOnPaper(OrderId id) {
        prepareOnPaper(id, "13900139000");
    }

    private void prepareOnPaper(OrderId id, String mobile) {
        orders.goOffline(id, actor());
        OrderDraft draft = orders.details(id).draft();
        if (draft.subject() == null) {
            SubjectForm.PartyForm person = new SubjectForm.PartyForm("赵纸质", "RESIDENT_ID", Identities.residentId(),
                    mobile, "zhao@example.com", ADDRESS, null);
            orders.saveSubject(new OrderCommands.SaveSubject(id, account, subjectType == SubjectType.PERSON
                    ? new SubjectForm(null, null, null, person)
                    : new SubjectForm(new SubjectForm.OrganizationForm(organizationName, uscc, ADDRESS,
                            person), person, true, null)));
        }
    }

    /** No invoice and a delivery where empty, then submitted with the printed form. */
    private OrderView finishOnPaper(OrderId id) {
        OrderDraft draft = orders.details(id).draft();
        if (draft.invoice() == null) {
            orders.saveInvoice(new OrderCommands.SaveInvoice(id, account,
                    new OrderCommands.InvoiceForm(false, null, null, null, null, null, null)));
        }
        if (draft.delivery() == null) {
            boolean ukey = draft.lines().stream().anyMatch(l -> l.medium() == com.certhall.catalog.Medium.UKEY);
            try {
                delivery(id, ukey ? "MAIL" : "NONE", "13900139000");
            } catch (com.certhall.shared.InvalidInputException channelOffersNoNone) {
                delivery(id, "MAIL", "13900139000");
            }
        }
        return expect(orders.submitOnPaper(new OrderCommands.SubmitOnPaper(id, account, Locale.SIMPLIFIED_CHINESE, actor())),
                OrderStatus.AWAITING_PAPER);
    }

    /** The paper path to APPROVED in a pay-first channel: paper received, paid, approved. */
    public OrderView approvedOnPaper(OrderId id) {
        submittedOnPaper(id);
        orders.receivePaper(id, "staff:reviewer");
        orders.markPaid(id, "system:payments");
        return expect(orders.approve(id, "staff:reviewer"), OrderStatus.APPROVED);
    }

    /**
     * An organisation draft with one product, paper path, paper received → waiting for payment: at once in a
     * pay-first channel, after the approval in a review-then-pay one.
     */
    public OrderView awaitingPaymentOnPaper(String product) {
        OrderView draft = started();
        items(draft.id(), product, null);
        submittedOnPaper(draft.id());
        OrderView received = orders.receivePaper(draft.id(), "staff:reviewer");
        OrderView approved = received.status() == OrderStatus.PENDING_PAYMENT ? received
                : orders.approve(draft.id(), "staff:reviewer");
        return expect(approved, OrderStatus.PENDING_PAYMENT);
    }

    /**
     * As {@link #awaitingPaymentOnPaper(String)}, with an electronic invoice asked for on the invoice step, to be
     * sent to {@code email}; the handler's mobile is {@code 13900139000}.
     */
    public OrderView awaitingPaymentWithInvoiceOnPaper(String product, String email) {
        return awaitingPaymentWithInvoiceOnPaper(product, email, "13900139000");
    }

    /** As {@link #awaitingPaymentWithInvoiceOnPaper(String, String)} with the handler's mobile {@code mobile}. */
    public OrderView awaitingPaymentWithInvoiceOnPaper(String product, String email, String mobile) {
        OrderView draft = started();
        items(draft.id(), product, null);
        prepareOnPaper(draft.id(), mobile);
        orders.saveInvoice(new OrderCommands.SaveInvoice(draft.id(), account,
                new OrderCommands.InvoiceForm(true, null, null, null, null, null, email)));
        finishOnPaper(draft.id());
        OrderView received = orders.receivePaper(draft.id(), "staff:reviewer");
        OrderView approved = received.status() == OrderStatus.PENDING_PAYMENT ? received
                : orders.approve(draft.id(), "staff:reviewer");
        return expect(approved, OrderStatus.PENDING_PAYMENT);
    }

    /** The order is paid by some other means (a test shortcut through the real facade). */
    public void markPaid(OrderId id) {
        orders.markPaid(id, "test");
    }

    private static OrderView expect(OrderView order, OrderStatus status) {
        if (order.status() != status) {
            throw new IllegalStateException("fixture reached " + order.status() + " instead of " + status);
        }
        return order;
    }
}
