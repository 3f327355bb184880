package org.sunshine.sms.recipient;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhoneNumberTest {

	@ParameterizedTest
	@CsvSource({ "13812345678, 13812345678, 138****5678", "+8613812345678, 13812345678, 138****5678",
			"19900001111, 19900001111, 199****1111", "15000000000, 15000000000, 150****0000" })
	void shouldNormalizeAndMaskWhenNumberIsMainlandMobile(String raw, String national, String masked) {
		PhoneNumber phone = PhoneNumber.parse(raw);

		assertThat(phone.national()).isEqualTo(national);
		assertThat(phone.masked()).isEqualTo(masked);
		assertThat(phone).hasToString(masked);
		assertThat(PhoneNumber.isValid(raw)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1381234567", "138123456789", "12812345678", "10812345678", "02088886666",
			"+85261234567", "8613812345678", "+86 13812345678", "138-1234-5678", "１３８１２３４５６７８", "+8612812345678" })
	void shouldRejectWhenNumberIsNotMainlandMobile(String raw) {
		assertThat(PhoneNumber.isValid(raw)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse(raw));
	}

}
