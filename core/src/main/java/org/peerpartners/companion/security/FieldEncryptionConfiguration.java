package org.peerpartners.companion.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Provides {@link FieldEncryption} from, in order:
 * <ol>
 * <li>{@code companion.encryption.keyset} (env {@code COMPANION_ENCRYPTION_KEYSET}), the
 * production way: the key lives outside the database and its backups;</li>
 * <li>with the embedded database only, a keyset file, created on first start, so a demo or a
 * trial runs with one command and its data stays readable across restarts;</li>
 * <li>otherwise the start fails: an external database means real data, and a key generated
 * on one machine's disk would be lost with it or leak with it.</li>
 * </ol>
 * No message ever contains the keyset.
 */
@AutoConfiguration
@EnableConfigurationProperties(EncryptionProperties.class)
public class FieldEncryptionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FieldEncryptionConfiguration.class);

    static final String EXPECTED = "Expected a Tink keyset in JSON format with an AEAD key such as AES256_GCM "
            + "(for example from: tinkey create-keyset --key-template AES256_GCM --out-format json).";

    @Bean
    @ConditionalOnMissingBean
    FieldEncryption fieldEncryption(EncryptionProperties properties, Environment environment) {
        if (properties.hasKeyset()) {
            try {
                return FieldEncryption.fromKeysetJson(properties.keyset());
            } catch (InvalidKeysetException e) {
                throw new InvalidKeysetException("companion.encryption.keyset (environment variable COMPANION_ENCRYPTION_KEYSET) "
                        + "cannot be used: " + e.getMessage() + ". " + EXPECTED + " The value is not shown.");
            }
        }
        if (environment.getProperty("spring.datasource.url", "").isBlank()) {
            return fromKeysetFile(properties.keysetFile().toAbsolutePath().normalize());
        }
        throw new InvalidKeysetException("No field-encryption keyset: set the environment variable COMPANION_ENCRYPTION_KEYSET "
                + "(property companion.encryption.keyset). It is required with an external database (spring.datasource.url "
                + "is set). " + EXPECTED + " Keep a copy in a safe place: encrypted records cannot be read without it.");
    }

    private static FieldEncryption fromKeysetFile(Path file) {
        if (Files.notExists(file)) {
            createKeysetFile(file);
            log.warn("Created a field-encryption keyset in {} for the embedded database. Production must set "
                    + "COMPANION_ENCRYPTION_KEYSET; keep a copy of this file, records encrypted with it cannot be read without it.", file);
        } else {
            log.warn("Field encryption uses the keyset in {} (embedded database). Production must set COMPANION_ENCRYPTION_KEYSET.", file);
        }
        try {
            return FieldEncryption.fromKeysetJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (InvalidKeysetException e) {
            // Never replace it: values encrypted under the old key would become unreadable.
            throw new InvalidKeysetException("The keyset file " + file + " (companion.encryption.keyset-file) cannot be used: "
                    + e.getMessage() + ". Restore it from a backup or set COMPANION_ENCRYPTION_KEYSET. " + EXPECTED);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the keyset file " + file, e);
        }
    }

    private static void createKeysetFile(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            // Created with owner-only permissions, so the key is never readable by others, even briefly.
            FileAttribute<?>[] ownerOnly = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            Files.createFile(file, ownerOnly);
            Files.writeString(file, FieldEncryption.generateKeysetJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the keyset file " + file, e);
        }
    }
}
