package org.peerpartners.companion.web.users;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.web.security.PasswordPolicy;
import org.peerpartners.companion.web.security.StaffCredentials;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.peerpartners.companion.web.security.StaffRole;
import org.peerpartners.companion.web.users.StaffDirectory.NewStaff;
import org.peerpartners.companion.web.users.StaffDirectory.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administrators manage their program's staff: add a user with a role (a coach with their
 * supervisor) and a first password, change a role, turn an account off or on, set a new
 * password (which also unlocks), unlock, remove an authenticator app. Every change is
 * audited. Staff of another program are not there (404). An administrator cannot turn off
 * or demote themselves, so a program always keeps one.
 */
@Controller
class UsersController {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final StaffDirectory directory;
    private final StaffCredentials credentials;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    UsersController(StaffDirectory directory, StaffCredentials credentials, PasswordPolicy policy, AuditLog audit) {
        this.directory = directory;
        this.credentials = credentials;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal StaffPrincipal admin, Model model) {
        model.addAttribute("users", directory.all(admin.programId()));
        model.addAttribute("supervisors", directory.supervisors(admin.programId()));
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("minLength", policy.minLength());
        return "users/list";
    }

    @PostMapping("/admin/users")
    @Transactional
    String create(@AuthenticationPrincipal StaffPrincipal admin, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String role,
            @RequestParam(required = false) Long supervisorId, @RequestParam(defaultValue = "en") String language,
            @RequestParam(defaultValue = "") String timeZone, @RequestParam(defaultValue = "") String password,
            Model model, HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        StaffRole staffRole = role(role);
        if (!email.strip().matches(EMAIL) || displayName.isBlank() || staffRole == null || !validZone(timeZone)
                || !List.of("en", "es").contains(language)) {
            problems.add("security.users.invalid");
        } else if (directory.emailTaken(email)) {
            problems.add("security.users.emailTaken");
        }
        if (staffRole == StaffRole.COACH && !directory.isSupervisor(admin.programId(), supervisorId)) {
            problems.add("security.users.supervisorNeeded");
        }
        problems.addAll(policy.problems(password, email));
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problems);
            model.addAttribute("form", new NewStaff(email, displayName, staffRole, supervisorId, language, timeZone));
            return list(admin, model);
        }
        long id = directory.create(admin.programId(), new NewStaff(email, displayName, staffRole,
                staffRole == StaffRole.COACH ? supervisorId : null, language, timeZone.strip()));
        credentials.setPassword(id, password);
        audit.record(admin.staffId(), admin.displayName(), "USER_CREATED", "staff_user", id,
                "role " + staffRole + (staffRole == StaffRole.COACH ? ", supervisor " + supervisorId : ""));
        return "redirect:/admin/users/" + id + "?created";
    }

    @GetMapping("/admin/users/{staffId}")
    String show(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long staffId, Model model) {
        model.addAttribute("user", staff(admin, staffId));
        model.addAttribute("self", staffId == admin.staffId());
        model.addAttribute("supervisors", directory.supervisors(admin.programId()));
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("minLength", policy.minLength());
        return "users/show";
    }

    @PostMapping("/admin/users/{staffId}/role")
    @Transactional
    String changeRole(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long staffId,
            @RequestParam(defaultValue = "") String role, @RequestParam(required = false) Long supervisorId, Model model,
            HttpServletResponse response) {
        Staff user = staff(admin, staffId);
        StaffRole staffRole = role(role);
        String problem = staffId == admin.staffId() ? "security.users.notSelf"
                : staffRole == null ? "security.users.invalid"
                : staffRole == StaffRole.COACH && !directory.isSupervisor(admin.programId(), supervisorId)
                        ? "security.users.supervisorNeeded" : null;
        if (problem != null) {
            return refuse(admin, staffId, problem, model, response);
        }
        Long supervisor = staffRole == StaffRole.COACH ? supervisorId : null;
        directory.changeRole(staffId, staffRole, supervisor);
        audit.record(admin.staffId(), admin.displayName(), "ROLE_CHANGED", "staff_user", staffId,
                user.role() + " -> " + staffRole + (supervisor != null ? ", supervisor " + supervisor : ""));
        return "redirect:/admin/users/" + staffId + "?saved";
    }

    @PostMapping("/admin/users/{staffId}/enabled")
    @Transactional
    String setEnabled(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long staffId,
            @RequestParam boolean enabled, Model model, HttpServletResponse response) {
        staff(admin, staffId);
        if (staffId == admin.staffId()) {
            return refuse(admin, staffId, "security.users.notSelf", model, response);
        }
        directory.setEnabled(staffId, enabled);
        audit.record(admin.staffId(), admin.displayName(), enabled ? "USER_ENABLED" : "USER_DISABLED", "staff_user",
                staffId, null);
        return "redirect:/admin/users/" + staffId + "?saved";
    }

    @PostMapping("/admin/users/{staffId}/password")
    @Transactional
    String resetPassword(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long staffId,
            @RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response) {
        Staff user = staff(admin, staffId);
        List<String> problems = policy.problems(password, user.email());
        if (!problems.isEmpty()) {
            return refuse(admin, staffId, problems.get(0), model, response);
        }
        credentials.setPassword(staffId, password);
        audit.record(admin.staffId(), admin.displayName(), "PASSWORD_RESET", "staff_user", staffId,
                "new password set by an administrator; account unlocked");
        return "redirect:/admin/users/" + staffId + "?saved";
    }

    @PostMapping("/admin/users/{staffId}/unlock")
    @Transactional
    String unlock(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long staffId) {
        staff(admin, staffId);
        credentials.unlock(staffId);
        audit.record(admin.staffId(), admin.displayName(), "UNLOCKED", "staff_user", staffId, null);
        return "redirect:/admin/users/" + staffId + "?saved";
    }

    @PostMapping("/admin/users/{staffId}/totp/reset")
    @Transactional
    String resetTotp(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long staffId) {
        staff(admin, staffId);
        credentials.removeTotp(staffId);
        audit.record(admin.staffId(), admin.displayName(), "TOTP_RESET", "staff_user", staffId,
                "authenticator app removed by an administrator");
        return "redirect:/admin/users/" + staffId + "?saved";
    }

    private String refuse(StaffPrincipal admin, long staffId, String problem, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problems", List.of(problem));
        return show(admin, staffId, model);
    }

    private Staff staff(StaffPrincipal admin, long staffId) {
        return directory.find(admin.programId(), staffId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static StaffRole role(String role) {
        try {
            return StaffRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
