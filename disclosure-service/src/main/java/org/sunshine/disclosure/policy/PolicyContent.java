package org.sunshine.disclosure.policy;

import java.time.LocalDate;

/**
 * One version of a policy document (政策法规).
 *
 * @param docNumber document number (文号) as written
 * @param title title
 * @param issuer issuing authority
 * @param category 最新法规, 优惠政策, 办税指南, 问题解答, …
 * @param issuedOn date of issue
 * @param effectiveOn date it takes effect
 * @param repealedOn date it was repealed, if it was
 * @param body full text
 */
public record PolicyContent(String docNumber, String title, String issuer, String category, LocalDate issuedOn,
		LocalDate effectiveOn, LocalDate repealedOn, String body) {
}
