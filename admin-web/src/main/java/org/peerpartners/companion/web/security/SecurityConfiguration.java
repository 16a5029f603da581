package org.peerpartners.companion.web.security;

import java.time.Clock;

import org.peerpartners.companion.audit.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains here (the REST API has its own, ordered before these). Provider
 * webhooks ({@code /webhooks/**}) are stateless and carry no CSRF token; each channel
 * authenticates its own requests (Twilio signature, Telegram secret token). Everything else
 * is the staff web: form login (password, plus an authenticator code for those who use
 * one), lock-out and per-address throttling, idle and absolute session timeouts, CSRF on,
 * pages not cached, nothing framed, no referrer leaked (a URL can name a participant).
 * JSON endpoints under {@code /api/} answer 401 instead of redirecting to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/webhooks/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffChain(HttpSecurity http, StaffAccounts accounts, PasswordEncoder encoder,
            StaffCredentials credentials, AddressThrottle throttle, SecurityProperties properties, AuditLog audit,
            Clock clock) throws Exception {
        // Its own manager, with no parent: a fallback to a plain password check would skip the code.
        var signIn = new ProviderManager(new StaffAuthentication(accounts, encoder, credentials, clock));
        return http
                .authenticationManager(signIn)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers("/api/admin/**", "/admin/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers("/audit", "/audit/**")
                                .hasAnyRole(StaffRole.SUPERVISOR.name(), StaffRole.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .authenticationDetailsSource(SignInDetails::new)
                        .successHandler(new SignedIn(credentials, properties, clock))
                        .failureHandler(new SignInFailed(credentials, throttle, properties, audit)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new AddressThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLimits(properties, credentials, clock), SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                .build();
    }

    /** JSON endpoints under /api answer 401; pages send the browser to the login page. */
    private static AuthenticationEntryPoint signInFirst() {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> (api.matches(request) ? unauthorized : loginPage)
                .commence(request, response, exception);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
