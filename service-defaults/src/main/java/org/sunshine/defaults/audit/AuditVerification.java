package org.sunshine.defaults.audit;

/**
 * The verifier's answer. {@code intact} when every entry's hash matches its content and links to
 * the one before it with no sequence missing. Otherwise {@code brokenAt} is the first sequence that
 * does not hold and {@code problem} says why. {@code headSequence}/{@code headHash} are the last
 * entry checked: keep them outside the system to detect a cut-off tail later.
 */
public record AuditVerification(boolean intact, long entries, long headSequence, String headHash, Long brokenAt,
		String problem) {

}
