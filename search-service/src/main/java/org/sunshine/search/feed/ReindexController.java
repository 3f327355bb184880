package org.sunshine.search.feed;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** Rebuilds search indices from the change feed, swapping aliases with no downtime (administrators only). */
@RestController
@RequestMapping("/api/search/admin")
@ConditionalOnProperty(name = "sunshine.search.feed.enabled", havingValue = "true", matchIfMissing = true)
class ReindexController {

	private final Reindexer reindexer;

	ReindexController(Reindexer reindexer) {
		this.reindexer = reindexer;
	}

	/** Answers when every requested index has been rebuilt and is behind its alias. */
	@PostMapping("/reindex")
	@PreAuthorize("hasRole('ADMIN')")
	Mono<ReindexView> reindex(@RequestParam(defaultValue = "all") String type) {
		return Mono.fromCallable(() -> sources(type))
				.flatMap(reindexer::rebuild)
				.map(ReindexView::new);
	}

	record ReindexView(List<Reindexer.Rebuilt> rebuilt) {
	}

	private static List<FeedSource> sources(String type) {
		String wanted = type.strip().toLowerCase(Locale.ROOT);
		if (wanted.equals("all")) {
			return List.of(FeedSource.values());
		}
		return Arrays.stream(FeedSource.values()).filter(s -> s.type().value().equals(wanted)).findFirst()
				.map(List::of)
				.orElseThrow(() -> new ReindexRefusedException.UnknownType(type));
	}
}
