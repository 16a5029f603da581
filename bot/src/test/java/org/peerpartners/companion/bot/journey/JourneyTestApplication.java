package org.peerpartners.companion.bot.journey;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.peerpartners.companion.bot.TestClock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application the journey tests run: the production beans of the message path with the
 * real Telegram and Twilio adapters, and nothing from the test sources but the test clock.
 * The other bot tests' stand-ins (a Telegram adapter, a recording conversation engine) stay
 * out, since the webhook controller refuses two adapters for one channel.
 * <p>
 * {@link TestComponent} keeps {@code BotTestApplication}'s component scan from picking this
 * class up in the other bot tests; {@code @SpringBootTest} in this package still finds it.
 * Also the entry point of the second instance and of the child JVM the journeys start.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@TestComponent
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "org.peerpartners.companion")
@ComponentScan(basePackages = {
        "org.peerpartners.companion.bot",
        "org.peerpartners.companion.messaging",
        "org.peerpartners.companion.consent",
        "org.peerpartners.companion.plan",
        "org.peerpartners.companion.audit",
        "org.peerpartners.companion.participant"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
                classes = JourneyTestApplication.ProductionCodeOnly.class))
public class JourneyTestApplication {

    /** The header a journey test names its signed-in staff member with (there is no login in bot). */
    static final String STAFF_HEADER = "X-Test-Staff";

    /**
     * Stands in for the admin web's login: the sandbox API answers only the coach of the
     * participant, and in production Spring Security supplies that principal.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> signedInStaff() {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String staff = request.getHeader(STAFF_HEADER);
                chain.doFilter(staff == null ? request : new HttpServletRequestWrapper(request) {
                    @Override
                    public Principal getUserPrincipal() {
                        return () -> staff;
                    }
                }, response);
            }
        };
        return new FilterRegistrationBean<>(filter);
    }

    /** Excludes every class compiled from test sources, except the test clock. */
    static final class ProductionCodeOnly implements TypeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            if (reader.getClassMetadata().getClassName().equals(TestClock.class.getName())) {
                return false;
            }
            String location = reader.getResource().getURL().toString();
            return location.contains("/test-classes/") || location.contains("-tests.jar!");
        }
    }
}
