package org.sunshine.defaults.audit;

import java.time.Clock;

import org.sunshine.defaults.ServiceDefaultsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Every service that stores data keeps an audit trail of staff actions in its own database
 * (collection {@code audit_trail}); services add explicit events, such as a read of an informant's
 * identity, through the {@link AuditTrail} bean.
 */
@AutoConfiguration(after = ServiceDefaultsAutoConfiguration.class,
		afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration")
@ConditionalOnClass(ReactiveMongoOperations.class)
@ConditionalOnBean(ReactiveMongoOperations.class)
@ConditionalOnProperty(name = "sunshine.audit.enabled", matchIfMissing = true)
public class AuditAutoConfiguration {

	@Bean
	AuditTrail auditTrail(ReactiveMongoOperations mongo, Clock clock) {
		return new AuditTrail(mongo, clock);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	StaffActionAuditFilter staffActionAuditFilter(AuditTrail trail) {
		return new StaffActionAuditFilter(trail);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	RouterFunction<ServerResponse> auditRoutes(AuditTrail trail) {
		return AuditEndpoints.routes(trail);
	}

}
