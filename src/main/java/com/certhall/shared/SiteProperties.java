package com.certhall.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's site ({@code certhall.site.*}, docs/configuration.md): what the header and footer show, the public
 * base URL that links in messages and certificates start with, and where paper materials are mailed. Every module
 * reads these here rather than through its own placeholder.
 *
 * @param name          site name in the header, the e-mail signature and the sandbox cashier
 * @param nameEn        the site name on English pages
 * @param hotline       customer service hotline
 * @param baseUrl       public URL of this platform, without a trailing slash
 * @param paperAddress  where applicants mail stamped paper materials unless their channel names its own address
 */
@ConfigurationProperties("certhall.site")
public record SiteProperties(String name, String hotline, String baseUrl, String paperAddress, String nameEn) {

    @ConstructorBinding
    public SiteProperties(@Nullable String name, @Nullable String hotline, @Nullable String baseUrl,
            @Nullable String paperAddress, @Nullable String nameEn) {
        this.name = name == null ? "CertHall 数字证书服务厅" : name;
        this.nameEn = nameEn == null || nameEn.isBlank() ? "CertHall Certificate Service Hall" : nameEn;
        this.hotline = hotline == null ? "400-800-6688" : hotline;
        String base = baseUrl == null ? "http://localhost:8080" : baseUrl;
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.paperAddress = paperAddress == null ? "" : paperAddress;
    }

    public SiteProperties(@Nullable String name, @Nullable String hotline, @Nullable String baseUrl,
            @Nullable String paperAddress) {
        this(name, hotline, baseUrl, paperAddress, null);
    }

    /** The site name in the language of a page: English pages read {@link #nameEn}. */
    public String nameFor(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }

    /** An absolute link to a path of this platform ({@code /orders/…}), for SMS, e-mail and certificates. */
    public String link(String path) {
        return baseUrl + path;
    }
}
