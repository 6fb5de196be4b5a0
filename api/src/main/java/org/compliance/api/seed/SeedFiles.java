package org.compliance.api.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.compliance.exchange.Bundles;
import org.compliance.exchange.DocumentBundle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The seed documents, read at run time: every {@code fixtures/*.json} on the class path (the
 * fixtures module, a run-time dependency only), in file-name order, which is the order they build
 * on each other (ep-2019-..., ep-2021-..., ep-2022-...).
 */
public final class SeedFiles {

  private SeedFiles() {}

  public static List<Resource> files() {
    try {
      return Arrays.stream(
              new PathMatchingResourcePatternResolver(SeedFiles.class.getClassLoader())
                  .getResources("classpath*:fixtures/*.json"))
          .sorted(Comparator.comparing(Resource::getFilename))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<DocumentBundle> bundles() {
    List<DocumentBundle> bundles = new ArrayList<>();
    for (Resource file : files()) {
      try (InputStream in = file.getInputStream()) {
        bundles.add(Bundles.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (bundles.isEmpty()) {
      throw new IllegalStateException("no seed files (fixtures/*.json) on the class path");
    }
    return bundles;
  }
}
