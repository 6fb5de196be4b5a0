package org.compliance.api.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.Target;
import org.compliance.exchange.DocumentBundle;
import org.compliance.labels.Labels;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;

/**
 * What changed from one version of a document to another: its own facts, the recommendations added
 * and removed (matched by id), and in those that stay every field that differs, down to each ask's
 * kind, targets and words. Values are already words in the reader's language; {@code what} is a
 * message key ({@code versions.diff.*}) with its argument.
 */
public record VersionDiff(
    List<Line> document,
    List<Recommendation> added,
    List<Recommendation> removed,
    List<Changed> changed) {

  /** One field that differs: its message key and argument, the value before and after. */
  public record Line(String what, String arg, String before, String after) {}

  /** A recommendation in both versions, with what differs in it. */
  public record Changed(String id, String paragraph, List<Line> lines) {}

  public boolean isEmpty() {
    return document.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  public static VersionDiff between(
      DocumentBundle from, DocumentBundle to, EntityRegistry registry, Locale locale) {
    Words w = new Words(registry, locale);
    List<Line> document = new ArrayList<>();
    Document a = from.document();
    Document b = to.document();
    line(document, "versions.diff.title", null, a.title(), b.title());
    line(document, "versions.diff.body", null, a.body(), b.body());
    line(document, "versions.diff.adopted", null, str(a.adopted()), str(b.adopted()));
    line(document, "versions.diff.country", null, a.country(), b.country());
    Map<String, Recommendation> before = byId(from.recommendations());
    Map<String, Recommendation> after = byId(to.recommendations());
    List<Recommendation> added =
        to.recommendations().stream().filter(r -> !before.containsKey(r.id())).toList();
    List<Recommendation> removed =
        from.recommendations().stream().filter(r -> !after.containsKey(r.id())).toList();
    List<Changed> changed = new ArrayList<>();
    List<String> order = from.recommendations().stream().map(Recommendation::id).toList();
    List<String> newOrder =
        to.recommendations().stream().map(Recommendation::id).filter(before::containsKey).toList();
    for (Recommendation x : to.recommendations()) {
      Recommendation y = before.get(x.id());
      if (y == null) {
        continue;
      }
      List<Line> lines = new ArrayList<>();
      line(lines, "versions.diff.paragraph", null, y.paragraph(), x.paragraph());
      line(lines, "versions.diff.text", null, y.text(), x.text());
      line(lines, "versions.diff.addressee", null, w.of(y.addressee()), w.of(x.addressee()));
      line(lines, "versions.diff.themes", null, w.themes(y), w.themes(x));
      line(lines, "versions.diff.weight", null, str(y.weight()), str(x.weight()));
      int was = order.stream().filter(newOrder::contains).toList().indexOf(x.id());
      int now = newOrder.indexOf(x.id());
      if (was != now) {
        line(lines, "versions.diff.position", null, str(was + 1), str(now + 1));
      }
      asks(lines, y, x, w);
      if (!lines.isEmpty()) {
        changed.add(new Changed(x.id(), x.paragraph(), lines));
      }
    }
    return new VersionDiff(document, added, removed, changed);
  }

  private static void asks(List<Line> lines, Recommendation y, Recommendation x, Words w) {
    Map<String, Requirement> was = new LinkedHashMap<>();
    y.requirements().forEach(q -> was.put(q.id(), q));
    Map<String, Requirement> now = new LinkedHashMap<>();
    x.requirements().forEach(q -> now.put(q.id(), q));
    for (Requirement q : y.requirements()) {
      if (!now.containsKey(q.id())) {
        lines.add(new Line("versions.diff.ask.removed", q.id(), w.ask(q), null));
      }
    }
    for (Requirement q : x.requirements()) {
      Requirement p = was.get(q.id());
      if (p == null) {
        lines.add(new Line("versions.diff.ask.added", q.id(), null, w.ask(q)));
        continue;
      }
      line(lines, "versions.diff.ask.kind", q.id(), w.of(p.kind()), w.of(q.kind()));
      line(lines, "versions.diff.ask.targets", q.id(), w.targets(p), w.targets(q));
      line(lines, "versions.diff.ask.text", q.id(), p.text(), q.text());
    }
  }

  private static void line(List<Line> lines, String what, String arg, String before, String after) {
    if (!Objects.equals(before, after)) {
      lines.add(new Line(what, arg, before, after));
    }
  }

  private static Map<String, Recommendation> byId(List<Recommendation> list) {
    Map<String, Recommendation> out = new LinkedHashMap<>();
    list.forEach(r -> out.put(r.id(), r));
    return out;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  /** Codes and ids as a reader reads them. */
  private record Words(EntityRegistry registry, Locale locale) {
    String of(Enum<?> code) {
      return code == null ? null : Labels.of(code, locale);
    }

    String themes(Recommendation r) {
      return r.themes().stream().sorted().map(this::of).collect(Collectors.joining(", "));
    }

    String targets(Requirement q) {
      return q.targets().stream().map(this::name).collect(Collectors.joining(", "));
    }

    String ask(Requirement q) {
      String targets = targets(q);
      return of(q.kind()) + (targets.isEmpty() ? "" : ": " + targets);
    }

    private String name(Target t) {
      if (t.type() == null) {
        return t.ref();
      }
      return switch (t.type()) {
        case PRACTICE -> registry.practice(t.ref()).map(p -> p.name()).orElse(t.ref());
        default -> {
          try {
            yield registry.nameOf(EntityType.valueOf(t.type().name()), t.ref());
          } catch (RuntimeException e) {
            yield t.ref();
          }
        }
      };
    }
  }
}
