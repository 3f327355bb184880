package org.sunshine.sms.recipient;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN records a taxpayer's request to stop (or resume) non-essential SMS. The number goes in the body, never the URL. */
@RestController
@RequestMapping("/api/sms/opt-outs")
class OptOutController {

	private final OptOutService optOuts;

	OptOutController(OptOutService optOuts) {
		this.optOuts = optOuts;
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	Mono<OptOutView> set(@Valid @RequestBody SetOptOutRequest request, Authentication staff) {
		PhoneNumber phone = PhoneNumber.parse(request.phone());
		return this.optOuts.set(phone, request.optedOut(), staff.getName())
			.map((optedOut) -> new OptOutView(phone.masked(), optedOut));
	}

	record OptOutView(String phone, boolean optedOut) {

	}

}
