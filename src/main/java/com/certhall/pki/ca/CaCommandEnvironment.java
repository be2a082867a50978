package com.certhall.pki.ca;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Opens no port when the application runs as the {@code ca} command line tool. The context stays a web application
 * ({@code server.port=-1}: the server is created but never listens), because beans of the web side (sessions,
 * upload limits) are part of every module's wiring; a context without the web would not start.
 */
public class CaCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (CaCommand.isCommandLine(environment)) {
            environment.getPropertySources().addFirst(new MapPropertySource("certhall-ca-command",
                    Map.of("server.port", "-1", "spring.main.banner-mode", "off")));
        }
    }
}
