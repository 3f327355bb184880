package org.sunshine.sms.inbound;

import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.sms.recipient.OptOutService;
import org.sunshine.sms.recipient.PhoneNumber;
import org.sunshine.sms.smpp.InboundSms;
import org.sunshine.sms.smpp.SmppClient;
import org.sunshine.sms.smpp.SmppGateway;
import org.sunshine.defaults.lifecycle.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Handles replies sent to our number. A reply of 退订 / TD (the carriers' unsubscribe convention)
 * puts the number on the opt-out list; anything else is logged (masked) and not acted on.
 */
@Component
class InboundProcessor extends BackgroundSubscription {

	private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

	private static final Set<String> UNSUBSCRIBE = Set.of("TD", "T", "N", "STOP", "退订", "退", "取消");

	private final SmppGateway gateway;

	private final OptOutService optOuts;

	InboundProcessor(SmppGateway gateway, OptOutService optOuts) {
		this.gateway = gateway;
		this.optOuts = optOuts;
	}

	Mono<Void> handle(InboundSms sms) {
		PhoneNumber phone = sender(sms.source());
		if (phone == null) {
			log.info("Ignoring a reply from a number that is not a mainland mobile");
			return Mono.empty();
		}
		if (isUnsubscribe(sms.text())) {
			log.info("{} replied to unsubscribe; non-essential messages stop", phone);
			return this.optOuts.optOut(phone, "sms-reply");
		}
		log.info("Reply from {} ({} characters) is not a command; not forwarded", phone, sms.text().length());
		return Mono.empty();
	}

	static boolean isUnsubscribe(String text) {
		return UNSUBSCRIBE.contains(text.strip().toUpperCase(Locale.ROOT));
	}

	/** SMSCs write the sender as 8613812345678, +8613812345678 or 13812345678. */
	static PhoneNumber sender(String source) {
		String digits = (source != null) ? source.strip() : "";
		if (digits.startsWith("86") && digits.length() == 13) {
			digits = "+" + digits;
		}
		return PhoneNumber.isValid(digits) ? PhoneNumber.parse(digits) : null;
	}

	@Override
	protected Disposable subscribe() {
		return this.gateway.inbound()
			.concatMap((sms) -> handle(sms).onErrorResume((ex) -> {
				log.error("Could not handle a reply: {}", ex.toString());
				return Mono.empty();
			}))
			.subscribe();
	}

	/** Subscribed before the client binds. */
	@Override
	public int getPhase() {
		return SmppClient.PHASE - 10;
	}

}
