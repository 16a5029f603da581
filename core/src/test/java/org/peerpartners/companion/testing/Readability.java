package org.peerpartners.companion.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Flesch-Kincaid grade level for English texts:
 * 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59, with syllables counted
 * as vowel groups (a silent final e and "-es"/"-ed" endings removed, at least one a word).
 * A number or money amount counts as one word of one syllable. Shared by every module's
 * language-quality tests (bot replies, scheduled messages), with the words no message may use.
 */
public final class Readability {

    /**
     * Clinical words no message may contain (lock screens and shared phones are real),
     * English and Spanish, as lower-case fragments of accent-free text.
     */
    public static final List<String> CLINICAL_WORDS = List.of("diagnos", "schizo", "psychos", "psychotic",
            "medication", "meds", "symptom", "disorder", "patient", "treatment", "therap", "clinic", "psychiatr",
            "mental illness", "mental health", "bipolar", "relapse", "episode", "hospital", "illness", "sick",
            "diagnost", "esquizo", "psicosis", "psicotic", "medicacion", "medicamento", "sintoma", "trastorno",
            "paciente", "tratamiento", "terapia", "terapeuta", "clinic", "psiquiatr", "enfermedad", "recaida",
            "hospital");

    private Readability() {
    }

    public static double grade(String text) {
        String[] words = Arrays.stream(text.split("\\s+"))
                .map(word -> word.replaceAll("[^\\p{L}\\p{N}$]", ""))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
        if (words.length == 0) {
            return 0;
        }
        long sentences = Math.max(1, text.split("[.!?:]+(\\s+|$)|\\n").length);
        int syllables = Arrays.stream(words).mapToInt(Readability::syllables).sum();
        return 0.39 * words.length / sentences + 11.8 * syllables / words.length - 15.59;
    }

    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.matches(".*\\p{L}.*")) {
            return 1;
        }
        w = w.replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "x").replaceAll("^y", "");
        int groups = w.split("[aeiouy]+", -1).length - 1;
        return Math.max(1, groups);
    }
}
