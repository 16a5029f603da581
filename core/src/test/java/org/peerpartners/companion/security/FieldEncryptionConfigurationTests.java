package org.peerpartners.companion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;

@ExtendWith(OutputCaptureExtension.class)
class FieldEncryptionConfigurationTests {

    private static final FieldRef ANAS_NOTES = new FieldRef("interview", "notes_encrypted", 3);
    private static final String EXTERNAL_DATABASE = "spring.datasource.url=jdbc:postgresql://db.example.org/companion";

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FieldEncryptionConfiguration.class));

    private ApplicationContextRunner withKeysetFileInTempDir() {
        return runner.withPropertyValues("companion.encryption.keyset-file=" + dataDir.resolve("keys/keyset.json"));
    }

    @Test
    void usesTheConfiguredKeysetEvenWithAnExternalDatabase() {
        String keyset = FieldEncryption.generateKeysetJson();
        byte[] stored = FieldEncryption.fromKeysetJson(keyset).encrypt("likes the art class", ANAS_NOTES);

        withKeysetFileInTempDir().withPropertyValues(EXTERNAL_DATABASE).withPropertyValues("companion.encryption.keyset=" + keyset)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(FieldEncryption.class).decrypt(stored, ANAS_NOTES)).isEqualTo("likes the art class");
                });
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void refusesToStartWithAnInvalidKeysetAndNeverShowsIt(CapturedOutput output) {
        String secret = "{\"primaryKeyId\": 1, \"key\": [{\"keyData\": {\"value\": \"c2VjcmV0LWtleS1tYXRlcmlhbA==\"}}]}";

        withKeysetFileInTempDir().withPropertyValues("companion.encryption.keyset=" + secret).run(context -> {
            String failure = failureOf(context);
            assertThat(failure).contains("companion.encryption.keyset", "COMPANION_ENCRYPTION_KEYSET", "AEAD", "AES256_GCM")
                    .doesNotContain("c2VjcmV0LWtleS1tYXRlcmlhbA", "primaryKeyId");
        });
        assertThat(output.getAll()).doesNotContain("c2VjcmV0LWtleS1tYXRlcmlhbA");
    }

    @Test
    void refusesToStartWithAKeysetThatIsNotForEncryption(CapturedOutput output) throws GeneralSecurityException {
        MacConfig.register();
        String macKeyset = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.newBuilder()
                        .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedMacParameters.HMAC_SHA256_256BITTAG)
                                .withRandomId().makePrimary())
                        .build(),
                RegistryConfiguration.get(), InsecureSecretKeyAccess.get());
        String keyMaterial = keyMaterialOf(macKeyset);

        runner.withPropertyValues("companion.encryption.keyset=" + macKeyset).run(context ->
                assertThat(failureOf(context)).contains("COMPANION_ENCRYPTION_KEYSET", "AEAD").doesNotContain(keyMaterial));
        assertThat(output.getAll()).doesNotContain(keyMaterial);
    }

    @Test
    void refusesToStartWithAnExternalDatabaseAndNoKeyset() {
        withKeysetFileInTempDir().withPropertyValues(EXTERNAL_DATABASE).run(context ->
                assertThat(failureOf(context)).contains("COMPANION_ENCRYPTION_KEYSET", "external database"));
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void createsAnOwnerOnlyKeysetFileForTheEmbeddedDatabaseAndKeepsUsingIt(CapturedOutput output) throws IOException {
        Path keysetFile = dataDir.resolve("keys/keyset.json");
        byte[][] stored = new byte[1][];

        withKeysetFileInTempDir().run(context -> {
            assertThat(context).hasNotFailed();
            stored[0] = context.getBean(FieldEncryption.class).encrypt("walks on Sundays", ANAS_NOTES);
        });

        assertThat(keysetFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keysetFile))).isEqualTo("rw-------");
        assertThat(output.getAll()).contains("COMPANION_ENCRYPTION_KEYSET").doesNotContain(keyMaterialOf(Files.readString(keysetFile)));
        // A restart reads the same key: what was stored before is still readable.
        withKeysetFileInTempDir().run(context ->
                assertThat(context.getBean(FieldEncryption.class).decrypt(stored[0], ANAS_NOTES)).isEqualTo("walks on Sundays"));
    }

    @Test
    void refusesToStartWithADamagedKeysetFileAndLeavesItAlone() throws IOException {
        Path keysetFile = Files.createDirectories(dataDir.resolve("keys")).resolve("keyset.json");
        Files.writeString(keysetFile, "{ half a keyset");

        withKeysetFileInTempDir().run(context ->
                assertThat(failureOf(context)).contains(keysetFile.toString(), "COMPANION_ENCRYPTION_KEYSET"));
        assertThat(keysetFile).hasContent("{ half a keyset");
    }

    @Test
    void theKeysetNeverShowsInThePropertiesText() {
        var properties = new EncryptionProperties("{\"key\": \"c2VjcmV0\"}", Path.of("k.json"));

        assertThat(properties.toString()).doesNotContain("c2VjcmV0").contains("hidden");
    }

    /** The base64 key bytes inside a Tink JSON keyset: what must never be shown. */
    private static String keyMaterialOf(String keysetJson) {
        String keyMaterial = keysetJson.replaceAll("(?s).*\"value\":\\s*\"([^\"]+)\".*", "$1");
        assertThat(keyMaterial).hasSizeGreaterThan(20).doesNotContain("{", "\"");
        return keyMaterial;
    }

    private static String failureOf(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        StringWriter trace = new StringWriter();
        context.getStartupFailure().printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
