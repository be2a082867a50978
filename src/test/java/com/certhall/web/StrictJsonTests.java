package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.orders.SubjectType;
import com.certhall.support.IntegrationTest;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The API reads JSON strictly (issue 11, item 17): a value of the wrong type, a null where none may be, a missing
 * required value, or a subject that is both an organisation and a person is a 400 naming the field by its JSON path,
 * never coerced; and nothing changes.
 */
@IntegrationTest
class StrictJsonTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;

    final UUID account = UUID.randomUUID();

    @Test
    void aStringOrAFractionForAnIntegerIsRefusedNamingTheField() throws Exception {
        OrderView order = draft(SubjectType.PERSON);
        items(order, "[{\"productCode\":\"personal\",\"years\":\"1\",\"quantity\":1}]")
                .andExpect(jsonPath("$.errors[0].field").value("[0].years"))
                .andExpect(jsonPath("$.errors[0].code").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("整数")));
        items(order, "[{\"productCode\":\"personal\",\"years\":1,\"quantity\":1.5}]")
                .andExpect(jsonPath("$.errors[0].field").value("[0].quantity"));
        items(order, "[{\"productCode\":123,\"years\":1,\"quantity\":1}]")
                .andExpect(jsonPath("$.errors[0].field").value("[0].productCode"));
        items(order, "[null]").andExpect(jsonPath("$.errors[0].field").value("[0]"))
                .andExpect(jsonPath("$.errors[0].code").value("null"));
        assertThat(orders.details(order.id()).draft().lines()).isEmpty();
    }

    @Test
    void anEnglishCallerReadsTheFieldInEnglish() throws Exception {
        OrderView order = draft(SubjectType.PERSON);
        mvc.perform(put("/api/v1/orders/{id}/items", order.id().toString()).with(applicant())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"productCode\":\"personal\",\"years\":true,\"quantity\":1}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("must be an integer")));
    }

    @Test
    void aSubjectWithBothPersonAndOrganizationIsRefused() throws Exception {
        OrderView order = draft(SubjectType.PERSON);
        mvc.perform(put("/api/v1/orders/{id}/subject", order.id().toString()).with(applicant())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"person":{"name":"李娜","idNumber":"360426199101010071","mobile":"13900139000",
                                 "email":"li@example.com"},
                                 "organization":{"name":"示例科技有限公司","uscc":"91110000600037341L"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("organization")));
        assertThat(orders.details(order.id()).draft().subject()).isNull();
    }

    @Test
    void aMissingRequiredValueIsNamedNotDefaulted() throws Exception {
        mvc.perform(post("/sandbox/api/verification/outages").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"TELECOM\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("down"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        mvc.perform(post("/api/v1/orders").with(applicant()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"NEW\",\"subjectType\":\"PERSON\",\"agreementAccepted\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        mvc.perform(post("/api/v1/orders").with(applicant()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"zy-interop\",\"type\":\"NEW\",\"subjectType\":\"PERSON\","
                                + "\"agreementAccepted\":\"true\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agreementAccepted"));
    }

    @Test
    void brokenJsonAndTrailingDataAreRefused() throws Exception {
        OrderView order = draft(SubjectType.PERSON);
        items(order, "[{\"productCode\":\"personal\",\"years\":1,\"quantity\":1}] []")
                .andExpect(jsonPath("$.errors[0].code").value("syntax"));
        items(order, "{\"a\":1,\"a\":2}").andExpect(jsonPath("$.errors[0].field").exists());
    }

    private ResultActions items(OrderView order, String body) throws Exception {
        return mvc.perform(put("/api/v1/orders/{id}/items", order.id().toString()).with(applicant())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private OrderView draft(SubjectType type) {
        return orders.createDraft(account, "zy-interop", OrderType.NEW, type, "applicant:" + account);
    }

    private RequestPostProcessor applicant() {
        AuthenticatedUser user = AuthenticatedUser.applicant(account, "applicant");
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
