package org.peerpartners.companion.bot.conversation.runtime;

import org.peerpartners.companion.bot.conversation.Dialog;
import org.peerpartners.companion.bot.conversation.Messages;
import org.peerpartners.companion.safety.CrisisScreen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pure engine's parts, built once: the dialog with core's crisis lexicons, and the renderer. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    Dialog dialog() {
        return new Dialog(CrisisScreen.withDefaultLexicons());
    }

    @Bean
    Messages conversationMessages() {
        return new Messages();
    }
}
