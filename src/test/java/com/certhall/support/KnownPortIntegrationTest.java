package com.certhall.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a real server whose port is chosen before start and is also the site's base URL
 * ({@link KnownPortInitializer}): for tests where the sandbox payment provider posts its notifications back, or where
 * certificates must carry reachable URLs. One configuration for all of them; add nothing per class (see
 * {@link IntegrationTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = KnownPortInitializer.class)
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:integration-test.properties")
@Import(IntegrationTestSupport.class)
public @interface KnownPortIntegrationTest {
}
