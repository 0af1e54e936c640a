import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { dateTime, formatDay } from "../../ui/format";

export const CorrectionItemFragment = graphql(`
  fragment CorrectionItem on Correction {
    id
    entityType
    field
    previousValue
    newValue
    reason
    changedBy
    changedAt
    entryVoided
  }
`);

/** What each corrected field is called on screen. */
const FIELD_NAMES: Record<string, string> = {
  fullName: "Name",
  phone: "Phone",
  email: "Email",
  address: "Address",
  postcode: "Postcode",
  preferredContact: "Preferred contact",
  voided: "Voided as entered in error",
  mergedInto: "Merged into this record",
  dateOfBirth: "Date of birth",
  educationSetting: "School or setting",
  needsOverview: "Needs",
  channel: "Channel",
  source: "Who referred",
  reasonForReferral: "Reason for referral",
  receivedAt: "Time received",
  responseTargetAt: "Response target",
  responseDeadlineAt: "Response maximum",
  firstRespondedAt: "First response",
  triagedAt: "Triaged",
  kind: "Kind",
  minutes: "Minutes",
  summary: "Summary",
  occurredAt: "When",
  withFamily: "With the family",
  consent: "Consent relied on",
  on: "Date",
  notes: "Notes",
  partyName: "Party",
  reviewOn: "Review date",
  givenOn: "Date given",
};

const ENTITY_NAMES: Record<string, string> = {
  person: "Contact",
  child: "Child",
  referral: "Referral",
  activity: "Activity",
  key_date: "Key date",
  consent: "Consent",
};

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stored value as a person reads it: times and days formatted, yes/no for flags, "blank" for nothing. */
function shown(value: string | null | undefined): string {
  if (value == null || value === "") return "blank";
  if (MOMENT.test(value)) return dateTime.format(new Date(value));
  if (DAY.test(value)) return formatDay(value);
  if (value === "true") return "yes";
  if (value === "false") return "no";
  return value;
}

/**
 * The history of corrections (decision 043, 046): each change with the value before and after, who,
 * when and why; a change to an entry since voided is marked. The family record and the case page
 * show it the same way.
 */
export function CorrectionHistory(props: { corrections: readonly FragmentType<typeof CorrectionItemFragment>[]; testId?: string }) {
  const items = getFragmentData(CorrectionItemFragment, props.corrections);
  if (items.length === 0) return <p className="muted">No corrections.</p>;
  return (
    <ul className="plain-list stack-tight" data-testid={props.testId ?? "corrections"}>
      {items.map((c) => (
        <li key={c.id} data-testid="correction" data-voided={c.entryVoided ? "true" : "false"}>
          {c.entryVoided ? (
            <>
              <span className="tag" data-tone="neutral">
                Voided entry
              </span>{" "}
            </>
          ) : null}
          <strong>
            {c.entityType === "person" ? "" : `${ENTITY_NAMES[c.entityType] ?? c.entityType}: `}
            {FIELD_NAMES[c.field] ?? c.field}
          </strong>
          {c.field === "voided" || c.field === "mergedInto" ? null : (
            <>
              : <del>{shown(c.previousValue)}</del> → {shown(c.newValue)}
            </>
          )}
          <br />
          <span className="muted">
            {c.changedBy}, {dateTime.format(new Date(c.changedAt))}
            {c.reason ? ` — ${c.reason}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
