package org.sunshine.sms.limit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import com.mongodb.client.result.UpdateResult;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatcher;
import org.sunshine.sms.template.TemplateKind;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** How limits react to the store: a full window refuses and gives back, an unreachable store fails closed for codes only. */
class SendLimiterTest {

	private final ReactiveMongoTemplate mongo = mock(ReactiveMongoTemplate.class);

	private final SendLimiter limiter = new SendLimiter(this.mongo,
			new LimitProperties(new LimitProperties.Window(1, 5, 10), new LimitProperties.Window(0, 0, 20), null),
			Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@Test
	void shouldRefuseAndGiveBackEarlierSlotsWhenLaterWindowIsFull() {
		given(this.mongo.findAndModify(argThat(keyContains(":m:")), any(UpdateDefinition.class),
				any(FindAndModifyOptions.class), eq(MongoLimitStore.Counter.class), eq(MongoLimitStore.COLLECTION)))
			.willReturn(Mono.just(new MongoLimitStore.Counter("k", 1, null)));
		given(this.mongo.findAndModify(argThat(keyContains(":h:")), any(UpdateDefinition.class),
				any(FindAndModifyOptions.class), eq(MongoLimitStore.Counter.class), eq(MongoLimitStore.COLLECTION)))
			.willReturn(Mono.just(new MongoLimitStore.Counter("k", 6, null)));
		given(this.mongo.updateFirst(any(Query.class), any(UpdateDefinition.class), eq(MongoLimitStore.COLLECTION)))
			.willReturn(Mono.just(UpdateResult.acknowledged(1, 1L, null)));

		this.limiter.acquire("h1", TemplateKind.ONE_TIME_CODE, "ONE_TIME_CODE", null)
			.as(StepVerifier::create)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(LimitExceededException.class,
					(limit) -> assertThat(limit.getBody().getProperties()).containsEntry("limit", "per-hour")))
			.verify();
		verify(this.mongo, times(1)).updateFirst(argThat(keyContains(":m:")), any(UpdateDefinition.class),
				eq(MongoLimitStore.COLLECTION));
		// The hour's counter went to 6 of 5: that increment is taken back too.
		verify(this.mongo, times(1)).updateFirst(argThat(keyContains(":h:")), any(UpdateDefinition.class),
				eq(MongoLimitStore.COLLECTION));
		verify(this.mongo, never()).findAndModify(argThat(keyContains(":d:")), any(UpdateDefinition.class),
				any(FindAndModifyOptions.class), eq(MongoLimitStore.Counter.class), eq(MongoLimitStore.COLLECTION));
	}

	@Test
	void shouldFailClosedWhenStoreIsDownForOneTimeCode() {
		storeDown();

		this.limiter.acquire("h1", TemplateKind.ONE_TIME_CODE, "ONE_TIME_CODE", null)
			.as(StepVerifier::create)
			.expectError(LimitUnavailableException.class)
			.verify();
	}

	@Test
	void shouldFailOpenWhenStoreIsDownForNotification() {
		storeDown();

		this.limiter.acquire("h1", TemplateKind.NOTIFICATION, "WARNING_RED", 100)
			.as(StepVerifier::create)
			.expectNextCount(1)
			.verifyComplete();
	}

	private void storeDown() {
		given(this.mongo.findAndModify(any(Query.class), any(UpdateDefinition.class), any(FindAndModifyOptions.class),
				eq(MongoLimitStore.Counter.class), eq(MongoLimitStore.COLLECTION)))
			.willReturn(Mono.error(new DataAccessResourceFailureException("connection refused")));
	}

	private static ArgumentMatcher<Query> keyContains(String part) {
		return (query) -> query != null && String.valueOf(query.getQueryObject().get("_id")).contains(part);
	}

}
