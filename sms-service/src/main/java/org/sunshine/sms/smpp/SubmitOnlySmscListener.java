package org.sunshine.sms.smpp;

import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;

/** The SMSC side of jSMPP reduced to submit_sm: every other request is refused with ESME_RINVCMDID. */
abstract class SubmitOnlySmscListener implements ServerMessageReceiverListener, ServerResponseDeliveryListener {

	@Override
	public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
			throws ProcessRequestException {
		throw unsupported("submit_multi");
	}

	@Override
	public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
		throw unsupported("query_sm");
	}

	@Override
	public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
		throw unsupported("replace_sm");
	}

	@Override
	public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
		throw unsupported("cancel_sm");
	}

	@Override
	public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
			throws ProcessRequestException {
		throw unsupported("broadcast_sm");
	}

	@Override
	public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
			throws ProcessRequestException {
		throw unsupported("cancel_broadcast_sm");
	}

	@Override
	public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
			throws ProcessRequestException {
		throw unsupported("query_broadcast_sm");
	}

	@Override
	public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
		throw unsupported("data_sm");
	}

	@Override
	public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession source) {
		// submit_multi is refused above.
	}

	@Override
	public void onSubmitMultiRespError(SubmitMultiResult result, Exception cause, SMPPServerSession source) {
		// submit_multi is refused above.
	}

	private static ProcessRequestException unsupported(String command) {
		return new ProcessRequestException(command + " is not supported by the embedded SMSC", 0x03);
	}

}
