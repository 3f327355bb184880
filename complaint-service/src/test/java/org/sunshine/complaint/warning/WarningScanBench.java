package org.sunshine.complaint.warning;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.bson.Document;
import org.sunshine.complaint.ComplaintServiceApplication;
import org.sunshine.complaint.deadline.DeadlineCalculator;
import org.sunshine.complaint.notification.OutboxQueue;
import org.sunshine.complaint.privacy.PersonalDataCipher;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;

/**
 * One warning scan over many open complaints in the embedded (in-process) MongoDB, run by
 * {@code bench/warnings.sh}. Not a test: a command-line program that starts the service's context without a
 * web server, writes complaints raw with the contract's field names, times passes of the real scan and prints
 * a Markdown table. Blocking is fine here: this is the program's own main thread.
 */
public final class WarningScanBench {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** A Wednesday in an ordinary week of the shipped 2025 calendar. */
	private static final Instant NOW = OffsetDateTime.parse("2025-06-11T10:00:00+08:00").toInstant();

	private static final int DEPARTMENTS = 20;

	private static final int HANDLERS_PER_DEPARTMENT = 5;

	private WarningScanBench() {
	}

	public static void main(String[] args) {
		int complaints = Integer.getInteger("bench.complaints", 100_000);
		boolean inMemory = Boolean.parseBoolean(System.getProperty("bench.in-memory", "true"));
		List<String> properties = new ArrayList<>(List.of("sunshine.mongo.embedded.in-memory=" + inMemory,
				"sunshine.data-dir=target/bench-data-" + System.nanoTime(), "eureka.client.enabled=false",
				"spring.cloud.discovery.enabled=false", "complaint.warning.scan-enabled=false",
				"complaint.notification.relay-enabled=false", "logging.level.root=WARN",
				"logging.level.org.sunshine=WARN"));
		// A directory with every handler's and unit head's phone, so that warnings carry their SMS as in production.
		for (int d = 0; d < DEPARTMENTS; d++) {
			String department = department(d);
			properties.add("complaint.warning.directory.unit-heads[" + department + "]=head-" + department);
			properties.add("complaint.warning.directory.phones[head-" + department + "]=139" + String.format("%08d", d));
			for (int h = 0; h < HANDLERS_PER_DEPARTMENT; h++) {
				properties.add("complaint.warning.directory.phones[" + handler(d, h) + "]=138"
						+ String.format("%08d", d * 100 + h));
			}
		}
		// A web application, as in production (the security defaults the SMS relay needs come with it), on a spare port.
		properties.add("server.port=0");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ComplaintServiceApplication.class)
			.web(WebApplicationType.REACTIVE)
			// As command-line arguments: they outrank every configuration file (default properties would not).
			.run(properties.stream().map((property) -> "--" + property).toArray(String[]::new))) {
			new Run(context, complaints, inMemory).run();
		}
	}

	private static String department(int d) {
		return String.format("D%02d", d);
	}

	private static String handler(int d, int h) {
		return "handler-" + department(d) + "-" + h;
	}

	private static final class Run {

		private final ReactiveMongoTemplate mongo;

		private final DeadlineCalculator calculator;

		private final WarningRepository warnings;

		private final PersonalDataCipher cipher;

		private final WarningProperties properties;

		private final Clock clock;

		private final int complaints;

		private final boolean inMemory;

		Run(ConfigurableApplicationContext context, int complaints, boolean inMemory) {
			this.mongo = context.getBean(ReactiveMongoTemplate.class);
			this.calculator = context.getBean(DeadlineCalculator.class);
			this.warnings = context.getBean(WarningRepository.class);
			this.cipher = context.getBean(PersonalDataCipher.class);
			this.properties = context.getBean(WarningProperties.class);
			this.clock = context.getBean(Clock.class);
			this.complaints = complaints;
			this.inMemory = inMemory;
		}

		void run() {
			long started = System.nanoTime();
			insertComplaints();
			double insertSeconds = (System.nanoTime() - started) / 1e9;
			// The header first and each row as soon as its pass ends, so a run cut short still shows what it measured.
			System.out.println();
			System.out.printf(Locale.ROOT, "Warning scan over %,d open complaints, embedded MongoDB (%s), %d cores, "
					+ "max heap %d MiB, Java %s; complaints written in %.1f s.%n%n", this.complaints,
					this.inMemory ? "mongo-java-server, in memory" : "mongo-java-server, H2 file",
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
					System.getProperty("java.version"), insertSeconds);
			System.out.println("| pass | complaints read | warnings raised | already recorded | unchanged (skipped) | SMS queued | time (s) | CPU (s) |");
			System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
			WarningScan replica = replica("bench-a");
			// A pass at a moment when nothing is near its deadline creates the indexes before anything is timed.
			replica("warm-up").scan(NOW.minus(Duration.ofDays(60))).block();

			pass("1. first pass (warnings raised now)", replica, NOW);
			pass("2. next pass, same replica, nothing changed", replica, NOW.plusSeconds(30));
			pass("3. first pass of a restarted replica (all recorded already)", replica("bench-b"), NOW.plusSeconds(60));
			WarningScan later = replica("bench-c");
			pass("4. worst case: every complaint overdue (new RED for all)", later, NOW.plus(Duration.ofDays(40)));
			pass("5. next pass after the worst case, same replica", later, NOW.plus(Duration.ofDays(40)).plusSeconds(30));
		}

		private WarningScan replica(String owner) {
			return new WarningScan(owner, this.mongo, this.calculator, this.warnings, this.cipher, this.properties, new OutboxQueue(),
					this.clock);
		}

		private void pass(String name, WarningScan scan, Instant now) {
			long smsBefore = smsQueued();
			long cpuBefore = processCpuNanos();
			long started = System.nanoTime();
			ScanResult result = scan.scan(now).block();
			double seconds = (System.nanoTime() - started) / 1e9;
			// The whole process (both sides of the in-process store, the collector): less at the mercy of the
			// machine's other load than the time.
			double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
			long sms = smsQueued() - smsBefore;
			System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %.2f | %.2f |%n", name, result.examined(),
					result.raised(), result.alreadyRecorded(), result.unchanged(), sms, seconds, cpuSeconds);
			System.out.flush();
		}

		private static long processCpuNanos() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
		}

		private long smsQueued() {
			List<Document> total = this.mongo
				.aggregate(Aggregation.newAggregation(Aggregation.unwind("outbox"), Aggregation.count().as("n")),
						WarningRepository.COLLECTION, Document.class)
				.collectList()
				.block();
			return (total == null || total.isEmpty()) ? 0 : ((Number) total.get(0).get("n")).longValue();
		}

		/**
		 * Open complaints with deadlines spread from 5 days ago to 24 days ahead (about a third near or past
		 * them): 70 % assigned to a handler, 20 % accepted, 10 % still waiting for acceptance.
		 */
		private void insertComplaints() {
			Random random = new Random(20250611);
			LocalDate today = LocalDate.ofInstant(NOW, SHANGHAI);
			List<Document> batch = new ArrayList<>(5_000);
			for (int i = 0; i < this.complaints; i++) {
				int d = random.nextInt(DEPARTMENTS);
				LocalDate dueDay = today.plusDays(random.nextInt(30) - 5);
				Instant dueAt = dueDay.atTime(DeadlineCalculator.END_OF_DAY).atZone(SHANGHAI).toInstant();
				Instant receivedAt = dueDay.minusDays(7).atTime(9, 30).atZone(SHANGHAI).toInstant();
				int kind = random.nextInt(10);
				String status = (kind < 7) ? "ASSIGNED" : (kind < 9) ? "ACCEPTED" : "RECEIVED";
				boolean assigned = "ASSIGNED".equals(status);
				batch.add(new Document("trackingNumber", String.format("B%09d", i)).append("type", "CONDUCT")
					.append("subject", "bench")
					.append("status", status)
					.append("receivedAt", Date.from(receivedAt))
					.append("acceptDueAt",
							Date.from(receivedAt.plus(Duration.ofDays(1)).plus(Duration.ofHours(14)).plusSeconds(1799)))
					.append("acceptedAt", "RECEIVED".equals(status) ? null : Date.from(receivedAt.plus(Duration.ofHours(3))))
					.append("dueAt", Date.from(dueAt))
					.append("assignedDepartment", assigned ? department(d) : null)
					.append("handler", assigned ? handler(d, random.nextInt(HANDLERS_PER_DEPARTMENT)) : null)
					.append("suspendedAt", null)
					.append("outbox", List.of()));
				if (batch.size() == 5_000) {
					this.mongo.insert(batch, WarningScan.COMPLAINTS).then().block();
					batch = new ArrayList<>(5_000);
				}
			}
			if (!batch.isEmpty()) {
				this.mongo.insert(batch, WarningScan.COMPLAINTS).then().block();
			}
		}

	}

}
