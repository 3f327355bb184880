package org.sunshine.complaint.notification;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sunshine.complaint.notification.SmsClient.Outcome;
import org.sunshine.complaint.notification.SmsClient.SendSmsRequest;

import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

class SmsClientTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			202, SENT
			200, SENT
			400, PERMANENT_FAILURE
			404, PERMANENT_FAILURE
			409, PERMANENT_FAILURE
			413, PERMANENT_FAILURE
			422, PERMANENT_FAILURE
			401, UNAUTHORIZED
			403, TRANSIENT_FAILURE
			408, TRANSIENT_FAILURE
			429, TRANSIENT_FAILURE
			500, TRANSIENT_FAILURE
			502, TRANSIENT_FAILURE
			503, TRANSIENT_FAILURE
			""")
	void shouldSortTheAnswerOfSmsServiceWhenItComesBack(int status, Outcome.Kind kind) {
		assertThat(SmsClient.outcome(HttpStatusCode.valueOf(status), "{}").kind()).isEqualTo(kind);
	}

	@Test
	void shouldNeverPrintThePhoneWhenTheRequestIsLogged() {
		String phone = "13800138000";
		SendSmsRequest request = new SendSmsRequest("WARNING_RED", phone, Map.of("trackingNumber", "T1"), "URGENT",
				"key-1");

		assertThat(request.toString()).doesNotContain(phone).contains("WARNING_RED", "key-1");
	}

}
