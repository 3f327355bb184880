package org.sunshine.complaint.warning;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** STYLE.md: warning grading is plain Java like the deadline engine it builds on. Fail-on-empty stays on. */
@AnalyzeClasses(packages = "org.sunshine.complaint.warning", importOptions = ImportOption.DoNotIncludeTests.class)
class WarningArchitectureTest {

	@ArchTest
	static final ArchRule gradingIsPlainJava = noClasses().that()
		.haveSimpleNameStartingWith("WarningGrader")
		.or()
		.haveSimpleName("Grade")
		.or()
		.haveSimpleNameStartingWith("StaffDirectory")
		.or()
		.haveSimpleName("Recipient")
		.or()
		.haveSimpleName("WarningLevel")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "org.bson..", "com.mongodb..")
		.because("who is warned, and when, must not depend on a framework or a store");

}
