package com.certhall.pki.ca;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code certhall.pki.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PkiProperties.class)
class PkiConfig {
}
