package org.papernotes.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of DESIGN.md: {@code ui} and {@code cli} on top; the use cases both offer ({@code workflow}) below
 * them; then {@code store}, {@code blog}, {@code bibliography}, {@code git}, {@code images} and {@code markdown}, which know nothing
 * of each other except that {@code blog} reads notes with {@code markdown}; {@code model} at the bottom.
 * {@code bibliography} and {@code git} may be absent (optional layers).
 */
@AnalyzeClasses(packages = "org.papernotes", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("UI").definedBy("org.papernotes.ui..")
            .layer("CLI").definedBy("org.papernotes.cli..")
            .layer("Workflow").definedBy("org.papernotes.workflow..")
            .layer("Store").definedBy("org.papernotes.store..")
            .layer("Blog").definedBy("org.papernotes.blog..")
            .layer("Bibliography").definedBy("org.papernotes.bibliography..")
            .layer("Git").definedBy("org.papernotes.git..")
            .layer("Images").definedBy("org.papernotes.images..")
            .layer("Markdown").definedBy("org.papernotes.markdown..")
            .layer("Model").definedBy("org.papernotes.model..")
            .whereLayer("UI").mayNotBeAccessedByAnyLayer()
            .whereLayer("CLI").mayNotBeAccessedByAnyLayer()
            .whereLayer("Workflow").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("UI", "CLI", "Workflow")
            .whereLayer("Blog").mayOnlyBeAccessedByLayers("UI", "CLI", "Workflow")
            .whereLayer("Bibliography").mayOnlyBeAccessedByLayers("UI", "CLI", "Workflow")
            .whereLayer("Git").mayOnlyBeAccessedByLayers("UI", "CLI", "Workflow")
            .whereLayer("Images").mayOnlyBeAccessedByLayers("UI", "CLI", "Workflow")
            .whereLayer("Markdown").mayOnlyBeAccessedByLayers("UI", "CLI", "Workflow", "Blog")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("UI", "CLI", "Workflow", "Store", "Blog", "Bibliography",
                    "Git", "Images", "Markdown");

    @ArchTest
    static final ArchRule javafxSceneOnlyInUi = noClasses()
            .that().resideOutsideOfPackage("org.papernotes.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule noJavafxBelowUi = noClasses()
            .that().resideInAnyPackage("org.papernotes.model..", "org.papernotes.store..", "org.papernotes.markdown..",
                    "org.papernotes.blog..", "org.papernotes.cli..", "org.papernotes.workflow..",
                    "org.papernotes.bibliography..", "org.papernotes.git..", "org.papernotes.images..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule noSystemOutOutsideCli = noClasses()
            .that().resideOutsideOfPackages("org.papernotes.cli..")
            .and().doNotHaveSimpleName("Launcher")
            .should().accessField(System.class, "out");
}
