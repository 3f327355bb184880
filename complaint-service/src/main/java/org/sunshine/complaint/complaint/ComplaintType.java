package org.sunshine.complaint.complaint;

/** What a complaint is about; each type has its own reply limit. */
public enum ComplaintType {

	/** Work conduct of staff (作风). */
	CONDUCT,
	/** Quality of tax service (服务). */
	SERVICE,
	/** A taxpayer's rights (权益). */
	RIGHTS,
	/** A report of misconduct or corruption (举报). */
	INTEGRITY_REPORT,
	/** A suggestion (建议). */
	SUGGESTION

}
