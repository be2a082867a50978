package com.certhall.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.pki.ocsp.OcspResponder;
import com.certhall.support.AsStaff;
import com.certhall.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /actuator/prometheus} speaks the Prometheus text format and carries the platform's own figures. */
@IntegrationTest
class PrometheusEndpointTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry registry;

    @Autowired
    OcspResponder ocsp;

    @Test
    @AsStaff(value = "anna", roles = StaffRole.ADMIN)
    void anAdministratorScrapesTheTextFormatWithTheOutboxBacklogAndProviderFailures() throws Exception {
        registry.counter("certhall.notifications.failures", "channel", "SMS", "code", "isv.\"QUOTED\"",
                "outcome", "retrying").increment(2);
        String text = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andReturn().getResponse().getContentAsString();
        assertThat(text).contains("# TYPE certhall_outbox_backlog gauge\ncerthall_outbox_backlog ")
                .contains("# TYPE certhall_notifications_failures_total counter\n")
                .contains("certhall_notifications_failures_total{channel=\"SMS\",code=\"isv.\\\"QUOTED\\\"\","
                        + "outcome=\"retrying\"} 2")
                .contains("# TYPE jvm_memory_used_bytes gauge")
                .containsPattern("(?m)^certhall_orders\\{status=\"DRAFT\"} \\d+")
                .containsPattern("(?m)^certhall_orders\\{status=\"COMPLETED\"} \\d+")
                .containsPattern("(?m)^certhall_orders_issued_total \\d+")
                .containsPattern("(?m)^jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]+\"} \\d+")
                .doesNotContain("# TYPE certhall_outbox_backlog gauge\ncerthall_outbox_backlog NaN");
        // every sample line is "name{labels} value" with a name Prometheus accepts
        text.lines().filter(line -> !line.startsWith("#")).forEach(line -> assertThat(line)
                .matches("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*})? (NaN|[+-]Inf|-?[0-9.E+-]+)"));
    }

    @Test
    @AsStaff(value = "anna", roles = StaffRole.ADMIN)
    void ocspAnswersAreCountedBySource() throws Exception {
        double before = registry.counter("certhall.ocsp.responses", "source", "refused").count();
        ocsp.respond(new byte[] {0x30, 0x03, 0x02, 0x01, 0x07}); // not an OCSPRequest: malformedRequest
        assertThat(registry.counter("certhall.ocsp.responses", "source", "refused").count()).isEqualTo(before + 1);
        String text = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(text).containsPattern("(?m)^certhall_ocsp_responses_total\\{source=\"refused\"} [1-9]")
                .containsPattern("(?m)^certhall_ocsp_responses_total\\{source=\"cache\"} \\d")
                .containsPattern("(?m)^certhall_ocsp_responses_total\\{source=\"signed\"} \\d");
    }

    @Test
    @AsStaff(value = "rita", roles = StaffRole.REVIEWER)
    void staffWithoutAdminScrapeNothing() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
    }
}
