/*
 * Data protection [000, 001, 004]: erasure removes a family's personal data everywhere and keeps the
 * anonymised statistical skeleton, so statistics do not change.
 */

/** Stands in for a third party's name on an erased consent (the column is required). */
export const ERASED = "(erased)";

/**
 * Every column that holds a family's personal data, by table. Erasure nulls (or blanks) exactly
 * these and keeps the statistical skeleton: dates, categories, levels, channels, age at referral,
 * postcode district. A test plants a canary in each of them and searches a dump of the database.
 */
export const PERSONAL_COLUMNS = {
  people: ["full_name", "email", "phone", "address", "postcode", "interpreter_language"],
  children: ["full_name", "date_of_birth", "education_setting", "needs_overview"],
  referrals: [
    "referrer_name",
    "referrer_organisation",
    "reason_for_referral",
    "ineligible_reason",
    "signposting",
    "priority_override_reason",
    "triage_notes",
  ],
  key_dates: ["notes"],
  cases: ["closure_note"],
  activities: ["summary", "void_reason"],
  consents: ["party_name", "party_organisation"],
  meetings: ["key_points", "actions"],
  conduct_incidents: ["description", "signposting"],
  safeguarding_concerns: ["summary", "outcome"],
  overdue_items: ["label"],
  // Corrections keep previous values (issue 19): erased with the person they belong to.
  record_corrections: ["previous_value", "new_value", "reason"],
} as const;
