package io.omnipim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

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

    /** One package per channel type (STYLE.md "Our layout"). */
    private static final List<String> CHANNELS = List.of("io.omnipim.syndication.google..",
            "io.omnipim.syndication.meta..", "io.omnipim.syndication.amazon..", "io.omnipim.syndication.idealo..",
            "io.omnipim.syndication.appfeed..", "io.omnipim.syndication.webhook..");

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
    void syndicationCoreFindsChannelTypesWithoutImportingThem() {
        noClasses().that().resideInAPackage("io.omnipim.syndication.core..")
                .should().dependOnClassesThat().resideInAnyPackage(CHANNELS.toArray(new String[0]))
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
    void channelPackagesDoNotImportEachOther() {
        for (String channel : CHANNELS) {
            String[] others = CHANNELS.stream().filter(c -> !c.equals(channel)).toArray(String[]::new);
            noClasses().that().resideInAPackage(channel).should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true).check(MAIN);
        }
    }

    @Test
    void noFieldInjection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.inject.Inject")
                .allowEmptyShould(true).check(MAIN);
    }
}
