package org.sunshine.gateway.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** Staff sign in at the OpenID provider named by {@code OIDC_ISSUER_URI}; the opposite of {@link LocalSignIn}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("!'${sunshine.security.oidc-issuer-uri:}'.isBlank()")
@interface ProviderSignIn {

}
