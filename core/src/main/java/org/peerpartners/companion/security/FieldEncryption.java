package org.peerpartners.companion.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * Encrypts confidential fields (interview answers, hospital history, clinical notes) in the
 * application, so a database dump or backup alone reveals nothing. Tink AEAD with
 * AES-256-GCM; the value's {@link FieldRef} is the associated data.
 *
 * <p><b>Key rotation.</b> The keyset may hold several keys: new values are encrypted under
 * the primary key, and every key in the set can still decrypt (Tink prefixes each
 * ciphertext with its key id). To rotate: add a new primary key ({@link #withNewPrimaryKey}),
 * {@link #reencrypt} the stored values, then remove the old key.
 */
public final class FieldEncryption {

    // Tink looks key types up in a process-wide registry; a static initializer fills it once.
    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Tink's output prefix: one version byte (1) then the 4-byte id of the key used. */
    private static final int TINK_PREFIX_LENGTH = 5;
    private static final byte TINK_PREFIX_VERSION = 1;

    private final Aead aead;
    private final int primaryKeyId;

    private FieldEncryption(KeysetHandle keyset) throws GeneralSecurityException {
        this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.primaryKeyId = keyset.getPrimary().getId();
    }

    /**
     * @param keysetJson a cleartext keyset in Tink's JSON format holding AEAD keys
     * @throws InvalidKeysetException if it is not JSON, not a keyset, or not an AEAD keyset
     */
    public static FieldEncryption fromKeysetJson(String keysetJson) {
        KeysetHandle keyset = parse(keysetJson);
        try {
            return new FieldEncryption(keyset);
        } catch (GeneralSecurityException e) {
            throw new InvalidKeysetException("the keyset holds no AEAD key (expected e.g. AES256_GCM)");
        }
    }

    /** A new keyset with one AES-256-GCM key, in Tink's JSON format: for new installs and tests. */
    public static String generateKeysetJson() {
        try {
            return serialize(KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId()
                            .makePrimary())
                    .build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate an encryption keyset", e);
        }
    }

    /** The keyset with a new AES-256-GCM primary key added; the old keys stay, for decryption. */
    public static String withNewPrimaryKey(String keysetJson) {
        KeysetHandle keyset = parse(keysetJson);
        try {
            return serialize(KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId()
                            .makePrimary())
                    .build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not add a key to the keyset", e);
        }
    }

    public byte[] encrypt(String plaintext, FieldRef ref) {
        Objects.requireNonNull(plaintext, "plaintext");
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), ref.associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt " + ref, e);
        }
    }

    /** @throws FieldDecryptionException if the value does not belong to {@code ref} or its key is gone */
    public String decrypt(byte[] ciphertext, FieldRef ref) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        try {
            return new String(aead.decrypt(ciphertext, ref.associatedData()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new FieldDecryptionException(ref, e);
        }
    }

    /** The same value encrypted under the current primary key, for key rotation. */
    public byte[] reencrypt(byte[] ciphertext, FieldRef ref) {
        return encrypt(decrypt(ciphertext, ref), ref);
    }

    /**
     * Whether a stored value is already under the primary key, so a rotation job can skip it.
     * Always false for keys without Tink's id prefix (RAW keys): re-encrypting is then harmless.
     */
    public boolean isUnderPrimaryKey(byte[] ciphertext) {
        return ciphertext.length > TINK_PREFIX_LENGTH
                && ciphertext[0] == TINK_PREFIX_VERSION
                && ByteBuffer.wrap(ciphertext, 1, 4).getInt() == primaryKeyId;
    }

    private static KeysetHandle parse(String keysetJson) {
        if (keysetJson == null || keysetJson.isBlank()) {
            throw new InvalidKeysetException("the keyset is empty");
        }
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, RegistryConfiguration.get(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            // The parser's message can quote the input, which holds key material: leave it out.
            throw new InvalidKeysetException("not a keyset in Tink's JSON format (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String serialize(KeysetHandle keyset) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, RegistryConfiguration.get(), InsecureSecretKeyAccess.get());
    }
}
