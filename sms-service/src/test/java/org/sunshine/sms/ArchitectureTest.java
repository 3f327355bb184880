package org.sunshine.sms;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.reactivestreams.Publisher;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.sunshine.sms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featureSlicesHaveNoCycles = slices().matching("org.sunshine.sms.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule timeComesFromTheClock = noClasses().should()
		.callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time")))))
		.because("time is injected: use the Clock bean");

	@ArchTest
	static final ArchRule mainCodeNeverBlocks = noClasses().should()
		.callMethodWhere(DescribedPredicate.<JavaCall<?>>and(target(nameStartingWith("block")),
				target(owner(assignableTo(Publisher.class)))))
		.because("blocking calls run on boundedElastic, never by block()");

	@ArchTest
	static final ArchRule controllersAreNotPublic = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notHaveModifier(JavaModifier.PUBLIC);

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
