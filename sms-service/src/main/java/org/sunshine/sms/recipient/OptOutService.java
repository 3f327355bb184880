package org.sunshine.sms.recipient;

import java.time.Clock;

import org.sunshine.sms.privacy.FieldCipher;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The opt-out list, keyed by the number's keyed hash so the list itself holds no numbers. */
@Service
public class OptOutService {

	private final ReactiveMongoTemplate mongo;

	private final FieldCipher cipher;

	private final Clock clock;

	OptOutService(ReactiveMongoTemplate mongo, FieldCipher cipher, Clock clock) {
		this.mongo = mongo;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** Whether the number behind this hash opted out. */
	public Mono<Boolean> isOptedOut(String recipientHash) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(recipientHash)), OptOut.class);
	}

	/** Records a number's opt-out (a 退订 reply, or staff on the taxpayer's request). */
	public Mono<Void> optOut(PhoneNumber phone, String by) {
		return set(phone, true, by).then();
	}

	Mono<Boolean> set(PhoneNumber phone, boolean optedOut, String by) {
		String hash = this.cipher.hash(phone.national());
		if (optedOut) {
			return this.mongo.save(new OptOut(hash, phone.masked(), this.clock.instant(), by)).thenReturn(true);
		}
		return this.mongo.remove(Query.query(Criteria.where("_id").is(hash)), OptOut.class).thenReturn(false);
	}

}
