package org.sunshine.complaint.notification;

import java.time.Clock;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.sunshine.complaint.privacy.PersonalDataCipher;
import org.sunshine.complaint.system.RepeatingPass;
import org.sunshine.defaults.security.SecurityProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/** Wiring of the SMS relay: sms-service and the gateway's token endpoint, both through the registry. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	static final String BREAKER = "sms-service";

	/**
	 * Resolves {@code http://sms-service} and {@code http://gateway} through the registry. Not a default
	 * candidate, so it does not replace the application's plain builder.
	 */
	@Bean(defaultCandidate = false)
	@LoadBalanced
	WebClient.Builder notificationWebClientBuilder(ObjectProvider<WebClientCustomizer> customizers) {
		WebClient.Builder builder = WebClient.builder();
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/**
	 * The breaker opens on an sms-service that keeps failing even at a low rate (the library waits for 100
	 * calls); its time limit leaves the client's own timeout to fire first.
	 */
	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> smsServiceBreaker(NotificationProperties properties) {
		return (factory) -> factory.configure((builder) -> builder
			.circuitBreakerConfig(CircuitBreakerConfig.custom()
				.slidingWindowSize(10)
				.minimumNumberOfCalls(5)
				.failureRateThreshold(50)
				.waitDurationInOpenState(properties.breakerOpenFor())
				.permittedNumberOfCallsInHalfOpenState(1)
				.build())
			.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeout().plus(Duration.ofSeconds(1))).build()),
				BREAKER);
	}

	@Bean
	OutboxQueue outboxQueue() {
		return new OutboxQueue();
	}

	@Bean
	SmsRelay smsRelay(NotificationProperties properties, SecurityProperties security, ReactiveMongoTemplate mongo,
			PersonalDataCipher cipher, OutboxQueue queue,
			Clock clock, @LoadBalanced ObjectProvider<WebClient.Builder> loadBalanced,
			ObjectProvider<WebClient.Builder> plain, ReactiveCircuitBreakerFactory<?, ?> breakers) {
		WebClient web = (properties.loadBalanced() ? loadBalanced.getObject() : plain.getObject()).clone().build();
		SmsClient sms = new SmsClient(web, properties.smsUri(), properties.timeout(), breakers.create(BREAKER));
		// With an OpenID provider the SERVICE token comes from its token endpoint, a host and not a registry name.
		WebClient tokens = security.federated() ? plain.getObject().clone().build() : web;
		return new SmsRelay(mongo, sms, new ServiceTokenClient(tokens, properties, clock), cipher, properties, queue, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "complaint.notification.relay-enabled", havingValue = "true", matchIfMissing = true)
	RepeatingPass relaySchedule(SmsRelay relay, NotificationProperties properties) {
		return new RepeatingPass("SMS relay pass", relay::pass, properties.pollInterval());
	}

}
