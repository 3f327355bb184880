package org.sunshine.defaults.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of STYLE.md part 3 that hold for every service, shipped in service-defaults' test jar.
 * A service's {@code ArchitectureTest} includes them with
 * {@code @ArchTest static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);}
 * and adds its own.
 */
public final class ServiceArchitectureRules {

	private ServiceArchitectureRules() {
	}

	/** Features ({@code org.sunshine.<service>.<feature>}) may use each other, but never in a circle. */
	@ArchTest
	public static final ArchRule featureSlicesHaveNoCycles = slices().matching("org.sunshine.*.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	public static final ArchRule controllersAreNotPublic = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic()
		.because("a controller is an entry point, not an API for other features");

	@ArchTest
	public static final ArchRule mainCodeNeverBlocks = noClasses().should()
		.callMethodWhere(DescribedPredicate.describe("a block* method of Reactor",
				(JavaCall<?> call) -> call.getTarget().getOwner().getPackageName().startsWith("reactor.core.publisher")
						&& call.getTarget().getName().startsWith("block")))
		.because("a reactive service never blocks its event loop");

	/** The zero-argument now() reads the system clock; now(Clock) is how time is injected. */
	@ArchTest
	public static final ArchRule timeComesFromTheClock = noClasses().should()
		.callMethodWhere(DescribedPredicate.describe("now() without a Clock",
				(JavaCall<?> call) -> call.getTarget().getOwner().getPackageName().equals("java.time")
						&& call.getTarget().getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty()))
		.because("time is injected: use the Clock bean");

}
