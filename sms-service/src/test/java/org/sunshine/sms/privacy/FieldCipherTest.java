package org.sunshine.sms.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FieldCipherTest {

	private final byte[] key = new byte[32];

	@Test
	void shouldDecryptWhatItEncryptedWhenKeyIsTheSame() {
		FieldCipher cipher = new FieldCipher(this.key);

		String sealed = cipher.encrypt("【阳光税务】您的验证码为123456");

		assertThat(sealed).doesNotContain("123456");
		assertThat(cipher.encrypt("【阳光税务】您的验证码为123456")).isNotEqualTo(sealed);
		assertThat(new FieldCipher(this.key.clone()).decrypt(sealed)).isEqualTo("【阳光税务】您的验证码为123456");
	}

	@Test
	void shouldRefuseWhenKeyDiffers() {
		String sealed = new FieldCipher(this.key).encrypt("13812345678");
		byte[] other = Arrays.copyOf(this.key, 32);
		other[0] = 1;

		assertThatIllegalStateException().isThrownBy(() -> new FieldCipher(other).decrypt(sealed));
	}

	@Test
	void shouldHashStablyAndByKeyWhenHashingNumbers() {
		byte[] other = Arrays.copyOf(this.key, 32);
		other[31] = 9;

		assertThat(new FieldCipher(this.key).hash("13812345678")).isEqualTo(new FieldCipher(this.key).hash("13812345678"))
			.isNotEqualTo(new FieldCipher(other).hash("13812345678"))
			.hasSize(64);
	}

	@Test
	void shouldCreateKeyFileOnceWhenNoKeyIsConfigured(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("sms/data.key");
		FieldCipher first = new FieldCipher(new PrivacyProperties("", file));
		String sealed = first.encrypt("13812345678");

		FieldCipher second = new FieldCipher(new PrivacyProperties(null, file));

		assertThat(second.decrypt(sealed)).isEqualTo("13812345678");
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
	}

}
