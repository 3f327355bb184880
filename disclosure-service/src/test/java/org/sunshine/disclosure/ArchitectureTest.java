package org.sunshine.disclosure;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.sunshine.defaults.architecture.ServiceArchitectureRules;

/** The rules every service keeps (service-defaults' {@link ServiceArchitectureRules}). */
@AnalyzeClasses(packages = "org.sunshine.disclosure", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

}
