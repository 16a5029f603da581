package org.peerpartners.companion.web.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.peerpartners.companion.audit.AuditLog;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

import jakarta.servlet.http.HttpSession;

/**
 * A staff member's own account: change the password (the current one first), set up or
 * remove an authenticator app. Setting one up shows a QR code of a new secret kept in the
 * session until a code from the app proves it was scanned. Every change is audited.
 */
@Controller
class AccountController {

    static final String PENDING_SECRET = "companion.pendingTotpSecret";
    private static final String ISSUER = "Peer Partners Companion";

    private final StaffCredentials credentials;
    private final PasswordPolicy policy;
    private final SecurityProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    AccountController(StaffCredentials credentials, PasswordPolicy policy, SecurityProperties properties,
            AuditLog audit, Clock clock) {
        this.credentials = credentials;
        this.policy = policy;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("totpOn", credentials.totpSecret(me.staffId()).isPresent());
        model.addAttribute("totpRequired", properties.totpRequiredFor(me.role()));
        model.addAttribute("minLength", policy.minLength());
        return "account/index";
    }

    @PostMapping("/account/password")
    @Transactional
    String changePassword(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
            Model model, RedirectAttributes redirect) {
        List<String> problems;
        if (!credentials.passwordMatches(me.staffId(), current)) {
            problems = List.of("security.account.currentWrong");
        } else if (!password.equals(repeat)) {
            problems = List.of("security.account.repeatDiffers");
        } else {
            problems = policy.problems(password, me.getUsername());
        }
        if (!problems.isEmpty()) {
            model.addAttribute("passwordProblems", problems);
            return account(me, model);
        }
        credentials.setPassword(me.staffId(), password);
        audit.record(me.staffId(), me.displayName(), "PASSWORD_CHANGED", "staff_user", me.staffId(), "by themselves");
        redirect.addAttribute("passwordChanged", "");
        return "redirect:/account";
    }

    @GetMapping("/account/totp")
    String totp(@AuthenticationPrincipal StaffPrincipal me, HttpSession session, Model model) {
        if (credentials.totpSecret(me.staffId()).isPresent()) {
            return "redirect:/account";
        }
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        model.addAttribute("required", Boolean.TRUE.equals(session.getAttribute(SessionLimits.TOTP_SETUP_REQUIRED)));
        return "account/totp";
    }

    @GetMapping(value = "/account/totp/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal StaffPrincipal me, HttpSession session)
            throws IOException, WriterException {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            // nothing being set up (e.g. a bookmarked image): start from the set-up page
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/account/totp")).build();
        }
        var matrix = new QRCodeWriter().encode(Totp.otpauthUri(ISSUER, me.getUsername(), secret), BarcodeFormat.QR_CODE,
                240, 240, Map.of(EncodeHintType.MARGIN, 2));
        var png = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(png.toByteArray());
    }

    @PostMapping("/account/totp")
    @Transactional
    String enableTotp(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code,
            HttpSession session, Model model) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:/account/totp";
        }
        if (!Totp.verify(secret, code, clock.instant())) {
            model.addAttribute("codeWrong", true);
            return totp(me, session, model);
        }
        credentials.setTotpSecret(me.staffId(), secret);
        session.removeAttribute(PENDING_SECRET);
        session.removeAttribute(SessionLimits.TOTP_SETUP_REQUIRED);
        audit.record(me.staffId(), me.displayName(), "TOTP_ENABLED", "staff_user", me.staffId(), "authenticator app set up");
        return "redirect:/account?totpOn";
    }

    @PostMapping("/account/totp/remove")
    @Transactional
    String removeTotp(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code,
            Model model) {
        var secret = credentials.totpSecret(me.staffId());
        if (secret.isEmpty()) {
            return "redirect:/account";
        }
        if (properties.totpRequiredFor(me.role())) {
            model.addAttribute("totpProblem", "security.account.totpRequired");
            return account(me, model);
        }
        if (!Totp.verify(secret.get(), code, clock.instant())) {
            model.addAttribute("totpProblem", "security.account.codeWrong");
            return account(me, model);
        }
        credentials.removeTotp(me.staffId());
        audit.record(me.staffId(), me.displayName(), "TOTP_REMOVED", "staff_user", me.staffId(), "by themselves");
        return "redirect:/account?totpOff";
    }
}
