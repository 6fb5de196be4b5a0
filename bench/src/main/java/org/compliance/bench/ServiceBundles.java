package org.compliance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compliance.bench.synthetic.Shape;
import org.compliance.bench.synthetic.SyntheticData;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.TargetType;
import org.compliance.exchange.Bundles;
import org.compliance.exchange.DocumentBundle;
import org.compliance.registry.EntityType;

/**
 * One synthetic country ({@link Shape#country}) as seed files the service loads on its first start
 * beside the fixtures: {@code <dir>/fixtures/zz-synthetic-N.json}, one per document, the first with
 * the registry and every evidence item. Start the service's jar with {@code -Dloader.path=<dir>}
 * (PropertiesLauncher) on a fresh data directory to measure it at country scale. Prints what a
 * what-if there names.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.compliance.bench.ServiceBundles <dir> [seed]};
 * seed 42 by default.
 */
public final class ServiceBundles {

  private ServiceBundles() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve("fixtures");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
    SyntheticData.Generated data = SyntheticData.generate(Shape.country(seed));
    var registry = data.catalogue().registry();
    Files.createDirectories(dir);
    List<Document> documents = data.catalogue().documents();
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      DocumentBundle.Entities entities =
          i == 0
              ? new DocumentBundle.Entities(
                  new ArrayList<>(registry.all(EntityType.PERSON)),
                  new ArrayList<>(registry.all(EntityType.LAW)),
                  new ArrayList<>(registry.all(EntityType.ORGANISATION)),
                  new ArrayList<>(registry.practices()))
              : null;
      DocumentBundle b =
          new DocumentBundle(
              d,
              entities,
              data.catalogue().recommendationsOf(d.id()),
              i == 0 ? data.evidence() : List.of(),
              i == 0 ? registry.politicalPrisoners() : List.of());
      Files.write(
          dir.resolve("zz-synthetic-" + (i + 1) + ".json"), Bundles.mapper().writeValueAsBytes(b));
    }
    // Names a what-if can reach: a person asked to be released, a law asked to be amended.
    String person = target(data, RequirementKind.RELEASE, TargetType.PERSON, EntityType.PERSON);
    String law = target(data, RequirementKind.AMEND_LAW, TargetType.LAW, EntityType.LAW);
    System.out.printf(
        "%d documents (first %s), %d recommendations, %d items, country %s; a person: %s; a law: %s%n",
        documents.size(),
        documents.get(0).id(),
        data.catalogue().recommendations().size(),
        data.evidence().size(),
        data.countries().get(0),
        person,
        law);
  }

  private static String target(
      SyntheticData.Generated data, RequirementKind kind, TargetType type, EntityType entity) {
    return data.catalogue().recommendations().stream()
        .flatMap(r -> r.requirements().stream())
        .filter(q -> q.kind() == kind)
        .flatMap(q -> q.targets().stream())
        .filter(t -> t.type() == type)
        .findFirst()
        .map(t -> data.catalogue().registry().nameOf(entity, t.ref()))
        .orElseThrow();
  }
}
