package org.sunshine.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.sunshine.search", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresHaveNoCycles = slices().matching("org.sunshine.search.(*)..").should()
			.beFreeOfCycles();

	@ArchTest
	static final ArchRule mainCodeNeverBlocks = noClasses().should().callMethodWhere(
			com.tngtech.archunit.base.DescribedPredicate.describe("a block* method of Reactor",
					call -> call.getTarget().getOwner().getPackageName().startsWith("reactor.core.publisher")
							&& call.getTarget().getName().startsWith("block")));

	@ArchTest
	static final ArchRule timeComesFromAClock = noClasses().should().callMethodWhere(
			com.tngtech.archunit.base.DescribedPredicate.describe("now() without a Clock",
					call -> call.getTarget().getOwner().getPackageName().equals("java.time")
							&& call.getTarget().getName().equals("now")
							&& call.getTarget().getRawParameterTypes().isEmpty()));

	@ArchTest
	static final ArchRule controllersAreNotPublic = classes().that().areAnnotatedWith(RestController.class)
			.should().notBePublic();

	/** The embedded node and the engine client stay behind the index feature. */
	@ArchTest
	static final ArchRule onlyTheIndexFeatureStartsTheNode = noClasses().that()
			.resideOutsideOfPackages("org.sunshine.search.index..").should()
			.dependOnClassesThat().resideInAnyPackage("org.elasticsearch.node..");

	@ArchTest
	static final ArchRule searchPackagesNeverParseQueryStrings = noClasses().should()
			.dependOnClassesThat().haveSimpleNameEndingWith("QueryStringQuery");
}
