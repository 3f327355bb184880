package org.sunshine.complaint.complaint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param intakeDepartment the department whose clerks accept new complaints; unassigned complaints belong to it
 * @param maxAccessFailures wrong access codes for one tracking number before it is locked
 * @param accessLock how long a tracking number stays locked after too many wrong codes
 */
@ConfigurationProperties("complaint.workflow")
record WorkflowProperties(String intakeDepartment, int maxAccessFailures, Duration accessLock) {

	WorkflowProperties {
		intakeDepartment = (intakeDepartment != null && !intakeDepartment.isBlank()) ? intakeDepartment : "NSFWK";
		maxAccessFailures = (maxAccessFailures > 0) ? maxAccessFailures : 5;
		accessLock = (accessLock != null) ? accessLock : Duration.ofMinutes(15);
	}

}
