package org.peerpartners.companion.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API's part of the access matrix: every request mapping of this area is declared in
 * {@code access-matrix/api.txt} with a known rule, and every declared line exists.
 */
@SpringBootTest
class ApiAccessMatrixTests {

    static final Set<String> RULES = Set.of("PUBLIC", "STAFF", "GROUP", "PARTICIPANT", "CONFIDENTIAL", "SUPERVISOR",
            "ADMIN", "RECORD");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDeclaredAndEveryDeclaredEndpointExists() throws IOException {
        Set<String> declared = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/access-matrix/api.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\s+");
                assertThat(parts).as(line).hasSizeGreaterThanOrEqualTo(3); // METHOD /path RULE [var=value ...]
                assertThat(RULES).as(line).contains(parts[2]);
                declared.add(parts[0] + " " + parts[1]);
            }
        }
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/v1/") || path.startsWith("/admin/tokens")
                        || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui"))
                .forEach(path -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                            .forEach(m -> mapped.add(m.name() + " " + path));
                }));

        assertThat(declared).containsExactlyInAnyOrderElementsOf(mapped);
    }
}
