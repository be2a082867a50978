package com.certhall.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler lookup, with each mapping's path tried before its other conditions (docs/benchmarks.md,
 * applicant API). A path with a variable ({@code /api/v1/orders/{id}}) has no direct entry, so the lookup tries every
 * one of the platform's several hundred mappings, and for each it first asks the request's method through every
 * request wrapper of the filter chain, and whether it is a CORS pre-flight — twice per request, since Spring
 * Security's request-matcher cache looks the handler up too. Most mappings fail on their first literal path segment,
 * so asking the path first leaves the other conditions to the few mappings that can match. The answer is the same:
 * a mapping matches only when all its conditions do, and none of them changes the request.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings {

    @Bean
    WebMvcRegistrations pathFirstRegistrations() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstHandlerMapping();
            }
        };
    }

    static final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info,
                HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }
}
