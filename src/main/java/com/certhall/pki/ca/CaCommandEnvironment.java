package com.certhall.pki.ca;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Starts the application without a web server when it runs as the {@code ca} command line tool. */
public class CaCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (CaCommand.isCommandLine(environment)) {
            environment.getPropertySources().addFirst(new MapPropertySource("certhall-ca-command",
                    Map.of("spring.main.web-application-type", "none", "spring.main.banner-mode", "off")));
        }
    }
}
