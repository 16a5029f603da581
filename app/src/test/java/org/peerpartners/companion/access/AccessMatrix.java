package org.peerpartners.companion.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The declared access rules: every {@code access-matrix/*.txt} on the test classpath (each
 * area's file lives in {@code admin-web/src/test/resources/access-matrix/}; the app's pom
 * copies them here). One endpoint per line:
 *
 * <pre>
 * METHOD /path/{var} RULE [var=value ...]   # comment
 * </pre>
 *
 * METHOD is GET, POST, PUT, PATCH, DELETE or {@code *} (a mapping for every method). RULE is
 * PUBLIC, SIGNED (provider webhooks: their own signature, no staff session, no CSRF), STAFF,
 * SUPERVISOR, ADMIN, GROUP, PARTICIPANT, CONFIDENTIAL or RECORD. {@code {groupId}} and
 * {@code {participantId}} are filled from the fixture. Any other path variable needs a
 * {@code var=value}: {@code var=@table.group_id} or {@code var=@table.participant_id} (a
 * record: the test takes a row of that table belonging to coach A's or coach B's group or
 * participant, which the area's {@code access-matrix/<area>.sql} fixture inserts), a
 * template such as {@code address=participant-{participantId}}, or a literal value.
 */
record AccessMatrix(List<Line> lines) {

    enum Rule { PUBLIC, SIGNED, STAFF, SUPERVISOR, ADMIN, GROUP, PARTICIPANT, CONFIDENTIAL, RECORD }

    record Line(String source, String method, String path, Rule rule, Map<String, String> values) {

        String key() {
            return method + " " + path;
        }

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }

    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    static AccessMatrix load() {
        List<Line> lines = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:access-matrix/*.txt");
            for (Resource file : files) {
                String text = file.getContentAsString(StandardCharsets.UTF_8);
                int number = 0;
                for (String raw : text.split("\n")) {
                    number++;
                    String line = raw.replaceAll("#.*", "").strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                    String source = file.getFilename() + ":" + number;
                    String[] parts = line.split("\\s+");
                    if (parts.length < 3) {
                        throw new IllegalArgumentException(source + ": expected METHOD /path RULE, got: " + raw);
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 3; i < parts.length; i++) {
                        String[] pair = parts[i].split("=", 2);
                        if (pair.length != 2) {
                            throw new IllegalArgumentException(source + ": expected var=value, got: " + parts[i]);
                        }
                        values.put(pair[0], pair[1]);
                    }
                    lines.add(new Line(source, parts[0].toUpperCase(java.util.Locale.ROOT), parts[1],
                            Rule.valueOf(parts[2].toUpperCase(java.util.Locale.ROOT)), values));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AccessMatrix(lines);
    }

    /** The area fixtures ({@code access-matrix/*.sql}), statements separated by a line ending in ';'. */
    static List<String> fixtureStatements() {
        List<String> statements = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:access-matrix/*.sql")) {
                for (String statement : file.getContentAsString(StandardCharsets.UTF_8).split(";\\s*(\\n|$)")) {
                    String sql = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                    if (!sql.isEmpty()) {
                        statements.add(sql);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return statements;
    }
}
