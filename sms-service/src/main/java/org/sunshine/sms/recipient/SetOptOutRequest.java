package org.sunshine.sms.recipient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Adds a number to the opt-out list or takes it off.
 *
 * @param phone a mainland mobile number
 * @param optedOut true to stop non-essential messages, false to allow them again
 */
record SetOptOutRequest(@NotBlank @Pattern(regexp = PhoneNumber.PATTERN, message = "{sms.phone.mainland}") String phone,
		boolean optedOut) {

	@Override
	public String toString() {
		return "SetOptOutRequest[optedOut=" + this.optedOut + "]";
	}

}
