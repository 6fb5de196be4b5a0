package org.compliance.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/**
 * The compiled scoring rules and the version that identifies them: the rules module's release
 * version plus a digest of its rule resources (DRL files and decision tables), so an assessment's
 * seal changes whenever a rule or a number of the methodology does. Build it once at start-up (a
 * broken rule then fails the start) and share it: it is thread-safe.
 */
public record RuleBase(KieBase kieBase, String version) {

  private static final String KIE_BASE = "scoring";
  private static final List<String> RULE_RESOURCES =
      List.of(".drl", ".xls", ".xlsx", ".csv", ".dsl", ".dslr");

  /** The rules module found through this class loader; fails if it is not there. */
  public static RuleBase fromClasspath(ClassLoader classLoader) {
    KieContainer container = KieServices.get().newKieClasspathContainer(classLoader);
    KieBase kieBase = container.getKieBase(KIE_BASE);
    return new RuleBase(kieBase, release(classLoader) + "+" + digest(container));
  }

  private static String release(ClassLoader classLoader) {
    try (InputStream in = classLoader.getResourceAsStream("META-INF/compliance-rules.properties")) {
      if (in == null) {
        throw new IllegalStateException("the rules module is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** First 12 hex digits of SHA-256 over the rule resources' names and bytes, in name order. */
  private static String digest(KieContainer container) {
    InternalKieModule module =
        (InternalKieModule) ((KieContainerImpl) container).getKieModuleForKBase(KIE_BASE);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      module.getFileNames().stream()
          .filter(n -> RULE_RESOURCES.stream().anyMatch(n::endsWith))
          .sorted()
          .forEach(
              n -> {
                sha.update(n.getBytes(StandardCharsets.UTF_8));
                sha.update(module.getBytes(n));
              });
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
