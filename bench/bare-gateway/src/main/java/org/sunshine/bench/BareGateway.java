package org.sunshine.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The framework alone: the route comes from application.yml (BARE_TARGET), nothing else is added. */
@SpringBootApplication
public class BareGateway {
  public static void main(String[] args) {
    SpringApplication.run(BareGateway.class, args);
  }
}
