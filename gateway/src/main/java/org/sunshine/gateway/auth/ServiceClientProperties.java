package org.sunshine.gateway.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Machine clients (the services themselves) that get a SERVICE token with the client-credentials
 * grant.
 *
 * @param ids the client ids allowed to ask (the services' names)
 * @param secret the shared secret (env {@code SERVICE_CLIENT_SECRET}); blank: read or generate {@code secretFile}
 * @param secretFile where first start writes a generated secret (mode 600) when none is given
 * @param tokenTtl lifetime of a service token, short because a client asks again whenever it needs one
 */
@ConfigurationProperties("sunshine.gateway.service-client")
record ServiceClientProperties(List<String> ids, String secret, Path secretFile, Duration tokenTtl) {

	ServiceClientProperties {
		ids = (ids != null) ? List.copyOf(ids) : List.of();
	}

}
