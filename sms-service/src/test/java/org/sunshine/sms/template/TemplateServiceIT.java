package org.sunshine.sms.template;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.sms.EmbeddedStore;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Rendering reuses a template read shortly before; edits on this replica apply at once. */
class TemplateServiceIT {

	private static final EmbeddedStore store = new EmbeddedStore();

	private static final Clock clock = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);

	private static final String SEED = """
			templates:
			  - code: NOTICE
			    kind: NOTIFICATION
			    essential: true
			    description: test
			    body: "【阳光税务】旧文本{n}"
			""";

	private final TemplateSeeder seeder = new TemplateSeeder(store.mongo(), clock,
			new ByteArrayResource(SEED.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

	@BeforeEach
	void reseed() {
		store.mongo().remove(new Query(), SmsTemplate.COLLECTION).block(Duration.ofSeconds(10));
	}

	@AfterAll
	static void stop() {
		store.close();
	}

	@Test
	void shouldRenderTheTemplateAsReadWhenAnotherReplicaEditedItWithinTheCacheTime() {
		TemplateService templates = service(Duration.ofHours(1));
		assertThat(text(templates)).isEqualTo("【阳光税务】旧文本1");

		editElsewhere("【阳光税务】新文本{n}");

		assertThat(text(templates)).isEqualTo("【阳光税务】旧文本1");
	}

	@Test
	void shouldRenderTheEditAtOnceWhenThisReplicaMadeIt() {
		TemplateService templates = service(Duration.ofHours(1));
		assertThat(text(templates)).isEqualTo("【阳光税务】旧文本1");

		StepVerifier.create(templates.update("NOTICE",
				new UpdateTemplateRequest("【阳光税务】新文本{n}", true, null, null, 1), "admin"))
			.expectNextMatches((updated) -> updated.version() == 2)
			.verifyComplete();

		StepVerifier.create(templates.render("NOTICE", Map.of("n", "1")))
			.expectNextMatches((rendered) -> rendered.text().equals("【阳光税务】新文本1") && rendered.templateVersion() == 2)
			.verifyComplete();
	}

	@Test
	void shouldRenderAnotherReplicasEditOnceTheCacheTimeIsOver() {
		TemplateService templates = service(Duration.ofMillis(50));
		assertThat(text(templates)).isEqualTo("【阳光税务】旧文本1");

		editElsewhere("【阳光税务】新文本{n}");

		await().atMost(Duration.ofSeconds(10)).until(() -> text(templates).equals("【阳光税务】新文本1"));
	}

	@Test
	void shouldFindATemplateCreatedAfterItsCodeWasAskedFor() {
		TemplateService templates = service(Duration.ofHours(1));
		StepVerifier.create(templates.render("LATER", Map.of())).verifyError(UnknownTemplateException.class);

		StepVerifier.create(templates.create(new CreateTemplateRequest("LATER", "【阳光税务】稍后", TemplateKind.NOTIFICATION,
				false, null, null), "admin"))
			.expectNextCount(1)
			.verifyComplete();

		StepVerifier.create(templates.render("LATER", Map.of()))
			.expectNextMatches((rendered) -> rendered.text().equals("【阳光税务】稍后"))
			.verifyComplete();
	}

	private TemplateService service(Duration cacheFor) {
		return new TemplateService(this.seeder, store.mongo(), clock, cacheFor);
	}

	private static String text(TemplateService templates) {
		return templates.render("NOTICE", Map.of("n", "1")).map(RenderedMessage::text).block(Duration.ofSeconds(10));
	}

	/** What an ADMIN's edit on another replica leaves in the store. */
	private static void editElsewhere(String body) {
		store.mongo()
			.updateFirst(Query.query(Criteria.where("_id").is("NOTICE")), new Update().set("body", body).inc("version", 1),
					SmsTemplate.class)
			.block(Duration.ofSeconds(10));
	}

}
