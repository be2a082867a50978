package com.certhall.lifecycle;

import com.certhall.orders.FacadeOrders;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import java.util.UUID;

/** Orders brought to APPROVED through the real facades (paper path: paper received, paid, approved). */
record ApprovedOrders(OrderManagement orders) {

    static final String HANDLER_NAME = FacadeOrders.HANDLER_NAME;
    static final String HANDLER_ID = FacadeOrders.HANDLER_ID;
    static final String ORG_NAME = "测试科技有限公司";

    /** A bid-cloud organisation order for one cloud certificate with a server-made key. */
    OrderView cloudOrganization(UUID account, String mobile, String uscc, String algorithm) {
        return organization(account, mobile, uscc, "bid-cloud", "org-cloud", algorithm, null);
    }

    /** A plateau-trade organisation order for one UKEY, mailed or picked up ({@code MAIL}, {@code PICKUP}). */
    OrderView ukeyOrganization(UUID account, String mobile, String uscc, String delivery) {
        return organization(account, mobile, uscc, "plateau-trade", "org-ukey", "EC_P256", delivery);
    }

    // both demo channels take payment first
    private OrderView organization(UUID account, String mobile, String uscc, String channel, String product,
            String algorithm, String delivery) {
        FacadeOrders fixture = Orders.anOrder().forAccount(account).forChannel(channel).through(orders);
        OrderId id = fixture.organizationDraft(ORG_NAME, uscc, mobile, product, algorithm);
        if (delivery != null) {
            fixture.delivery(id, delivery, mobile);
        }
        return fixture.approvedOnPaper(id);
    }
}
