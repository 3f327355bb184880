package org.sunshine.sms.smpp;

import java.util.Map;
import java.util.Set;

/** Names and classes of SMPP 3.4 command_status values seen in practice. */
final class SmppStatus {

	static final int ESME_RINVMSGLEN = 0x01;

	static final int ESME_RSYSERR = 0x08;

	static final int ESME_RINVDSTADR = 0x0B;

	static final int ESME_RBINDFAIL = 0x0D;

	static final int ESME_RINVPASWD = 0x0E;

	static final int ESME_RINVSYSID = 0x0F;

	static final int ESME_RMSGQFUL = 0x14;

	static final int ESME_RSUBMITFAIL = 0x45;

	static final int ESME_RTHROTTLED = 0x58;

	static final int ESME_RX_T_APPN = 0x64;

	/** Congestion or a passing fault at the SMSC: the same segment may succeed later. */
	private static final Set<Integer> RETRYABLE = Set.of(ESME_RSYSERR, ESME_RMSGQFUL, ESME_RSUBMITFAIL,
			ESME_RTHROTTLED, ESME_RX_T_APPN);

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(ESME_RINVMSGLEN, "ESME_RINVMSGLEN"),
			Map.entry(ESME_RSYSERR, "ESME_RSYSERR"), Map.entry(ESME_RINVDSTADR, "ESME_RINVDSTADR"),
			Map.entry(ESME_RBINDFAIL, "ESME_RBINDFAIL"), Map.entry(ESME_RINVPASWD, "ESME_RINVPASWD"),
			Map.entry(ESME_RINVSYSID, "ESME_RINVSYSID"), Map.entry(ESME_RMSGQFUL, "ESME_RMSGQFUL"),
			Map.entry(ESME_RSUBMITFAIL, "ESME_RSUBMITFAIL"), Map.entry(ESME_RTHROTTLED, "ESME_RTHROTTLED"),
			Map.entry(ESME_RX_T_APPN, "ESME_RX_T_APPN"), Map.entry(0x05, "ESME_RALYBND"),
			Map.entry(0x0A, "ESME_RINVSRCADR"), Map.entry(0x66, "ESME_RX_P_APPN"), Map.entry(0x67, "ESME_RX_R_APPN"));

	private static final Map<Integer, String> MEANINGS = Map.of(ESME_RINVPASWD, "invalid password", ESME_RINVSYSID,
			"invalid system id", ESME_RBINDFAIL, "bind failed", ESME_RTHROTTLED, "throttled", ESME_RMSGQFUL,
			"message queue full", ESME_RINVDSTADR, "invalid destination address", ESME_RSYSERR, "system error");

	private SmppStatus() {
	}

	static boolean retryable(int status) {
		return RETRYABLE.contains(status);
	}

	/** E.g. {@code ESME_RINVPASWD (0x0000000e): invalid password}. */
	static String describe(int status) {
		String text = NAMES.getOrDefault(status, "status") + String.format(" (0x%08x)", status);
		String meaning = MEANINGS.get(status);
		return (meaning != null) ? text + ": " + meaning : text;
	}

}
