package org.sunshine.complaint.complaint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An {@code Idempotency-Key} header: at most 64 visible ASCII characters, so a key is stored and
 * compared as sent. Each part reports its own violation.
 */
@Documented
@Size(max = 64)
@Pattern(regexp = "[\\x21-\\x7E]+")
@Constraint(validatedBy = {})
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidIdempotencyKey {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
