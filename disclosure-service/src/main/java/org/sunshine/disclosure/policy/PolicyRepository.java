package org.sunshine.disclosure.policy;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface PolicyRepository extends ReactiveMongoRepository<Policy, String> {

	Mono<Policy> findByDocNumberKey(String docNumberKey);

	Flux<Policy> findBySequenceGreaterThanOrderBySequenceAsc(long after, Limit limit);

}
