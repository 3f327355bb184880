package org.sunshine.sms.smpp;

/**
 * Where the client binds and with which account: the embedded SMSC or a carrier's gateway.
 *
 * @param embedded whether it is the in-process SMSC
 */
public record SmscEndpoint(String host, int port, String systemId, String password, boolean embedded) {

	/** The same endpoint with another password. */
	public SmscEndpoint withPassword(String otherPassword) {
		return new SmscEndpoint(this.host, this.port, this.systemId, otherPassword, this.embedded);
	}

	@Override
	public String toString() {
		return this.systemId + "@" + this.host + ":" + this.port + (this.embedded ? " (embedded SMSC)" : "");
	}

}
