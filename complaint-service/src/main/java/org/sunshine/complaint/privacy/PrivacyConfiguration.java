package org.sunshine.complaint.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

	@Bean
	PersonalDataCipher personalDataCipher(PrivacyProperties properties) {
		if (StringUtils.hasText(properties.key())) {
			return new PersonalDataCipher(Base64.getDecoder().decode(properties.key().trim()));
		}
		return new PersonalDataCipher(loadOrCreate(properties.keyFile().toAbsolutePath()));
	}

	/** An embedded run keeps its key beside its data, created once and readable by the owner only. */
	private static byte[] loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.getParent());
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			log.info("Generated a personal-data key in {}", file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the personal-data key " + file, ex);
		}
	}

}
