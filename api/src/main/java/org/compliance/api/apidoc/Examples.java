package org.compliance.api.apidoc;

/**
 * Request bodies the API description shows (the controllers name them in their {@code @Operation}
 * annotations), the same the README's walk-through sends; a contract test sends each one and
 * expects it accepted.
 */
public final class Examples {

  private Examples() {}

  public static final String EVIDENCE =
      """
      {"type":"CONVICTION_QUASHED","date":"2019-09-01","summary":"Conviction of Larisa Kharkova annulled",
       "country":"KZ","persons":["Larissa Kharkova"],
       "source":{"organisation":"Demo NGO","title":"Monitoring note","published":"2019-09-02"}}
      """;

  public static final String REVIEW =
      """
      {"decision":"VERIFIED","note":"checked against the court record"}
      """;

  public static final String NOTICE_SETTINGS =
      """
      {"kinds":["ITEM_VERIFIED","ITEM_REJECTED","NEW_ASSESSMENT"],"emailKinds":["ITEM_REJECTED"],
       "email":"desk@example.org","language":"ru"}
      """;

  public static final String ASSESSMENT =
      """
      {"document":"ep-2019-2610","asOf":"2020-02-20","includeUnverified":false}
      """;

  public static final String WHAT_IF =
      """
      {"document":"ep-2019-2610","asOf":"2020-02-20",
       "evidence":[{"type":"RELEASE","date":"2020-01-15","summary":"Released (hypothetical)","country":"KZ",
         "persons":["Iskander Yerimbetov"],"source":{"organisation":"What-if","title":"Scenario"}}]}
      """;

  public static final String DOCUMENT =
      """
      {"document":{"id":"example-2024","title":"Example resolution","body":"Text of the resolution",
        "procedure":"2024/0001(RSP)","adopted":"2024-03","country":"KZ"},
       "entities":{"persons":[{"id":"example-person","name":"Example Person","aliases":["E. Person"]}]},
       "recommendations":[{"id":"example-2024-01","document":"example-2024","paragraph":"1",
         "text":"calls for the release of Example Person","addressee":"STATE_AUTHORITIES",
         "themes":["POLITICAL_PRISONERS"],"weight":1,
         "requirements":[{"id":"example-2024-01-a","kind":"RELEASE","text":"release Example Person",
           "targets":[{"type":"PERSON","ref":"example-person"}]}]}]}
      """;

  /** A new version of the document above: the text of its first recommendation changed. */
  public static final String DOCUMENT_VERSION =
      """
      {"version":1,
       "document":{"id":"example-2024","title":"Example resolution","body":"Text of the resolution",
        "procedure":"2024/0001(RSP)","adopted":"2024-03","country":"KZ"},
       "recommendations":[{"id":"example-2024-01","document":"example-2024","paragraph":"1",
         "text":"calls for the immediate release of Example Person","addressee":"STATE_AUTHORITIES",
         "themes":["POLITICAL_PRISONERS"],"weight":1,
         "requirements":[{"id":"example-2024-01-a","kind":"RELEASE","text":"release Example Person",
           "targets":[{"type":"PERSON","ref":"example-person"}]}]}]}
      """;

  public static final String RECOMMENDATION =
      """
      {"id":"example-2024-02","document":"example-2024","paragraph":"2","text":"calls for amending the law",
       "addressee":"STATE_AUTHORITIES","themes":[],
       "requirements":[{"id":"example-2024-02-a","kind":"AMEND_LAW","text":"amend the law",
         "targets":[{"type":"LAW","ref":"kz-cc-174"}]}]}
      """;

  public static final String PROBLEM =
      """
      {"type":"about:blank","title":"The request has invalid fields","status":400,
       "detail":"country must be a two-letter code such as KZ (ISO 3166), not 'Kazakhstan'",
       "instance":"/api/evidence",
       "errors":[{"field":"country","reason":"must be a two-letter code such as KZ (ISO 3166), not 'Kazakhstan'"}],
       "requestId":"3f2a9c1e-4b7d-4e21"}
      """;

  public static final String NAME_DECISION =
      """
      {"field":"persons","name":"Aron Atabek","entity":"aron-atabek"}
      """;

  public static final String ENTITY =
      """
      {"type":"PERSON","id":"example-person","name":"Example Person","aliases":["Пример Персонов"],
       "country":"KZ"}
      """;

  /** An invitation (no password): the answer carries the one-time link to send. */
  public static final String NEW_USER =
      """
      {"username":"aigerim.s","organisation":"Demo NGO","role":"NGO","orgAdmin":false,
       "email":"aigerim@example.org"}
      """;

  public static final String ROLE =
      """
      {"role":"OFFICER","orgAdmin":false}
      """;

  public static final String PASSWORD_CHANGE =
      """
      {"current":"the password I use now","password":"a new sentence of my own"}
      """;
}
