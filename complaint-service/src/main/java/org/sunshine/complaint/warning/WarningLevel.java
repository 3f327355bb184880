package org.sunshine.complaint.warning;

/**
 * How urgent a warning signal (预警纠错信号) is; each level reaches more people than the one before.
 */
public enum WarningLevel {

	/** The reply deadline is near: two working days or less remain (蓝色预警). Reaches the handler. */
	BLUE,

	/** The reply is due today (黄色预警). Reaches the handler and the unit head. */
	YELLOW,

	/**
	 * The reply deadline has passed (红色预警), raised again on every further working day it stays overdue.
	 * Reaches the handler, the unit head and the supervision center.
	 */
	RED,

	/** The complaint was not accepted or rejected within its acceptance limit (受理超期). Reaches the supervision center. */
	ACCEPTANCE

}
