package org.sunshine.sms.message;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal send API for other services (role SERVICE) and ADMIN. 202 when queued, 200 when the
 * idempotency key was already used for the same message (nothing new is sent).
 */
@RestController
class InternalSmsController {

	private final MessageService messages;

	InternalSmsController(MessageService messages) {
		this.messages = messages;
	}

	@PostMapping("/internal/sms")
	@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
	Mono<ResponseEntity<MessageAccepted>> send(@Valid @RequestBody SendSmsRequest request, Authentication caller) {
		return this.messages.accept(request, caller.getName())
			.map((accepted) -> ResponseEntity.status(accepted.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
				.body(accepted));
	}

}
