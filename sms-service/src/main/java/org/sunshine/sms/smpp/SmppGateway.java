package org.sunshine.sms.smpp;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SMSCs the service can send through: the primary, and optionally a fallback used only while the
 * primary link is down. Receipts and replies of both are merged; message ids carry the provider's
 * name, so a receipt always finds its segment whichever SMSC took it.
 */
public class SmppGateway {

	private final SmppClient primary;

	private final SmppClient fallback;

	public SmppGateway(SmppClient primary, SmppClient fallback) {
		this.primary = primary;
		this.fallback = fallback;
	}

	/** Whether any SMSC can take a message now. */
	public boolean isBound() {
		return this.primary.isBound() || (this.fallback != null && this.fallback.isBound());
	}

	/** Sends through the primary while it is bound, else through the fallback if that is bound. */
	public Mono<String> submit(Submission submission) {
		return route().submit(submission);
	}

	SmppClient route() {
		if (!this.primary.isBound() && this.fallback != null && this.fallback.isBound()) {
			return this.fallback;
		}
		return this.primary;
	}

	public Flux<DeliveryReport> reports() {
		return (this.fallback != null) ? Flux.merge(this.primary.reports(), this.fallback.reports())
				: this.primary.reports();
	}

	public Flux<InboundSms> inbound() {
		return (this.fallback != null) ? Flux.merge(this.primary.inbound(), this.fallback.inbound())
				: this.primary.inbound();
	}

	public List<SmppClient> clients() {
		return (this.fallback != null) ? List.of(this.primary, this.fallback) : List.of(this.primary);
	}

}
