package com.certhall.lifecycle;

import com.certhall.orders.Identities;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.SubjectForm;
import java.util.List;
import java.util.UUID;

/** Orders brought to APPROVED through the real facades (paper path: paper received, approved, paid). */
record ApprovedOrders(OrderManagement steps, OrderManagement orders) {

    static final String HANDLER_NAME = "王经办";
    static final String HANDLER_ID = "11010519491231002X";
    static final String ORG_NAME = "测试科技有限公司";

    /** A bid-cloud organisation order for one cloud certificate with a server-made key. */
    OrderView cloudOrganization(UUID account, String mobile, String uscc, String algorithm) {
        return organization(account, mobile, uscc, "bid-cloud", "org-cloud", algorithm, null);
    }

    /** A plateau-trade organisation order for one UKEY, mailed or picked up ({@code MAIL}, {@code PICKUP}). */
    OrderView ukeyOrganization(UUID account, String mobile, String uscc, String delivery) {
        return organization(account, mobile, uscc, "plateau-trade", "org-ukey", "EC_P256", delivery);
    }

    private OrderView organization(UUID account, String mobile, String uscc, String channel, String product,
            String algorithm, String delivery) {
        String actor = "applicant:" + account;
        OrderView draft = steps.start(com.certhall.orders.OrderCommands.StartOrder.of(account, channel, "ORGANIZATION", true, actor));
        SubjectForm.PartyForm legalRep = new SubjectForm.PartyForm("李法人", "RESIDENT_ID", Identities.residentId(),
                mobile, null, "北京市海淀区中关村大街 1 号", null);
        SubjectForm.PartyForm handler = new SubjectForm.PartyForm(HANDLER_NAME, "RESIDENT_ID",
                HANDLER_ID, mobile, "wang@example.com", "北京市海淀区中关村大街 1 号", "信息部");
        steps.saveSubject(new com.certhall.orders.OrderCommands.SaveSubject(draft.id(), account, new SubjectForm(
                new SubjectForm.OrganizationForm(ORG_NAME, uscc, "北京市海淀区中关村大街 1 号", legalRep),
                handler, false, null)));
        steps.chooseProducts(new com.certhall.orders.OrderCommands.ChooseProducts(draft.id(), account, List.of(new OrderCommands.ItemForm(product, 1, 1, algorithm, null))));
        if (delivery != null) {
            steps.saveDelivery(new com.certhall.orders.OrderCommands.SaveDelivery(draft.id(), account, new OrderCommands.DeliveryForm(delivery, null, mobile,
                    "云南省昆明市五华区人民中路 1 号")));
        }
        orders.goOffline(draft.id(), actor);
        orders.receivePaper(draft.id(), "staff:reviewer");
        orders.markPaid(draft.id(), "system:payments"); // both demo channels take payment first
        OrderView approved = orders.approve(draft.id(), "staff:reviewer");
        if (approved.status() != OrderStatus.APPROVED) {
            throw new IllegalStateException("fixture reached " + approved.status());
        }
        return approved;
    }
}
