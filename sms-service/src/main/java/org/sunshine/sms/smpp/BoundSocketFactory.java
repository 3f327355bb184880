package org.sunshine.sms.smpp;

import java.net.ServerSocket;
import java.net.SocketException;

import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

/** Hands jSMPP the socket already bound to loopback, so the SMSC is never reachable from outside. */
record BoundSocketFactory(ServerSocket socket) implements ServerConnectionFactory {

	@Override
	public ServerConnection listen(int port) {
		return new ServerSocketConnection(this.socket);
	}

	@Override
	public ServerConnection listen(int port, int timeout) throws SocketException {
		this.socket.setSoTimeout(timeout);
		return new ServerSocketConnection(this.socket);
	}

	@Override
	public ServerConnection listen(int port, int timeout, int backlog) throws SocketException {
		return listen(port, timeout);
	}

}
