package org.sunshine.disclosure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The power catalog (权力清单) and policy documents the bureau discloses. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DisclosureServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(DisclosureServiceApplication.class, args);
	}

}
