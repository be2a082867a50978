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
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a real server at a random port ({@code TestRestTemplate}, Chromium), in the one
 * configuration every such test class shares. The site's base URL stays the default, which is not this server: use
 * {@link KnownPortIntegrationTest} when the application must call itself. Add nothing per class (see
 * {@link IntegrationTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:integration-test.properties")
@Import(IntegrationTestSupport.class)
public @interface WebIntegrationTest {
}
