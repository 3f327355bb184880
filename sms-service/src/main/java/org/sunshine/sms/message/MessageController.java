package org.sunshine.sms.message;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff view of sent messages, newest first, numbers masked, texts never shown. */
@RestController
class MessageController {

	private final MessageRepository messages;

	MessageController(MessageRepository messages) {
		this.messages = messages;
	}

	@GetMapping("/api/sms/messages")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
	Mono<MessagePage> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(required = false) MessageStatus status, @RequestParam(required = false) String template) {
		Criteria filter = new Criteria();
		if (status != null) {
			filter = filter.and("status").is(status);
		}
		if (template != null && !template.isBlank()) {
			filter = filter.and("templateCode").is(template);
		}
		return this.messages.page(filter, page, size)
			.map(MessageView::of)
			.collectList()
			.zipWith(this.messages.count(filter))
			.map((result) -> new MessagePage(result.getT1(), page, size, result.getT2()));
	}

	@GetMapping("/api/sms/messages/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
	Mono<MessageView> get(@PathVariable String id) {
		return this.messages.findById(id)
			.map(MessageView::of)
			.switchIfEmpty(Mono.error(() -> new MessageNotFoundException(id)));
	}

}
