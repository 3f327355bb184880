package org.sunshine.complaint.privacy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key the AES-256 key, base64; when blank the key file is used
 * @param keyFile where the key is kept for an embedded run (generated once, owner-only)
 */
@ConfigurationProperties("complaint.privacy")
record PrivacyProperties(String key, Path keyFile) {
}
