package org.sunshine.sms;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.sunshine.defaults.architecture.ServiceArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules every service keeps (service-defaults) and this service's own. */
@AnalyzeClasses(packages = "org.sunshine.sms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

	@ArchTest
	static final ArchRule rulesArePlainJava = noClasses().that()
		.haveSimpleName("Ucs2Segmenter")
		.or()
		.haveSimpleName("TemplateRenderer")
		.or()
		.haveSimpleName("TemplateRules")
		.or()
		.haveSimpleName("QuietHours")
		.or()
		.haveSimpleName("PhoneNumber")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..");

}
