package org.compliance.bench.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.compliance.bench.Benchmarks;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.names.NameMatch;

/**
 * Resolves N written person names against a registry of M synthetic Kazakh-style persons and
 * reports the wall time: the registry build, then a warm-up pass and a measured pass. The names
 * people would write: registered spellings, romanisation variants, surname first in capitals,
 * Cyrillic, initials, misspellings (suggestion path) and unrelated names.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.compliance.bench.names.NameResolution
 * [names=1000000] [entities=50000]}
 */
public final class NameResolution {

  private static final String[] FIRST = {
    "Aidos",
    "Aigerim",
    "Aliya",
    "Almat",
    "Amangeldy",
    "Anuar",
    "Arman",
    "Askar",
    "Aset",
    "Asel",
    "Baurzhan",
    "Bolat",
    "Daniyar",
    "Dana",
    "Daryn",
    "Dinara",
    "Erlan",
    "Gulnara",
    "Igor",
    "Kairat",
    "Kenzhebek",
    "Larisa",
    "Maks",
    "Marat",
    "Mukhtar",
    "Nurbek",
    "Nurlan",
    "Roza",
    "Ruslan",
    "Saken",
    "Saltanat",
    "Serik",
    "Sholpan",
    "Timur",
    "Ulan",
    "Yerbol",
    "Yerzhan",
    "Zhanar",
    "Zhanbolat",
    "Zhazira"
  };
  private static final String[] SYLLABLES = {
    "ab", "ak", "al", "am", "an", "ar", "as", "ba", "bek", "bol", "da", "dzhan", "er", "ga", "gul",
    "is", "ka", "kha", "kul", "ma", "mur", "na", "nur", "or", "sa", "sar", "se", "shi", "ta", "tul",
    "u", "zha", "zhu", "kyz", "mukh", "tas", "yer", "yes", "bay", "sul"
  };
  private static final String[] OTHER_FIRST = {
    "Helmut", "Pierre", "Maria", "John", "Giulia", "Sven", "Agnieszka", "Pedro", "Fiona", "Lars"
  };
  private static final String[] OTHER_LAST = {
    "Wagner", "Dubois", "Garcia", "Smith", "Rossi", "Lindqvist", "Nowak", "Santos", "Murphy"
  };
  private static final String[] ENDINGS = {"ayev", "ov", "uly", "iyev", "enko", "bekov", "yeva"};

  private NameResolution() {}

  public static void main(String[] args) {
    int names = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int entities = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    Random random = new Random(Benchmarks.SEED);
    List<String> registered = new ArrayList<>();
    long t0 = System.nanoTime();
    long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    EntityRegistry registry = new EntityRegistry();
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (registered.size() < entities) {
      String name = pick(random, FIRST) + " " + surname(random);
      if (seen.add(name)) {
        registry.add(EntityType.PERSON, new Entity("p" + registered.size(), name, List.of()));
        registered.add(name);
      }
    }
    long built = System.nanoTime() - t0;
    long builtCpu =
        java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
    List<String> queries = queries(random, registered, names);
    System.out.printf(
        Locale.ROOT,
        "registry of %d persons built in %.2f s wall, %.2f s CPU%n",
        entities,
        built / 1e9,
        builtCpu / 1e9);
    measure("warm-up", registry, queries.subList(0, Math.min(queries.size(), 200_000)));
    measure("measured", registry, queries);
    for (int kind = 0; kind < KINDS.length; kind++) {
      List<String> ofKind = new ArrayList<>();
      for (int i = kind; i < queries.size(); i += 10) {
        ofKind.add(queries.get(i));
      }
      measure(KINDS[kind], registry, ofKind);
    }
  }

  /** What query i is, by i % 10. */
  private static final String[] KINDS = {
    "as registered", "as registered", "as registered", "romanisation variant", "SURNAME first",
    "Cyrillic", "initial", "misspelt surname", "unrelated", "unrelated"
  };

  private static void measure(String label, EntityRegistry registry, List<String> queries) {
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (String q : queries) {
      NameMatch m = registry.match(EntityType.PERSON, q);
      Outcome o =
          m.linked()
              ? Outcome.LINKED
              : m.suggestions().isEmpty() ? Outcome.NONE : Outcome.SUGGESTED;
      outcomes.merge(o, 1, Integer::sum);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %d names in %.2f s wall, %.2f s CPU = %.2f us CPU/name (%.0f names per CPU-second); %s%n",
        label,
        queries.size(),
        seconds,
        cpu,
        cpu * 1e6 / queries.size(),
        queries.size() / cpu,
        outcomes);
  }

  private enum Outcome {
    LINKED,
    SUGGESTED,
    NONE
  }

  /** A mix of the ways people write the registered names, and names not in the registry. */
  private static List<String> queries(Random random, List<String> registered, int n) {
    Transliterator toCyrillic = Transliterator.getInstance("Latin-Russian/BGN");
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = registered.get(random.nextInt(registered.size()));
      String[] parts = name.split(" ");
      out.add(
          switch (i % 10) {
            case 0, 1, 2 -> name;
            case 3 -> name.replace("ayev", "aev").replace("Zh", "J").replace("kh", "h");
            case 4 -> parts[1].toUpperCase(Locale.ROOT) + " " + parts[0];
            case 5 -> toCyrillic.transliterate(name);
            case 6 -> parts[0].charAt(0) + ". " + parts[1];
            case 7 -> parts[0] + " " + typo(random, parts[1]);
            default -> pick(random, OTHER_FIRST) + " " + pick(random, OTHER_LAST);
          });
    }
    return out;
  }

  private static String surname(Random random) {
    StringBuilder s = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      s.append(pick(random, SYLLABLES));
    }
    s.append(pick(random, ENDINGS));
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String typo(Random random, String word) {
    int at = 1 + random.nextInt(word.length() - 2);
    return word.substring(0, at) + word.substring(at + 1);
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }
}
