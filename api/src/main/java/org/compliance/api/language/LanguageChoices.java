package org.compliance.api.language;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The language switcher of the pages ({@code ${@languages.choices()}}): each supported language
 * named in itself ({@code language.name} of its own bundle), so a reader finds theirs whatever the
 * page is in.
 */
@Component("languages")
public class LanguageChoices {

  /** One entry of the switcher: the code for {@code ?lang=} and the language's own name. */
  public record Choice(String code, String name) {}

  private final List<Choice> choices;

  public LanguageChoices(MessageSource messages) {
    this.choices =
        Languages.supported().stream()
            .map(
                l ->
                    new Choice(
                        l.getLanguage(),
                        messages.getMessage("language.name", null, l.getLanguage(), l)))
            .toList();
  }

  public List<Choice> choices() {
    return choices;
  }
}
