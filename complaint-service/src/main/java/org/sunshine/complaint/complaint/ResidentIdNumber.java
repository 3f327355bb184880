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

/** An 18-character resident ID number (GB 11643) whose check character is right; null is allowed. */
@Documented
@Constraint(validatedBy = ResidentIdNumber.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface ResidentIdNumber {

	String message() default "{complaint.id-number.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ResidentIdNumber, String> {

		private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

		private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || isValid(value);
		}

		static boolean isValid(String value) {
			if (!value.matches("\\d{17}[\\dXx]")) {
				return false;
			}
			int sum = 0;
			for (int i = 0; i < 17; i++) {
				sum += (value.charAt(i) - '0') * WEIGHTS[i];
			}
			return Character.toUpperCase(value.charAt(17)) == CHECK[sum % 11];
		}

	}

}
