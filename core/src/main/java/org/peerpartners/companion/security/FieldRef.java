package org.peerpartners.companion.security;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an encrypted value lives: its table, column and row. Used as the AEAD's associated
 * data, so a ciphertext copied into another row or column (by a bug or by someone with
 * database access) fails to decrypt instead of showing one person's record as another's.
 *
 * @param table the table name, as in the schema
 * @param column the column name, as in the schema
 * @param rowId the row's id; the row's id must be known before its value is encrypted
 */
public record FieldRef(String table, String column, long rowId) {

    /** SQL identifiers as the schema writes them; no separator can appear inside one. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public FieldRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a table/column name: " + table + "." + column);
        }
        if (rowId <= 0) {
            throw new IllegalArgumentException("Row ids start at 1: " + rowId);
        }
    }

    /**
     * The associated data. Versioned so the encoding can change without ambiguity; the
     * separators cannot occur in the names, so two refs never encode alike.
     */
    byte[] associatedData() {
        return ("companion-field/v1/" + table + "/" + column + "/" + rowId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "." + column + "#" + rowId;
    }
}
