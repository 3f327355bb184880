package org.sunshine.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Real RS256 tokens for the tests, signed by a key pair made here, whose public half is published
 * as a JWKS on a loopback HTTP server, the way the gateway publishes its own: the services' token
 * validation (signature, issuer, audience, algorithm, expiry) runs unchanged.
 */
public final class TestTokens {

	public static final String ISSUER = "urn:sunshine-affairs";

	public static final String AUDIENCE = "sunshine-affairs-api";

	static final String KEY_ID = "test-key";

	private static final KeyPair KEYS = rsa();

	private static final KeyPair OTHER_KEYS = rsa();

	private static final String JWKS_URI = publish();

	private TestTokens() {
	}

	public static String jwksUri() {
		return JWKS_URI;
	}

	/** A valid token for a member of staff with these roles. */
	public static String staff(String username, String... roles) {
		return mint((claims) -> claims.subject(username).claim("roles", List.of(roles)));
	}

	/** A token with valid defaults that {@code change} may alter (expiry, audience, issuer, …). */
	public static String mint(UnaryOperator<JWTClaimsSet.Builder> change) {
		return sign(change, KEYS);
	}

	/** A token that looks right but is signed by a key the services do not know. */
	public static String mintWithForeignKey(UnaryOperator<JWTClaimsSet.Builder> change) {
		return sign(change, OTHER_KEYS);
	}

	private static String sign(UnaryOperator<JWTClaimsSet.Builder> change, KeyPair keys) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("someone")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)));
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(),
					change.apply(claims).build());
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String publish() {
		byte[] jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID(KEY_ID).build())
			.toString()
			.getBytes(StandardCharsets.UTF_8);
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/.well-known/jwks.json", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				exchange.getResponseBody().write(jwks);
				exchange.close();
			});
			server.start();
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
