package org.sunshine.sms.smpp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Ucs2SegmenterTest {

	@ParameterizedTest(name = "{0} characters take {1} segment(s)")
	@CsvSource({ "1, 1", "70, 1", "71, 2", "134, 2", "135, 3", "670, 10", "671, 11" })
	void shouldCountSegmentsWhenTextHasLength(int length, int segments) {
		assertThat(Ucs2Segmenter.count("税".repeat(length))).isEqualTo(segments);
	}

	@Test
	void shouldSendSingleSegmentAsBareUtf16WhenTextFits() {
		String text = "【阳光税务】您的投诉T2026001已受理。";

		List<byte[]> payloads = Ucs2Segmenter.encode(text, 7);

		assertThat(payloads).singleElement()
			.satisfies((payload) -> assertThat(new String(payload, StandardCharsets.UTF_16BE)).isEqualTo(text));
	}

	@Test
	void shouldPrefixConcatenationHeaderWhenTextNeedsSeveralSegments() {
		String text = "阳".repeat(67) + "光".repeat(67) + "税";

		List<byte[]> payloads = Ucs2Segmenter.encode(text, 0xAB);

		assertThat(payloads).hasSize(3);
		for (int i = 0; i < payloads.size(); i++) {
			byte[] payload = payloads.get(i);
			assertThat(payload).startsWith(0x05, 0x00, 0x03, (byte) 0xAB, 3, i + 1);
		}
		assertThat(payloads.get(0)).hasSize(6 + 67 * 2);
		assertThat(new String(payloads.get(1), 6, payloads.get(1).length - 6, StandardCharsets.UTF_16BE))
			.isEqualTo("光".repeat(67));
		assertThat(new String(payloads.get(2), 6, payloads.get(2).length - 6, StandardCharsets.UTF_16BE)).isEqualTo("税");
	}

	@Test
	void shouldKeepSurrogatePairTogetherWhenItStraddlesSegmentBoundary() {
		String rare = "𠀀";
		String text = "阳".repeat(66) + rare + "光".repeat(10);

		List<String> parts = Ucs2Segmenter.split(text);

		assertThat(parts).hasSize(2);
		assertThat(parts.get(0)).hasSize(66);
		assertThat(parts.get(1)).startsWith(rare);
		assertThat(String.join("", parts)).isEqualTo(text);
	}

	@Test
	void shouldRefuseWhenTextNeedsMoreThan255Segments() {
		assertThatIllegalArgumentException().isThrownBy(() -> Ucs2Segmenter.encode("字".repeat(67 * 256), 1));
	}

}
