package org.sunshine.gateway.auth;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A staff member's own password, and account administration by ADMIN. The token is checked before
 * the body is read, so a caller without one learns nothing from validation errors.
 */
@LocalSignIn
@RestController
class StaffAccountController {

	private final StaffTokens tokens;

	private final StaffAccounts accounts;

	private final Administrators administrators;

	StaffAccountController(StaffTokens tokens, StaffAccounts accounts, Administrators administrators) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.administrators = administrators;
	}

	@PostMapping("/api/auth/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> changePassword(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@Valid @RequestBody Mono<PasswordChangeRequest> request) {
		return this.tokens.authenticate(authorization)
			.flatMap((jwt) -> request.flatMap((change) -> this.accounts.changePassword(jwt.getSubject(),
					change.currentPassword(), change.newPassword())));
	}

	@GetMapping("/api/auth/accounts")
	Mono<List<StaffAccounts.AccountView>> list(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return requireAdmin(authorization).then(this.accounts.list());
	}

	@PostMapping("/api/auth/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<StaffAccounts.CreatedAccount> create(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@Valid @RequestBody Mono<CreateAccountRequest> request) {
		return requireAdmin(authorization)
			.then(request)
			.flatMap((create) -> this.accounts.create(create.username(), create.displayName(), create.roleList(),
					create.department()));
	}

	@PutMapping("/api/auth/accounts/{username}")
	Mono<StaffAccounts.AccountView> update(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@PathVariable String username, @Valid @RequestBody Mono<UpdateAccountRequest> request) {
		return requireAdmin(authorization)
			.flatMap((jwt) -> request.flatMap((update) -> this.accounts.update(jwt.getSubject(), username,
					update.roleList(), update.department(), update.enabled())));
	}

	@PostMapping("/api/auth/accounts/{username}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> unlock(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@PathVariable String username) {
		return requireAdmin(authorization).then(this.accounts.unlock(username));
	}

	private Mono<Jwt> requireAdmin(String authorization) {
		return this.administrators.require(authorization);
	}

	record PasswordChangeRequest(@NotBlank @Size(max = 128) String currentPassword,
			@NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = 128) String newPassword) {
	}

	/** Roles a person can hold: SERVICE is for machine clients only. */
	record CreateAccountRequest(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}") String username,
			@Size(max = 64) String displayName,
			@NotEmpty List<@NotNull @Pattern(regexp = STAFF_ROLES) String> roles,
			@NotBlank @Size(max = 32) String department) {

		List<Role> roleList() {
			return this.roles.stream().map(Role::valueOf).toList();
		}

	}

	record UpdateAccountRequest(@Size(min = 1) List<@NotNull @Pattern(regexp = STAFF_ROLES) String> roles,
			@Size(min = 1, max = 32) String department, Boolean enabled) {

		List<Role> roleList() {
			return (this.roles != null) ? this.roles.stream().map(Role::valueOf).toList() : null;
		}

	}

	private static final String STAFF_ROLES = "ADMIN|EDITOR|REVIEWER|SECRECY_REVIEWER|CLERK|HANDLER|UNIT_HEAD|SUPERVISOR";

}
