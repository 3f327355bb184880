package org.sunshine.gateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sunshine.defaults.problem.CodedProblem;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.validation.FieldError;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Password changes by the staff member, and account administration by ADMIN. */
class StaffAccounts {

	private final StaffAccountRepository accounts;

	private final ReactiveMongoTemplate mongo;

	private final PasswordEncoder passwords;

	private final SignInAttempts attempts;

	private final RefreshTokens refreshTokens;

	private final Clock clock;

	StaffAccounts(StaffAccountRepository accounts, ReactiveMongoTemplate mongo, PasswordEncoder passwords,
			SignInAttempts attempts, RefreshTokens refreshTokens, Clock clock) {
		this.accounts = accounts;
		this.mongo = mongo;
		this.passwords = passwords;
		this.attempts = attempts;
		this.refreshTokens = refreshTokens;
		this.clock = clock;
	}

	/**
	 * Sets a new password after checking the current one (a wrong one counts as a failed sign-in) and
	 * the policy; the field errors, if any, come back together. Every session of the account ends:
	 * whoever knew the old password may hold a refresh token.
	 */
	Mono<Void> changePassword(String username, String currentPassword, String newPassword) {
		return this.accounts.findById(username)
			.filter(StaffAccount::enabled)
			.switchIfEmpty(Mono.error(StaffTokens.Unauthenticated::new))
			.publishOn(Schedulers.boundedElastic())
			.flatMap((account) -> {
				boolean currentMatches = this.passwords.matches(currentPassword, account.passwordHash())
						&& !this.attempts.isLocked(account);
				List<FieldError> errors = new ArrayList<>(PasswordPolicy.check(username, newPassword));
				if (!currentMatches) {
					errors.addFirst(PasswordPolicy.error("currentPassword", "password.current-wrong"));
				}
				else if (newPassword.equals(currentPassword)) {
					errors.add(PasswordPolicy.error("newPassword", "password.unchanged"));
				}
				Mono<Void> counted = currentMatches ? Mono.empty() : this.attempts.recordFailure(username);
				if (!errors.isEmpty()) {
					return counted.then(Mono.error(PasswordPolicy.problem(errors)));
				}
				// Only if the hash is still the one checked: a concurrent change wins, this one is refused.
				Query unchanged = Query
					.query(where("_id").is(username).and("passwordHash").is(account.passwordHash()));
				Update update = SignInAttempts.set(SignInBackoff.State.CLEAR)
					.set("passwordHash", this.passwords.encode(newPassword))
					.set("passwordChangedAt", this.clock.instant());
				return this.mongo.updateFirst(unchanged, update, StaffAccount.class)
					.flatMap((result) -> (result.getMatchedCount() == 1)
							? this.refreshTokens.revokeAll(username, "password changed")
							: Mono.error(new OptimisticLockingFailureException("The password was changed concurrently")));
			});
	}

	Mono<Boolean> isActiveAdmin(String username) {
		return this.accounts.findById(username)
			.map((account) -> account.enabled() && account.roles().contains(Role.ADMIN))
			.defaultIfEmpty(false);
	}

	Mono<List<AccountView>> list() {
		return this.accounts.findAll()
			.map(this::view)
			.collectSortedList(Comparator.comparing(AccountView::username));
	}

	/** A new enabled account with a generated password, returned this once and stored only as a hash. */
	Mono<CreatedAccount> create(String username, String displayName, List<Role> roles, String department) {
		String password = InitialPasswords.generate();
		return Mono.fromSupplier(() -> this.passwords.encode(password))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((hash) -> this.mongo.insert(StaffAccount.create(username, hash, List.copyOf(roles), department,
					(displayName != null && !displayName.isBlank()) ? displayName : username, this.clock.instant())))
			.map((account) -> new CreatedAccount(view(account), password));
	}

	/**
	 * Changes roles, department or whether the account may sign in. An administrator cannot disable
	 * their own account or drop their own ADMIN role, so the last administrator cannot lock everyone out.
	 */
	Mono<AccountView> update(String actor, String username, List<Role> roles, String department, Boolean enabled) {
		if (actor.equals(username)
				&& (Boolean.FALSE.equals(enabled) || (roles != null && !roles.contains(Role.ADMIN)))) {
			return Mono.error(SelfDemotion::new);
		}
		Update update = new Update();
		if (roles != null) {
			update.set("roles", List.copyOf(roles));
		}
		if (department != null) {
			update.set("department", department);
		}
		if (enabled != null) {
			update.set("enabled", enabled);
		}
		if (update.getUpdateObject().isEmpty()) {
			return this.accounts.findById(username).map(this::view).switchIfEmpty(Mono.error(AccountNotFound::new));
		}
		// Disabling ends the account's sessions: its refresh tokens stop working at once.
		Mono<Void> sessions = Boolean.FALSE.equals(enabled)
				? this.refreshTokens.revokeAll(username, "account disabled") : Mono.empty();
		return this.mongo
			.findAndModify(Query.query(where("_id").is(username)), update, FindAndModifyOptions.options().returnNew(true),
					StaffAccount.class)
			.flatMap((account) -> sessions.thenReturn(account))
			.map(this::view)
			.switchIfEmpty(Mono.error(AccountNotFound::new));
	}

	Mono<Void> unlock(String username) {
		return this.attempts.reset(username)
			.flatMap((found) -> found ? Mono.<Void>empty() : Mono.error(new AccountNotFound()));
	}

	private AccountView view(StaffAccount account) {
		return new AccountView(account.username(), account.displayName(), account.roles(), account.department(),
				account.enabled(), this.attempts.isLocked(account), account.createdAt());
	}

	record AccountView(String username, String displayName, List<Role> roles, String department, boolean enabled,
			boolean locked, Instant createdAt) {
	}

	record CreatedAccount(AccountView account, String initialPassword) {
	}

	static final class SelfDemotion extends CodedProblem {

		SelfDemotion() {
			super(HttpStatus.CONFLICT, "problem.account-self-demotion");
		}

	}

	static final class AccountNotFound extends CodedProblem {

		AccountNotFound() {
			super(HttpStatus.NOT_FOUND, "problem.account-not-found");
		}

	}

}
