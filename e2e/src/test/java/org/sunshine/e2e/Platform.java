package org.sunshine.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real platform, started once for the whole e2e suite the way a newcomer does ({@code ./run.sh start}:
 * registry, four services with their embedded stores, gateway) on ports of its own, and stopped with
 * {@code ./run.sh stop} when JUnit closes the root store after the last test class.
 */
final class Platform implements AutoCloseable {

	static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

	static final Path WORK = Path.of("target", "e2e").toAbsolutePath();

	// 17xxx: the 18xxx ports are used by services' bench scripts, which run outside the Maven lock.
	static final Map<String, String> PORTS = Map.of("REGISTRY_PORT", "17761", "GATEWAY_PORT", "17080",
			"DISCLOSURE_PORT", "17081", "COMPLAINT_PORT", "17082", "SMS_PORT", "17083", "SEARCH_PORT", "17084");

	static final String GATEWAY = "http://127.0.0.1:" + PORTS.get("GATEWAY_PORT");

	static final String SMS_SERVICE = "http://127.0.0.1:" + PORTS.get("SMS_PORT");

	private final List<Long> startedPids;

	private Platform(List<Long> startedPids) {
		this.startedPids = startedPids;
	}

	static Platform start() {
		try {
			deleteRecursively(WORK);
			Files.createDirectories(WORK);
			int exit = runScript("start");
			if (exit != 0) {
				// Whatever did start is stopped, so a failed start leaves no process behind.
				runScript("stop");
				throw new AssertionError("./run.sh start exited with " + exit + " (service logs in " + WORK.resolve("logs")
						+ "):\n" + read(WORK.resolve("run-sh.log")));
			}
			List<Long> pids = new ArrayList<>();
			try (var files = Files.list(WORK.resolve("data/run"))) {
				files.forEach((file) -> pids.add(Long.parseLong(read(file).trim())));
			}
			assertThat(pids).hasSize(6);
			return new Platform(pids);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws Exception {
		int exit = runScript("stop");
		assertThat(exit).isZero();
		// ./run.sh stop leaves no process behind.
		assertThat(this.startedPids).as("processes still alive after ./run.sh stop")
			.noneMatch((pid) -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
	}

	/** A staff account's password from the file the gateway writes at first start. */
	static String passwordOf(String username) {
		try {
			return Files.readAllLines(WORK.resolve("data/demo-credentials.txt"))
				.stream()
				.filter((line) -> line.startsWith(username + "\t"))
				.findFirst()
				.orElseThrow()
				.split("\t")[1];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int runScript(String command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("run.sh").toString(), command)
			.directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("run-sh.log").toFile()));
		builder.environment().putAll(PORTS);
		builder.environment().put("DATA_DIR", WORK.resolve("data").toString());
		builder.environment().put("LOG_DIR", WORK.resolve("logs").toString());
		builder.environment().put("SKIP_BUILD", "1");
		// The JVM cache would be trained on this run and written on stop: time the suite does not need.
		builder.environment().put("AOT_CACHE", "off");
		builder.environment().put("START_TIMEOUT", "480");
		Process process = builder.start();
		if (!process.waitFor(15, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return -1;
		}
		return process.exitValue();
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
