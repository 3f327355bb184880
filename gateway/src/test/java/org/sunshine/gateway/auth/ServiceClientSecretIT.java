package org.sunshine.gateway.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the service client secret comes from, on a real file system. */
class ServiceClientSecretIT {

	@TempDir
	Path dir;

	@Test
	void shouldGenerateAnOwnerOnlySecretOnFirstStartAndReuseItAfterwards() throws Exception {
		Path file = this.dir.resolve("gateway/service-client-secret");
		ServiceClientSecret first = ServiceClientSecret.of("", file);
		String stored = Files.readString(file).strip();

		assertThat(stored).hasSizeGreaterThanOrEqualTo(43);
		assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		assertThat(first.matches(stored)).isTrue();
		assertThat(ServiceClientSecret.of(null, file).matches(stored)).isTrue();
		assertThat(Files.readString(file).strip()).isEqualTo(stored);
	}

	@Test
	void shouldPreferTheEnvironmentAndWriteNoFileWhenASecretIsGiven() {
		Path file = this.dir.resolve("gateway/service-client-secret");
		ServiceClientSecret secret = ServiceClientSecret.of("from-the-cluster-secret", file);

		assertThat(secret.matches("from-the-cluster-secret")).isTrue();
		assertThat(secret.matches("from-the-cluster-secreT")).isFalse();
		assertThat(secret.matches("")).isFalse();
		assertThat(secret.matches(null)).isFalse();
		assertThat(file).doesNotExist();
	}

}
