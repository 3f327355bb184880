package org.sunshine.sms.message;

import java.util.List;

/** One page of messages, newest first. */
record MessagePage(List<MessageView> content, int page, int size, long totalElements) {

}
