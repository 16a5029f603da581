package org.peerpartners.companion.bot.conversation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The command words, English and Spanish, folded (lower case, no accents). */
enum Keyword {
    JOIN(List.of("join"), List.of("unirme", "unir")),
    START(List.of("start"), List.of("inicio")),
    HELP(List.of("help", "commands"), List.of("ayuda", "comandos")),
    PLAN(List.of("plan"), List.of()),
    ADD(List.of("add"), List.of("agregar", "agrega", "anadir")),
    DONE(List.of("done"), List.of("hecho", "hecha", "listo", "lista")),
    PARTLY(List.of("partly", "partial"), List.of("parcial")),
    SKIP(List.of("skip"), List.of("nohoy")),
    SPENT(List.of("spent", "spend"), List.of("gaste", "gasto")),
    UNDO(List.of("undo"), List.of("deshacer")),
    BUDGET(List.of("budget"), List.of("presupuesto")),
    GOALS(List.of("goals", "goal"), List.of("metas", "meta")),
    JOURNAL(List.of("journal"), List.of("diario")),
    BUDDY(List.of("buddy"), List.of("compa")),
    NEXT(List.of("next"), List.of("proxima", "proximo")),
    PAUSE(List.of("pause"), List.of("pausa")),
    RESUME(List.of("resume"), List.of("reanudar")),
    LANG(List.of("lang", "language"), List.of("idioma")),
    SUMMARY(List.of("summary"), List.of("resumen"));

    private static final Map<String, Keyword> BY_WORD = new HashMap<>();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static {
        for (Keyword keyword : values()) {
            keyword.english.forEach(word -> BY_WORD.put(word, keyword));
            keyword.spanish.forEach(word -> BY_WORD.put(word, keyword));
        }
    }

    private final List<String> english;
    private final List<String> spanish;

    Keyword(List<String> english, List<String> spanish) {
        this.english = english;
        this.spanish = spanish;
    }

    /** The language of a typed word, or the fallback for words both languages share ("plan"). */
    Language languageOf(String foldedWord, Language fallback) {
        if (english.contains(foldedWord) && !spanish.contains(foldedWord)) {
            return spanish.isEmpty() ? fallback : Language.EN;
        }
        return spanish.contains(foldedWord) ? Language.ES : fallback;
    }

    static Optional<Keyword> of(String foldedWord) {
        return Optional.ofNullable(BY_WORD.get(foldedWord));
    }

    /** Lower case without accents, so "GASTÉ" and "gaste" are the same word. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }
}
