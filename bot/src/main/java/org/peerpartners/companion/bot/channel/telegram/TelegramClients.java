package org.peerpartners.companion.bot.channel.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/** Builds the Bot API client for a configured base URL (only scheme, host and port count). */
final class TelegramClients {

    private TelegramClients() {
    }

    static TelegramUrl url(URI apiUrl) {
        String scheme = apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "https".equals(scheme) ? 443 : 80;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    static TelegramClient client(String botToken, URI apiUrl, Duration timeout) {
        OkHttpClient http = new OkHttpClient.Builder()
                .callTimeout(timeout)
                .readTimeout(timeout)
                // a POST cut off mid-way may have been delivered: let the dispatcher decide
                // about a retry instead of OkHttp silently sending the message twice
                .retryOnConnectionFailure(false)
                // the dispatcher sends in parallel (outbound.send-threads, at most 64): keep
                // their connections open rather than OkHttp's default of 5 idle ones
                .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                .build();
        return new OkHttpTelegramClient(http, botToken, url(apiUrl));
    }
}
