package org.sunshine.sms.template;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface TemplateRepository extends ReactiveCrudRepository<SmsTemplate, String> {

}
