package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.orders.SubjectType;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The requests a black-box probe answered with a server error (issue 11, item 18): each now gets the 4xx that says
 * what was wrong, and changes nothing.
 */
@IntegrationTest
class ProbeFindingsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;

    @Test
    void anotherAccountsOrderHasNoIdentityPage() throws Exception {
        OrderView theirs = orders.createDraft(UUID.randomUUID(), "zy-interop", OrderType.NEW, SubjectType.PERSON, "x");
        RequestPostProcessor me = applicant(UUID.randomUUID());
        mvc.perform(get("/orders/{id}/verify", theirs.id().toString()).with(me)).andExpect(status().isNotFound());
        mvc.perform(post("/orders/{id}/verify", theirs.id().toString()).with(me).with(csrf())
                .param("party", "PERSON").param("method", "TELECOM_3F")).andExpect(status().isNotFound());
        mvc.perform(get("/orders/{id}/verify", "not-an-id").with(me)).andExpect(status().isNotFound());
    }

    @Test
    void unknownPaperOrderIsNotFound() throws Exception {
        mvc.perform(post("/admin/paper/{id}/received", UUID.randomUUID().toString()).with(staff(StaffRole.OPERATOR))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/paper/{id}/received", "x").with(staff(StaffRole.OPERATOR)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownChannelOrProductCannotBeDeleted() throws Exception {
        mvc.perform(post("/admin/channels/{code}/products/x/delete", "no-such-channel").param("version", "0")
                .with(staff(StaffRole.ADMIN)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/channels/{code}/products/x/delete", "zy-interop").param("version", "0")
                .with(staff(StaffRole.ADMIN)).with(csrf())).andExpect(status().is4xxClientError());
        mvc.perform(post("/admin/channels/{code}/products/x/delete", "zy-interop").param("version", "abc")
                .with(staff(StaffRole.ADMIN)).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void aNullRoleIsABadRequestNamingTheField() throws Exception {
        mvc.perform(put("/api/v1/admin/staff/{u}/roles", "reviewer").with(staff(StaffRole.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
        mvc.perform(put("/api/v1/admin/staff/{u}/roles", "reviewer").with(staff(StaffRole.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"KING\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
    }

    @Test
    void aFileNameWithNulIsCleanedOrRefusedNeverAServerError() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = orders.createDraft(account, "zy-interop", OrderType.NEW, SubjectType.PERSON, "x");
        MockMultipartFile file = new MockMultipartFile("file", "id\u0000.png", "image/png", new byte[] {1, 2, 3});
        int status = mvc.perform(multipart("/api/v1/orders/{id}/documents", order.id().toString()).file(file)
                .param("kind", "ID_FRONT").with(applicant(account))).andReturn().getResponse().getStatus();
        assertThat(status).isBetween(400, 499);
    }

    @Test
    void aMillionCharacterCancellationReasonIsRefusedAndTheOrderStays() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = orders.createDraft(account, "zy-interop", OrderType.NEW, SubjectType.PERSON, "x");
        String reason = "很".repeat(1_000_000);
        mvc.perform(post("/api/v1/orders/{id}/cancellation", order.id().toString()).with(applicant(account))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + reason + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void anUnknownSandboxCaptchaIsNotFound() throws Exception {
        mvc.perform(get("/sandbox/api/captchas/unknown")).andExpect(status().isNotFound());
        mvc.perform(get("/sandbox/api/captchas/{id}", UUID.randomUUID().toString())).andExpect(status().isNotFound());
    }

    static RequestPostProcessor applicant(UUID account) {
        AuthenticatedUser user = AuthenticatedUser.applicant(account, "applicant");
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    static RequestPostProcessor staff(StaffRole role) {
        AuthenticatedUser user = AuthenticatedUser.staff(UUID.randomUUID(), "staff-" + role, Set.of(role));
        return authentication(CallerSecurityContexts.of(user).getAuthentication());
    }
}
