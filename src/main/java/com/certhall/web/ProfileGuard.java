package com.certhall.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Keeps the sandbox (public SMS inbox, captcha answers, sandbox staff passwords, simulated banks and payments) to
 * the embedded trial on this machine (docs/security.md, "Sandbox"). It never runs together with {@code prod}; and
 * it refuses to start where others could reach it or where real data lives — a server listening on a non-loopback
 * address, a PostgreSQL database — unless {@code certhall.sandbox.enabled=true} says that is meant (a shared test
 * installation, CI on PostgreSQL). Being a bean factory post-processor, it runs before any other bean is made, so a
 * refused sandbox never seeds data or opens a port.
 */
@Component
class ProfileGuard implements EnvironmentAware, InitializingBean, BeanFactoryPostProcessor {

    static final String ENABLED = "certhall.sandbox.enabled";

    private Environment environment;

    /** Made as a post-processor, before constructor injection exists: the environment comes through its setter. */
    ProfileGuard() {
    }

    ProfileGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (!environment.acceptsProfiles(Profiles.of("sandbox"))) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The sandbox profile simulates banks, SMS and payments and must not run "
                    + "together with the prod profile. Remove 'sandbox' from spring.profiles.active.");
        }
        String enabled = environment.getProperty(ENABLED, "").trim().toLowerCase(Locale.ROOT);
        if (enabled.equals("false")) {
            throw new IllegalStateException(ENABLED + "=false but the sandbox profile is active (it is the default "
                    + "profile): start with --spring.profiles.active=prod for a real installation.");
        }
        List<String> exposures = exposures();
        if (!exposures.isEmpty() && !enabled.equals("true")) {
            throw new IllegalStateException("Refusing to start the sandbox (its pages show every SMS code, captcha "
                    + "answer and sandbox staff password to anyone who can reach them): " + String.join("; ",
                    exposures) + ". Start with --spring.profiles.active=prod and the production settings of "
                    + "docs/deployment.md, or set " + ENABLED + "=true to run the sandbox there on purpose.");
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // the check itself ran in afterPropertiesSet, when this post-processor was made: before every other bean
    }

    private List<String> exposures() {
        List<String> exposures = new ArrayList<>();
        String address = environment.getProperty("server.address", "").trim();
        if (address.isEmpty()) {
            exposures.add("server.address is not set, so the server would listen on every network interface");
        } else if (!isLoopback(address)) {
            exposures.add("server.address=" + address + " is not a loopback address");
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            exposures.add("spring.datasource.url points at PostgreSQL (" + withoutCredentials(url) + ")");
        }
        return exposures;
    }

    private static boolean isLoopback(String address) {
        try {
            for (InetAddress a : InetAddress.getAllByName(address)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
