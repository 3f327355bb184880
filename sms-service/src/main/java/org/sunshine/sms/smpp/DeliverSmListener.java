package org.sunshine.sms.smpp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Sinks;

/**
 * Receives deliver_sm on jSMPP's reader threads: delivery receipts and replies. It must return
 * quickly (the SMSC waits for deliver_sm_resp), so it only publishes. One listener serves every session
 * of a pool, each with several processing threads, so emissions are serialized here: a sink refuses a
 * concurrent emission, and refusing the deliver_sm would leave the receipt with the SMSC.
 */
final class DeliverSmListener implements MessageReceiverListener {

	private static final Logger log = LoggerFactory.getLogger(DeliverSmListener.class);

	private static final Sinks.EmitFailureHandler RETRY_BRIEFLY = Sinks.EmitFailureHandler
		.busyLooping(Duration.ofSeconds(1));

	private final String provider;

	private final Sinks.Many<DeliveryReport> reports;

	private final Sinks.Many<InboundSms> inbound;

	DeliverSmListener(String provider, Sinks.Many<DeliveryReport> reports, Sinks.Many<InboundSms> inbound) {
		this.provider = provider;
		this.reports = reports;
		this.inbound = inbound;
	}

	@Override
	public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
		if (!deliverSm.isSmscDeliveryReceipt()) {
			InboundSms reply = new InboundSms(deliverSm.getSourceAddr(), decode(deliverSm));
			synchronized (this.inbound) {
				this.inbound.emitNext(reply, RETRY_BRIEFLY);
			}
			return;
		}
		try {
			DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
			String stat = (receipt.getFinalStatus() != null) ? receipt.getFinalStatus().name() : "UNKNOWN";
			DeliveryReport report = new DeliveryReport(this.provider + ":" + receipt.getId(), outcome(stat), stat,
					receipt.getError());
			synchronized (this.reports) {
				this.reports.emitNext(report, RETRY_BRIEFLY);
			}
		}
		catch (InvalidDeliveryReceiptException ex) {
			// Acknowledged anyway: refusing would make the SMSC redeliver the same unreadable receipt forever.
			log.warn("Unreadable delivery receipt: {}", ex.getMessage());
		}
	}

	@Override
	public void onAcceptAlertNotification(AlertNotification alertNotification) {
		// No use for alert_notification: this client never asks for it.
	}

	@Override
	public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
		throw new ProcessRequestException("data_sm is not supported", 0x03);
	}

	/** UCS2 or, for anything else, the bytes as Latin-1 (replies like "TD" are plain ASCII). */
	private static String decode(DeliverSm deliverSm) {
		byte[] payload = (deliverSm.getShortMessage() != null) ? deliverSm.getShortMessage() : new byte[0];
		int offset = (deliverSm.isUdhi() && payload.length > 0) ? (payload[0] & 0xFF) + 1 : 0;
		offset = Math.min(offset, payload.length);
		boolean ucs2 = (deliverSm.getDataCoding() & 0x0F) == 0x08;
		return new String(payload, offset, payload.length - offset,
				ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
	}

	static DeliveryReport.Outcome outcome(String stat) {
		return switch (stat) {
			case "DELIVRD" -> DeliveryReport.Outcome.DELIVERED;
			case "EXPIRED" -> DeliveryReport.Outcome.EXPIRED;
			case "ENROUTE", "ACCEPTD" -> DeliveryReport.Outcome.PENDING;
			default -> DeliveryReport.Outcome.FAILED;
		};
	}

}
