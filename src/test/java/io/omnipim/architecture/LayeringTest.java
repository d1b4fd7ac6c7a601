package io.omnipim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The dependency arrows of STYLE.md, checked on every build so they stay one way. */
class LayeringTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.omnipim");

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("io.omnipim.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.omnipim.catalog..", "io.omnipim.search..",
                        "io.omnipim.bulk..", "io.omnipim.syndication..", "io.omnipim.ui..")
                .allowEmptyShould(true).check(MAIN);
    }

    @Test
    void catalogIgnoresItsConsumers() {
        noClasses().that().resideInAPackage("io.omnipim.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("io.omnipim.search..", "io.omnipim.bulk..",
                        "io.omnipim.syndication..", "io.omnipim.ui..")
                .allowEmptyShould(true).check(MAIN);
    }

    @Test
    void searchAndSyndicationReadTheCatalogOnlyThroughItsReadPackage() {
        noClasses().that().resideInAnyPackage("io.omnipim.search..", "io.omnipim.syndication..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.omnipim.catalog..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("io.omnipim.catalog.read..")))
                .allowEmptyShould(true).check(MAIN);
    }

    @Test
    void theUiUsesServicesAndRecordsNeverEntitiesOrRepositories() {
        noClasses().that().resideInAPackage("io.omnipim.ui..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("io.omnipim.ui..")
                        .and(JavaClass.Predicates.simpleNameEndingWith("Repository")
                                .or(JavaClass.Predicates.belongToAnyOf(io.omnipim.platform.security.PimUser.class,
                                        io.omnipim.platform.security.ApiConnection.class))
                                .or(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
                                        .annotatedWith(jakarta.persistence.Entity.class))))
                .allowEmptyShould(true).check(MAIN);
    }

    @Test
    void noFieldInjection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.inject.Inject")
                .allowEmptyShould(true).check(MAIN);
    }
}
