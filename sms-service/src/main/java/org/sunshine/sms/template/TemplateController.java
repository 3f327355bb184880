package org.sunshine.sms.template;

import java.net.URI;

import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Templates as data: staff read them, ADMIN creates and edits them (each edit is a new version). */
@RestController
@RequestMapping("/api/sms/templates")
class TemplateController {

	private final TemplateService templates;

	TemplateController(TemplateService templates) {
		this.templates = templates;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
	Flux<TemplateView> list() {
		return this.templates.all().map(TemplateView::of);
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
	Mono<TemplateView> get(@PathVariable String code) {
		return this.templates.find(code).map(TemplateView::of);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	Mono<ResponseEntity<TemplateView>> create(@Valid @RequestBody CreateTemplateRequest request,
			Authentication editor) {
		return this.templates.create(request, editor.getName())
			.map((created) -> ResponseEntity.created(URI.create("/api/sms/templates/" + created.code()))
				.body(TemplateView.of(created)));
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	Mono<TemplateView> update(@PathVariable String code, @Valid @RequestBody UpdateTemplateRequest request,
			Authentication editor) {
		return this.templates.update(code, request, editor.getName()).map(TemplateView::of);
	}

}
