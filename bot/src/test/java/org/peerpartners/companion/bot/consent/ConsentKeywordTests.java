package org.peerpartners.companion.bot.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentKeywordTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "STOP;STOP;false", "stop;STOP;false", "  Stop!  ;STOP;false", "/stop;STOP;false", "StopAll;STOP;false",
            "UNSUBSCRIBE;STOP;false", "cancel;STOP;false", "END;STOP;false", "quit.;STOP;false", "REVOKE;STOP;false",
            "OPTOUT;STOP;false", "alto;STOP;true", "¡PARAR!;STOP;true",
            "START;START;false", "unstop;START;false", "Yes;START;false", "INICIO;START;true",
            "HELP;HELP;false", "help?;HELP;false", "INFO;HELP;false", "¿Ayuda?;HELP;true"})
    void recognisesConsentKeywords(String text, ConsentKeyword keyword, boolean spanish) {
        assertThat(ConsentKeyword.parse(text)).contains(new ConsentKeyword.Match(keyword, spanish));
    }

    @ParameterizedTest(name = "\"{0}\" is no keyword")
    @ValueSource(strings = {"please stop", "STOP IT", "stopping", "I need help", "yes please", "", "  "})
    void leavesOtherTextAlone(String text) {
        assertThat(ConsentKeyword.parse(text)).isEqualTo(Optional.empty());
    }
}
