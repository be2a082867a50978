package com.certhall.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese and English bundles have the same keys, every {@code #{key}} a template uses exists in both, and no
 * template shows text that does not come from a bundle.
 */
class MessageBundleTests {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    // text between tags that holds letters or Chinese characters
    static final Pattern TEXT_NODE = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*\\p{L}[^<]*)<");

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        for (Path zh : bundles()) {
            Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(en).as("English bundle for " + zh.getFileName()).exists();
            assertThat(load(en).stringPropertyNames()).as(en.getFileName() + " keys")
                    .containsExactlyInAnyOrderElementsOf(load(zh).stringPropertyNames());
        }
    }

    /**
     * A text with arguments goes through {@link java.text.MessageFormat}, where a single apostrophe starts a quoted
     * part: "the handler's mobile {0}" showed a literal {0}. Such texts write an apostrophe as two.
     */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern single = Pattern.compile("(?<!')'(?!')");
        List<String> broken = new ArrayList<>();
        for (Path zh : bundles()) {
            for (Path file : List.of(zh, zh.resolveSibling(zh.getFileName().toString()
                    .replace(".properties", "_en.properties")))) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    if (argument.matcher(value).find() && single.matcher(value).find()) {
                        broken.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(broken).as("texts with arguments and a single apostrophe").isEmpty();
    }

    @Test
    void aKeyMeansTheSameInEveryBundleThatDefinesIt() throws IOException {
        for (String suffix : List.of("", "_en")) {
            java.util.Map<String, String> seen = new java.util.HashMap<>();
            java.util.Map<String, String> where = new java.util.HashMap<>();
            List<String> clashes = new ArrayList<>();
            for (Path zh : bundles()) {
                Path file = zh.resolveSibling(zh.getFileName().toString().replace(".properties", suffix + ".properties"));
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    String before = seen.putIfAbsent(key, value);
                    if (before != null && !before.equals(value)) {
                        clashes.add(key + " is '" + before + "' in " + where.get(key) + " but '" + value + "' in "
                                + file.getFileName() + " (use field.<module>.<name> for a module's own meaning)");
                    }
                    where.putIfAbsent(key, file.getFileName().toString());
                }
            }
            assertThat(clashes).as("keys with different texts in different bundles").isEmpty();
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> zhKeys = new TreeSet<>();
        Set<String> enKeys = new TreeSet<>();
        for (Path zh : bundles()) {
            zhKeys.addAll(load(zh).stringPropertyNames());
            enKeys.addAll(load(zh.resolveSibling(zh.getFileName().toString()
                    .replace(".properties", "_en.properties"))).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(template));
            while (m.find()) {
                if (!zhKeys.contains(m.group(1)) || !enKeys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from a bundle").isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "");
            Matcher m = TEXT_NODE.matcher(html);
            while (m.find()) {
                String tag = m.group(1);
                String attributes = m.group(2);
                boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
                        || attributes.contains("th:replace") || attributes.contains("th:insert")
                        || attributes.contains("th:remove") || attributes.contains("lang=");
                boolean exempt = Set.of("title", "code", "pre", "option").contains(tag.toLowerCase())
                        && (attributes.contains("th:") || tag.equalsIgnoreCase("title"));
                if (!replaced && !exempt && !m.group(3).isBlank()) {
                    hardCoded.add(TEMPLATES.relativize(template) + ": <" + tag + "> " + m.group(3).trim());
                }
            }
        }
        assertThat(hardCoded).as("text in templates that does not come from a message bundle").isEmpty();
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .sorted().toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
