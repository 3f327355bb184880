package org.sunshine.gateway.auth;

import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Signing keys for ADMIN: which exist, a rotation now, and the early retirement of a leaked key. */
@LocalSignIn
@RestController
class SigningKeyController {

	private final Administrators administrators;

	private final SigningKeyRotation rotation;

	SigningKeyController(Administrators administrators, SigningKeyRotation rotation) {
		this.administrators = administrators;
		this.rotation = rotation;
	}

	@GetMapping("/api/auth/keys")
	Mono<List<SigningKeys.KeyView>> list(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return this.administrators.require(authorization).then(Mono.fromSupplier(this.rotation::views));
	}

	@PostMapping("/api/auth/keys/rotation")
	Mono<List<SigningKeys.KeyView>> rotate(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		// Generating an RSA key and writing the file block: off the event loop.
		return this.administrators.require(authorization)
			.publishOn(Schedulers.boundedElastic())
			.map((jwt) -> this.rotation.rotate());
	}

	@PostMapping("/api/auth/keys/{kid}/retirement")
	Mono<List<SigningKeys.KeyView>> retire(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@PathVariable String kid) {
		return this.administrators.require(authorization)
			.publishOn(Schedulers.boundedElastic())
			.map((jwt) -> this.rotation.retire(kid).orElseThrow(SigningKeyProblems.KeyNotFound::new));
	}

}
