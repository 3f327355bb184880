package org.sunshine.search;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.sunshine.defaults.architecture.ServiceArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules every service keeps (service-defaults) and this service's own. */
@AnalyzeClasses(packages = "org.sunshine.search", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

	/** The embedded node and the engine client stay behind the index feature. */
	@ArchTest
	static final ArchRule onlyTheIndexFeatureStartsTheNode = noClasses().that()
			.resideOutsideOfPackages("org.sunshine.search.index..").should()
			.dependOnClassesThat().resideInAnyPackage("org.elasticsearch.node..");

	@ArchTest
	static final ArchRule searchPackagesNeverParseQueryStrings = noClasses().should()
			.dependOnClassesThat().haveSimpleNameEndingWith("QueryStringQuery");
}
