package org.sunshine.gateway.auth;

/** Staff roles carried in the token's {@code roles} claim. */
enum Role {

	/** Administers accounts, rules and templates. */
	ADMIN,
	/** Drafts power items and policies. */
	EDITOR,
	/** First review (审核) of a draft. */
	REVIEWER,
	/** Confidentiality review (保密审查), by a different person. */
	SECRECY_REVIEWER,
	/** Records and accepts complaints (受理). */
	CLERK,
	/** Investigates and replies to a complaint (承办人). */
	HANDLER,
	/** Head of a department or unit. */
	UNIT_HEAD,
	/** Integrity staff (纪检监察): every complaint, every warning. */
	SUPERVISOR,
	/** A service calling another (client-credentials grant); never given to a staff account. */
	SERVICE

}
