package org.sunshine.complaint.privacy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PersonalDataCipherTest {

	private static final byte[] KEY = key(1);

	private final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "张测试", "13812345678", "99999919850615037X", "", "𠀀生僻字 and ASCII" })
	void shouldOpenToTheSameTextWhenSealed(String plain) {
		String sealed = this.cipher.seal(plain);

		assertThat(sealed).isNotEqualTo(plain);
		assertThat(this.cipher.open(sealed)).isEqualTo(plain);
	}

	@Test
	void shouldSealTheSameTextDifferentlyWhenSealedTwice() {
		String first = this.cipher.seal("13812345678");
		String second = this.cipher.seal("13812345678");

		assertThat(first).isNotEqualTo(second);
		assertThat(this.cipher.open(first)).isEqualTo(this.cipher.open(second)).isEqualTo("13812345678");
	}

	@Test
	void shouldNotShowThePlainTextWhenSealed() {
		String sealed = this.cipher.seal("13812345678");

		assertThat(sealed).doesNotContain("13812345678").doesNotContain("5678");
		assertThat(new String(Base64.getDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("13812345678");
	}

	@Test
	void shouldRefuseToOpenWhenTheSealedValueWasTampered() {
		byte[] sealed = Base64.getDecoder().decode(this.cipher.seal("13812345678"));
		sealed[sealed.length - 20] ^= 0x01;
		String tampered = Base64.getEncoder().encodeToString(sealed);

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.open(tampered));
	}

	@Test
	void shouldRefuseToOpenWhenTheNonceWasTampered() {
		byte[] sealed = Base64.getDecoder().decode(this.cipher.seal("13812345678"));
		sealed[0] ^= 0x01;

		assertThatIllegalStateException()
			.isThrownBy(() -> this.cipher.open(Base64.getEncoder().encodeToString(sealed)));
	}

	@Test
	void shouldRefuseToOpenWhenTheKeyIsAnother() {
		String sealed = this.cipher.seal("张测试");

		assertThatIllegalStateException().isThrownBy(() -> new PersonalDataCipher(key(2)).open(sealed));
	}

	@Test
	void shouldKeepNullWhenThereIsNothingToSeal() {
		assertThat(this.cipher.seal(null)).isNull();
		assertThat(this.cipher.open(null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 16, 24, 31, 33 })
	void shouldRefuseTheKeyWhenItIsNotAes256(int length) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(new byte[length]));
	}

	private static byte[] key(int seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (seed * 31 + i);
		}
		return key;
	}

}
