package org.papernotes.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md: ui and cli on top, then store/markdown/blog, then model. */
@AnalyzeClasses(packages = "org.papernotes", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule javafxSceneOnlyInUi = noClasses()
            .that().resideOutsideOfPackage("org.papernotes.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule noJavafxBelowUi = noClasses()
            .that().resideInAnyPackage("org.papernotes.model..", "org.papernotes.store..", "org.papernotes.markdown..",
                    "org.papernotes.blog..", "org.papernotes.cli..", "org.papernotes.git..", "org.papernotes.workflow..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.papernotes.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.papernotes.store..", "org.papernotes.markdown..",
                    "org.papernotes.blog..", "org.papernotes.cli..", "org.papernotes.ui..");

    @ArchTest
    static final ArchRule lowerLayersDoNotUseUiOrCli = noClasses()
            .that().resideInAnyPackage("org.papernotes.store..", "org.papernotes.markdown..", "org.papernotes.blog..")
            .should().dependOnClassesThat().resideInAnyPackage("org.papernotes.ui..", "org.papernotes.cli..");

    /** git knows repositories, not papers: nothing of ours. */
    @ArchTest
    static final ArchRule gitDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.papernotes.git..")
            .should().dependOnClassesThat().resideInAnyPackage("org.papernotes.model..", "org.papernotes.store..",
                    "org.papernotes.markdown..", "org.papernotes.blog..", "org.papernotes.workflow..",
                    "org.papernotes.cli..", "org.papernotes.ui..");

    @ArchTest
    static final ArchRule workflowsDoNotUseUiOrCli = noClasses()
            .that().resideInAPackage("org.papernotes.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("org.papernotes.ui..", "org.papernotes.cli..");

    @ArchTest
    static final ArchRule uiAndCliStayApart = noClasses()
            .that().resideInAPackage("org.papernotes.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.papernotes.cli..");

    @ArchTest
    static final ArchRule cliDoesNotUseUi = noClasses()
            .that().resideInAPackage("org.papernotes.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.papernotes.ui..");

    @ArchTest
    static final ArchRule storeDoesNotUseBlogOrMarkdown = noClasses()
            .that().resideInAPackage("org.papernotes.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.papernotes.blog..", "org.papernotes.markdown..");

    @ArchTest
    static final ArchRule noSystemOutOutsideCli = noClasses()
            .that().resideOutsideOfPackages("org.papernotes.cli..")
            .and().doNotHaveSimpleName("Launcher")
            .should().accessField(System.class, "out");
}
