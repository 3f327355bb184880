package org.sunshine.sms.message;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sunshine.sms.recipient.PhoneNumber;

/**
 * A service's request to send one templated SMS.
 *
 * @param template template code, e.g. {@code COMPLAINT_RECEIVED}
 * @param params values for the template's placeholders, exactly those
 * @param phone a mainland mobile number, optionally with +86
 * @param priority URGENT (RED warnings, codes), NORMAL or BULK
 * @param idempotencyKey derived from the caller's event id; resending it never sends twice
 */
record SendSmsRequest(@NotBlank @Size(max = 64) String template, @Size(max = 20) Map<String, String> params,
		@NotBlank @Pattern(regexp = PhoneNumber.PATTERN, message = "{sms.phone.mainland}") String phone,
		@NotNull Priority priority, @NotBlank @Size(max = 128) @Pattern(regexp = "[\\x21-\\x7e]+") String idempotencyKey) {

	SendSmsRequest {
		params = (params != null) ? Map.copyOf(params) : Map.of();
	}

	@Override
	public String toString() {
		return "SendSmsRequest[template=" + this.template + ", priority=" + this.priority + ", phone="
				+ (PhoneNumber.isValid(this.phone) ? PhoneNumber.parse(this.phone).masked() : "(invalid)") + "]";
	}

}
