package org.sunshine.complaint.complaint;

import java.util.List;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The time limits in force and their history; an ADMIN saves a new version. */
@RestController
@RequestMapping("/api/complaint-rules")
class ReplyRulesController {

	private final ReplyRules rules;

	ReplyRulesController(ReplyRules rules) {
		this.rules = rules;
	}

	@GetMapping
	Mono<ReplyRuleSet> current() {
		return this.rules.current();
	}

	@GetMapping("/history")
	Mono<List<ReplyRuleSet>> history() {
		return this.rules.history().collectList();
	}

	@PutMapping
	Mono<ReplyRuleSet> update(JwtAuthenticationToken token, @Valid @RequestBody UpdateReplyRulesRequest request) {
		return this.rules.update(request, Staff.of(token));
	}

}
