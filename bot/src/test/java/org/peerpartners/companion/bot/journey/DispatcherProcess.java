package org.peerpartners.companion.bot.journey;

import org.peerpartners.companion.bot.dispatch.Dispatcher;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second instance of the application in its own JVM, which {@link CrashRecoveryTests}
 * kills while it sends: it starts the journey application with the settings given as
 * command-line arguments ({@code --name=value}) and runs one dispatcher poll.
 */
public final class DispatcherProcess {

    private DispatcherProcess() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JourneyTestApplication.class)
                .web(WebApplicationType.NONE)
                .run(args);
        int claimed = context.getBean(Dispatcher.class).dispatchOnce();
        context.close();
        System.out.println("dispatched " + claimed + " messages without being stopped");
    }
}
