package org.sunshine.gateway.auth;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface StaffAccountRepository extends ReactiveMongoRepository<StaffAccount, String> {

}
