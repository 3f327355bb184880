package org.sunshine.gateway.auth;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.support.WebExchangeBindException;

/**
 * The rules a new password keeps beyond its length (checked by bean validation on the request):
 * not the user name. Errors are reported like bean validation's, field by field, and never carry
 * the rejected value (it is a password).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private static final String OBJECT = "passwordChangeRequest";

	private PasswordPolicy() {
	}

	static List<FieldError> check(String username, String newPassword) {
		List<FieldError> errors = new ArrayList<>();
		if (newPassword.strip().equalsIgnoreCase(username)) {
			errors.add(error("newPassword", "password.same-as-username"));
		}
		return errors;
	}

	static FieldError error(String field, String code) {
		return new FieldError(OBJECT, field, null, false, new String[] { code }, null, code);
	}

	static WebExchangeBindException problem(List<FieldError> errors) {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), OBJECT);
		errors.forEach(result::addError);
		return new WebExchangeBindException(bodyParameter(), result);
	}

	private static MethodParameter bodyParameter() {
		for (Method method : StaffAccountController.class.getDeclaredMethods()) {
			if (method.getName().equals("changePassword")) {
				return new MethodParameter(method, 1);
			}
		}
		throw new IllegalStateException("StaffAccountController.changePassword is missing");
	}

}
