package org.sunshine.complaint.complaint;

/**
 * Who filed a complaint, as staff see it in lists and details: masked, and for staff of the department
 * complained about not at all ({@code ANONYMOUS_TO_YOU}, "对您匿名").
 *
 * @param identity ANONYMOUS, REAL_NAME or ANONYMOUS_TO_YOU
 * @param name the name masked ({@code 张**}), only for REAL_NAME
 * @param phone the phone masked ({@code 138****5678}), only for REAL_NAME
 * @param canUnseal whether this viewer may unseal the identity (each unseal is recorded)
 */
record ComplainantView(String identity, String name, String phone, boolean canUnseal) {

	static final ComplainantView ANONYMOUS = new ComplainantView("ANONYMOUS", null, null, false);

	static final ComplainantView ANONYMOUS_TO_YOU = new ComplainantView("ANONYMOUS_TO_YOU", null, null, false);

}
