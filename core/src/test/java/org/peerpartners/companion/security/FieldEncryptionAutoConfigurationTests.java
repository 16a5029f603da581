package org.peerpartners.companion.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.CoreTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The auto-configuration is registered, and test contexts on their test database get a keyset. */
@SpringBootTest(classes = CoreTestApplication.class)
class FieldEncryptionAutoConfigurationTests {

    @Autowired
    FieldEncryption fieldEncryption;

    @Test
    void aSpringTestContextEncryptsFieldsOutOfTheBox() {
        FieldRef bensNotes = new FieldRef("interview", "notes_encrypted", 12);

        assertThat(fieldEncryption.decrypt(fieldEncryption.encrypt("prefers mornings", bensNotes), bensNotes))
                .isEqualTo("prefers mornings");
    }
}
