package com.certhall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * CertHall: the online service hall of a certificate authority and its CA core, one modular monolith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CertHallApplication {

    public static void main(String[] args) {
        SpringApplication.run(CertHallApplication.class, args);
    }
}
