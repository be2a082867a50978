package com.certhall.payments;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import com.certhall.support.KnownPortInitializer;
import testlogin.TestLogin;

/**
 * One shared application context for the payment tests: a real server on a free port known before start (the sandbox
 * provider posts its notifications to it; the CA puts it into certificate URLs), a mutable clock, fast notification retries, and no scheduled expiry run in between.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "certhall.payments.expiry-initial-delay=PT1H",
        "certhall.payments.expiry-interval=PT1H",
        "certhall.payments.sandbox.api-delay=PT0.005S",
        "certhall.payments.sandbox.notify-delay=PT0.05S",
        "certhall.payments.sandbox.retry-delay=PT0.1S"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KnownPortInitializer.class)
@Import({PaymentFixtures.Config.class, TestLogin.class})
@interface PaymentsTest {
}
