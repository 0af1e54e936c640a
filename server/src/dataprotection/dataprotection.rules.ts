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
  people: ["full_name", "email", "phone", "address", "postcode", "interpreter_language", "accessibility_needs"],
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
  key_dates: ["notes", "void_reason"],
  cases: ["closure_note"],
  activities: ["summary", "void_reason"],
  consents: ["party_name", "party_organisation", "may_share"],
  meetings: ["kind", "key_points", "actions"],
  conduct_incidents: ["description", "signposting", "review_note"],
  activity_expenses: ["note"],
  safeguarding_concerns: ["summary", "outcome"],
  overdue_items: ["label"],
  case_level_changes: ["reason"],
  case_reopenings: ["reason"],
  idempotency_keys: ["body"],
  mental_capacity_assessments: ["assessed_by", "notes"],
  // Corrections keep previous values (issue 19): erased with the person they belong to.
  record_corrections: ["previous_value", "new_value", "reason"],
  // Document names may name the child; the bytes (document_contents) are deleted outright (decision 038).
  documents: ["name", "void_reason", "sha256"],
} as const;

/**
 * Every other text and JSON column, with why it is not a family's personal data to erase. Together
 * with PERSONAL_COLUMNS it names every text and JSON column of the schema: a test fails on a column
 * in neither list, so a new free-text column cannot escape erasure unnoticed.
 */
export const NOT_PERSONAL_COLUMNS = {
  notification_outbox: {
    dedupe_key: "the kind of email and the ids of the event that caused it (decision 040)",
    reference: "the referral reference, which names no one; the address is looked up at sending, never stored",
    response_promise: "the service's own response promise (a date and a way of contact), no one's details",
    last_error: "the mail server's refusal with every address masked",
  },
  letter_templates: {
    kind: "which letter the wording is for",
    body: "a service's standard wording with placeholders; families' details are filled in only when a letter is made",
  },
  documents: {
    content_type: "the checked type of a file, from a fixed allow-list",
    storage_key: "a random key the server made for the bytes",
    letter_kind: "which of the service's letter templates, by name",
    letter_format: "standard, large print or easy read",
  },
  document_contents: { storage_key: "a random key the server made; the bytes are deleted on erasure" },
  record_corrections: {
    entity_type: "the kind of record corrected",
    field: "the name of the field corrected, never its value",
  },
  idempotency_keys: {
    scope: "whose retry key it is: a staff id or 'public'",
    key: "a random key the dashboard made",
    request_hash: "a hash of the request, not reversible",
  },
  evaluation_pending: {
    answers: "a family's anonymous evaluation, unlinkable to any case by construction (decision 029)",
  },
  password_links: { token_hash: "a hash of a one-time set-password token for a staff member" },
  audit_events: {
    action: "the action's name",
    entity_type: "the kind of record",
    fields: "the names of the fields read or changed, never their values",
    correlation_id: "a random request id",
  },
  children: { ethnicity: "equality-monitoring category from a fixed list: the statistical skeleton erasure keeps" },
  people: { ethnicity: "equality-monitoring category from a fixed list: the statistical skeleton erasure keeps" },
  complaints: {
    from_whom: "complaints about the service are not linked to a service user's record; kept under the complaints policy",
    what: "complaints about the service are not linked to a service user's record; kept under the complaints policy",
    measures_taken: "complaints about the service are not linked to a service user's record; kept under the complaints policy",
    escalated_to: "the body a complaint went to",
  },
  conflict_declarations: {
    subject: "a staff member's declaration (a name or a setting), not linked to a service user's record",
    postcode: "a staff member's declaration, not linked to a service user's record; kept under the staff records policy",
    notes: "a staff member's declaration, kept under the staff records policy",
  },
  staff_training: { evidence_ref: "where a staff member's certificate is kept" },
  staff_appraisals: { evidence_ref: "where a staff member's appraisal record is kept" },
  consents: { party_type: "category from a fixed list" },
  evaluation_invitations: { token_hash: "a hash of a random code" },
  evaluation_responses: { answers: "anonymous by construction, unlinkable to a family (decision 005)" },
  overdue_items: { subject_type: "the kind of record" },
  name_words: {
    word: "one word of some name, with no link to a person, record or service; the triggers delete it in the transaction that erases or corrects the last name holding it (decision 053)",
  },
  rate_limit_counters: { bucket: "the limit's name", key: "a SHA-256 hash" },
  rate_limit_events: { bucket: "the limit's name", key: "a SHA-256 hash" },
  referrals: {
    reference: "the service's reference number, kept so the skeleton can be found",
    topic: "category from a fixed list",
    postcode_district: "the postcode district (outward code): the statistical skeleton erasure keeps",
  },
  services: {
    slug: "the service's own details",
    name: "the service's own details",
    office_hours: "the service's own details",
    closure_days: "the service's own details",
    area_name: "the service's own details",
    helpline_phone: "the service's own details",
    area_postcode_districts: "the service's own details",
  },
  sessions: { token_hash: "a hash of a random token" },
  staff: {
    email: "staff records, not a family's",
    display_name: "staff records, not a family's",
    password_hash: "an argon2 hash",
    dbs_evidence_ref: "where a staff member's DBS certificate is recorded; staff records",
  },
  supervisions: {
    topics: "staff supervision records, kept under the staff records policy",
    notes: "staff supervision records, kept under the staff records policy",
  },
  stats_daily: { metric: "a statistic's name", key: "a category" },
  stats_monthly: { metric: "a statistic's name", key: "a category" },
  stats_national_daily: { metric: "a statistic's name", key: "a category" },
  stats_national_monthly: { metric: "a statistic's name", key: "a category" },
  stats_pending: { family: "the kind of record a transaction wrote, for the rollups (decision 052)" },
  stats_pending_counts: {
    family: "the kind of record a transaction wrote, for the rollups (decision 052)",
    metric: "a statistic's name",
    key: "a category",
  },
  stats_changed: {
    source:
      "the name of a table a transaction changed, or a month of a rollup table or of referrals received, for the statistics versions (decisions 059, 060, 063)",
  },
  stats_source_versions: {
    source: "the name of a table the statistics read, or a month of a rollup table or of referrals received (decisions 059, 060, 063)",
  },
  waiting_list_snapshots: { detail: "counts by status" },
  conduct_referral_flags: { matched_on: "how a referral was matched, from a fixed set of phrases (decision 042)" },
  group_sessions: {
    title: "a session the service ran for many families: its own group work, not a family's record",
    facilitator: "who ran a session: staff or a partner organisation",
  },
  monitoring_notes: {
    summary: "anonymised by rule: no link to a family, text that looks personal is refused (decision 042)",
  },
} as const satisfies Record<string, Record<string, string>>;
