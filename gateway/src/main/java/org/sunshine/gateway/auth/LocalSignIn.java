package org.sunshine.gateway.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Staff accounts, passwords and signing keys of this gateway: only when no OpenID provider is configured
 * ({@code OIDC_ISSUER_URI}). With one, the services take the provider's tokens only, so local accounts
 * and keys would sign tokens nobody accepts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("'${sunshine.security.oidc-issuer-uri:}'.isBlank()")
@interface LocalSignIn {

}
