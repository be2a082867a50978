package com.certhall.web;

import com.certhall.shared.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English second. Every module keeps its texts in {@code i18n/<module>.properties} (Chinese) and
 * {@code i18n/<module>_en.properties}; all of them are found on the classpath, so adding a module adds its bundle.
 * The language comes from the {@code lang} cookie (set by {@code ?lang=en}), else from {@code Accept-Language},
 * else Chinese.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    static String[] bundleBasenames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : resources) {
                String file = resource.getFilename();
                if (file == null) {
                    continue;
                }
                String base = file.substring(0, file.length() - ".properties".length());
                int underscore = base.indexOf('_');
                names.add("classpath:i18n/" + (underscore < 0 ? base : base.substring(0, underscore)));
            }
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver cookies = new CookieLocaleResolver("lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale == null ? null : supported(locale));
            }
        };
        cookies.setCookieMaxAge(Duration.ofDays(365));
        cookies.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : supported(requested);
        });
        return cookies;
    }

    static Locale supported(Locale requested) {
        return Languages.supported(requested);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
