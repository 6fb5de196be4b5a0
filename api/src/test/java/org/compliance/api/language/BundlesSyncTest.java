package org.compliance.api.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every family of texts (the pages' messages, the labels of codes in engine, the workbook, the
 * evidence template, the CSV, ...) has every key of its English base in every language the service
 * offers, and no other; the same placeholders; no apostrophe that MessageFormat would swallow; and
 * no text left in English (only the allowlist may equal the English value: codes, examples, proper
 * names). In the spirit of Spring PetClinic's I18nPropertiesSyncTest.
 */
class BundlesSyncTest {

  /** family:key whose value may equal the English one in every language. */
  private static final Set<String> SAME_AS_ENGLISH =
      Set.of(
          // codes and examples that are written the same in every language
          "template:column.id.example",
          "template:column.date.example",
          "template:column.dateTo.example",
          "template:column.country.example",
          "template:column.recommendations.example",
          "template:column.sourceUrl.example",
          "template:column.sourcePublished.example");

  private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("(.*)_([a-z]{2,3})\\.properties");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\w+)");
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  @Test
  void everyFamilyHasEveryKeyInEveryLanguageAndNoEnglishLeft() throws IOException {
    Map<String, Resource> families = families();
    assertThat(families.keySet())
        .as("families found on the class path")
        .contains("messages", "org/compliance/labels/labels");
    assertThat(Languages.supported()).as("languages offered").hasSizeGreaterThan(1);

    List<String> problems = new ArrayList<>();
    families.forEach(
        (family, base) -> {
          Properties english = load(base);
          for (Locale language : Languages.supported().subList(1, Languages.supported().size())) {
            String name = family + "_" + language.getLanguage() + ".properties";
            Resource translated = resource(name);
            if (translated == null) {
              problems.add(name + ": missing (" + english.size() + " keys to translate)");
              continue;
            }
            compare(family, name, english, load(translated), problems);
          }
        });
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private static void compare(
      String family, String name, Properties english, Properties other, List<String> problems) {
    String shortFamily = family.substring(family.lastIndexOf('/') + 1);
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      String en = english.getProperty(key);
      String value = other.getProperty(key);
      if (value == null) {
        problems.add(name + ": missing " + key + " (English: " + en + ")");
        continue;
      }
      if (!placeholders(en).equals(placeholders(value))) {
        problems.add(
            name
                + ": "
                + key
                + " has placeholders "
                + placeholders(value)
                + ", English "
                + placeholders(en));
      }
      // The reasons bundle names its arguments ({when}) and is filled by Reasons, not
      // MessageFormat:
      // its apostrophes are plain.
      boolean named = shortFamily.equals("reasons");
      boolean formatted =
          !named
              && (!placeholders(en).isEmpty()
                  || (shortFamily.equals("messages") && key.startsWith("problem.")));
      if (formatted && count(LONE_QUOTE, value) != count(LONE_QUOTE, en)) {
        problems.add(name + ": " + key + " has an apostrophe MessageFormat would drop: write ''");
      }
      if (!named && !placeholders(value).isEmpty()) {
        try {
          new MessageFormat(value);
        } catch (IllegalArgumentException e) {
          problems.add(name + ": " + key + " is not a valid MessageFormat pattern");
        }
      }
      // Letters outside placeholders: "{name}: {state}" has no words to translate.
      if (value.equals(en)
          && LETTER.matcher(en.replaceAll("\\{[^}]*}", "")).find()
          && !SAME_AS_ENGLISH.contains(shortFamily + ":" + key)) {
        problems.add(name + ": " + key + " is still English: " + en);
      }
    }
    for (String key : new TreeSet<>(other.stringPropertyNames())) {
      if (!english.containsKey(key)) {
        problems.add(name + ": " + key + " is not in the English base (misspelt or stale)");
      }
    }
  }

  /** Base bundles: messages at the root, and every .properties under org/compliance. */
  private static Map<String, Resource> families() throws IOException {
    Map<String, Resource> out = new TreeMap<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    for (String pattern :
        List.of("classpath*:messages*.properties", "classpath*:org/compliance/**/*.properties")) {
      for (Resource r : resolver.getResources(pattern)) {
        String path = path(r);
        if (!LANGUAGE_SUFFIX.matcher(path.substring(path.lastIndexOf('/') + 1)).matches()) {
          out.put(path.substring(0, path.length() - ".properties".length()), r);
        }
      }
    }
    return out;
  }

  private static String path(Resource r) {
    try {
      String url = r.getURL().toString();
      int root = url.indexOf("org/compliance/");
      return root >= 0 ? url.substring(root) : r.getFilename();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Resource resource(String name) {
    try {
      Resource[] found =
          new PathMatchingResourcePatternResolver().getResources("classpath*:" + name);
      return found.length == 0 ? null : found[0];
    } catch (IOException e) {
      return null;
    }
  }

  private static Properties load(Resource r) {
    Properties p = new Properties();
    try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalStateException(r.getDescription(), e);
    }
    return p;
  }

  private static Set<String> placeholders(String value) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static int count(Pattern p, String value) {
    return (int) p.matcher(value).results().count();
  }
}
