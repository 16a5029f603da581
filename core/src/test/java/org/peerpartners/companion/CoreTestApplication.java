package org.peerpartners.companion;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot configuration that core's own data tests start from (not in the test jar). */
@SpringBootApplication
public class CoreTestApplication {
}
