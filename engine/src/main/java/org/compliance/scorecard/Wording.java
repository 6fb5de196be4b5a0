package org.compliance.scorecard;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A text for people kept as a wording key and its arguments, rendered in the reader's language only
 * when read ({@code org.compliance.labels.Reasons}): a stored scorecard holds these, never English
 * sentences. {@code about} names the evidence item the wording quotes, so a reader who may not see
 * that item gets the wording without it. A wording without a key holds a text as it was stored
 * before wordings had keys.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Wording(String key, Map<String, Arg> args, String about)
    implements Supplier<Wording> {

  public Wording {
    args = args == null ? Map.of() : Map.copyOf(args);
  }

  /**
   * One argument: a text as the source gives it (a name, a summary, a date), labels of codes
   * ({@code Qualifier.PAROLE}), another wording, or a list of wordings.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Wording.TextArgs.class)
  public record Arg(
      String text, List<String> labels, Wording wording, List<Wording> items, String joiner) {
    public Arg {
      labels = labels == null ? List.of() : List.copyOf(labels);
      items = items == null ? List.of() : List.copyOf(items);
    }

    Arg(String text, List<String> labels, Wording wording, List<Wording> items) {
      this(text, labels, wording, items, null);
    }

    /** A text argument as stored: a bare string (a country's scorecard holds a million). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Arg ofText(String text) {
      return new Arg(text, null, null, null);
    }
  }

  /** Writes a text argument as a bare string, any other as an object. */
  static final class TextArgs extends StdSerializer<Arg> {
    TextArgs() {
      super(Arg.class);
    }

    @Override
    public void serialize(Arg arg, JsonGenerator out, SerializationContext context) {
      if (arg.text() != null) {
        out.writeString(arg.text());
        return;
      }
      out.writeStartObject();
      if (!arg.labels().isEmpty()) {
        out.writeName("labels");
        context.writeValue(out, arg.labels());
      }
      if (arg.wording() != null) {
        out.writeName("wording");
        context.writeValue(out, arg.wording());
      }
      if (!arg.items().isEmpty()) {
        out.writeName("items");
        context.writeValue(out, arg.items());
      }
      if (arg.joiner() != null) {
        out.writeStringProperty("joiner", arg.joiner());
      }
      out.writeEndObject();
    }
  }

  /** Wordings shown one after another, with {@code joiner} between them (null: a semicolon). */
  public record Joined(List<Wording> items, String joiner) {}

  /**
   * A wording with its arguments as name, value pairs. A value is a {@link String} or number (as
   * text), a code ({@link Enum}, shown by its label), codes (a collection of enums), a {@link
   * Wording} or wordings (a list of them); a null value is left out.
   */
  public static Wording of(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs: " + key);
    }
    // Straight into an immutable map, which the constructor keeps as it is: findings are made by
    // the
    // hundred thousand, and their arguments' order never mattered (Map.copyOf does not keep it).
    @SuppressWarnings("unchecked")
    Map.Entry<String, Arg>[] entries = new Map.Entry[namesAndValues.length / 2];
    int n = 0;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Arg arg = arg(namesAndValues[i + 1]);
      if (arg != null) {
        entries[n++] = Map.entry((String) namesAndValues[i], arg);
      }
    }
    return new Wording(
        key, Map.ofEntries(n == entries.length ? entries : Arrays.copyOf(entries, n)), null);
  }

  /** A text kept as it was stored before wordings had keys. */
  public static Wording verbatim(String text) {
    return text == null ? null : new Wording(null, Map.of("text", text(text)), null);
  }

  /** This wording, saying it quotes the evidence item with this id. */
  public Wording about(String evidenceId) {
    return new Wording(key, args, evidenceId);
  }

  @Override
  public Wording get() {
    return this;
  }

  /** A label key of a code: {@code RecommendationStatus.MET}. */
  public static String labelKey(Enum<?> code) {
    return code.getDeclaringClass().getSimpleName() + "." + code.name();
  }

  private static Arg arg(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Wording w) {
      return new Arg(null, null, w, null);
    }
    if (value instanceof Joined j) {
      return new Arg(null, null, null, j.items(), j.joiner());
    }
    if (value instanceof Enum<?> e) {
      return new Arg(null, List.of(labelKey(e)), null, null);
    }
    if (value instanceof Collection<?> c) {
      if (c.stream().allMatch(Wording.class::isInstance)) {
        return new Arg(null, null, null, c.stream().map(Wording.class::cast).toList());
      }
      List<Enum<?>> codes = new ArrayList<>();
      for (Object o : c) {
        codes.add((Enum<?>) o);
      }
      codes.sort((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
      return new Arg(null, codes.stream().map(Wording::labelKey).toList(), null, null);
    }
    return text(value.toString());
  }

  private static Arg text(String text) {
    return new Arg(text, null, null, null);
  }

  /** True when this wording is {@code part} or quotes it, however deep. */
  public boolean contains(Wording part) {
    if (equals(part)) {
      return true;
    }
    for (Arg a : args.values()) {
      if (a.wording() != null && a.wording().contains(part)) {
        return true;
      }
      for (Wording w : a.items()) {
        if (w.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * This wording with every part about an item the reader may not see replaced by {@code hidden};
   * itself when it quotes none.
   */
  public Wording redact(Predicate<String> visible, Wording hidden) {
    if (about != null && !visible.test(about)) {
      return hidden;
    }
    Map<String, Arg> out = null;
    for (Map.Entry<String, Arg> e : args.entrySet()) {
      Arg a = e.getValue();
      Arg b = a;
      if (a.wording() != null) {
        Wording w = a.wording().redact(visible, hidden);
        b = w == a.wording() ? a : new Arg(null, null, w, null);
      } else if (!a.items().isEmpty()) {
        List<Wording> items = a.items().stream().map(w -> w.redact(visible, hidden)).toList();
        b = items.equals(a.items()) ? a : new Arg(null, null, null, items, a.joiner());
      }
      if (b != a) {
        out = out == null ? new LinkedHashMap<>(args) : out;
        out.put(e.getKey(), b);
      }
    }
    return out == null ? this : new Wording(key, out, about);
  }
}
