package org.peerpartners.companion.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Where the field-encryption keyset comes from.
 *
 * @param keyset the keyset in Tink's JSON format; set it from the environment
 *        ({@code COMPANION_ENCRYPTION_KEYSET}), never in a file that is checked in.
 *        Required with an external database.
 * @param keysetFile used only with the embedded database and no {@code keyset}: read, or
 *        created on first start, so a one-command demo install keeps its data readable
 */
@Validated
@ConfigurationProperties("companion.encryption")
public record EncryptionProperties(
        String keyset,
        @NotNull @DefaultValue("./data/encryption-keyset.json") Path keysetFile) {

    public boolean hasKeyset() {
        return keyset != null && !keyset.isBlank();
    }

    /** Leaves the keyset out: this record may end up in a log or an error page. */
    @Override
    public String toString() {
        return "EncryptionProperties[keyset=" + (hasKeyset() ? "(set, hidden)" : "(not set)") + ", keysetFile=" + keysetFile + "]";
    }
}
