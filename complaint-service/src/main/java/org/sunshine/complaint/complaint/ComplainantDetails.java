package org.sunshine.complaint.complaint;

/** Who filed a complaint, as a request states it: the part {@link ValidComplainant} checks. */
interface ComplainantDetails {

	boolean anonymous();

	String name();

	String phone();

	String idNumber();

}
