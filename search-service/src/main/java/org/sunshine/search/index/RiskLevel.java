package org.sunshine.search.index;

/** Integrity-risk level of a power item: HIGH (red), MEDIUM (yellow), LOW (orange). */
public enum RiskLevel {
	HIGH, MEDIUM, LOW
}
