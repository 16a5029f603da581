package org.peerpartners.companion.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare baseline: what the cheapest correct SMS webhook costs on this machine. Checks a
 * Twilio-style signature, does one {@code INSERT … ON CONFLICT DO NOTHING} (autocommit) into
 * a scratch table and answers 200. The pipeline's acceptance rate is compared with this.
 */
@RestController
class Baseline {

    static final String PATH = "/bench/baseline";

    private final JdbcClient jdbc;
    private final Clock clock;

    Baseline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS bench_baseline (
                  provider_id text PRIMARY KEY,
                  sender      text NOT NULL,
                  body        text,
                  received_at timestamptz NOT NULL)
                """).update();
    }

    @PostMapping(path = PATH, consumes = "application/x-www-form-urlencoded")
    ResponseEntity<String> receive(@RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        Map<String, String> params = new TreeMap<>();
        form.forEach((name, values) -> params.put(name, values.get(0)));
        String expected = sign(BenchApplication.AUTH_TOKEN, BenchApplication.PUBLIC_BASE_URL + PATH, params);
        if (signature == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return ResponseEntity.status(403).build();
        }
        jdbc.sql("""
                INSERT INTO bench_baseline (provider_id, sender, body, received_at)
                VALUES (:id, :sender, :body, :at) ON CONFLICT DO NOTHING
                """)
                .param("id", params.get("MessageSid")).param("sender", params.get("From"))
                .param("body", params.get("Body")).param("at", Timestamp.from(clock.instant()))
                .update();
        return ResponseEntity.ok().header("Content-Type", "text/xml")
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");
    }

    /** HMAC-SHA1 over the URL and every parameter name and value in name order, Base64 (Twilio's scheme). */
    static String sign(String key, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
