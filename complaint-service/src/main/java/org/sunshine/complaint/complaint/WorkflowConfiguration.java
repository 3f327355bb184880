package org.sunshine.complaint.complaint;

import org.sunshine.complaint.deadline.DeadlineCalculator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkflowConfiguration {

	@Bean
	Workflow workflow(DeadlineCalculator deadlines, WorkflowProperties properties) {
		return new Workflow(deadlines, properties.intakeDepartment());
	}

}
