package com.certhall.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What the machine running the suite offers. On a developer machine a missing tool skips the tests that need it;
 * with {@code CI=true} a missing tool fails them, so CI can never go green by skipping.
 */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static boolean usePostgres() {
        return "postgresql".equalsIgnoreCase(System.getenv("CERTHALL_TEST_DB"));
    }

    static String pgAdminUrl() {
        String url = System.getenv("CERTHALL_TEST_PG_URL");
        return url == null ? "jdbc:postgresql://127.0.0.1:55432/postgres" : url;
    }

    static String pgUser() {
        String user = System.getenv("CERTHALL_TEST_PG_USER");
        return user == null ? "postgres" : user;
    }

    static String pgPassword() {
        String password = System.getenv("CERTHALL_TEST_PG_PASSWORD");
        return password == null ? "" : password;
    }

    /** The Chromium binary, or a skipped (locally) / failed (CI) test when there is none. */
    public static Path requireChromium() {
        Path chromium = Path.of(System.getenv().getOrDefault("CERTHALL_CHROMIUM", "/usr/bin/chromium"));
        requireTool(Files.isExecutable(chromium), "Chromium at " + chromium + " (apt-get install chromium)");
        return chromium;
    }

    /** A command on the PATH, such as {@code openssl} or {@code softhsm2-util}. */
    public static void requireCommand(String command) {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                found = true;
                break;
            }
        }
        requireTool(found, "the command '" + command + "'");
    }

    public static void requireTool(boolean present, String what) {
        if (!present && isCi()) {
            throw new AssertionError("CI=true and " + what + " is missing: this test must run in CI");
        }
        Assumptions.assumeTrue(present, what + " is missing; test skipped outside CI");
    }
}
