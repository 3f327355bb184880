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

/** A channel staff record complaints from: anything but ONLINE. Null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = OfflineChannel.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface OfflineChannel {

	String message() default "{complaint.channel.offline}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<OfflineChannel, Channel> {

		@Override
		public boolean isValid(Channel value, ConstraintValidatorContext context) {
			return value != Channel.ONLINE;
		}

	}

}
