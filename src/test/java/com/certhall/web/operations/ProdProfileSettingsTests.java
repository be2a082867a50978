package com.certhall.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * What the prod profile switches on, read from application.yml itself (a prod start needs PostgreSQL and every
 * provider; the platform's test contexts cannot hold another one): JSON logs, secure cookies, no sandbox.
 */
class ProdProfileSettingsTests {

    @Test
    void prodLogsOneJsonObjectPerLineAndKeepsTheSandboxOff() throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yml"));
        PropertySource<?> prod = documents.stream()
                .filter(doc -> "prod".equals(doc.getProperty("spring.config.activate.on-profile"))).findFirst()
                .orElseThrow();
        assertThat(String.valueOf(prod.getProperty("logging.structured.format.console")))
                .isEqualTo("${CERTHALL_LOG_FORMAT:ecs}");
        assertThat(String.valueOf(prod.getProperty("server.servlet.session.cookie.secure"))).isEqualTo("true");
        assertThat(prod.getProperty("certhall.sandbox.enabled")).isNull();
        PropertySource<?> common = documents.get(0);
        assertThat(String.valueOf(common.getProperty("management.endpoints.web.exposure.include")))
                .contains("prometheus");
    }
}
