package org.sunshine.complaint.complaint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A real-name complaint names its author (name and phone); an anonymous one carries no identity at
 * all, so nothing identifying is stored by mistake. Violations are reported on the offending field.
 */
@Documented
@Constraint(validatedBy = ValidComplainant.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidComplainant {

	String message() default "{complaint.complainant.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidComplainant, ComplainantDetails> {

		@Override
		public boolean isValid(ComplainantDetails request, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (request.anonymous()) {
				valid &= absent(request.name(), "name", "{complaint.anonymous.no-identity}", context);
				valid &= absent(request.phone(), "phone", "{complaint.anonymous.no-identity}", context);
				valid &= absent(request.idNumber(), "idNumber", "{complaint.anonymous.no-identity}", context);
			}
			else {
				valid &= present(request.name(), "name", context);
				valid &= present(request.phone(), "phone", context);
			}
			return valid;
		}

		private static boolean absent(String value, String field, String message, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

		private static boolean present(String value, String field, ConstraintValidatorContext context) {
			if (value != null && !value.isBlank()) {
				return true;
			}
			context.buildConstraintViolationWithTemplate("{complaint.real-name.required}")
				.addPropertyNode(field)
				.addConstraintViolation();
			return false;
		}

	}

}
