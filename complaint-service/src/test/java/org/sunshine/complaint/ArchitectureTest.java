package org.sunshine.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules of STYLE.md part 3 ("Tests"), checked on the main code. Fail-on-empty stays on. */
@AnalyzeClasses(packages = "org.sunshine.complaint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featureSlicesHaveNoCycles = slices().matching("org.sunshine.complaint.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule controllersAreNotPublic = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notHaveModifier(JavaModifier.PUBLIC)
		.because("a controller is an entry point, not an API for other features");

	@ArchTest
	static final ArchRule mainCodeNeverBlocks = noClasses().should()
		.callMethodWhere(target(nameStartingWith("block"))
			.and(target(owner(assignableTo(Mono.class).or(assignableTo(Flux.class))))))
		.because("a reactive service never blocks its event loop");

	/** The zero-argument now() reads the system clock; now(Clock) is how time is injected. */
	@ArchTest
	static final ArchRule timeComesFromTheClock = noClasses().should()
		.callMethod(Instant.class, "now")
		.orShould()
		.callMethod(LocalDate.class, "now")
		.orShould()
		.callMethod(LocalDateTime.class, "now")
		.orShould()
		.callMethod(OffsetDateTime.class, "now")
		.orShould()
		.callMethod(ZonedDateTime.class, "now")
		.because("time is injected: use the Clock bean");

	/**
	 * Deadline and calendar logic is pure Java, tested on real calendars without a context; only the two
	 * classes that wire it into Spring (a configuration and the public calendar controller) may use Spring.
	 */
	@ArchTest
	static final ArchRule deadlineAndCalendarArePlainJava = noClasses().that()
		.resideInAnyPackage("..deadline..", "..calendar..")
		.and(are(not(springWiring())))
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..")
		.because("working-day rules must not depend on a framework");

	/** The calendar's Spring wiring, with any nested or anonymous class inside it. */
	private static DescribedPredicate<JavaClass> springWiring() {
		Set<String> wiring = Set.of("org.sunshine.complaint.calendar.CalendarConfiguration",
				"org.sunshine.complaint.calendar.CalendarController");
		return DescribedPredicate.describe("the calendar's Spring wiring",
				(javaClass) -> wiring.contains(javaClass.getName().split("\\$", 2)[0]));
	}

}
