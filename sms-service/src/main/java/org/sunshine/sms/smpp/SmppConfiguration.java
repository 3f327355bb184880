package org.sunshine.sms.smpp;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds to {@code SMPP_HOST} when set; otherwise starts the embedded SMSC on loopback and binds to
 * it. The embedded SMSC's password is {@code SMPP_PASSWORD} when set, else random per start: there
 * is no default password anywhere. A fallback SMSC ({@code SMPP_FALLBACK_HOST}, or a second embedded
 * one) is optional.
 */
@Configuration(proxyBeanMethods = false)
class SmppConfiguration {

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final String NO_HOST = "'${sunshine.sms.smpp.host:}'.isBlank()";

	private static final String EMBEDDED_FALLBACK = "'${sunshine.sms.fallback.host:}'.isBlank() and ${sunshine.sms.fallback.embedded:false}";

	private static final String ANY_FALLBACK = "!'${sunshine.sms.fallback.host:}'.isBlank() or ${sunshine.sms.fallback.embedded:false}";

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression(NO_HOST)
	EmbeddedSmsc embeddedSmsc(SmppProperties smpp, EmbeddedSmscProperties properties, Clock clock) throws IOException {
		return EmbeddedSmsc.start(properties, smpp.systemId(), passwordOrRandom(smpp.password()), clock);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression(EMBEDDED_FALLBACK)
	EmbeddedSmsc fallbackSmsc(FallbackProperties fallback, EmbeddedSmscProperties properties, Clock clock)
			throws IOException {
		EmbeddedSmscProperties anyPort = new EmbeddedSmscProperties(0, properties.failureRate(),
				properties.failureStatus(), properties.latency(), properties.receiptDelay(), properties.history());
		return EmbeddedSmsc.start(anyPort, fallback.systemId(), passwordOrRandom(fallback.password()), clock);
	}

	/** What the embedded SMSC saw, for the bench: segments, duplicates (must stay 0) and injected failures. */
	@Bean
	@ConditionalOnExpression(NO_HOST)
	MeterBinder embeddedSmscMetrics(@Qualifier("embeddedSmsc") ObjectProvider<EmbeddedSmsc> embedded) {
		return (registry) -> embedded.ifAvailable((smsc) -> {
			Gauge.builder("sms.smsc.embedded.segments", smsc, EmbeddedSmsc::receivedCount).register(registry);
			Gauge.builder("sms.smsc.embedded.duplicate.segments", smsc, EmbeddedSmsc::duplicateSegments)
				.register(registry);
			Gauge.builder("sms.smsc.embedded.injected.failures", smsc, EmbeddedSmsc::injectedFailures)
				.register(registry);
		});
	}

	@Bean
	SmppClient smppClient(SmppProperties smpp, @Qualifier("embeddedSmsc") ObjectProvider<EmbeddedSmsc> embedded,
			Clock clock) {
		EmbeddedSmsc smsc = embedded.getIfAvailable();
		SmscEndpoint endpoint;
		if (smsc != null) {
			endpoint = smsc.endpoint();
		}
		else {
			requirePassword(smpp.password(), "SMPP_HOST is set, so SMPP_PASSWORD must be set too");
			endpoint = new SmscEndpoint(smpp.host(), smpp.port(), smpp.systemId(), smpp.password(), false);
		}
		return new SmppClient("primary", endpoint, smpp, clock);
	}

	@Bean
	@ConditionalOnExpression(ANY_FALLBACK)
	SmppClient fallbackSmppClient(SmppProperties smpp, FallbackProperties fallback,
			@Qualifier("fallbackSmsc") ObjectProvider<EmbeddedSmsc> embedded, Clock clock) {
		EmbeddedSmsc smsc = embedded.getIfAvailable();
		SmscEndpoint endpoint;
		if (smsc != null) {
			endpoint = smsc.endpoint();
		}
		else {
			requirePassword(fallback.password(), "SMPP_FALLBACK_HOST is set, so SMPP_FALLBACK_PASSWORD must be set too");
			endpoint = new SmscEndpoint(fallback.host(), fallback.port(), fallback.systemId(), fallback.password(), false);
		}
		return new SmppClient("fallback", endpoint, smpp, clock);
	}

	@Bean
	SmppGateway smppGateway(@Qualifier("smppClient") SmppClient primary,
			@Qualifier("fallbackSmppClient") ObjectProvider<SmppClient> fallback) {
		return new SmppGateway(primary, fallback.getIfAvailable());
	}

	@Bean
	SmppHealthIndicator smppHealthIndicator(SmppGateway gateway) {
		return new SmppHealthIndicator(gateway.clients());
	}

	private static void requirePassword(String password, String message) {
		if (password == null || password.isBlank()) {
			throw new IllegalStateException(message);
		}
	}

	/** SMPP 3.4 passwords have at most 8 characters. */
	private static String passwordOrRandom(String configured) {
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

}
