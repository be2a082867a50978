package com.certhall.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context its own empty database and data directory, so contexts never see each other's
 * rows or CA keys. By default an in-memory H2 in PostgreSQL mode; with {@code CERTHALL_TEST_DB=postgresql} (as in
 * {@code .ci/run}) a fresh database on the PostgreSQL server at {@code CERTHALL_TEST_PG_URL}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (Boolean.getBoolean("certhall.bench")) {
            // bench/ boots the application with the test classes on its class path (for the order fixtures) and
            // measures it on the database the application itself configures
            return;
        }
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> props = new HashMap<>();
        try {
            Path dataDir = Files.createTempDirectory("certhall-test-");
            props.put("certhall.data-dir", dataDir.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create a test data directory", e);
        }
        if (TestEnvironment.usePostgres()) {
            props.put("spring.datasource.url", createPostgresDatabase(name));
            props.put("spring.datasource.username", TestEnvironment.pgUser());
            props.put("spring.datasource.password", TestEnvironment.pgPassword());
            // the suite runs the sandbox on PostgreSQL on purpose (web.ProfileGuard refuses it otherwise)
            props.put("certhall.sandbox.enabled", "true");
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=256;DB_CLOSE_DELAY=-1");
        }
        props.put("spring.datasource.hikari.maximum-pool-size", "8");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("certhall-test-db", props));
    }

    private static String createPostgresDatabase(String name) {
        String adminUrl = TestEnvironment.pgAdminUrl();
        try (Connection c = DriverManager.getConnection(adminUrl, TestEnvironment.pgUser(), TestEnvironment.pgPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("CERTHALL_TEST_DB=postgresql but PostgreSQL at " + adminUrl
                    + " is not usable: " + e.getMessage(), e);
        }
        int slash = adminUrl.lastIndexOf('/');
        return adminUrl.substring(0, slash + 1) + name;
    }
}
