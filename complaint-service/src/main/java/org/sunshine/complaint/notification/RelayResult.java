package org.sunshine.complaint.notification;

/**
 * What one relay pass did.
 *
 * @param ran false when no service token could be had, so nothing was tried
 * @param sent entries sms-service accepted (or already had) and that were removed
 * @param failed entries refused for good, recorded in {@code notification_failures} and removed
 * @param retrying entries that failed for now and wait for their next attempt
 */
record RelayResult(boolean ran, long sent, long failed, long retrying) {

	static final RelayResult EMPTY = new RelayResult(true, 0, 0, 0);

	static final RelayResult NO_TOKEN = new RelayResult(false, 0, 0, 0);

	RelayResult plus(RelayResult other) {
		return new RelayResult(this.ran && other.ran, this.sent + other.sent, this.failed + other.failed,
				this.retrying + other.retrying);
	}

}
