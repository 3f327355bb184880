package org.sunshine.complaint.warning;

/**
 * What one scan pass did (a batch result: a pass that fails part-way still reports what it did).
 *
 * @param ran false when another replica held the scan lease and this one did nothing
 * @param examined open complaints read (reply deadlines near or passed, acceptance overdue)
 * @param raised warnings newly recorded by this pass
 * @param alreadyRecorded warnings found already recorded (by an earlier pass, a restart or another replica)
 * @param unchanged complaints whose warning this replica had already seen recorded, so not written again
 * @param failed warnings that could not be stored; they are tried again on the next pass
 */
record ScanResult(boolean ran, long examined, long raised, long alreadyRecorded, long unchanged, long failed) {

	static final ScanResult EMPTY = new ScanResult(true, 0, 0, 0, 0, 0);

	static final ScanResult LEASE_HELD_ELSEWHERE = new ScanResult(false, 0, 0, 0, 0, 0);

	ScanResult plus(ScanResult other) {
		return new ScanResult(this.ran && other.ran, this.examined + other.examined, this.raised + other.raised,
				this.alreadyRecorded + other.alreadyRecorded, this.unchanged + other.unchanged,
				this.failed + other.failed);
	}

}
