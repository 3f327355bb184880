package org.sunshine.sms.template;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Finds, renders and edits templates. Other features use only {@link #render}. */
@Service
public class TemplateService {

	private final TemplateSeeder seeder;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final Duration cacheFor;

	/** Templates as recently read, for rendering: every message needs one, an edit is rare. */
	private final Map<String, Mono<SmsTemplate>> recent = new ConcurrentHashMap<>();

	TemplateService(TemplateSeeder seeder, ReactiveMongoTemplate mongo, Clock clock,
			@Value("${sunshine.sms.templates.cache-for:5s}") Duration cacheFor) {
		this.seeder = seeder;
		this.mongo = mongo;
		this.clock = clock;
		this.cacheFor = cacheFor;
	}

	/**
	 * Renders the current version of a template.
	 * @throws UnknownTemplateException (as the error signal) for a code that does not exist
	 * @throws TemplateParameterException (as the error signal) for missing, unknown or bad parameters
	 */
	public Mono<RenderedMessage> render(String code, Map<String, String> params) {
		return recent(code).map((template) -> {
			TemplateRenderer.Rendering rendering = TemplateRenderer.render(template.body(), params);
			if (!rendering.ok()) {
				throw new TemplateParameterException(code, rendering.problems());
			}
			return new RenderedMessage(template.code(), template.version(), template.kind(), template.essential(),
					template.dailyCap(), rendering.text());
		});
	}

	/**
	 * The template as read at most {@code cacheFor} ago: an edit here applies at once, an edit on
	 * another replica within that time. An unknown code is not remembered.
	 */
	private Mono<SmsTemplate> recent(String code) {
		if (this.cacheFor.isZero()) {
			return find(code);
		}
		return this.recent
			.computeIfAbsent(code,
					(key) -> find(key).cache((template) -> this.cacheFor, (error) -> Duration.ZERO, () -> Duration.ZERO))
			.doOnError(UnknownTemplateException.class, (ex) -> this.recent.remove(code));
	}

	Mono<SmsTemplate> find(String code) {
		return this.seeder.seeded()
			.then(this.mongo.findById(code, SmsTemplate.class))
			.switchIfEmpty(Mono.error(() -> new UnknownTemplateException(code)));
	}

	Flux<SmsTemplate> all() {
		return this.seeder.seeded().thenMany(this.mongo.find(new Query().with(Sort.by("_id")), SmsTemplate.class));
	}

	/**
	 * Stores a new template as version 1; the insert on the code (the id) is the check, so two ADMINs
	 * creating the same code at once get one template and one conflict.
	 * @throws TemplateExistsException (as the error signal) when the code is taken
	 */
	Mono<SmsTemplate> create(CreateTemplateRequest request, String editor) {
		List<String> problems = TemplateRules.check(request.body());
		if (!problems.isEmpty()) {
			return Mono.error(new InvalidTemplateException(request.code(), problems));
		}
		SmsTemplate template = new SmsTemplate(request.code(), 1, request.body(), request.kind(), request.essential(),
				request.dailyCap(), request.description(), this.clock.instant(), editor, List.of());
		// After seeding, so a shipped code can never be taken by an ADMIN before the seed lands.
		return this.seeder.seeded()
			.then(this.mongo.insert(template))
			.onErrorMap(DuplicateKeyException.class, (ex) -> new TemplateExistsException(request.code()))
			.doOnSuccess((created) -> this.recent.remove(request.code()));
	}

	/**
	 * Replaces a template's text and settings if it is still at {@code expectedVersion}; the replaced
	 * version goes onto the history in the same write.
	 * @throws OptimisticLockingFailureException (as the error signal) when someone edited it meanwhile
	 */
	Mono<SmsTemplate> update(String code, UpdateTemplateRequest request, String editor) {
		List<String> problems = new ArrayList<>(TemplateRules.check(request.body()));
		if (!problems.isEmpty()) {
			return Mono.error(new InvalidTemplateException(code, problems));
		}
		return find(code).flatMap((current) -> {
			if (current.version() != request.version()) {
				return Mono.error(new OptimisticLockingFailureException("Template " + code + " is at version "
						+ current.version() + ", not " + request.version()));
			}
			Query unchanged = Query.query(Criteria.where("_id").is(code).and("version").is(current.version()));
			Update update = new Update().set("body", request.body())
				.set("essential", request.essential())
				.set("dailyCap", request.dailyCap())
				.set("description", (request.description() != null) ? request.description() : current.description())
				.set("updatedAt", this.clock.instant())
				.set("updatedBy", editor)
				.inc("version", 1)
				.push("history", SmsTemplate.Revision.of(current));
			return this.mongo
				.findAndModify(unchanged, update, FindAndModifyOptions.options().returnNew(true), SmsTemplate.class)
				.switchIfEmpty(Mono.error(() -> new OptimisticLockingFailureException(
						"Template " + code + " was edited by someone else")))
				.doOnSuccess((updated) -> this.recent.remove(code));
		});
	}

}
