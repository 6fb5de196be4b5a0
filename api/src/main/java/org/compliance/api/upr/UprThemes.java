package org.compliance.api.upr;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compliance.catalogue.Theme;

/**
 * A first theme from the issues UPR Info files a recommendation under ("Torture and other CID
 * treatment", "Freedom of the press"): the first issue that names one of ours; the officer corrects
 * it like any proposal.
 */
final class UprThemes {

  private static final List<Map.Entry<String, Theme>> WORDS =
      List.of(
          Map.entry("death penalty", Theme.DEATH_PENALTY),
          Map.entry("torture", Theme.TORTURE),
          Map.entry("expression", Theme.EXPRESSION_AND_MEDIA),
          Map.entry("press", Theme.EXPRESSION_AND_MEDIA),
          Map.entry("assembly", Theme.ASSEMBLY),
          Map.entry("labour", Theme.ASSOCIATION_AND_TRADE_UNIONS),
          Map.entry("human rights defenders", Theme.CIVIL_SOCIETY),
          Map.entry("civil society", Theme.CIVIL_SOCIETY),
          Map.entry("religion", Theme.CIVIL_SOCIETY),
          Map.entry("elections", Theme.ELECTIONS),
          Map.entry("women", Theme.SOCIAL_AND_ECONOMIC_RIGHTS),
          Map.entry("child", Theme.SOCIAL_AND_ECONOMIC_RIGHTS),
          Map.entry("disabilities", Theme.SOCIAL_AND_ECONOMIC_RIGHTS),
          Map.entry("migrants", Theme.SOCIAL_AND_ECONOMIC_RIGHTS),
          Map.entry("health", Theme.SOCIAL_AND_ECONOMIC_RIGHTS),
          Map.entry("education", Theme.SOCIAL_AND_ECONOMIC_RIGHTS),
          Map.entry("justice", Theme.RULE_OF_LAW),
          Map.entry("detention", Theme.RULE_OF_LAW));

  private UprThemes() {}

  /** The theme the row's issues suggest, or {@code otherwise}. */
  static Theme of(String issues, Theme otherwise) {
    if (issues == null) {
      return otherwise;
    }
    for (String issue : issues.toLowerCase(Locale.ROOT).split("[,;]")) {
      for (Map.Entry<String, Theme> w : WORDS) {
        if (issue.contains(w.getKey())) {
          return w.getValue();
        }
      }
    }
    return otherwise;
  }
}
