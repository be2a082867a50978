package com.certhall.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup without trying every mapping of the platform on every request (docs/benchmarks.md,
 * applicant API). A path with a variable ({@code /api/v1/orders/{id}}) has no direct entry, so Spring's lookup tries
 * each of the several hundred mappings, and for each asks the request's method through every request wrapper of the
 * filter chain before its path — twice per request, since Spring Security's request-matcher cache looks the handler
 * up too. Here the mappings are indexed by the literal segments their patterns start with (up to three), so a lookup
 * tries only those whose patterns can match the path, path first. When exactly one matches, it is the answer Spring
 * would give (a mapping matches only when all its conditions do, and an index entry holds every mapping whose pattern
 * could match); with none or several matches, a CORS pre-flight, an encoded path or mappings registered at runtime,
 * Spring's own lookup answers, with its ranking, errors and pre-flight handling.
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

        private static final int DEPTH = 3;

        record Candidate(RequestMappingInfo info, HandlerMethod handler) {
        }

        /** Mappings by the literal segments their patterns start with ("" for a pattern starting otherwise). */
        private volatile @Nullable Map<String, List<Candidate>> byPrefix;

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            Map<String, List<Candidate>> index = new HashMap<>();
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlerMethods.entrySet()) {
                PathPatternsRequestCondition paths = e.getKey().getPathPatternsCondition();
                if (paths == null) {
                    return; // not parsed patterns: Spring's lookup for every request
                }
                Candidate candidate = new Candidate(e.getKey(), e.getValue());
                for (PathPattern pattern : paths.getPatterns()) {
                    addOnce(index.computeIfAbsent(literalPrefix(pattern.getPatternString()), k -> new ArrayList<>()),
                            candidate);
                }
            }
            byPrefix = index;
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            byPrefix = null; // a mapping added at runtime: Spring's lookup from now on
            super.registerMapping(mapping, handler, method);
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            byPrefix = null;
            super.unregisterMapping(mapping);
        }

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            List<Candidate> candidates = candidates(lookupPath);
            if (candidates == null || CorsUtils.isPreFlightRequest(request)) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            Candidate found = null;
            RequestMappingInfo matched = null;
            for (Candidate candidate : candidates) {
                RequestMappingInfo match = getMatchingMapping(candidate.info(), request);
                if (match != null) {
                    if (found != null) {
                        return super.lookupHandlerMethod(lookupPath, request); // several: Spring ranks them
                    }
                    found = candidate;
                    matched = match;
                }
            }
            if (found == null) {
                return super.lookupHandlerMethod(lookupPath, request); // none: Spring's 404, 405, 406 or 415
            }
            request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, found.handler());
            handleMatch(matched, lookupPath, request);
            return found.handler();
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info,
                HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null; // most mappings fail on the path: the other conditions are left unasked
            }
            return super.getMatchingMapping(info, request);
        }

        /** Every mapping whose patterns could match the path; null when Spring's own lookup must answer. */
        @Nullable List<Candidate> candidates(String lookupPath) {
            Map<String, List<Candidate>> index = byPrefix;
            // patterns match decoded segments without matrix variables: such paths go to Spring's lookup
            if (index == null || lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
                return null;
            }
            List<Candidate> found = new ArrayList<>(index.getOrDefault("", List.of()));
            String[] segments = segments(lookupPath);
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < Math.min(DEPTH, segments.length); i++) {
                key.append(i == 0 ? "" : "/").append(segments[i]);
                for (Candidate candidate : index.getOrDefault(key.toString(), List.of())) {
                    addOnce(found, candidate);
                }
            }
            return found;
        }

        /** A mapping with several patterns is one candidate (by identity: each mapping has one). */
        private static void addOnce(List<Candidate> list, Candidate candidate) {
            for (Candidate c : list) {
                if (c == candidate) {
                    return;
                }
            }
            list.add(candidate);
        }

        /** The literal segments a pattern starts with, at most {@link #DEPTH}, joined by "/". */
        static String literalPrefix(String pattern) {
            String[] segments = segments(pattern);
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < Math.min(DEPTH, segments.length); i++) {
                String s = segments[i];
                if (s.indexOf('{') >= 0 || s.indexOf('*') >= 0 || s.indexOf('?') >= 0) {
                    break;
                }
                prefix.append(i == 0 ? "" : "/").append(s);
            }
            return prefix.toString();
        }

        /** The path's segments, without the leading "/", keeping empty ones ("//") and a trailing empty one. */
        private static String[] segments(String path) {
            String rest = path.startsWith("/") ? path.substring(1) : path;
            return rest.isEmpty() ? new String[0] : rest.split("/", -1);
        }
    }
}
