package com.certhall.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextBootstrapper;

/**
 * Counts the application contexts the suite starts: every distinct {@link MergedContextConfiguration} (the key of
 * Spring's test context cache) is one more start of the whole application. Nothing is started here; the bound keeps
 * a new test class from quietly adding a context of its own.
 */
class IntegrationContextsTests {

    static final int MOST_CONTEXTS = 4;

    @Test
    void theSuiteSharesAFewApplicationContexts() throws Exception {
        Map<MergedContextConfiguration, TreeSet<String>> contexts = contexts();
        contexts.forEach((config, classes) -> System.out.println("context " + classes + "\n    " + config));
        System.out.println("distinct application contexts: " + contexts.size());
        assertThat(contexts).hasSizeLessThanOrEqualTo(MOST_CONTEXTS);
    }

    static Map<MergedContextConfiguration, TreeSet<String>> contexts() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class));
        Map<MergedContextConfiguration, TreeSet<String>> contexts = new LinkedHashMap<>();
        for (BeanDefinition candidate : List.copyOf(scanner.findCandidateComponents("com.certhall"))) {
            Class<?> test = Class.forName(candidate.getBeanClassName());
            if (!test.getSimpleName().endsWith("Tests") && !test.getSimpleName().endsWith("Test")) {
                continue;
            }
            TestContextBootstrapper bootstrapper = BootstrapUtils.resolveTestContextBootstrapper(test);
            contexts.computeIfAbsent(bootstrapper.buildMergedContextConfiguration(), k -> new TreeSet<>())
                    .add(test.getSimpleName());
        }
        return contexts;
    }
}
