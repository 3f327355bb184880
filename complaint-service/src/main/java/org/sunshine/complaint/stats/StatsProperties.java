package org.sunshine.complaint.stats;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Public statistics.
 *
 * @param maxAge how old the figures may be when served: they are added up from every complaint in one
 *        pass, shared by all requests for this long (the answer's {@code asOf} says when)
 */
@Validated
@ConfigurationProperties("complaint.stats")
record StatsProperties(@DefaultValue("30s") @NotNull Duration maxAge) {
}
