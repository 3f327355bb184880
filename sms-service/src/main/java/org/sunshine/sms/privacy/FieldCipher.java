package org.sunshine.sms.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Protects personal data at rest: a recipient's number and the rendered text (which may hold a
 * verification code) are stored AES-GCM encrypted, so the sender can still send after a restart,
 * and numbers are also stored as a keyed hash (HMAC-SHA256) to count per-recipient limits and match
 * opt-outs without decrypting. Both keys are derived from one master key.
 */
@Component
public class FieldCipher {

	private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	@Autowired
	FieldCipher(PrivacyProperties properties) {
		this(masterKey(properties));
	}

	/** For tests: a cipher over a given 32-byte master key. */
	public FieldCipher(byte[] masterKey) {
		if (masterKey.length < 32) {
			throw new IllegalArgumentException("The master key must have at least 32 bytes");
		}
		this.encryptionKey = new SecretKeySpec(derive(masterKey, "sms-field-encryption"), "AES");
		this.hashKey = new SecretKeySpec(derive(masterKey, "sms-recipient-hash"), "HmacSHA256");
	}

	public String encrypt(String plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public String decrypt(String token) {
		try {
			byte[] all = Base64.getDecoder().decode(token);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
			return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed: wrong key or tampered data", ex);
		}
	}

	/** A stable keyed hash: equal inputs match, yet the input cannot be recovered by trying all numbers. */
	public String hash(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Hashing failed", ex);
		}
	}

	private static byte[] derive(byte[] master, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(master, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Key derivation failed", ex);
		}
	}

	private static byte[] masterKey(PrivacyProperties properties) {
		if (properties.key() != null && !properties.key().isBlank()) {
			return Base64.getDecoder().decode(properties.key().strip());
		}
		if (properties.keyFile() == null) {
			throw new IllegalStateException("Set sunshine.sms.privacy.key (SMS_ENCRYPTION_KEY) or a key file");
		}
		return readOrCreate(properties.keyFile().toAbsolutePath());
	}

	private static byte[] readOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				// Written aside and moved into place, so a concurrent reader never sees a half-written key.
				Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp");
				trySetOwnerOnly(temporary);
				Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
				try {
					Files.move(temporary, file);
					log.info("Created a new SMS data key in {} (set SMS_ENCRYPTION_KEY in production)", file);
				}
				catch (FileAlreadyExistsException ex) {
					// Another process created it first: use theirs.
					Files.deleteIfExists(temporary);
				}
			}
			return Base64.getDecoder().decode(Files.readString(file).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the SMS data key " + file, ex);
		}
	}

	private static void trySetOwnerOnly(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.warn("Cannot restrict permissions of {}", file);
		}
	}

}
