package org.peerpartners.companion.web.sandbox;

import java.util.List;

import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sandbox chat: try the bot as one of your participants. The page lists who the viewer
 * may talk as (the participants of their groups, or of their coaches' groups; not an
 * administrator, for whom talking as someone would show their records without a
 * break-glass). The chat itself runs in {@code static/js/sandbox.js} against the bot's
 * sandbox API, which checks the same rule again.
 */
@Controller
class SandboxPageController {

    record Persona(long id, String firstName, String language, String groupName) {
    }

    private final JdbcClient jdbc;

    SandboxPageController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/sandbox")
    String page(@AuthenticationPrincipal StaffPrincipal viewer, @RequestParam(required = false) Long participant,
            Model model) {
        List<Persona> personas = personas(viewer);
        model.addAttribute("personas", personas);
        personas.stream().filter(p -> participant != null && p.id() == participant).findFirst()
                .ifPresent(chosen -> model.addAttribute("chosen", chosen));
        return "sandbox/chat";
    }

    /** Same rule as {@code ParticipantAccess.maySee}: the coach, or the coach's supervisor. */
    private List<Persona> personas(StaffPrincipal viewer) {
        return jdbc.sql("""
                SELECT p.id, p.first_name, p.language, g.name AS group_name
                FROM participant p
                JOIN peer_group g ON g.id = p.group_id
                JOIN staff_user coach ON coach.id = g.coach_id
                WHERE p.status <> 'EXITED' AND g.archived_at IS NULL AND g.program_id = :program
                  AND (g.coach_id = :viewer OR (:role = 'SUPERVISOR' AND coach.supervisor_id = :viewer))
                ORDER BY g.name, p.first_name, p.id""")
                .param("program", viewer.programId()).param("viewer", viewer.staffId())
                .param("role", viewer.role().name())
                .query((row, n) -> new Persona(row.getLong("id"), row.getString("first_name"), row.getString("language"),
                        row.getString("group_name")))
                .list();
    }
}
