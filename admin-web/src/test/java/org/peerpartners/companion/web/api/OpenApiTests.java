package org.peerpartners.companion.web.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

    @Autowired MockMvc mvc;

    @Test
    void theDocumentListsEveryApiEndpointBehindTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearer").isArray())
                .andExpect(jsonPath("$.paths['/api/v1/coaches'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/groups'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/groups'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/groups/{groupId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/groups/{groupId}/participants'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/groups/{groupId}/participants'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/groups/{groupId}/buddies'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/groups/{groupId}/summaries/latest'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/participants/{participantId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/participants/{participantId}/plan'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/participants/{participantId}/plan-items'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/participants/{participantId}/budget'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/alerts'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens/{tokenId}'].delete").exists())
                .andExpect(content().string(not(containsString("\"/admin/tokens\""))))
                .andExpect(content().string(not(containsString("\"/groups\""))));
    }

    @Test
    void theBrowsableUiIsServedFromTheJarUnderItsOwnPolicy() throws Exception {
        String page = mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("swagger-ui-bundle.js")
                .doesNotContain("https://").doesNotContainPattern("<script>[^<]");
        mvc.perform(get("/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/swagger-initializer.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/v3/api-docs")));
    }
}
