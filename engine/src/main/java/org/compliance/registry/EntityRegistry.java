package org.compliance.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.registry.legal.CountryFiles;
import org.compliance.registry.legal.LawIndex;
import org.compliance.registry.legal.LegalCodes;
import org.compliance.registry.names.Candidate;
import org.compliance.registry.names.NameIndex;
import org.compliance.registry.names.NameMatch;

/**
 * Persons, laws, organisations and practices, found by id, name or alias. Sources write names
 * differently (Max / Maks Bokayev, Бокаев, BOKAYEV Maks, M. Bokayev; "ст. 174 УК РК"), so look-ups
 * ignore case, word order, accents, script and romanisation variants, and read legal references by
 * their structure; spellings that are only close come back as suggestions ({@link #match}), never
 * as links. Names are keyed once, when they are added.
 *
 * <p>Entities belong to a country or to none ({@link Entity#country}). A look-up that knows its
 * country asks that country's view ({@link #forCountry}): its entities and the international ones,
 * with its legal codes, so the same name or article in two countries never links across. The whole
 * registry (no country) sees everything, as the registry's own pages and checks need.
 */
public final class EntityRegistry {

  private final Map<EntityType, Map<String, Entity>> entities = new EnumMap<>(EntityType.class);

  /** Views kept at once: ISO 3166 has 249 countries. */
  private static final int MAX_VIEWS = 256;

  /** Suggestions returned for one name. */
  public static final int SUGGESTIONS = 5;

  private final Map<String, Practice> practices = new LinkedHashMap<>();
  private final Map<EntityType, NameIndex> index = new EnumMap<>(EntityType.class);
  private final LawIndex laws;
  private final List<PoliticalPrisonerListing> politicalPrisoners = new ArrayList<>();
  private final Function<String, LegalCodes> codes;
  private final String country;
  private final Map<String, EntityRegistry> views = new ConcurrentHashMap<>();
  // The countries entities belong to (ISO codes: not "international", not unsaid).
  private final Set<String> nations = new LinkedHashSet<>();

  /** An empty registry reading legal codes from the country files on the class path. */
  public EntityRegistry() {
    this(CountryFiles.onClassPath(), null);
  }

  /** An empty registry reading each country's legal codes from {@code codes}. */
  public EntityRegistry(Function<String, LegalCodes> codes) {
    this(codes, null);
  }

  private EntityRegistry(Function<String, LegalCodes> codes, String country) {
    this.codes = codes;
    this.country = country;
    this.laws = new LawIndex(codes, country);
    for (EntityType type : EntityType.values()) {
      entities.put(type, new LinkedHashMap<>());
      index.put(type, new NameIndex(type));
    }
  }

  /**
   * The registry as seen from {@code country}: its entities and those of no one country, its legal
   * codes; made once and kept until the registry changes. Null: the whole registry.
   */
  public EntityRegistry forCountry(String country) {
    if (country == null || country.equals(this.country)) {
      return this;
    }
    if (this.country != null) {
      throw new IllegalStateException("a view of " + this.country + " has no view of " + country);
    }
    if (seesAsWhole(country)) {
      return this;
    }
    if (views.size() > MAX_VIEWS) {
      views.clear(); // a country read from a form may be anything: keep at most the real ones
    }
    return views.computeIfAbsent(country, this::view);
  }

  /**
   * Whether the country's view would hold the same as the whole registry: no entity of another
   * country, and laws read with the same codes (one deployment's single country; data without
   * countries, as the synthetic portfolios): then the whole registry serves, at no cost.
   */
  private boolean seesAsWhole(String from) {
    Set<String> others = new LinkedHashSet<>(nations);
    others.remove(from);
    if (!others.isEmpty()) {
      return false;
    }
    Set<String> read = laws.countries();
    return read.equals(Set.of(from)) || (read.isEmpty() && codes.apply(from).codes().isEmpty());
  }

  /** The country this view is seen from; null for the whole registry. */
  public String country() {
    return country;
  }

  private EntityRegistry view(String from) {
    EntityRegistry view = new EntityRegistry(codes, from);
    for (EntityType type : EntityType.values()) {
      if (type != EntityType.PRACTICE) {
        entities.get(type).values().stream()
            .filter(e -> e.seenFrom(from))
            .forEach(e -> view.add(type, e));
      }
    }
    // Practices are kinds of conduct, not a state's: every country sees them (their law and
    // organisation lists name ids, which another country's items never link).
    practices.values().forEach(view::addPractice);
    politicalPrisoners.stream()
        .filter(l -> view.entities.get(EntityType.PERSON).containsKey(l.person()))
        .forEach(view::addPoliticalPrisoner);
    return view;
  }

  /** Adds an entity, or merges its names into the one already registered under the same id. */
  public void add(EntityType type, Entity entity) {
    if (type == EntityType.PRACTICE) {
      throw new IllegalArgumentException("practices are added with addPractice");
    }
    views.clear();
    Entity merged = entities.get(type).merge(entity.id(), entity, EntityRegistry::mergeNames);
    if (merged.country() != null && !Entity.INTERNATIONAL.equals(merged.country())) {
      nations.add(merged.country());
    }
    indexNames(type, merged.id(), merged.country(), merged.name(), merged.aliases());
  }

  public void addPractice(Practice practice) {
    views.clear();
    Practice merged =
        practices.merge(
            practice.id(),
            practice,
            (a, b) -> {
              Entity names =
                  mergeNames(
                      new Entity(a.id(), a.name(), a.aliases()),
                      new Entity(b.id(), b.name(), b.aliases()));
              Set<EvidenceType> types = new LinkedHashSet<>(a.evidenceTypes());
              types.addAll(b.evidenceTypes());
              Set<Qualifier> victims = new LinkedHashSet<>(a.victims());
              victims.addAll(b.victims());
              return new Practice(
                  a.id(),
                  names.name(),
                  names.aliases(),
                  types,
                  union(a.laws(), b.laws()),
                  union(a.organisations(), b.organisations()),
                  victims);
            });
    entities
        .get(EntityType.PRACTICE)
        .put(merged.id(), new Entity(merged.id(), merged.name(), merged.aliases()));
    indexNames(EntityType.PRACTICE, merged.id(), null, merged.name(), merged.aliases());
  }

  /** Records that a person was identified as a political prisoner (see the listing's javadoc). */
  public void addPoliticalPrisoner(PoliticalPrisonerListing listing) {
    views.clear();
    politicalPrisoners.add(listing);
  }

  /** Every listing, in the order the data files give them. */
  public List<PoliticalPrisonerListing> politicalPrisoners() {
    return List.copyOf(politicalPrisoners);
  }

  /** The listings of one person. */
  public List<PoliticalPrisonerListing> politicalPrisonerListings(String personId) {
    return politicalPrisoners.stream().filter(l -> l.person().equals(personId)).toList();
  }

  /**
   * Whether a person had been identified as a political prisoner by {@code asOf}: named in a
   * resolution or on a verified list dated on or before that day.
   */
  public boolean isPoliticalPrisoner(String personId, LocalDate asOf) {
    return politicalPrisoners.stream()
        .anyMatch(
            l -> l.person().equals(personId) && l.counts() && !l.date().first().isAfter(asOf));
  }

  /** The member provisions of a law that is a group of provisions; empty for a single law. */
  public List<String> members(String lawId) {
    Entity law = entities.get(EntityType.LAW).get(lawId);
    return law == null ? List.of() : law.members();
  }

  /**
   * The bodies that act for an organisation (its {@code members}: the EEAS, the VP/HR and the EU
   * Delegation act for the EU), so an ask to the EU in general is met by an act of any of them; an
   * ask to one of them is met only by that body. The hierarchy lives here, in the registry's data.
   */
  public List<String> actingFor(String organisationId) {
    Entity o = entities.get(EntityType.ORGANISATION).get(organisationId);
    return o == null ? List.of() : o.members();
  }

  /** The organisations that {@code organisationId} acts for (those listing it as a member). */
  public List<String> actedForBy(String organisationId) {
    List<String> parents = new ArrayList<>();
    for (Entity o : entities.get(EntityType.ORGANISATION).values()) {
      if (o.members().contains(organisationId)) {
        parents.add(o.id());
      }
    }
    return parents;
  }

  /** The id of the entity this id, name or alias stands for. */
  public Optional<String> resolve(EntityType type, String nameOrId) {
    if (nameOrId == null) {
      return Optional.empty();
    }
    if (entities.get(type).containsKey(nameOrId)) {
      return Optional.of(nameOrId);
    }
    NameMatch m = match(type, nameOrId);
    return m.single() ? Optional.of(m.ids().get(0)) : Optional.empty();
  }

  /**
   * Every entity a name confidently stands for: one, or the member provisions of a group ("Article
   * 460 of the Code of Administrative Offences"), or none.
   */
  public List<String> resolveAll(EntityType type, String nameOrId) {
    if (nameOrId == null) {
      return List.of();
    }
    if (entities.get(type).containsKey(nameOrId)) {
      return List.of(nameOrId);
    }
    return match(type, nameOrId).ids();
  }

  /** Links and suggestions for a written name (at most {@value #SUGGESTIONS} suggestions). */
  public NameMatch match(EntityType type, String name) {
    if (name == null || name.isBlank()) {
      return NameMatch.none(name, type);
    }
    if (entities.get(type).containsKey(name)) {
      return new NameMatch(name, type, List.of(name), List.of());
    }
    NameMatch byName = index.get(type).match(name, id -> nameOf(type, id), SUGGESTIONS);
    if (byName.single() || type != EntityType.LAW) {
      return byName;
    }
    // A registered spelling wins; otherwise a law is found by the structure of the reference.
    if (type == EntityType.LAW) {
      NameMatch law = laws.match(name, id -> nameOf(type, id));
      if (law != null && (law.linked() || !law.suggestions().isEmpty())) {
        return law;
      }
    }
    return byName;
  }

  /** Ranked candidates for a search box: links first (score 1.0), then suggestions. */
  public List<Candidate> candidates(EntityType type, String query, int limit) {
    NameMatch m = match(type, query);
    List<Candidate> out = new ArrayList<>();
    m.ids().forEach(id -> out.add(new Candidate(id, nameOf(type, id), 1.0, query)));
    m.suggestions().stream().filter(c -> !m.ids().contains(c.id())).forEach(out::add);
    return out.stream().limit(limit).toList();
  }

  /** Adds a spelling to an existing entity (an officer confirming what a name stands for). */
  public void addAlias(EntityType type, String id, String alias) {
    Entity e = entities.get(type).get(id);
    if (e == null) {
      throw new IllegalArgumentException("no " + type + " with id " + id);
    }
    if (type == EntityType.PRACTICE) {
      Practice p = practices.get(id);
      addPractice(
          new Practice(
              id,
              p.name(),
              List.of(alias),
              p.evidenceTypes(),
              p.laws(),
              p.organisations(),
              p.victims()));
    } else {
      add(type, new Entity(id, e.name(), List.of(alias)));
    }
  }

  public Optional<Entity> get(EntityType type, String id) {
    return Optional.ofNullable(entities.get(type).get(id));
  }

  public Optional<Practice> practice(String id) {
    return Optional.ofNullable(practices.get(id));
  }

  public Collection<Practice> practices() {
    return List.copyOf(practices.values());
  }

  public Collection<Entity> all(EntityType type) {
    return List.copyOf(entities.get(type).values());
  }

  /** What kind of source the organisation named is, if the registry knows it as one. */
  public Optional<SourceKind> sourceKind(String organisation) {
    if (organisation == null) {
      return Optional.empty();
    }
    return resolve(EntityType.ORGANISATION, organisation)
        .map(id -> entities.get(EntityType.ORGANISATION).get(id))
        .map(Entity::sourceKind);
  }

  /** A display name for an id, or the id itself. */
  public String nameOf(EntityType type, String id) {
    Entity e = entities.get(type).get(id);
    return e == null ? id : e.name();
  }

  private void indexNames(
      EntityType type, String id, String country, String name, List<String> aliases) {
    NameIndex names = index.get(type);
    names.add(id, id);
    List<String> spellings = new ArrayList<>(List.of(name));
    spellings.addAll(aliases);
    for (String s : spellings) {
      names.add(id, s);
      if (type == EntityType.LAW) {
        laws.add(id, country, s);
      }
    }
  }

  private static Entity mergeNames(Entity a, Entity b) {
    List<String> aliases = new ArrayList<>(a.aliases());
    for (String s : union(List.of(b.name()), b.aliases())) {
      if (!s.equals(a.name()) && !aliases.contains(s)) {
        aliases.add(s);
      }
    }
    return new Entity(
        a.id(),
        a.name(),
        aliases,
        union(a.members(), b.members()),
        a.sourceKind() != null ? a.sourceKind() : b.sourceKind(),
        a.country() != null ? a.country() : b.country());
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
