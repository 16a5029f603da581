package org.peerpartners.companion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module directions of ARCHITECTURE.md, checked on the classes themselves (Maven's
 * enforcer checks the poms): bot, scheduler and web never call each other, and the core
 * depends on none of them. Hand-offs go through data in core.
 */
@AnalyzeClasses(packages = "org.peerpartners.companion", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTests {

    private static final String BOT = "org.peerpartners.companion.bot..";
    private static final String SCHEDULER = "org.peerpartners.companion.scheduler..";
    private static final String WEB = "org.peerpartners.companion.web..";

    @ArchTest
    static final ArchRule botStandsAlone = noClasses().that().resideInAPackage(BOT)
            .should().dependOnClassesThat().resideInAnyPackage(SCHEDULER, WEB);

    // The scheduler module has no classes yet; the rule holds as soon as it does.
    @ArchTest
    static final ArchRule schedulerStandsAlone = noClasses().that().resideInAPackage(SCHEDULER)
            .should().dependOnClassesThat().resideInAnyPackage(BOT, WEB)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule webStandsAlone = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(BOT, SCHEDULER);

    @ArchTest
    static final ArchRule coreDependsOnNoOuterModule = noClasses()
            .that().resideInAPackage("org.peerpartners.companion..")
            .and().resideOutsideOfPackages(BOT, SCHEDULER, WEB)
            .should().dependOnClassesThat().resideInAnyPackage(BOT, SCHEDULER, WEB);
}
