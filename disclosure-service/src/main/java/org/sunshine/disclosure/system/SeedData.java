package org.sunshine.disclosure.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.disclosure.catalog.PowerCatalog;
import org.sunshine.disclosure.catalog.PowerCategory;
import org.sunshine.disclosure.catalog.PowerCategoryRepository;
import org.sunshine.disclosure.catalog.PowerItemContent;
import org.sunshine.disclosure.department.Department;
import org.sunshine.disclosure.department.DepartmentRepository;
import org.sunshine.disclosure.policy.PolicyContent;
import org.sunshine.disclosure.policy.PolicyService;
import org.sunshine.disclosure.review.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty store, loads the demo catalog (categories, departments, power items,
 * policies) from {@code seed/*.json} and publishes it, so a newcomer sees a living portal. Each part
 * is seeded only while its collection is empty, so a restart or a second replica adds nothing twice.
 */
@Component
class SeedData {

	private static final Logger log = LoggerFactory.getLogger(SeedData.class);

	private final PowerCategoryRepository categories;

	private final DepartmentRepository departments;

	private final PowerCatalog catalog;

	private final PolicyService policies;

	private final JsonMapper json;

	private final Publisher publisher;

	private final boolean enabled;

	SeedData(PowerCategoryRepository categories, DepartmentRepository departments, PowerCatalog catalog,
			PolicyService policies, JsonMapper json, Publisher publisher,
			@Value("${sunshine.disclosure.seed:true}") boolean enabled) {
		this.categories = categories;
		this.departments = departments;
		this.catalog = catalog;
		this.policies = policies;
		this.json = json;
		this.publisher = publisher;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedOnFirstStart() {
		Mono<Void> seed = this.enabled ? seed() : Mono.empty();
		// After seeding, so the two never race: data published before versions were kept gets its records.
		seed.then(this.publisher.recordMissingVersions())
			.subscribe(null, (error) -> log.error("Seeding the demo catalog failed", error));
	}

	Mono<Void> seed() {
		Mono<Void> seedCategories = whenEmpty(this.categories.count(),
				() -> this.categories.insert(read("seed/categories.json", new TypeReference<List<PowerCategory>>() {
				})).then());
		Mono<Void> seedDepartments = whenEmpty(this.departments.count(),
				() -> this.departments.insert(read("seed/departments.json", new TypeReference<List<Department>>() {
				})).then());
		Mono<Void> seedPowers = whenEmpty(this.catalog.count(),
				() -> Flux.fromIterable(read("seed/power-items.json", new TypeReference<List<PowerItemContent>>() {
				})).concatMap(this.catalog::publishNew).then());
		Mono<Void> seedPolicies = whenEmpty(this.policies.count(),
				() -> Flux.fromIterable(read("seed/policies.json", new TypeReference<List<PolicySeed>>() {
				})).concatMap((seed) -> this.policies.publishNew(seed.id(), seed.content())).then());
		return seedCategories.then(seedDepartments)
			.then(seedPowers)
			.then(seedPolicies)
			.doOnSuccess((done) -> log.info("Demo catalog ready"));
	}

	private static Mono<Void> whenEmpty(Mono<Long> count, java.util.function.Supplier<Mono<Void>> action) {
		return count.filter((n) -> n == 0).flatMap((empty) -> action.get());
	}

	private <T> T read(String resource, TypeReference<T> type) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return this.json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	/** A policy as written in the seed file: its id beside its content fields. */
	record PolicySeed(String id, String docNumber, String title, String issuer, String category,
			LocalDate issuedOn, LocalDate effectiveOn, LocalDate repealedOn, String body) {

		PolicyContent content() {
			return new PolicyContent(docNumber, title, issuer, category, issuedOn, effectiveOn, repealedOn, body);
		}

	}

}
