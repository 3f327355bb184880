package org.sunshine.sms.template;

/** What a template is for; per-recipient limits differ by kind. */
public enum TemplateKind {

	/** A verification code (验证码): strict limits, and they fail closed. */
	ONE_TIME_CODE,

	/** Progress, results, reminders and warnings. */
	NOTIFICATION

}
