package com.certhall.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements that the current thread prepares (JPA and JDBC alike), the statements the database runs
 * for it (each execution, and each entry of a JDBC batch), and the connections it takes from the pool, while
 * {@link #count} runs: MockMvc
 * serves a request on the test's thread, so scheduled jobs and listeners on other threads do not add to the count.
 * Outside {@link #count} the wrapped data source only passes calls on.
 */
public final class QueryCounter {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private QueryCounter() {
    }

    /**
     * What {@code action} returned, how many statements it prepared and connections it took on this thread, and how
     * many statements the database ran for it (a JDBC batch of n entries counts n).
     */
    public record Counted<T>(T result, int statements, int connections, int executions) {
    }

    public static <T> Counted<T> count(Supplier<T> action) {
        int[] counter = new int[3];
        int[] outer = COUNTING.get();
        COUNTING.set(counter);
        try {
            T result = action.get();
            return new Counted<>(result, counter[0], counter[1], counter[2]);
        } finally {
            COUNTING.set(outer);
        }
    }

    static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class, AutoCloseable.class}, forward(target, (method, result) -> {
                    if (result instanceof Connection c && method.getName().equals("getConnection")) {
                        int[] taking = COUNTING.get();
                        if (taking != null) {
                            taking[1]++;
                        }
                        return Proxy.newProxyInstance(QueryCounter.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, forward(c, (m, r) -> {
                                    int[] counter = COUNTING.get();
                                    if (counter != null && PREPARING.contains(m.getName())) {
                                        counter[0]++;
                                        return executing(r);
                                    }
                                    return r;
                                }));
                    }
                    return result;
                }));
    }

    /** The statement, counting its executions on the thread that counts (a statement outlives no count). */
    private static Object executing(Object statement) {
        Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class
                : java.sql.Statement.class;
        return Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {type},
                forward(statement, (m, r) -> {
                    int[] counter = COUNTING.get();
                    if (counter != null && EXECUTING.contains(m.getName())) {
                        counter[2]++;
                    }
                    return r;
                }));
    }

    private interface After {
        Object apply(Method method, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("close") && method.getDeclaringClass() == AutoCloseable.class
                    && !(target instanceof AutoCloseable)) {
                return null;
            }
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    /** Wraps the application's data source; imported by {@link IntegrationTestSupport}, so no context is added. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor queryCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource d && beanName.equals("dataSource") ? counting(d) : bean;
                }
            };
        }
    }
}
