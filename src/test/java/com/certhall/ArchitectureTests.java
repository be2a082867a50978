package com.certhall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What Spring Modulith's verification ({@link ModularityTests}) cannot see: where Bouncy Castle may be used, that
 * domain code knows nothing of the web, that persistence types stay inside their package, and that time comes from
 * the injected {@link java.time.Clock}. The rules are those of docs/architecture.md, "Guardrails". Plain ArchUnit
 * over the compiled classes: no application context.
 */
class ArchitectureTests {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.certhall");

    @Test
    void onlyPkiUsesBouncyCastle() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("com.certhall.pki..")
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .because("the CA core is the only place that builds or parses certificates, CRLs and OCSP answers");
        rule.check(MAIN);
    }

    @Test
    void domainKnowsNothingOfTheWeb() {
        ArchRule rule = noClasses().that().resideInAPackage("com.certhall..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.certhall..web..", "com.certhall..rest..", "org.springframework.web..")
                .because("pages and the JSON API call the domain, never the other way round");
        rule.check(MAIN);
    }

    @Test
    void repositoriesAreNotPublic() {
        ArchRule rule = classes().that().areInterfaces().and().areAssignableTo(Repository.class)
                .should().notBePublic()
                .because("a repository is used by the code next to it; other packages go through its service");
        rule.check(MAIN);
    }

    @Test
    void entitiesAreNotPublic() {
        ArchRule rule = classes().that().areAnnotatedWith(Entity.class)
                .should().notBePublic()
                .because("other packages see records (views, commands), never a managed entity");
        rule.check(MAIN);
    }

    /**
     * One exception: {@code shared.ResidentIdNumber} checks in its constructor that the birth date is not in the
     * future (GB 11643-1999); a value type has no clock to be given, and no business rule depends on that day.
     */
    @Test
    void timeComesFromTheInjectedClock() {
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName("com.certhall.shared.ResidentIdNumber")
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time in rules (72 h deposits, renewal windows, CRL nextUpdate) must be testable with a "
                        + "fixed java.time.Clock");
        rule.check(MAIN);
    }

    @Test
    void siteFactsComeFromSiteProperties() {
        ArchRule rule = classes().should(notReadTheSiteByPlaceholder())
                .because("certhall.site.* is read through one typed record, shared.SiteProperties "
                        + "(docs/configuration.md)");
        rule.check(MAIN);
    }

    private static ArchCondition<JavaClass> notReadTheSiteByPlaceholder() {
        return new ArchCondition<>("not read certhall.site.* with @Value") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<HasAnnotations<?>> annotated = new ArrayList<>(type.getFields());
                type.getCodeUnits().forEach(unit -> {
                    annotated.add(unit);
                    annotated.addAll(unit.getParameters());
                });
                annotated.stream()
                        .filter(element -> element.tryGetAnnotationOfType(Value.class)
                                .filter(value -> value.value().contains("certhall.site.")).isPresent())
                        .forEach(element -> events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " reads certhall.site.* by placeholder in " + element)));
            }
        };
    }

    @Test
    void pagesAndApisAreNamedSo() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().haveSimpleNameEndingWith("Pages")
                .because("Thymeleaf controllers are XxxPages, JSON controllers XxxApi (docs/development.md)")
                .check(MAIN);
        classes().that().areAnnotatedWith(RestController.class)
                .should().haveSimpleNameEndingWith("Api")
                .because("Thymeleaf controllers are XxxPages, JSON controllers XxxApi (docs/development.md)")
                .check(MAIN);
    }

    @Test
    void refusalsAreMappedOnceInTheShell() {
        classes().that().areAnnotatedWith(ControllerAdvice.class).or().areAnnotatedWith(RestControllerAdvice.class)
                .should().resideInAPackage("com.certhall.web")
                .because("one advice answers pages and one the JSON API; pages that can say more catch the refusal")
                .check(MAIN);
    }
}
