package org.sunshine.complaint.complaint;

/** How a complaint reached the bureau. */
public enum Channel {

	ONLINE, HOTLINE, LETTER, VISIT, SMS

}
