package org.sunshine.complaint.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where the personal-data key comes from: the configured key, else a file created once beside the data. */
class PrivacyConfigurationTest {

	private final PrivacyConfiguration configuration = new PrivacyConfiguration();

	@TempDir
	private Path dataDir;

	@Test
	void shouldUseTheConfiguredKeyWhenOneIsGiven() {
		String key = Base64.getEncoder().encodeToString(new byte[32]);
		Path keyFile = this.dataDir.resolve("complaint-service/data-key");

		PersonalDataCipher cipher = this.configuration
			.personalDataCipher(new PrivacyProperties(" " + key + "\n", keyFile));

		assertThat(new PersonalDataCipher(new byte[32]).open(cipher.seal("张测试"))).isEqualTo("张测试");
		assertThat(keyFile).doesNotExist();
	}

	@Test
	void shouldCreateTheKeyFileOnceAndReuseItWhenNoKeyIsConfigured() throws Exception {
		Path keyFile = this.dataDir.resolve("complaint-service/data-key");
		PrivacyProperties properties = new PrivacyProperties("", keyFile);

		String sealed = this.configuration.personalDataCipher(properties).seal("13812345678");
		String written = Files.readString(keyFile, StandardCharsets.US_ASCII);

		assertThat(Base64.getDecoder().decode(written.trim())).hasSize(32);
		PersonalDataCipher afterRestart = this.configuration.personalDataCipher(properties);
		assertThat(afterRestart.open(sealed)).isEqualTo("13812345678");
		assertThat(Files.readString(keyFile, StandardCharsets.US_ASCII)).isEqualTo(written);
	}

	@Test
	void shouldLetOnlyTheOwnerReadTheKeyFileWhenItIsCreated() throws Exception {
		assumeTrue(this.dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));
		Path keyFile = this.dataDir.resolve("complaint-service/data-key");

		this.configuration.personalDataCipher(new PrivacyProperties(null, keyFile));

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
	}

	@Test
	void shouldNotOpenValuesOfAnotherRunWhenItsKeyFileIsDifferent() {
		String sealed = this.configuration
			.personalDataCipher(new PrivacyProperties(null, this.dataDir.resolve("a/data-key")))
			.seal("张测试");

		PersonalDataCipher other = this.configuration
			.personalDataCipher(new PrivacyProperties(null, this.dataDir.resolve("b/data-key")));

		assertThatIllegalStateException().isThrownBy(() -> other.open(sealed));
	}

}
