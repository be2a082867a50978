package com.certhall.catalog.web;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every page that shows a channel shows it in the visitor's language: after a page handler ran, each
 * {@link ChannelRules} in its model is replaced by {@link ChannelTexts#localized}, so the wizard, order and staff
 * pages of every module read the English name, description, agreement and product names without asking for them.
 * A visitor's page about one channel (the wizard, an order) also gets that channel's name and hotline in its header
 * and footer, as its catalog page has; staff pages keep the platform's.
 */
@Configuration(proxyBeanMethods = false)
class LocalizedChannels implements WebMvcConfigurer {

    private final ChannelTexts texts;

    LocalizedChannels(ChannelTexts texts) {
        this.texts = texts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    @Nullable ModelAndView page) {
                if (page != null && !page.getModel().isEmpty()) {
                    localize(page.getModel(), LocaleContextHolder.getLocale());
                    if (!request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
                        brand(page.getModel());
                    }
                }
            }
        });
    }

    /** The header of a page about exactly one channel names that channel and its hotline, unless the page did. */
    static void brand(Map<String, Object> model) {
        if (model.containsKey("headerHotline")) {
            return;
        }
        List<ChannelRules> shown = model.values().stream().filter(ChannelRules.class::isInstance)
                .map(ChannelRules.class::cast).toList();
        if (shown.size() == 1) {
            model.put("headerChannel", shown.get(0).name());
            model.put("headerHotline", shown.get(0).hotline());
        }
    }

    void localize(Map<String, Object> model, Locale locale) {
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            if (entry.getValue() instanceof ChannelRules rules) {
                entry.setValue(texts.localized(rules, locale));
            }
        }
    }
}
