package com.certhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The site facts keep the documented defaults (docs/configuration.md) and build links without a double slash. */
class SitePropertiesTests {

    @Test
    void defaultsAreTheDocumentedOnes() {
        SiteProperties site = new SiteProperties(null, null, null, null);
        assertThat(site.name()).isEqualTo("CertHall 数字证书服务厅");
        assertThat(site.hotline()).isEqualTo("400-800-6688");
        assertThat(site.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(site.paperAddress()).isEmpty();
    }

    @Test
    void linksJoinTheBaseUrlAndThePath() {
        SiteProperties site = new SiteProperties("CertHall", "400", "https://ca.example.org/", "");
        assertThat(site.baseUrl()).isEqualTo("https://ca.example.org");
        assertThat(site.link("/orders/1")).isEqualTo("https://ca.example.org/orders/1");
    }
}
