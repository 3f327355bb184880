package org.sunshine.sms.smpp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code smpp} in the readiness group: UP while at least one SMSC session is bound (the primary, or
 * the fallback while the primary is down), DOWN with each link's reason otherwise.
 */
public class SmppHealthIndicator implements HealthIndicator {

	private final List<SmppClient> clients;

	public SmppHealthIndicator(List<SmppClient> clients) {
		this.clients = List.copyOf(clients);
	}

	@Override
	public Health health() {
		boolean anyBound = false;
		Map<String, Object> links = new LinkedHashMap<>();
		for (SmppClient client : this.clients) {
			Map<String, Object> link = new LinkedHashMap<>();
			link.put("smsc", client.endpoint().toString());
			link.put("bound", client.isBound());
			link.put("boundSessions", client.boundSessions());
			if (client.isBound()) {
				anyBound = true;
				link.put("boundSince", String.valueOf(client.boundSince()));
			}
			else {
				link.put("error", String.valueOf(client.lastError()));
			}
			links.put(client.name(), link);
		}
		return (anyBound ? Health.up() : Health.down()).withDetails(links).build();
	}

}
