package org.itaboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/**
 * The layering rules of DEVELOPERS.md: package by feature, each with domain, service and ui; views
 * call services, never repositories; services never know views; the domain knows neither.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.itaboard");
    }

    @Test
    void viewsDoNotUseRepositories() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call services, which own transactions and authorisation");
        rule.check(classes);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void domainKnowsNeitherServicesNorViews() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void servicesLiveInServicePackages() {
        classes().that().areAnnotatedWith(Service.class).should().resideInAPackage("..service..").check(classes);
    }

    @Test
    void repositoriesLiveInDomainPackages() {
        classes().that().areAssignableTo(Repository.class).should().resideInAPackage("..domain..").check(classes);
    }

    @Test
    void everyClassBelongsToALayerOfAFeature() {
        classes().that().resideOutsideOfPackage("org.itaboard")
                .should().resideInAnyPackage("org.itaboard.*.domain..", "org.itaboard.*.service..",
                        "org.itaboard.*.ui..", "org.itaboard.*.api..", "org.itaboard.security")
                .check(classes);
    }

    @Test
    void featuresDependOnEachOtherInOneDirectionOnly() {
        slices().matching("org.itaboard.(*)..").should().beFreeOfCycles().check(classes);
    }
}
