package org.sunshine.complaint.complaint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A moment of receipt that is not in the future and at most {@link Validator#MAX_AGE} old. Spring
 * creates the validator with the application's Clock, so tests that move time move this check too.
 */
@Documented
@Constraint(validatedBy = RecentReceipt.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface RecentReceipt {

	String message() default "{complaint.received-at.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<RecentReceipt, OffsetDateTime> {

		static final Duration MAX_AGE = Duration.ofDays(60);

		private final Clock clock;

		/** Outside Spring (plain Bean Validation) the system clock is all there is. */
		Validator() {
			this(Clock.systemUTC());
		}

		@Autowired
		Validator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			var now = this.clock.instant();
			return !value.toInstant().isAfter(now) && !value.toInstant().isBefore(now.minus(MAX_AGE));
		}

	}

}
