package org.peerpartners.companion.web.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} on API requests. A token that is unknown,
 * revoked or belongs to a disabled account answers 401 at once; no header leaves the
 * request anonymous, and the authorization rules answer 401 for it. Not a Spring bean, so
 * Boot does not also register it for every request.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;
    private final BootstrapToken bootstrap;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokens tokens, BootstrapToken bootstrap, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.bootstrap = bootstrap;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Only a token authenticates here, whatever else (a session, a test) put into the context.
        SecurityContextHolder.clearContext();
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiCaller> caller = Optional.empty();
        if (header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            String token = header.substring(SCHEME.length()).strip();
            caller = tokens.authenticate(token);
            if (caller.isEmpty() && bootstrap.provisionIfBootstrap(token)) {
                caller = tokens.authenticate(token);
            }
        }
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** An authenticated API caller with the authority of the role the token acts in. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private static final long serialVersionUID = 1L;

        private final transient ApiCaller caller;

        TokenAuthentication(ApiCaller caller) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ApiCaller getPrincipal() {
            return caller;
        }

        @Override
        public String getName() {
            return caller.email();
        }
    }
}
