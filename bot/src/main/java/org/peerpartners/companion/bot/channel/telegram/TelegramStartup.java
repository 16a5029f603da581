package org.peerpartners.companion.bot.channel.telegram;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Once the application is ready: the command menu in English and Spanish, then either the
 * webhook (with its secret) or long polling. Telegram being unreachable or refusing is
 * logged, never fatal: the rest of the application (SMS, the admin web) keeps running.
 */
final class TelegramStartup {

    static final String WEBHOOK_PATH = "/webhooks/telegram";

    private static final Logger log = LoggerFactory.getLogger(TelegramStartup.class);

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final URI publicBaseUrl;
    private final TelegramPolling polling;
    private final TelegramBotsLongPollingApplication pollingApplication;

    TelegramStartup(TelegramClient client, TelegramProperties properties, URI publicBaseUrl, TelegramPolling polling,
            TelegramBotsLongPollingApplication pollingApplication) {
        this.client = client;
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl;
        this.polling = polling;
        this.pollingApplication = pollingApplication;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        setCommands();
        if (properties.effectiveMode(publicBaseUrl) == TelegramProperties.Mode.WEBHOOK) {
            setWebhook();
        } else {
            startPolling();
        }
    }

    void setCommands() {
        // the default list is for people whose app is in neither language
        setCommands(Locale.ENGLISH, null);
        setCommands(Locale.ENGLISH, "en");
        setCommands(Locale.forLanguageTag("es"), "es");
    }

    private void setCommands(Locale locale, String languageCode) {
        try {
            client.execute(new SetMyCommands(commands(locale), new BotCommandScopeDefault(), languageCode));
        } catch (TelegramApiException e) {
            log.warn("Could not set the Telegram command menu ({}): {}", languageCode == null ? "default" : languageCode,
                    e.getMessage());
        }
    }

    static List<BotCommand> commands(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return Arrays.stream(bundle.getString("commands").split(","))
                .map(String::trim)
                .map(command -> new BotCommand(command, bundle.getString("command." + command)))
                .toList();
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("messages/telegram", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    void setWebhook() {
        String url = publicBaseUrl.toString().replaceAll("/+$", "") + WEBHOOK_PATH;
        try {
            client.execute(SetWebhook.builder().url(url).secretToken(properties.webhookSecret()).build());
            log.info("Telegram webhook set to {}", url);
        } catch (TelegramApiException e) {
            log.error("Could not set the Telegram webhook to {}: {}. Telegram messages will not arrive.", url,
                    e.getMessage());
        }
    }

    void startPolling() {
        try {
            polling.start(pollingApplication, properties.botToken(), TelegramClients.url(properties.apiUrl()));
            log.info("Telegram long polling started");
        } catch (TelegramApiException e) {
            log.error("Could not start Telegram long polling: {}. Telegram messages will not arrive.", e.getMessage());
        }
    }
}
