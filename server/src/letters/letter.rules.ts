/*
 * Letters from per-service templates (decision 039): one list of kinds, one list of placeholders,
 * default wording for each kind in standard and easy-read form, and the font sizes by format.
 */
import type { AccessibilityNeed } from "../core/vocabulary.js";

export const LETTER_KINDS = ["ACKNOWLEDGEMENT", "CLOSURE", "APPOINTMENT", "CONSENT_TO_SHARE", "SIGNPOSTING"] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Each kind's title: the filed document's name and the PDF's title. */
export const LETTER_TITLES: Record<LetterKind, string> = {
  ACKNOWLEDGEMENT: "Acknowledgement letter",
  CLOSURE: "Closure letter",
  APPOINTMENT: "Appointment confirmation",
  CONSENT_TO_SHARE: "Consent to share form",
  SIGNPOSTING: "Signposting letter",
};

/**
 * The kinds a referral can be sent before (or without) a case, filed in the referral's folder
 * (decision 048): acknowledging it, signposting elsewhere, asking consent to share. An appointment
 * confirms a case's meeting and the closure letter closes a case.
 */
export const REFERRAL_LETTER_KINDS: readonly LetterKind[] = ["ACKNOWLEDGEMENT", "SIGNPOSTING", "CONSENT_TO_SHARE"];
export const mayGoOnReferral = (kind: LetterKind) => REFERRAL_LETTER_KINDS.includes(kind);

/** Every placeholder a template may use, with what fills it. */
export const PLACEHOLDERS = {
  "family.name": "The parent, carer or young person the service works with",
  "child.name": "The child or young person",
  "service.name": "The service's name",
  "service.phone": "The service's helpline number",
  "case.reference": "The referral's reference",
  "officer.name": "Who sends the letter",
  today: "Today's date",
  "evaluation.code": "The anonymous evaluation code (closure letter only; never kept)",
  "evaluation.link": "The evaluation page, with the code filled in",
  "evaluation.address": "The evaluation page, to type the code in",
  "meeting.when": "The next booked meeting's date and time (appointment letter)",
  "meeting.what": "What the next booked meeting is",
  "referral.respondBy": "The date the service promised to respond by (acknowledgement letter)",
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders a template names that do not exist (each once, in order). */
export function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
  return [...new Set(found.filter((name) => !(name in PLACEHOLDERS)))];
}

/** Whether braces are left that are not a whole placeholder (`{{family.name}` is a mistake, not text). */
export const strayBraces = (text: string) => /\{\{|\}\}/.test(text.replace(PLACEHOLDER, ""));

/** The template with every placeholder filled; one with no value is left blank. */
export function fillTemplate(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text.replace(PLACEHOLDER, (_m, name: string) => values[name as Placeholder] ?? "");
}

/** What a manager's preview fills each placeholder with: plainly made up, so no one mistakes it for a family's letter. */
export const SAMPLE_VALUES: Record<Placeholder, string> = {
  "family.name": "Ms Sample Parent",
  "child.name": "Sam Sample",
  "service.name": "Your SENDIASS service",
  "service.phone": "01234 567890",
  "case.reference": "REF-SAMPLE",
  "officer.name": "A. Officer",
  today: "1 December 2026",
  "evaluation.code": "ABCD-EFGH-JKLM-NPQR",
  "evaluation.link": "https://example.org/evaluate#ABCD-EFGH-JKLM-NPQR",
  "evaluation.address": "https://example.org/evaluate",
  "meeting.when": "Wednesday 9 December 2026 at 14:30",
  "meeting.what": "Annual review preparation",
  "referral.respondBy": "Thursday 3 December 2026",
};

/** The letter's format for the family's recorded access needs. */
export type LetterFormat = "STANDARD" | "LARGE_PRINT" | "EASY_READ" | "EASY_READ_LARGE_PRINT";
export function letterFormatFor(needs: readonly AccessibilityNeed[]): LetterFormat {
  const large = needs.includes("LARGE_PRINT");
  const easy = needs.includes("EASY_READ");
  return easy && large ? "EASY_READ_LARGE_PRINT" : easy ? "EASY_READ" : large ? "LARGE_PRINT" : "STANDARD";
}
export const isEasyRead = (f: LetterFormat) => f === "EASY_READ" || f === "EASY_READ_LARGE_PRINT";
/** Body text size in points: 12 standard; large print is 18 (RNIB: 16–18 at least); easy read 14 and wide spacing. */
export const fontSizeFor = (f: LetterFormat) => (f === "LARGE_PRINT" || f === "EASY_READ_LARGE_PRINT" ? 18 : f === "EASY_READ" ? 14 : 12);

/** The wording a service starts with, per kind: standard, and easy read (short sentences, one idea each). */
export const DEFAULT_TEMPLATES: Record<LetterKind, { standard: string; easyRead: string }> = {
  ACKNOWLEDGEMENT: {
    standard: `Dear {{family.name}},

Thank you for contacting {{service.name}} about {{child.name}}. We have received your referral; its reference is {{case.reference}}.

We will be in touch by {{referral.respondBy}}. If anything changes before then, or you need to speak to us sooner, please call {{service.phone}} and give your reference.

Yours sincerely,
{{officer.name}}
{{service.name}}`,
    easyRead: `Dear {{family.name}},

Thank you for asking us for help.

We will contact you by {{referral.respondBy}}.

If you need us sooner, please call us.
Our number is {{service.phone}}.
Tell us this number: {{case.reference}}

From {{officer.name}}
{{service.name}}`,
  },
  CLOSURE: {
    standard: `Dear {{family.name}},

Thank you for working with {{service.name}} about {{child.name}} (reference {{case.reference}}). We have now closed your case. If you need us again, please call {{service.phone}}.

We would like to know how we did. Your answers are anonymous: we cannot link them to you. Go to {{evaluation.address}} and type this code: {{evaluation.code}}

Or open this link, which fills the code in for you: {{evaluation.link}}

Yours sincerely,
{{officer.name}}
{{service.name}}`,
    easyRead: `Dear {{family.name}},

We have finished helping you.

Thank you for working with us.

You can call us again if you need help.
Our number is {{service.phone}}.

Please tell us how we did.
We will not know it was you.

Go to {{evaluation.address}}
Type this code: {{evaluation.code}}

From {{officer.name}}
{{service.name}}`,
  },
  APPOINTMENT: {
    standard: `Dear {{family.name}},

This letter confirms your appointment with {{service.name}} about {{child.name}} (reference {{case.reference}}).

What: {{meeting.what}}
When: {{meeting.when}}

If you cannot come, please call {{service.phone}} as soon as you can.

Yours sincerely,
{{officer.name}}
{{service.name}}`,
    easyRead: `Dear {{family.name}},

We have a meeting with you.

What: {{meeting.what}}
When: {{meeting.when}}

If you cannot come, please call us.
Our number is {{service.phone}}.

From {{officer.name}}
{{service.name}}`,
  },
  CONSENT_TO_SHARE: {
    standard: `Consent to share information

Family: {{family.name}}
Child or young person: {{child.name}}
Reference: {{case.reference}}

{{service.name}} will only speak to other people or organisations about {{child.name}} with your consent. Please list who we may speak to and what we may share, then sign and date this form.

Who we may speak to: ______________________________

What we may share: ______________________________

Signed: ____________________   Date: ______________

Officer: {{officer.name}}, {{service.name}}, {{service.phone}}`,
    easyRead: `Can we talk to other people?

We will only talk to other people if you say yes.

Who can we talk to?
______________________________

What can we tell them?
______________________________

Your name: ____________________
Date: ______________

From {{officer.name}}, {{service.name}}`,
  },
  SIGNPOSTING: {
    standard: `Dear {{family.name}},

Thank you for contacting {{service.name}} about {{child.name}} (reference {{case.reference}}). We have suggested other services that may be able to help, as we discussed.

If your situation changes, please call {{service.phone}}.

Yours sincerely,
{{officer.name}}
{{service.name}}`,
    easyRead: `Dear {{family.name}},

Thank you for calling us.

Other people may help you better.
We told you who they are.

Call us again if things change.
Our number is {{service.phone}}.

From {{officer.name}}
{{service.name}}`,
  },
};
