package org.compliance.api;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import org.compliance.api.web.PageController;
import org.springframework.stereotype.Controller;

/**
 * How the packages of api/ may depend on each other. Each feature package (evidence, assessment,
 * catalogue, entity...) holds its REST controller, its pages and its services; {@code web} is only
 * the plumbing the pages share. Rules are methods, not fields: with -Dtest=ArchitectureTest,
 * Surefire ran no @ArchTest field.
 */
@AnalyzeClasses(
    packages = "org.compliance.api",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String WEB = "org.compliance.api.web..";

  /** One way only: a package never depends, through any path, on a package that depends on it. */
  @ArchTest
  static void packagesAreFreeOfCycles(JavaClasses api) {
    slices().matching("org.compliance.api.(*)..").should().beFreeOfCycles().check(api);
  }

  /** The web plumbing knows no feature: only problem answers, security and the languages. */
  @ArchTest
  static void webPlumbingKnowsNoFeature(JavaClasses api) {
    classes()
        .that()
        .resideInAPackage(WEB)
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("org.compliance.api..")
                .or(
                    resideInAnyPackage(
                        WEB,
                        "org.compliance.api.problem..",
                        "org.compliance.api.security..",
                        "org.compliance.api.language..")))
        .check(api);
  }

  /** Only page controllers use the web plumbing: services, stores and the API do not. */
  @ArchTest
  static void onlyPagesUseTheWebPlumbing(JavaClasses api) {
    noClasses()
        .that()
        .resideOutsideOfPackage(WEB)
        .and()
        .areNotMetaAnnotatedWith(PageController.class)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(WEB)
        .check(api);
  }

  /** A page controller is a @PageController, so a refusal it meets is shown as the error page. */
  @ArchTest
  static void pagesAreMarked(JavaClasses api) {
    noClasses().that().areNotAnnotations().should().beAnnotatedWith(Controller.class).check(api);
  }
}
