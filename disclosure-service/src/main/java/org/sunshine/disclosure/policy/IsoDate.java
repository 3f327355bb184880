package org.sunshine.disclosure.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An ISO-8601 calendar date ({@code 2025-06-30}) that exists; null passes (pair with {@code @NotNull}). */
@Documented
@Constraint(validatedBy = IsoDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface IsoDate {

	String message() default "{org.sunshine.disclosure.IsoDate.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<IsoDate, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			try {
				LocalDate.parse(value);
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

}
