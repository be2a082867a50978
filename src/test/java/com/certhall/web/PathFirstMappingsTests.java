package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The handler lookup's index ({@link PathFirstMappings}) offers, for a path, every mapping whose pattern matches it:
 * checked for each pattern of the application with a path made from it, so the lookup can only agree with Spring's.
 */
@IntegrationTest
class PathFirstMappingsTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyMappingIsOfferedForAPathItsPatternMatches() {
        assertThat(mappings).isInstanceOf(PathFirstMappings.PathFirstHandlerMapping.class);
        PathFirstMappings.PathFirstHandlerMapping index = (PathFirstMappings.PathFirstHandlerMapping) mappings;
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (PathPattern pattern : mapping.getKey().getPathPatternsCondition().getPatterns()) {
                String path = pathFor(pattern.getPatternString());
                if (!pattern.matches(PathContainer.parsePath(path))) {
                    continue; // a variable with its own regular expression
                }
                List<HandlerMethod> offered = index.candidates(path).stream()
                        .map(PathFirstMappings.PathFirstHandlerMapping.Candidate::handler).toList();
                assertThat(offered).as(pattern.getPatternString()).contains(mapping.getValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void prefixesStopAtTheFirstSegmentThatIsNotLiteral() {
        assertThat(PathFirstMappings.PathFirstHandlerMapping.literalPrefix("/api/v1/orders/{id}"))
                .isEqualTo("api/v1/orders");
        assertThat(PathFirstMappings.PathFirstHandlerMapping.literalPrefix("/api/{version}/orders")).isEqualTo("api");
        assertThat(PathFirstMappings.PathFirstHandlerMapping.literalPrefix("/{*path}")).isEmpty();
        assertThat(PathFirstMappings.PathFirstHandlerMapping.literalPrefix("/css/**")).isEqualTo("css");
    }

    private static String pathFor(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", "x1").replace("**", "a")
                .replace("*", "a");
    }
}
