package vn.bentre.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every audit action and subject type the code writes has its label in both bundles, so the admin's audit log
 * ({@code /quan-tri/nhat-ky}) never shows {@code ???audit.action.X???}. The actions are found in the sources: every
 * {@code audit.record(action, subject, ...)} and {@code new AuditEntry(at, actor, action, subject, ...)}; an action
 * or subject that is neither a string literal nor a {@code static final String} constant fails the test, because its
 * key could not be checked.
 */
class AuditKeysTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern CALL = Pattern.compile("\\baudit\\.record\\(|\\bnew AuditEntry\\(");
    static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    static final Pattern CONSTANT = Pattern.compile("static final String (\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");
    static final Pattern IDENTIFIER = Pattern.compile("^(?:(\\w+)\\.)?([A-Z][A-Z0-9_]*)$");

    static final TreeSet<String> actions = new TreeSet<>();
    static final TreeSet<String> subjects = new TreeSet<>();
    static final List<String> unreadable = new ArrayList<>();

    @BeforeAll
    static void readTheSources() throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (var file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files.put(className(file), Files.readString(file));
            }
        }
        Map<String, String> constants = new HashMap<>();
        files.forEach((type, text) -> {
            Matcher m = CONSTANT.matcher(text);
            while (m.find()) {
                constants.put(type + "." + m.group(1), m.group(2));
            }
        });
        files.forEach((type, text) -> {
            if (type.equals("AuditLog")) {
                return; // the writer itself passes its parameters on
            }
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                var args = arguments(text, call.end());
                boolean entry = call.group().startsWith("new");
                int action = entry ? 2 : 0;
                String where = type + " near offset " + call.start();
                collect(args.get(action), type, constants, actions, where);
                collect(args.get(action + 1), type, constants, subjects, where);
            }
        });
    }

    @Test
    void theSourcesWriteTheAuditActionsAsLiteralsOrConstants() {
        assertThat(unreadable)
                .as("audit actions or subjects whose key cannot be checked")
                .isEmpty();
        assertThat(actions)
                .as("the scan finds the known actions")
                .contains("CONTENT_PUBLISHED", "ROLES_CHANGED", "ORGANISATIONS_IMPORTED", "PRODUCT_RATED")
                .contains("COURSE_CREATED", "ENROLMENT_COMPLETED", "ENROLMENT_CONFIRMED", "ENROLMENT_CANCELLED");
        assertThat(subjects).contains("CONTENT", "ACCOUNT", "IMPORT", "COURSE", "ENROLMENT");
    }

    @Test
    void everyActionAndSubjectHasAVietnameseLabel() throws IOException {
        var bundle = bundle("vi");
        assertThat(actions.stream().map(a -> "audit.action." + a).filter(k -> !bundle.containsKey(k)))
                .as("missing in messages_vi")
                .isEmpty();
        assertThat(subjects.stream().map(s -> "audit.subject." + s).filter(k -> !bundle.containsKey(k)))
                .as("missing in messages_vi")
                .isEmpty();
    }

    @Test
    void everyActionAndSubjectHasAnEnglishLabel() throws IOException {
        var bundle = bundle("en");
        assertThat(actions.stream().map(a -> "audit.action." + a).filter(k -> !bundle.containsKey(k)))
                .as("missing in messages_en")
                .isEmpty();
        assertThat(subjects.stream().map(s -> "audit.subject." + s).filter(k -> !bundle.containsKey(k)))
                .as("missing in messages_en")
                .isEmpty();
    }

    private static void collect(
            String argument, String type, Map<String, String> constants, TreeSet<String> into, String where) {
        Matcher literal = LITERAL.matcher(argument);
        boolean found = false;
        while (literal.find()) {
            into.add(literal.group(1));
            found = true;
        }
        if (found) {
            return;
        }
        Matcher name = IDENTIFIER.matcher(argument.strip());
        if (name.matches()) {
            String owner = name.group(1) == null ? type : name.group(1);
            String value = constants.get(owner + "." + name.group(2));
            if (value != null) {
                into.add(value);
                return;
            }
        }
        unreadable.add(where + ": " + argument.strip());
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String text, int from) {
        var args = new ArrayList<String>();
        int depth = 0;
        var current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    args.add(current.toString());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalStateException("Unclosed call at " + from);
    }

    private static String className(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    private static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (var in = AuditKeysTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
