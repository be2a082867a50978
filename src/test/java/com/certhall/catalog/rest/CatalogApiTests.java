package com.certhall.catalog.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The three public catalog calls (docs/development.md, "API") against the seeded sandbox channels, with their errors. */
@IntegrationTest
class CatalogApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheSeededChannelsWithTheirInitials() throws Exception {
        mvc.perform(get("/api/v1/channels"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("zy-interop", "coal-trade", "scf-chain", "bid-cloud",
                        "plateau-trade", "health-esign")))
                .andExpect(jsonPath("$[?(@.code == 'zy-interop')].initial", contains("Z")))
                .andExpect(jsonPath("$[?(@.code == 'coal-trade')].name", contains("煤炭交易在线证书项目")));
    }

    @Test
    void searchMatchesNameCodeOrInitial() throws Exception {
        mvc.perform(get("/api/v1/channels").param("q", "煤炭"))
                .andExpect(jsonPath("$[*].code", contains("coal-trade")));
        mvc.perform(get("/api/v1/channels").param("q", "SCF"))
                .andExpect(jsonPath("$[*].code", contains("scf-chain")));
        mvc.perform(get("/api/v1/channels").param("q", "x"))
                .andExpect(jsonPath("$[*].code", contains("bid-cloud")));
        mvc.perform(get("/api/v1/channels").param("q", "没有这个项目"))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void channelDetailsCarryProductsRulesAndHelp() throws Exception {
        mvc.perform(get("/api/v1/channels/scf-chain"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.products[0].code").value("enterprise"))
                .andExpect(jsonPath("$.products[0].certType").value("ORGANIZATION"))
                .andExpect(jsonPath("$.products[0].medium").value("UKEY"))
                .andExpect(jsonPath("$.products[0].years", contains(1, 2, 3, 4, 5)))
                .andExpect(jsonPath("$.products[0].maxQuantity").value(2))
                .andExpect(jsonPath("$.products[0].pricePerYearFen").value(20000))
                .andExpect(jsonPath("$.verificationMethods.ORGANIZATION", contains("MICRO_DEPOSIT")))
                .andExpect(jsonPath("$.flow").value("PAY_THEN_REVIEW"))
                .andExpect(jsonPath("$.materials[0].kind").value("BUSINESS_LICENSE"))
                .andExpect(jsonPath("$.materials[0].maxBytes").value(1048576))
                .andExpect(jsonPath("$.invoice").value(true))
                .andExpect(jsonPath("$.delivery", contains("MAIL")))
                .andExpect(jsonPath("$.agreementUrl").value("/apply/scf-chain#agreement"))
                .andExpect(jsonPath("$.help.hotline").value("400-880-9800"))
                .andExpect(jsonPath("$.help.faq[0].question").value("为什么要选 2 张证书？"));
        mvc.perform(get("/api/v1/channels/scf-chain").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.help.faq[0].question").value("Why two certificates?"));
        mvc.perform(get("/api/v1/channels/coal-trade"))
                .andExpect(jsonPath("$.flow").value("REVIEW_THEN_PAY"))
                .andExpect(jsonPath("$.prerequisite.registry").value("COAL_TRADE"))
                .andExpect(jsonPath("$.paperMailing.required").value(true))
                .andExpect(jsonPath("$.products[*].certType", contains("ORGANIZATION", "LEGAL_REPRESENTATIVE", "ESEAL")));
        mvc.perform(get("/api/v1/channels/bid-cloud"))
                .andExpect(jsonPath("$.verificationMethods.ORGANIZATION", contains("MICRO_DEPOSIT",
                        "LEGAL_REP_TELECOM_3F", "LEGAL_REP_BANKCARD_4F", "LEGAL_REP_FACE")))
                .andExpect(jsonPath("$.paymentMethods", contains("WECHAT_QR", "ALIPAY_QR")));
    }

    @Test
    void channelDetailsCarryTheEnglishTextsBesideTheUnchangedChineseOnes() throws Exception {
        mvc.perform(get("/api/v1/channels/scf-chain"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("供应链金融云链证书项目"))
                .andExpect(jsonPath("$.products[0].name").value("企业普通证书"))
                .andExpect(jsonPath("$.english.name").value("Supply Chain Finance Cloud-Chain Certificate Project"))
                .andExpect(jsonPath("$.english.description", containsString("supply-chain finance platform")))
                .andExpect(jsonPath("$.english.agreementText", containsString("Digital Certificate Service Agreement")))
                .andExpect(jsonPath("$.english.onlineSupport").value("Online support: working days 9:00–18:00"))
                .andExpect(jsonPath("$.help.onlineSupport").value("在线客服：工作日 9:00–18:00"))
                .andExpect(jsonPath("$.english.productNames.enterprise").value("Enterprise certificate"));
    }

    @Test
    void unknownChannelIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/channels/no-such-channel"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/channels/no-such-channel/quotes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productCode\":\"x\",\"years\":1,\"quantity\":1}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void quoteIsComputedOnTheServer() throws Exception {
        mvc.perform(post("/api/v1/channels/scf-chain/quotes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productCode\":\"enterprise\",\"years\":3,\"quantity\":2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalFen").value(20000 * 3 * 2 + 6000 * 2))
                .andExpect(jsonPath("$.lines[0].item").value("CERTIFICATE"))
                .andExpect(jsonPath("$.lines[0].unitPriceFen").value(60000))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[1].item").value("UKEY"))
                .andExpect(jsonPath("$.lines[1].amountFen").value(12000));
    }

    @Test
    void badQuoteInputIsA400NamingEachField() throws Exception {
        mvc.perform(post("/api/v1/channels/scf-chain/quotes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productCode\":\"enterprise\",\"years\":9,\"quantity\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("years", "quantity")))
                .andExpect(jsonPath("$.errors[1].message", containsString("1 至 2")));
        mvc.perform(post("/api/v1/channels/scf-chain/quotes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productCode\":\"enterprise\",\"years\":1,\"quantity\":\"two\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"))
                .andExpect(jsonPath("$.errors[0].code").value("format"));
        mvc.perform(post("/api/v1/channels/scf-chain/quotes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productCode\":\"gold\",\"years\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("productCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("gold")));
        mvc.perform(post("/api/v1/channels/scf-chain/quotes").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{\"quantity\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("productCode", "years")))
                .andExpect(jsonPath("$.errors[1].message").value("Years is required"));
    }
}
