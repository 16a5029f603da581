package org.peerpartners.companion.scheduler;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot configuration the scheduler's tests start from: the scheduler's own
 * components and all of core's repositories, as the app's base-package scan has them.
 */
@SpringBootApplication(scanBasePackages = "org.peerpartners.companion.scheduler")
@AutoConfigurationPackage(basePackages = "org.peerpartners.companion")
public class SchedulerTestApplication {
}
