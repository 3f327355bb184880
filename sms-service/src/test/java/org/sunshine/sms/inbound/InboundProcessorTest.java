package org.sunshine.sms.inbound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InboundProcessorTest {

	@ParameterizedTest
	@ValueSource(strings = { "TD", "td", " TD ", "退订", "STOP" })
	void shouldTreatAsUnsubscribeWhenReplyIsAKnownKeyword(String text) {
		assertThat(InboundProcessor.isUnsubscribe(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "TD 谢谢", "我要投诉", "", "退订吧不" })
	void shouldNotUnsubscribeWhenReplyIsAnythingElse(String text) {
		assertThat(InboundProcessor.isUnsubscribe(text)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "8613812345678, 13812345678", "+8613812345678, 13812345678", "13812345678, 13812345678" })
	void shouldReadSenderWhenSmscAddsCountryCode(String source, String national) {
		assertThat(InboundProcessor.sender(source).national()).isEqualTo(national);
	}

	@ParameterizedTest
	@ValueSource(strings = { "10086", "85261234567", "02088886666" })
	void shouldIgnoreSenderWhenNotMainlandMobile(String source) {
		assertThat(InboundProcessor.sender(source)).isNull();
	}

}
