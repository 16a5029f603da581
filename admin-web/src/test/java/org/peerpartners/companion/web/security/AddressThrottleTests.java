package org.peerpartners.companion.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(properties = "companion.security.max-failed-logins-per-address=3")
@AutoConfigureMockMvc
class AddressThrottleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loadStaff() {
        StaffFixture.load(jdbc);
    }

    @Test
    void anAddressTryingManyEmailsIsStoppedEvenWithTheRightPasswordButOthersAreNot() throws Exception {
        for (String email : new String[] {"a@example.org", "b@example.org", "c@example.org"}) {
            mvc.perform(signIn(email, "guess", "203.0.113.7")).andExpect(unauthenticated());
        }

        mvc.perform(signIn("sam@example.org", StaffFixture.PASSWORD, "203.0.113.7"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn("sam@example.org", StaffFixture.PASSWORD, "198.51.100.4"))
                .andExpect(authenticated());
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
        return post("/login").with(csrf()).param("username", email).param("password", password).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }
}
