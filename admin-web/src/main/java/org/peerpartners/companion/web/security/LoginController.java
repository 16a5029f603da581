package org.peerpartners.companion.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final SecurityProperties properties;

    LoginController(SecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("maxFailedLogins", properties.maxFailedLogins());
        model.addAttribute("lockoutMinutes", properties.lockout().toMinutes());
        return "login";
    }
}
