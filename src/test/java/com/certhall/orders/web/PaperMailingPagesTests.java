package com.certhall.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.orders.SubjectType;
import com.certhall.support.AsStaff;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The paper path in the pages: the applicant sees where to mail and records the shipment; staff record arrival. */
@IntegrationTest
class PaperMailingPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;

    @Test
    void applicantRecordsTheShipmentAndStaffRecordTheArrival() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = orders.start(com.certhall.orders.OrderCommands.StartOrder.of(account, "zy-interop", "PERSON",
                true, "applicant:" + account));
        orders.chooseProducts(new com.certhall.orders.OrderCommands.ChooseProducts(order.id(), account, java.util.List.of(
                new com.certhall.orders.OrderCommands.ItemForm("personal", 1, 1, null, null))));
        com.certhall.orders.Orders.anOrder().forAccount(account).forChannel("zy-interop").ofSubject(SubjectType.PERSON)
                .through(orders).submittedOnPaper(order.id());

        mvc.perform(get("/orders/" + order.id()).with(applicant(account)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("纸质材料邮寄")))
                .andExpect(content().string(containsString("CertHall 受理中心")));
        mvc.perform(post("/orders/" + order.id() + "/paper-mailing").with(applicant(account)).with(csrf())
                        .param("carrier", "顺丰速运").param("trackingNumber", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("快递单号应为 8 至 30 位字母或数字")))
                .andExpect(content().string(containsString("value=\"顺丰速运\"")));
        mvc.perform(post("/orders/" + order.id() + "/paper-mailing").with(applicant(account)).with(csrf())
                        .param("carrier", "顺丰速运").param("trackingNumber", "SF1234567890"))
                .andExpect(redirectedUrl("/orders/" + order.id() + "?paperMailed"));

        mvc.perform(get("/admin/paper").with(staff(StaffRole.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.number())))
                .andExpect(content().string(containsString("中原省数字证书互通项目")))
                .andExpect(content().string(containsString("待寄纸质材料")))
                .andExpect(content().string(not(containsString(">AWAITING_PAPER<"))))
                .andExpect(content().string(not(containsString(">zy-interop<"))));
        mvc.perform(post("/admin/paper/" + order.id() + "/received").with(staff(StaffRole.OPERATOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/paper?received"));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.PENDING_REVIEW);
    }

    @Test
    @AsStaff(value = "finance", roles = StaffRole.FINANCE)
    void financeCannotRecordPaper() throws Exception {
        mvc.perform(get("/admin/paper")).andExpect(status().isForbidden());
    }

    @Test
    void theStaffHomeLeadsOperatorsAndReviewersToThePaperConsoleButNotFinance() throws Exception {
        mvc.perform(get("/admin").with(staff(StaffRole.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/paper\"")))
                .andExpect(content().string(containsString("href=\"/admin/production\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/reviews\""))));
        mvc.perform(get("/admin").with(staff(StaffRole.REVIEWER)))
                .andExpect(content().string(containsString("href=\"/admin/paper\"")));
        mvc.perform(get("/admin").with(staff(StaffRole.FINANCE)))
                .andExpect(content().string(containsString("href=\"/admin/payments\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/paper\""))));
    }

    private static RequestPostProcessor applicant(UUID account) {
        var user = com.certhall.accounts.AuthenticatedUser.applicant(account, "applicant");
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    private static RequestPostProcessor staff(StaffRole role) {
        var user = com.certhall.accounts.AuthenticatedUser.staff(UUID.randomUUID(), "operator", java.util.Set.of(role));
        return authentication(CallerSecurityContexts.of(user).getAuthentication());
    }
}
