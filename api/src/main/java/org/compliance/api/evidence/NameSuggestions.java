package org.compliance.api.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compliance.api.names.ReaderRegistry;
import org.compliance.api.security.Reader;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.names.Candidate;
import org.compliance.registry.names.NameKeys;
import org.springframework.stereotype.Component;

/**
 * Known persons, laws and organisations for what the user is typing: first what the registry itself
 * links or suggests for the text (transliteration, romanisation variants, word order, legal
 * references: the same matching that judges evidence), then, while a name is still half typed, the
 * names whose words begin with the typed words in the same spelling-insensitive form.
 */
@Component
public class NameSuggestions {

  private static final int MAX = 8;

  private final ReaderRegistry readers;

  public NameSuggestions(ReaderRegistry readers) {
    this.readers = readers;
  }

  /** Display names of the entities of this type that best match {@code typed}, for this reader. */
  public List<String> suggest(EntityType type, String typed, Reader reader) {
    if (typed == null || typed.strip().length() < 2) {
      return List.of();
    }
    EntityRegistry registry = readers.of(reader);
    Set<String> out = new LinkedHashSet<>();
    for (Candidate c : registry.candidates(type, typed, MAX)) {
      out.add(c.name());
    }
    List<String> words = skeletons(typed);
    for (Entity e : registry.all(type)) {
      if (out.size() >= MAX) {
        break;
      }
      List<String> names = new ArrayList<>(e.aliases());
      names.add(0, e.name());
      if (names.stream().anyMatch(n -> beginsWith(skeletons(n), words))) {
        out.add(e.name());
      }
    }
    return List.copyOf(out);
  }

  /** Every typed word begins some word of the name (in any order). */
  private static boolean beginsWith(List<String> name, List<String> typed) {
    return !typed.isEmpty()
        && typed.stream().allMatch(t -> name.stream().anyMatch(w -> w.startsWith(t)));
  }

  private static List<String> skeletons(String text) {
    return NameKeys.words(text).stream().map(NameKeys::skeleton).filter(w -> !w.isEmpty()).toList();
  }
}
