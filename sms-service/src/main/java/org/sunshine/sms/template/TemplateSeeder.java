package org.sunshine.sms.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.defaults.lifecycle.Once;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the shipped templates ({@code templates.yml}) into {@code sms_templates} at start, inserting
 * only codes not stored yet so an ADMIN's edits survive restarts. Replicas may race: an insert that
 * loses to another replica's is simply ignored. Readers wait on {@link #seeded()} instead of startup
 * blocking on the store.
 */
@Component
class TemplateSeeder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TemplateSeeder.class);

	private final ReactiveMongoTemplate mongo;

	private final Mono<Void> seeded;

	private volatile boolean running;

	@Autowired
	TemplateSeeder(ReactiveMongoTemplate mongo, Clock clock) {
		this(mongo, clock, new ClassPathResource("templates.yml"));
	}

	TemplateSeeder(ReactiveMongoTemplate mongo, Clock clock, Resource resource) {
		this.mongo = mongo;
		List<TemplateSeed> seeds = load(resource);
		this.seeded = Flux.fromIterable(seeds)
			.map((seed) -> new SmsTemplate(seed.code(), 1, seed.body(), seed.kind(), seed.essential(), seed.dailyCap(),
					seed.description(), clock.instant(), "seed", List.of()))
			.concatMap(this::insertIfAbsent)
			.reduce(0, Integer::sum)
			.doOnNext((inserted) -> log.info("Templates ready: {} shipped, {} newly stored", seeds.size(), inserted))
			.then()
			.as(Once::untilSuccess);
	}

	/** Completes once every shipped template is stored. */
	Mono<Void> seeded() {
		return this.seeded;
	}

	private Mono<Integer> insertIfAbsent(SmsTemplate template) {
		return this.mongo.insert(template)
			.thenReturn(1)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(0));
	}

	static List<TemplateSeed> load(Resource resource) {
		try {
			Binder binder = new Binder(
					ConfigurationPropertySources.from(new YamlPropertySourceLoader().load("sms-templates", resource)));
			List<TemplateSeed> seeds = binder.bind("templates", Bindable.listOf(TemplateSeed.class)).orElse(List.of());
			for (TemplateSeed seed : seeds) {
				List<String> problems = TemplateRules.check(seed.body());
				if (seed.code() == null || seed.kind() == null || !problems.isEmpty()) {
					throw new IllegalStateException("Template " + seed.code() + " in " + resource + ": " + problems);
				}
			}
			return seeds;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.seeded.subscribe(null, (ex) -> log.error("Seeding templates failed", ex));
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
