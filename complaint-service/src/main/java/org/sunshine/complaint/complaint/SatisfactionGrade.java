package org.sunshine.complaint.complaint;

/** How satisfied the complainant is with the reply (满意度). */
public enum SatisfactionGrade {

	/** 满意. */
	SATISFIED,
	/** 基本满意. */
	BASICALLY_SATISFIED,
	/** 不满意: reopens the complaint once. */
	DISSATISFIED

}
