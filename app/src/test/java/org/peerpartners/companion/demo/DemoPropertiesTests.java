package org.peerpartners.companion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoPropertiesTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void unsetMeansOnWithTheEmbeddedDatabase() {
        assertThat(new DemoProperties(null, NEW_YORK).isOn(new MockEnvironment())).isTrue();
    }

    @Test
    void unsetMeansOffWithAnExternalDatabase() {
        var external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/companion");

        assertThat(new DemoProperties(null, NEW_YORK).isOn(external)).isFalse();
    }

    @Test
    void anExplicitChoiceWinsEitherWay() {
        var external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/companion");

        assertThat(new DemoProperties(true, NEW_YORK).isOn(external)).isTrue();
        assertThat(new DemoProperties(false, NEW_YORK).isOn(new MockEnvironment())).isFalse();
    }
}
