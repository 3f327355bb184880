package org.sunshine.complaint.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /internal/sms} of sms-service. The call is idempotent (the outbox entry id is the idempotency
 * key), so a send that timed out may simply be sent again.
 */
final class SmsClient {

	private static final int MAX_DETAIL = 300;

	private final WebClient web;

	private final URI endpoint;

	private final Duration timeout;

	private final ReactiveCircuitBreaker breaker;

	/** {@code breaker} may be {@code null} (no breaker). */
	SmsClient(WebClient web, URI smsUri, Duration timeout, ReactiveCircuitBreaker breaker) {
		this.web = web;
		this.endpoint = UriComponentsBuilder.fromUri(smsUri).path("/internal/sms").build().toUri();
		this.timeout = timeout;
		this.breaker = breaker;
	}

	Mono<Outcome> send(SendSmsRequest request, String token) {
		Mono<Outcome> call = this.web.post()
			.uri(this.endpoint)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(request)
			.exchangeToMono((response) -> response.bodyToMono(String.class)
				.defaultIfEmpty("")
				.map((body) -> outcome(response.statusCode(), body)))
			.timeout(this.timeout)
			// A 5xx is a failure of sms-service: raised inside the breaker so that it counts, mapped back below.
			.flatMap((outcome) -> (outcome.status() >= 500) ? Mono.error(new ServerFailure(outcome)) : Mono.just(outcome));
		Mono<Outcome> guarded = (this.breaker != null) ? this.breaker.run(call, Mono::error) : call;
		return guarded.onErrorResume(ServerFailure.class, (failure) -> Mono.just(failure.outcome))
			.onErrorResume((ex) -> Mono.just(Outcome.transientFailure(0, ex.getClass().getSimpleName())));
	}

	/** A 5xx answer, carried through the circuit breaker as an error. */
	private static final class ServerFailure extends RuntimeException {

		private final transient Outcome outcome;

		ServerFailure(Outcome outcome) {
			super("sms-service answered " + outcome.status(), null, false, false);
			this.outcome = outcome;
		}

	}

	/** 2xx done (200: sms-service had it already); 4xx but 401/403/408/429 permanent; anything else retried. */
	static Outcome outcome(HttpStatusCode status, String body) {
		int code = status.value();
		if (status.is2xxSuccessful()) {
			return new Outcome(Outcome.Kind.SENT, code, null);
		}
		String detail = (body.length() > MAX_DETAIL) ? body.substring(0, MAX_DETAIL) : body;
		if (code == HttpStatus.UNAUTHORIZED.value()) {
			return new Outcome(Outcome.Kind.UNAUTHORIZED, code, detail);
		}
		if (status.is4xxClientError() && code != HttpStatus.FORBIDDEN.value()
				&& code != HttpStatus.REQUEST_TIMEOUT.value() && code != HttpStatus.TOO_MANY_REQUESTS.value()) {
			return new Outcome(Outcome.Kind.PERMANENT_FAILURE, code, detail);
		}
		return Outcome.transientFailure(code, detail);
	}

	/**
	 * The body sms-service expects. {@link #toString()} masks the phone so a log line never shows it.
	 */
	record SendSmsRequest(String template, String phone, Map<String, String> params, String priority,
			String idempotencyKey) {

		@Override
		public String toString() {
			return "SendSmsRequest[template=" + this.template + ", priority=" + this.priority + ", idempotencyKey="
					+ this.idempotencyKey + "]";
		}

	}

	/**
	 * @param kind what to do with the entry
	 * @param status HTTP status, 0 when none came back
	 * @param detail why it failed (sms-service's problem, or the exception type)
	 */
	record Outcome(Kind kind, int status, String detail) {

		static Outcome transientFailure(int status, String detail) {
			return new Outcome(Kind.TRANSIENT_FAILURE, status, detail);
		}

		enum Kind {

			SENT, PERMANENT_FAILURE, TRANSIENT_FAILURE, UNAUTHORIZED

		}

	}

}
