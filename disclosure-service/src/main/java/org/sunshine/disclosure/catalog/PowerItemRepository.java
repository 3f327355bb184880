package org.sunshine.disclosure.catalog;

import reactor.core.publisher.Flux;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface PowerItemRepository extends ReactiveMongoRepository<PowerItem, String> {

	Flux<PowerItem> findBySequenceGreaterThanOrderBySequenceAsc(long after, Limit limit);

}
