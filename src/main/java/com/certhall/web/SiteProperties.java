package com.certhall.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the header and footer show: the operator's name, hotline and public base URL.
 *
 * @param name     site name in the header
 * @param hotline  customer service hotline
 * @param baseUrl  public URL of this platform, used in links sent by SMS and in certificates
 */
@ConfigurationProperties("certhall.site")
public record SiteProperties(String name, String hotline, String baseUrl) {

    public SiteProperties {
        name = name == null ? "CertHall" : name;
        hotline = hotline == null ? "400-000-0000" : hotline;
        baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl;
    }
}
