package com.certhall.support;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** After each test method, the {@link TestClock} of its (shared, cached) context follows the system clock again. */
public class TestClockReset implements TestExecutionListener, Ordered {

    @Override
    public void afterTestMethod(TestContext testContext) {
        reset(testContext);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        reset(testContext);
    }

    private static void reset(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
