package org.sunshine.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty account store, creates one demo account per role with a generated
 * password and writes the passwords to the credentials file (owner-only), never to the log. There
 * is no fixed default password anywhere.
 */
@LocalSignIn
@Component
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** username, display name, role, department code (from the seeded department tree). */
	private static final List<Seed> SEEDS = List.of(new Seed("admin", "系统管理员", Role.ADMIN, "BGS"),
			new Seed("editor", "公开信息编辑", Role.EDITOR, "BGS"), new Seed("reviewer", "审核人", Role.REVIEWER, "FZK"),
			new Seed("secrecy", "保密审查员", Role.SECRECY_REVIEWER, "BGS"),
			new Seed("clerk", "投诉受理员", Role.CLERK, "NSFWK"), new Seed("handler", "承办人", Role.HANDLER, "ZSK"),
			new Seed("unit-head", "科室负责人", Role.UNIT_HEAD, "ZSK"),
			new Seed("supervisor", "纪检监察员", Role.SUPERVISOR, "JJZ"));

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final GatewayAuthProperties properties;

	private final Clock clock;

	DemoAccounts(StaffAccountRepository accounts, PasswordEncoder passwords, GatewayAuthProperties properties,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedOnFirstStart() {
		if (this.properties.seedDemoAccounts()) {
			seedIfEmpty().subscribe(null, (error) -> log.error("Could not seed demo accounts", error));
		}
	}

	Mono<Void> seedIfEmpty() {
		return this.accounts.count().filter((count) -> count == 0).flatMap((empty) -> {
			List<String> lines = new ArrayList<>();
			List<StaffAccount> created = new ArrayList<>();
			for (Seed seed : SEEDS) {
				String password = InitialPasswords.generate();
				created.add(StaffAccount.create(seed.username(), this.passwords.encode(password), List.of(seed.role()),
						seed.department(), seed.displayName(), this.clock.instant()));
				lines.add(String.join("\t", seed.username(), password, seed.role().name(), seed.department()));
			}
			return Mono.fromRunnable(() -> writeCredentials(lines))
				.then(Flux.fromIterable(created).concatMap(this.accounts::insert).then())
				.doOnSuccess((done) -> log.info("Created {} demo staff accounts; passwords are in {}", created.size(),
						this.properties.credentialsFile().toAbsolutePath()));
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private void writeCredentials(List<String> lines) {
		try {
			OwnerOnlyFiles.write(this.properties.credentialsFile(),
					"# username\tpassword\troles\tdepartment (generated on first start; keep private)\n"
							+ String.join("\n", lines) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Seed(String username, String displayName, Role role, String department) {
	}

}
