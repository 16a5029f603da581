package org.peerpartners.companion;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The one deployable: participants' bot, scheduler and admin web in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CompanionApplication {

    public static void main(String[] args) {
        SpringApplication.run(CompanionApplication.class, args);
    }

    /** The one source of "now" for all logic, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
