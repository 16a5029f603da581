package org.peerpartners.companion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import org.junit.jupiter.api.Test;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;

class FieldEncryptionTests {

    private static final FieldRef ANAS_HISTORY = new FieldRef("interview", "history_encrypted", 7);
    private static final String HISTORY = "2 ER visits in 2024; 1 hospital stay, 9 days";

    private final String keyset = FieldEncryption.generateKeysetJson();
    private final FieldEncryption encryption = FieldEncryption.fromKeysetJson(keyset);

    @Test
    void decryptsWhatItEncrypted() {
        byte[] stored = encryption.encrypt(HISTORY, ANAS_HISTORY);

        assertThat(encryption.decrypt(stored, ANAS_HISTORY)).isEqualTo(HISTORY);
        assertThat(encryption.decrypt(encryption.encrypt("", ANAS_HISTORY), ANAS_HISTORY)).isEmpty();
        assertThat(encryption.decrypt(encryption.encrypt("Señora Núñez ✓", ANAS_HISTORY), ANAS_HISTORY)).isEqualTo("Señora Núñez ✓");
    }

    @Test
    void storesNoPlaintextAndNeverTheSameBytesTwice() {
        byte[] first = encryption.encrypt(HISTORY, ANAS_HISTORY);
        byte[] second = encryption.encrypt(HISTORY, ANAS_HISTORY);

        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("ER visits");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aValueMovedToAnotherRowDoesNotDecrypt() {
        byte[] anasHistory = encryption.encrypt(HISTORY, ANAS_HISTORY);
        FieldRef bensHistory = new FieldRef("interview", "history_encrypted", 8);

        assertThatThrownBy(() -> encryption.decrypt(anasHistory, bensHistory))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("interview.history_encrypted#8")
                .hasMessageNotContaining("ER visits");
    }

    @Test
    void aValueMovedToAnotherColumnOrTableDoesNotDecrypt() {
        byte[] anasHistory = encryption.encrypt(HISTORY, ANAS_HISTORY);

        assertThatThrownBy(() -> encryption.decrypt(anasHistory, new FieldRef("interview", "notes_encrypted", 7)))
                .isInstanceOf(FieldDecryptionException.class);
        assertThatThrownBy(() -> encryption.decrypt(anasHistory, new FieldRef("journal_entry", "history_encrypted", 7)))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void anAlteredValueDoesNotDecrypt() {
        byte[] stored = encryption.encrypt(HISTORY, ANAS_HISTORY);
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> encryption.decrypt(stored, ANAS_HISTORY)).isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void anotherKeysetCannotDecrypt() {
        byte[] stored = encryption.encrypt(HISTORY, ANAS_HISTORY);
        FieldEncryption otherInstall = FieldEncryption.fromKeysetJson(FieldEncryption.generateKeysetJson());

        assertThatThrownBy(() -> otherInstall.decrypt(stored, ANAS_HISTORY)).isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void afterRotationOldValuesStillDecryptAndNewOnesUseTheNewKey() {
        byte[] beforeRotation = encryption.encrypt(HISTORY, ANAS_HISTORY);
        FieldEncryption rotated = FieldEncryption.fromKeysetJson(FieldEncryption.withNewPrimaryKey(keyset));

        assertThat(rotated.decrypt(beforeRotation, ANAS_HISTORY)).isEqualTo(HISTORY);
        assertThat(rotated.isUnderPrimaryKey(beforeRotation)).isFalse();
        assertThat(rotated.isUnderPrimaryKey(rotated.encrypt(HISTORY, ANAS_HISTORY))).isTrue();
        assertThat(encryption.isUnderPrimaryKey(beforeRotation)).isTrue();
    }

    @Test
    void reencryptedValuesSurviveRemovingTheOldKey() throws GeneralSecurityException {
        byte[] beforeRotation = encryption.encrypt(HISTORY, ANAS_HISTORY);
        String rotatedKeyset = FieldEncryption.withNewPrimaryKey(keyset);
        byte[] reencrypted = FieldEncryption.fromKeysetJson(rotatedKeyset).reencrypt(beforeRotation, ANAS_HISTORY);

        FieldEncryption newKeyOnly = FieldEncryption.fromKeysetJson(withOnlyThePrimaryKey(rotatedKeyset));

        assertThat(newKeyOnly.decrypt(reencrypted, ANAS_HISTORY)).isEqualTo(HISTORY);
        assertThatThrownBy(() -> newKeyOnly.decrypt(beforeRotation, ANAS_HISTORY)).isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void refusesSomethingThatIsNotAKeyset() {
        assertThatThrownBy(() -> FieldEncryption.fromKeysetJson("{\"password\": \"hunter2hunter2\"}"))
                .isInstanceOf(InvalidKeysetException.class)
                .hasMessageNotContaining("hunter2")
                .hasNoCause();
        assertThatThrownBy(() -> FieldEncryption.fromKeysetJson("not json hunter2")).isInstanceOf(InvalidKeysetException.class);
        assertThatThrownBy(() -> FieldEncryption.fromKeysetJson(" ")).isInstanceOf(InvalidKeysetException.class);
    }

    @Test
    void refusesAKeysetForSomethingOtherThanEncryption() throws GeneralSecurityException {
        MacConfig.register();
        String macKeyset = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.newBuilder()
                        .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedMacParameters.HMAC_SHA256_256BITTAG)
                                .withRandomId().makePrimary())
                        .build(),
                RegistryConfiguration.get(), InsecureSecretKeyAccess.get());

        assertThatThrownBy(() -> FieldEncryption.fromKeysetJson(macKeyset))
                .isInstanceOf(InvalidKeysetException.class)
                .hasMessageContaining("AEAD");
    }

    @Test
    void fieldNamesAreSchemaIdentifiers() {
        assertThatThrownBy(() -> new FieldRef("interview/x", "notes_encrypted", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldRef("interview", "notes_encrypted", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** What an operator does once every value is re-encrypted: drop all keys but the primary. */
    private static String withOnlyThePrimaryKey(String keysetJson) throws GeneralSecurityException {
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(
                TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, RegistryConfiguration.get(), InsecureSecretKeyAccess.get()));
        for (int i = builder.size() - 1; i >= 0; i--) {
            if (!builder.getAt(i).isPrimary()) {
                builder.deleteAt(i);
            }
        }
        KeysetHandle primaryOnly = builder.build();
        assertThat(primaryOnly.size()).isEqualTo(1);
        return TinkJsonProtoKeysetFormat.serializeKeyset(primaryOnly, RegistryConfiguration.get(), InsecureSecretKeyAccess.get());
    }
}
