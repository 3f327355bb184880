package org.sunshine.complaint.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.sunshine.complaint.notification.SmsOutbox;
import org.sunshine.complaint.warning.WarningView.RecipientView;
import org.sunshine.defaults.web.PageView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Warnings on screen: listing, acknowledging, and the live stream for the supervision console. */
@Service
class WarningService {

	/** Warnings sent per poll of the stream; more wait for the next poll. */
	static final int STREAM_BATCH = 200;

	private final WarningRepository warnings;

	private final WarningProperties properties;

	private final Clock clock;

	private final ZoneId zone;

	WarningService(WarningRepository warnings, WarningProperties properties, Clock clock) {
		this.warnings = warnings;
		this.properties = properties;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	Mono<PageView<WarningView>> list(Viewer viewer, WarningLevel level, Boolean acknowledged, int page, int size) {
		List<Criteria> filters = new ArrayList<>(visibleTo(viewer));
		if (level != null) {
			filters.add(Criteria.where(WarningRepository.LEVEL).is(level.name()));
		}
		if (acknowledged != null) {
			filters.add(acknowledged ? Criteria.where(WarningRepository.ACKNOWLEDGEMENT).ne(null)
					: Criteria.where(WarningRepository.ACKNOWLEDGEMENT).is(null));
		}
		Criteria filter = all(filters);
		return Mono.zip(this.warnings.find(filter, page, size).map(this::view).collectList(), this.warnings.count(filter))
			.map((found) -> new PageView<>(found.getT1(), page, size, found.getT2()));
	}

	/** Acknowledges a warning the viewer may see, once. */
	Mono<WarningView> acknowledge(Viewer viewer, String id, String note) {
		if (!ObjectId.isValid(id)) {
			return Mono.error(WarningNotFoundException::new);
		}
		ObjectId objectId = new ObjectId(id);
		Criteria visible = all(visibleTo(viewer));
		return this.warnings.acknowledge(visible, objectId, viewer.username(), this.clock.instant(), blankToNull(note))
			.map(this::view)
			.switchIfEmpty(Mono.defer(() -> this.warnings
				.findOne(all(List.of(visible, Criteria.where("_id").is(objectId))))
				.flatMap((existing) -> Mono.<WarningView>error(new WarningAlreadyAcknowledgedException(
						existing.get(WarningRepository.ACKNOWLEDGEMENT, Document.class).getString("by"))))
				.switchIfEmpty(Mono.error(WarningNotFoundException::new))));
	}

	/**
	 * Warnings recorded from now on (or after {@code lastSequence}, to resume), as they appear in the store,
	 * whichever replica raised them.
	 */
	Flux<WarningView> stream(Viewer viewer, Long lastSequence) {
		Criteria visible = all(visibleTo(viewer));
		Duration poll = this.properties.streamPoll();
		Mono<Long> start = (lastSequence != null) ? Mono.just(lastSequence) : this.warnings.lastSequence();
		return start.flatMapMany((from) -> {
			AtomicLong cursor = new AtomicLong(from);
			return Flux.interval(Duration.ZERO, poll)
				.onBackpressureDrop()
				// The counter is one document read by id; the warnings are queried only when it moved.
				.concatMap((tick) -> this.warnings.lastSequence()
					.filter((last) -> last > cursor.get())
					.flatMap((last) -> this.warnings.after(visible, cursor.get(), STREAM_BATCH).collectList())
					.defaultIfEmpty(List.of()), 1)
				.flatMapIterable((batch) -> batch)
				.doOnNext((warning) -> cursor.set(warning.get(WarningRepository.SEQUENCE, Number.class).longValue()))
				.map(this::view);
		});
	}

	private static List<Criteria> visibleTo(Viewer viewer) {
		if (viewer.seesAll()) {
			return List.of();
		}
		Criteria own = Criteria.where(WarningRepository.RECIPIENTS + ".username").is(viewer.username());
		if (viewer.department() == null || viewer.department().isBlank()) {
			return List.of(own);
		}
		return List.of(new Criteria().orOperator(own, Criteria.where(WarningRepository.DEPARTMENT).is(viewer.department())));
	}

	private static Criteria all(List<Criteria> filters) {
		return switch (filters.size()) {
			case 0 -> new Criteria();
			case 1 -> filters.get(0);
			default -> new Criteria().andOperator(filters);
		};
	}

	private WarningView view(Document warning) {
		List<RecipientView> recipients = warning.getList(WarningRepository.RECIPIENTS, Document.class, List.of())
			.stream()
			.map((recipient) -> new RecipientView(recipient.getString("username"),
					Recipient.Role.valueOf(recipient.getString("role"))))
			.toList();
		Document acknowledgement = warning.get(WarningRepository.ACKNOWLEDGEMENT, Document.class);
		List<?> outbox = warning.getList(SmsOutbox.FIELD, Object.class);
		return new WarningView(warning.getObjectId("_id").toHexString(),
				warning.getString(WarningRepository.TRACKING_NUMBER),
				WarningLevel.valueOf(warning.getString(WarningRepository.LEVEL)),
				warning.get(WarningRepository.OCCURRENCE, Number.class).intValue(),
				at(warning.getDate(WarningRepository.DUE_AT)), at(warning.getDate(WarningRepository.RAISED_AT)),
				warning.getString(WarningRepository.DEPARTMENT), warning.getString(WarningRepository.HANDLER),
				recipients, (outbox != null) ? outbox.size() : null, acknowledgement != null,
				(acknowledgement != null) ? acknowledgement.getString("by") : null,
				(acknowledgement != null) ? at(acknowledgement.getDate("at")) : null,
				(acknowledgement != null) ? acknowledgement.getString("note") : null,
				warning.get(WarningRepository.SEQUENCE, Number.class).longValue());
	}

	private OffsetDateTime at(Date date) {
		return (date != null) ? date.toInstant().atZone(this.zone).toOffsetDateTime() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
