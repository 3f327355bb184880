package org.sunshine.disclosure.catalog;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface PowerCategoryRepository extends ReactiveMongoRepository<PowerCategory, String> {

}
