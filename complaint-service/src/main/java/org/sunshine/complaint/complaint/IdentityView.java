package org.sunshine.complaint.complaint;

/** A real-name complainant's identity, unsealed for staff allowed to see it; every unseal is recorded. */
record IdentityView(String trackingNumber, String name, String phone, String idNumber) {
}
