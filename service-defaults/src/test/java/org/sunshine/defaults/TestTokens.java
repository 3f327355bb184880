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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
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

	static final String PREVIOUS_KEY_ID = "previous-key";

	static final String NEXT_KEY_ID = "next-key";

	private static final KeyPair KEYS = rsa();

	private static final KeyPair OTHER_KEYS = rsa();

	/** The key the gateway signed with before its last rotation, published until retired. */
	private static final KeyPair PREVIOUS_KEYS = rsa();

	/** The key of the next rotation, published only once {@link #publishNextKey()} is called. */
	private static final KeyPair NEXT_KEYS = rsa();

	private static final Map<String, KeyPair> PUBLISHED = new ConcurrentHashMap<>(
			Map.of(KEY_ID, KEYS, PREVIOUS_KEY_ID, PREVIOUS_KEYS));

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
		return sign(change, KEYS, KEY_ID);
	}

	/** A valid token signed with the previous key (published until {@link #retirePreviousKey()}). */
	public static String mintWithPreviousKey(UnaryOperator<JWTClaimsSet.Builder> change) {
		return sign(change, PREVIOUS_KEYS, PREVIOUS_KEY_ID);
	}

	/** A token signed with the next key, published only after {@link #publishNextKey()}. */
	public static String mintWithNextKey(UnaryOperator<JWTClaimsSet.Builder> change) {
		return sign(change, NEXT_KEYS, NEXT_KEY_ID);
	}

	/** The gateway retires the previous key: the JWKS no longer lists it. */
	public static void retirePreviousKey() {
		PUBLISHED.remove(PREVIOUS_KEY_ID);
	}

	/** The gateway rotates: the next key joins the JWKS. */
	public static void publishNextKey() {
		PUBLISHED.put(NEXT_KEY_ID, NEXT_KEYS);
	}

	/** A token that looks right but is signed by a key the services do not know. */
	public static String mintWithForeignKey(UnaryOperator<JWTClaimsSet.Builder> change) {
		return sign(change, OTHER_KEYS, KEY_ID);
	}

	private static String sign(UnaryOperator<JWTClaimsSet.Builder> change, KeyPair keys, String keyId) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("someone")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)));
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
					change.apply(claims).build());
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String publish() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/.well-known/jwks.json", (exchange) -> {
				byte[] jwks = new JWKSet(PUBLISHED.entrySet()
					.stream()
					.<JWK>map((key) -> new RSAKey.Builder((RSAPublicKey) key.getValue().getPublic()).keyID(key.getKey())
						.build())
					.toList()).toString().getBytes(StandardCharsets.UTF_8);
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
