package org.compliance.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.compliance.assessment.facts.Context;
import org.compliance.assessment.facts.Contradiction;
import org.compliance.assessment.facts.GroupMember;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.facts.RepealContested;
import org.compliance.assessment.facts.RequirementFact;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * The compiled scoring rules and the version that identifies them: the rules module's release
 * version plus a digest of its rule resources (DRL files and decision tables), so an assessment's
 * seal changes whenever a rule or a number of the methodology does. Build it once at start-up (a
 * broken rule then fails the start) and share it: it is thread-safe.
 */
public record RuleBase(KieBase kieBase, String version, KieBase judging, KieBase concluding) {

  /**
   * The facts a case is made of. A rule that reads nothing else judges each case on its own: its
   * conclusions cannot depend on any other rule's, so it can run before them, in a session of its
   * own ({@link #judging}); every other rule runs afterwards ({@link #concluding}).
   */
  static final Set<Class<?>> CASE_FACTS =
      Set.of(
          Relevant.class,
          RequirementFact.class,
          GroupMember.class,
          Contradiction.class,
          RepealContested.class,
          Context.class);

  /** Only the whole rule base: batch assessments then judge and conclude in one session. */
  public RuleBase(KieBase kieBase, String version) {
    this(kieBase, version, null, null);
  }

  private static final String KIE_BASE = "scoring";
  private static final List<String> RULE_RESOURCES =
      List.of(".drl", ".xls", ".xlsx", ".csv", ".dsl", ".dslr");

  /** The rules module found through this class loader; fails if it is not there. */
  public static RuleBase fromClasspath(ClassLoader classLoader) {
    KieContainer container = KieServices.get().newKieClasspathContainer(classLoader);
    KieBase kieBase = container.getKieBase(KIE_BASE);
    KieBaseConfiguration sequential = KieServices.get().newKieBaseConfiguration();
    if (SEQUENTIAL) {
      sequential.setOption(SequentialOption.YES);
    }
    KieBase judging = container.newKieBase(KIE_BASE, sequential);
    KieBase concluding = container.newKieBase(KIE_BASE, null);
    for (Rule rule : kieBase.getKiePackage(PACKAGE).getRules()) {
      KieBase without = readsOnlyCases((RuleImpl) rule) ? concluding : judging;
      without.removeRule(PACKAGE, rule.getName());
    }
    return new RuleBase(
        kieBase, release(classLoader) + "+" + digest(container), judging, concluding);
  }

  static final boolean SEQUENTIAL = !Boolean.getBoolean("compliance.judging.stateful");
  private static final String PACKAGE = "org.compliance.rules";

  /**
   * Whether every fact the rule reads (in patterns, accumulates, collects, not, exists) is a
   * case's.
   */
  static boolean readsOnlyCases(RuleImpl rule) {
    Set<Class<?>> types = new HashSet<>();
    read(rule.getLhs(), types);
    return !types.isEmpty() && CASE_FACTS.containsAll(types);
  }

  private static void read(RuleConditionElement e, Set<Class<?>> types) {
    if (e instanceof Pattern p) {
      if (p.getSource() == null || p.getSource() instanceof EntryPointId) {
        types.add(p.getObjectType() instanceof ClassObjectType c ? c.getClassType() : Object.class);
      } else {
        // The result of an accumulate or collect: what it reads is its source.
        read(p.getSource(), types);
      }
      return;
    }
    for (RuleConditionElement nested : e.getNestedElements()) {
      read(nested, types);
    }
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
