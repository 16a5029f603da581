package org.peerpartners.companion.bot.channel.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram settings ({@code companion.telegram.*}; environment {@code COMPANION_TELEGRAM_*}).
 * Everything may be blank: without a bot token the channel is off. The rules that only
 * apply to a switched-on channel are checked by {@link #requireUsable}.
 *
 * @param botToken the token from BotFather; never logged
 * @param webhookSecret the secret Telegram echoes in {@code X-Telegram-Bot-Api-Secret-Token}
 *        (1-256 characters of A-Z, a-z, 0-9, _ and -); required in webhook mode
 * @param apiUrl the Bot API base URL (default https://api.telegram.org; tests point it at a fake)
 * @param mode webhook or polling; when unset, webhook if {@code companion.public-base-url}
 *        is set, else polling
 * @param timeout the longest wait for one Bot API call (default 10s)
 */
@ConfigurationProperties("companion.telegram")
public record TelegramProperties(
        String botToken,
        String webhookSecret,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        Mode mode,
        @DefaultValue("10s") Duration timeout) {

    /** Telegram's own rule for secret_token, see https://core.telegram.org/bots/api#setwebhook */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public enum Mode {
        WEBHOOK,
        POLLING
    }

    public TelegramProperties {
        if (apiUrl == null) {
            apiUrl = URI.create("https://api.telegram.org");
        }
        if (timeout == null) {
            timeout = Duration.ofSeconds(10);
        }
        String scheme = apiUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || apiUrl.getHost() == null) {
            throw new IllegalArgumentException("companion.telegram.api-url must be an http(s) URL, got " + apiUrl);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("companion.telegram.timeout must be positive");
        }
    }

    boolean configured() {
        return botToken != null && !botToken.isBlank();
    }

    Mode effectiveMode(URI publicBaseUrl) {
        if (mode != null) {
            return mode;
        }
        return publicBaseUrl == null ? Mode.POLLING : Mode.WEBHOOK;
    }

    /** Fails start-up with a clear message when a switched-on channel cannot work. */
    void requireUsable(URI publicBaseUrl) {
        if (effectiveMode(publicBaseUrl) != Mode.WEBHOOK) {
            return;
        }
        if (publicBaseUrl == null) {
            throw new IllegalStateException(
                    "Telegram webhook mode needs companion.public-base-url (COMPANION_PUBLIC_BASE_URL)");
        }
        if (webhookSecret == null || !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalStateException("Telegram webhook mode needs companion.telegram.webhook-secret "
                    + "(COMPANION_TELEGRAM_WEBHOOK_SECRET): 1-256 characters of A-Z, a-z, 0-9, _ and -");
        }
    }

    @Override
    public String toString() {
        // a record's toString would print the token and the secret
        return "TelegramProperties[botToken=" + (configured() ? "(set)" : "(none)") + ", apiUrl=" + apiUrl
                + ", mode=" + mode + ", timeout=" + timeout + "]";
    }
}
