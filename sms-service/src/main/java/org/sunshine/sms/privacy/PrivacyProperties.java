package org.sunshine.sms.privacy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key protecting phone numbers and message texts at rest comes from.
 *
 * @param key base64 of 32 random bytes (env {@code SMS_ENCRYPTION_KEY}); takes precedence
 * @param keyFile used when {@code key} is blank: read, or created with fresh random bytes on first start
 */
@ConfigurationProperties("sunshine.sms.privacy")
record PrivacyProperties(String key, Path keyFile) {

}
