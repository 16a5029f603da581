package org.peerpartners.companion.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;

/** What the channel contract tests of every provider share: fixtures, strict stubs, log capture. */
public final class ProviderTestSupport {

    private ProviderTestSupport() {
    }

    public static String fixture(String path) {
        try (InputStream in = ProviderTestSupport.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A WireMock that fails on any request no stub matches. */
    public static WireMockExtension strictProvider() {
        return WireMockExtension.newInstance().failOnUnmatchedRequests(true).build();
    }

    /** Every stub a case set up must have been used: a stub nobody called proves nothing. */
    public static void assertEveryStubUsed(WireMockExtension provider) {
        Set<String> used = provider.getAllServeEvents().stream()
                .map(ServeEvent::getStubMapping)
                .filter(stub -> stub != null)
                .map(stub -> stub.getId().toString())
                .collect(Collectors.toSet());
        List<String> unused = provider.getStubMappings().stream()
                .filter(stub -> !used.contains(stub.getId().toString()))
                .map(StubMapping::toString)
                .toList();
        assertThat(unused).as("stubs never called").isEmpty();
    }

    /**
     * Captures every log event at INFO and above (the production level) for the duration of
     * a case.
     */
    public static final class LogCapture implements AutoCloseable {

        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
        private final Logger root;
        private final Level previous;

        public LogCapture() {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            previous = root.getLevel();
            root.setLevel(Level.INFO);
            appender.setContext(context);
            appender.start();
            root.addAppender(appender);
        }

        /** Every message, argument and exception text, as one string per event. */
        public List<String> lines() {
            return appender.list.stream().map(LogCapture::render).toList();
        }

        private static String render(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(event.getFormattedMessage());
            for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
                line.append(" | ").append(proxy.getClassName()).append(": ").append(proxy.getMessage());
            }
            return line.toString();
        }

        public void assertNoneContains(String... secrets) {
            for (String secret : secrets) {
                assertThat(lines()).as("logs").noneMatch(line -> line.contains(secret));
            }
        }

        @Override
        public void close() {
            root.detachAppender(appender);
            root.setLevel(previous);
        }
    }
}
