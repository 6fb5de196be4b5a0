package org.compliance.api.language;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

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

  /**
   * The link to this page in another language: the page's own query (a comparison's {@code with}, a
   * scorecard's filter) is kept, else switching would lose what the reader was looking at.
   */
  public String href(String code) {
    String query =
        RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                && "GET".equals(a.getRequest().getMethod())
            ? a.getRequest().getQueryString()
            : null;
    return UriComponentsBuilder.newInstance()
        .query(query)
        .replaceQueryParam("lang", code)
        .build()
        .toUriString();
  }
}
