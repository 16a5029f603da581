package org.peerpartners.companion.bot.channel.twilio;

import java.net.URI;
import java.time.Duration;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;

/**
 * The Twilio SDK has no base-URL setting: it always builds {@code https://api.twilio.com/...}.
 * A route planner sends every request to the configured host instead, which is how tests
 * point the real SDK at a fake, and how an operator could point it at a relay.
 */
final class TwilioRestClients {

    private TwilioRestClients() {
    }

    static TwilioRestClient client(String accountSid, String authToken, URI apiUrl, Duration timeout) {
        String scheme = apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "https".equals(scheme) ? 443 : 80;
        HttpHost host = new HttpHost(scheme, apiUrl.getHost(), port);
        Timeout limit = Timeout.of(timeout);
        HttpClientBuilder builder = HttpClients.custom()
                .setRoutePlanner((target, context) -> new HttpRoute(host, null, "https".equals(scheme)))
                // the dispatcher sends in parallel (outbound.send-threads, at most 64): keep a
                // connection per sender thread instead of the pool's default of 5 per route
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(64)
                        .setMaxConnTotal(64)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit)
                                .setSocketTimeout(limit)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                // a POST cut off mid-way may have been delivered: the dispatcher decides about retries
                .disableAutomaticRetries();
        return new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new NetworkHttpClient(builder))
                .build();
    }
}
