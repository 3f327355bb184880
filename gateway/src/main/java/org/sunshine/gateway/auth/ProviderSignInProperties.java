package org.sunshine.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's registration at the OpenID provider ({@code OIDC_ISSUER_URI}): a public client using the
 * authorization code flow with PKCE, its redirect URI the portal's own address ({@code https://host/}).
 *
 * @param clientId the portal's client id at the provider ({@code OIDC_CLIENT_ID})
 * @param scope what the portal asks for ({@code openid} at least)
 */
@ConfigurationProperties("sunshine.gateway.oidc")
record ProviderSignInProperties(@DefaultValue("sunshine-portal") String clientId, @DefaultValue("openid") String scope) {
}
