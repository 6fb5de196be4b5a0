package org.compliance.registry.legal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each country's legal codes, read once from {@code countries/<ISO code>.json} on the class path
 * (the fixtures' files, or a directory added to it, e.g. with {@code -Dloader.path}). A second
 * country needs its file, not code. A country without one has no codes ({@link LegalCodes#none}).
 */
public final class CountryFiles implements Function<String, LegalCodes> {

  private static final CountryFiles CLASS_PATH = new CountryFiles();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Map<String, LegalCodes> read = new ConcurrentHashMap<>();

  private CountryFiles() {}

  /** The files on the class path (cached for the life of the process). */
  public static CountryFiles onClassPath() {
    return CLASS_PATH;
  }

  @Override
  public LegalCodes apply(String country) {
    return country == null ? LegalCodes.none(null) : read.computeIfAbsent(country, this::read);
  }

  private LegalCodes read(String country) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = CountryFiles.class.getClassLoader();
    }
    String path = "countries/" + country + ".json";
    InputStream found = loader.getResourceAsStream(path);
    if (found == null) {
      found = CountryFiles.class.getClassLoader().getResourceAsStream(path);
    }
    if (found == null) {
      return LegalCodes.none(country);
    }
    try (InputStream in = found) {
      CountryFile file = MAPPER.readValue(in, CountryFile.class);
      if (!country.equals(file.country())) {
        throw new IllegalArgumentException(path + " describes " + file.country());
      }
      return file.codes();
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }
}
