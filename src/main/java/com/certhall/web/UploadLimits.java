package com.certhall.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The platform's answer to an upload over the multipart limit ({@code spring.servlet.multipart.max-request-size}):
 * {@link UploadLimitFilter} ahead of every other filter, and the limit on the error page it leads to.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(MultipartProperties multipart, ProblemDetails problems,
            ObjectMapper json, LocaleResolver locales) {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter(
                multipart.getMaxRequestSize().toBytes(), problems, json, locales));
        // before Spring Security, whose CSRF check would otherwise make the container parse the oversized body
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    ErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                Object limit = request.getAttribute(UploadLimitFilter.LIMIT, RequestAttributes.SCOPE_REQUEST);
                if (limit != null) {
                    attributes.put("uploadLimit", limit);
                }
                return attributes;
            }
        };
    }
}
