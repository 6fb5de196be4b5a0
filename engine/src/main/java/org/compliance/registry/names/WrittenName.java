package org.compliance.registry.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A name split into comparison words: full words as skeletons (sorted, so word order does not
 * matter), each with the letters it may be abbreviated to, and initials ("M.", "М.") as the letters
 * they may stand for.
 */
record WrittenName(
    List<String> tokens, List<Set<Character>> firsts, List<Set<Character>> initials) {

  static WrittenName of(String text, boolean dropStopwords, boolean allowInitials) {
    record Word(String skeleton, Set<Character> firsts) {}
    List<Word> words = new ArrayList<>();
    List<Set<Character>> initials = new ArrayList<>();
    for (String piece : text.trim().split("[\\s.,;]+")) {
      if (piece.isEmpty()) {
        continue;
      }
      List<String> latin = NameKeys.words(piece);
      if (allowInitials && piece.codePointCount(0, piece.length()) == 1 && latin.size() == 1) {
        initials.add(letters(latin.get(0)));
        continue;
      }
      for (String w : latin) {
        if (!(dropStopwords && NameKeys.STOPWORDS.contains(w))) {
          words.add(new Word(NameKeys.skeleton(w), letters(w)));
        }
      }
    }
    words.sort(Comparator.comparing(Word::skeleton));
    return new WrittenName(
        words.stream().map(Word::skeleton).toList(),
        words.stream().map(Word::firsts).toList(),
        List.copyOf(initials));
  }

  private static Set<Character> letters(String latinWord) {
    return new java.util.HashSet<>(
        List.of(latinWord.charAt(0), NameKeys.skeleton(latinWord).charAt(0)));
  }

  String key() {
    return String.join(" ", tokens);
  }

  boolean isEmpty() {
    return tokens.isEmpty() && initials.isEmpty();
  }

  /**
   * Whether this name (with initials) fits a registered one: every full word present, and each
   * remaining registered word starting with one of the initials' letters.
   */
  boolean fitsWithInitials(WrittenName registered) {
    if (registered.tokens.size() != tokens.size() + initials.size()) {
      return false;
    }
    List<Integer> left = new ArrayList<>();
    List<String> wanted = new ArrayList<>(tokens);
    for (int i = 0; i < registered.tokens.size(); i++) {
      if (!wanted.remove(registered.tokens.get(i))) {
        left.add(i);
      }
    }
    if (!wanted.isEmpty()) {
      return false;
    }
    List<Set<Character>> open = new ArrayList<>(initials);
    for (int i : left) {
      Set<Character> can = registered.firsts.get(i);
      int hit = -1;
      for (int j = 0; j < open.size() && hit < 0; j++) {
        hit = open.get(j).stream().anyMatch(can::contains) ? j : -1;
      }
      if (hit < 0) {
        return false;
      }
      open.remove(hit);
    }
    return true;
  }
}
