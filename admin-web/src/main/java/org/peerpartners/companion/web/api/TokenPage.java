package org.peerpartners.companion.web.api;

import java.util.List;

import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.validation.FieldProblem;
import org.peerpartners.companion.validation.InvalidInput;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/tokens}: administrators issue API tokens (shown once, on the page that
 * answers the form, never stored or redirected with) and revoke them.
 */
@Controller
@RequestMapping("/admin/tokens")
class TokenPage {

    private final ApiTokens tokens;
    private final JdbcClient jdbc;

    TokenPage(ApiTokens tokens, JdbcClient jdbc) {
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    record StaffOption(long id, String displayName, String email, Role role) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffPrincipal admin, Model model) {
        return page(admin(admin), model);
    }

    @PostMapping
    String issue(@AuthenticationPrincipal StaffPrincipal admin, @RequestParam(required = false) Long staffId,
            @RequestParam(required = false) String name, @RequestParam(required = false) String role, Model model) {
        Actor actor = admin(admin);
        try {
            model.addAttribute("issued", tokens.issue(staffId, name, role, actor));
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems().stream().map(FieldProblem::code).distinct().toList());
            model.addAttribute("name", name);
        }
        return page(actor, model);
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long tokenId) {
        tokens.revoke(tokenId, admin(admin));
        return "redirect:/admin/tokens";
    }

    private String page(Actor admin, Model model) {
        model.addAttribute("tokens", tokens.list(admin.programId()));
        model.addAttribute("staff", staff(admin.programId()));
        model.addAttribute("roles", Role.values());
        return "api/tokens";
    }

    private List<StaffOption> staff(long programId) {
        return jdbc.sql("""
                SELECT id, display_name, email, role FROM staff_user WHERE program_id = :program AND enabled
                ORDER BY display_name""")
                .param("program", programId)
                .query((rs, n) -> new StaffOption(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
                        Role.valueOf(rs.getString("role"))))
                .list();
    }

    /** The page is for administrators only (403 for everyone else: it is a page their role may not use). */
    private static Actor admin(StaffPrincipal principal) {
        if (principal == null || !"ADMIN".equals(principal.role().name())) {
            throw new AccessDeniedException("Administrators only");
        }
        return new Actor(principal.staffId(), principal.programId(), principal.displayName(), Role.ADMIN);
    }
}
