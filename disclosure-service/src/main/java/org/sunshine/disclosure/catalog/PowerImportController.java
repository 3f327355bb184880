package org.sunshine.disclosure.catalog;

import java.util.Locale;

import jakarta.validation.constraints.Size;
import org.sunshine.disclosure.catalog.PowerImport.ImportReport;
import org.sunshine.disclosure.review.Actor;
import org.sunshine.disclosure.review.Actors;
import org.sunshine.disclosure.review.IdempotencyKeys;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code POST /api/powers/import}: the catalog as a UTF-8 CSV (Chinese headers, see {@link PowerImport}).
 * {@code dryRun=true} reports every bad row and writes nothing; otherwise all rows become drafts, or
 * none (422 with the same report). The body is read whole, up to {@value #MAX_BYTES} bytes.
 */
@RestController
@RequestMapping("/api/powers")
class PowerImportController {

	static final int MAX_BYTES = 32 * 1024 * 1024;

	private final PowerImport importer;

	private final IdempotencyKeys idempotency;

	private final JsonMapper json;

	PowerImportController(PowerImport importer, IdempotencyKeys idempotency, JsonMapper json) {
		this.importer = importer;
		this.idempotency = idempotency;
		this.json = json;
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
	Mono<ImportReport> importCsv(@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Size(max = 100) String idempotencyKey,
			ServerWebExchange exchange, Authentication authentication) {
		Actor actor = Actors.of(authentication);
		Locale locale = (exchange.getLocaleContext().getLocale() != null) ? exchange.getLocaleContext().getLocale()
				: Locale.SIMPLIFIED_CHINESE;
		return DataBufferUtils.join(exchange.getRequest().getBody(), MAX_BYTES)
			.map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
			.defaultIfEmpty(new byte[0])
			.onErrorMap(DataBufferLimitException.class,
					(ex) -> new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, null, ex))
			.flatMap((bytes) -> dryRun ? this.importer.run(bytes, true, actor, locale)
					// A dry run writes nothing, so only a real import needs to be done once per key.
					: this.idempotency
						.once("power-import", actor, idempotencyKey, IdempotencyKeys.fingerprint(bytes),
								() -> this.importer.run(bytes, false, actor, locale).map(this.json::writeValueAsString))
						.map((report) -> this.json.readValue(report, ImportReport.class)));
	}

}
