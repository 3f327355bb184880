package org.sunshine.complaint.complaint;

import org.sunshine.complaint.deadline.DeadlineCalculator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The workflow's pure rules as a bean, and scheduling for closing unrated replies. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WorkflowConfiguration {

	@Bean
	Workflow workflow(DeadlineCalculator deadlines, WorkflowProperties properties) {
		return new Workflow(deadlines, properties.intakeDepartment());
	}

}
