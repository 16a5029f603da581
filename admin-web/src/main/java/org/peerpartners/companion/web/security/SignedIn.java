package org.peerpartners.companion.web.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After signing in, the admin web speaks the staff member's own language (staff_user.language),
 * unless they already chose one on the login page; then goes where they were heading, or
 * to their groups.
 */
class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

    SignedIn() {
        setDefaultTargetUrl("/groups");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        var session = request.getSession();
        if (authentication.getPrincipal() instanceof StaffPrincipal staff
                && session.getAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME) == null) {
            session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, staff.language());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
