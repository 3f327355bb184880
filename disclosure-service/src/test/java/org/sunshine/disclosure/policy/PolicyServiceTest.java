package org.sunshine.disclosure.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.sunshine.disclosure.feed.FeedSequence;
import org.sunshine.disclosure.feed.PublicationStatus;
import org.sunshine.disclosure.review.ItemKind;
import org.sunshine.disclosure.review.ItemVersion;
import org.sunshine.disclosure.review.VersionState;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What publishing a new policy writes: one document with its feed sequence, status and number key. */
class PolicyServiceTest {

	/** 2025-06-30 10:00 in Beijing. */
	private static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	private static final ItemVersion VERSION = new ItemVersion("POLICY/p/1", ItemKind.POLICY, "p", 1, null, "t", null,
			VersionState.PUBLISHED, false, List.of(), null, null, null, NOW, NOW, NOW, 0);

	private final PolicyRepository repository = mock(PolicyRepository.class);

	private final FeedSequence sequence = mock(FeedSequence.class);

	private final ReactiveMongoTemplate mongo = mock(ReactiveMongoTemplate.class);

	private final PolicyPublicState publicState = mock(PolicyPublicState.class);

	private final PolicyService service = new PolicyService(this.repository, this.mongo, this.sequence,
			this.publicState, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

	@BeforeEach
	void stubStore() {
		when(this.sequence.next()).thenReturn(Mono.just(42L));
		when(this.repository.insert(any(Policy.class)))
			.thenAnswer((invocation) -> Mono.just(invocation.getArgument(0, Policy.class)));
		// Version 1's record, kept for "as of" reads; its content is not what these tests check.
		when(this.publicState.asVersion(any(Policy.class))).thenReturn(VERSION);
		when(this.mongo.insert(VERSION)).thenReturn(Mono.just(VERSION));
	}

	@Test
	void shouldPublishVersionOneWithTheNextSequenceWhenNew() {
		this.service.publishNew("p-0100", content("湘中税发（2025）7号", null))
			.as(StepVerifier::create)
			.verifyComplete();

		Policy written = written();
		assertThat(written.id()).isEqualTo("p-0100");
		assertThat(written.version()).isEqualTo(1);
		assertThat(written.sequence()).isEqualTo(42L);
		assertThat(written.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(written.publishedAt()).isEqualTo(NOW);
		assertThat(written.docNumberKey()).isEqualTo("湘中税发〔2025〕7号");
	}

	@Test
	void shouldPublishAsRepealedWhenTheRepealDateHasPassed() {
		this.service.publishNew("p-0101", content("湘中税发〔2020〕1号", TODAY.minusYears(1)))
			.as(StepVerifier::create)
			.verifyComplete();

		assertThat(written().status()).isEqualTo(PublicationStatus.REPEALED);
	}

	/**
	 * A policy announced with its expiry (e.g. 执行至2027年12月31日) is in force until then: Validity and the
	 * VALID filter both treat a repeal date still ahead as valid, so the stored status must agree.
	 */
	@Test
	void shouldPublishAsInForceWhenTheRepealDateIsStillAhead() {
		this.service.publishNew("p-0102", content("湘中税发〔2025〕8号", TODAY.plusYears(2)))
			.as(StepVerifier::create)
			.verifyComplete();

		Policy written = written();
		assertThat(written.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(Validity.of(written.status(), written.content(), TODAY)).isEqualTo(Validity.VALID);
	}

	private Policy written() {
		ArgumentCaptor<Policy> captor = ArgumentCaptor.forClass(Policy.class);
		verify(this.repository).insert(captor.capture());
		return captor.getValue();
	}

	private static PolicyContent content(String docNumber, LocalDate repealedOn) {
		return new PolicyContent(docNumber, "关于小微企业所得税优惠政策的公告", "湘中市税务局", "优惠政策", LocalDate.of(2025, 1, 2),
				LocalDate.of(2025, 1, 2), repealedOn, "正文");
	}

}
