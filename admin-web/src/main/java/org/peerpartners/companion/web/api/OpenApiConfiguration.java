package org.peerpartners.companion.web.api;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}):
 * only the REST API, every operation behind the "bearer" scheme.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SCHEME = "bearer";

    @Bean
    OpenAPI companionOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Peer Partners Companion API").version("v1")
                        .description("Groups, participants, plans, budgets and summaries for coaches and automation. "
                                + "Send an API token as `Authorization: Bearer <token>`; administrators issue tokens "
                                + "at /admin/tokens. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token issued by an administrator")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }

    /** The admin web's pages are not part of the API. */
    @Bean
    OpenApiCustomizer onlyTheRestApi() {
        return openApi -> openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/v1/"));
    }
}
