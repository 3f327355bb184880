package org.sunshine.complaint;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.sunshine.defaults.architecture.ServiceArchitectureRules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service keeps (service-defaults' {@link ServiceArchitectureRules}) and this
 * service's own. Fail-on-empty stays on.
 */
@AnalyzeClasses(packages = "org.sunshine.complaint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

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
