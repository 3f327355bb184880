package org.sunshine.complaint.complaint;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface ComplaintRepository extends ReactiveMongoRepository<Complaint, String> {

	Mono<Complaint> findByTrackingNumber(String trackingNumber);

	Mono<Complaint> findByIdempotencyKey(String key);

}
