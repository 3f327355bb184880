package org.sunshine.search;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Chinese full-text search over published policies and power items (政务公开检索). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SearchServiceApplication {

	static {
		// The embedded search node must not set Netty's processor count: Reactor Netty reads it first.
		System.setProperty("es.set.netty.runtime.available.processors", "false");
	}

	public static void main(String[] args) {
		SpringApplication.run(SearchServiceApplication.class, args);
	}
}
