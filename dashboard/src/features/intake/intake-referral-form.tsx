import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type {
  AccessibilityNeed,
  ContactMethod,
  CurrentStage,
  DiagnosisStatus,
  EnquiryTopic,
  EthnicGroup,
  HowHeard,
  ProfessionalType,
  ReferralSource,
} from "../../gql/graphql";
import {
  accessibilityNeedLabels,
  accessibilityNeedValues,
  contactMethodLabels,
  contactMethodValues,
  currentStageLabels,
  currentStageValues,
  diagnosisStatusLabels,
  diagnosisStatusValues,
  enquiryTopicLabels,
  enquiryTopicValues,
  ethnicGroupLabels,
  ethnicGroupValues,
  howHeardLabels,
  howHeardValues,
  professionalTypeLabels,
  professionalTypeValues,
  referralSourceLabels,
  referralSourceValues,
  referralStatusLabels,
} from "../../gql/labels";
import { announce } from "../../lib/announce";
import { Link } from "../../lib/router";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { localDateTimeInput } from "../../ui/format";
import { staffChannelOptions, type StaffChannel } from "./choices";
import { minimumData } from "./minimum-data";
import { MinimumDataList } from "./minimum-data-list";

const CreateReferralDocument = graphql(`
  mutation CreateReferralFromIntake($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      reference
      status
      possibleDuplicate
    }
  }
`);

/** Server field paths to this form's field ids. */
const fieldIds: Record<string, string> = {
  channel: "intake-channel",
  receivedAt: "intake-received",
  source: "intake-source",
  professionalType: "intake-professional-type",
  referrerName: "intake-referrer-name",
  referrerOrganisation: "intake-referrer-org",
  familyConsentedToShare: "intake-family-consent",
  consentToRecord: "intake-consent",
  "contact.fullName": "intake-contact-name",
  "contact.phone": "intake-phone",
  "contact.email": "intake-email",
  "contact.address": "intake-address",
  "contact.postcode": "intake-postcode",
  "contact.preferredContact": "intake-preferred-contact",
  "contact.accessibilityNeeds": "intake-accessibility",
  "contact.interpreterLanguage": "intake-interpreter",
  "child.fullName": "intake-child-name",
  "child.dateOfBirth": "intake-dob",
  "child.educationSetting": "intake-setting",
  "child.needsOverview": "intake-needs",
  "child.diagnosisStatus": "intake-diagnosis",
  reasonForReferral: "intake-reason",
  currentStage: "intake-stage",
  howHeard: "intake-how-heard",
  ethnicity: "intake-ethnicity",
  topic: "intake-topic",
  ineligibleReason: "intake-ineligible-reason",
  signposting: "intake-signposting",
};

type Values = {
  channel: StaffChannel;
  receivedAt: string;
  source: ReferralSource | "";
  professionalType: ProfessionalType | "";
  referrerName: string;
  referrerOrganisation: string;
  familyConsentedToShare: boolean;
  consent: boolean;
  contactName: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  preferredContact: ContactMethod[];
  accessibilityNeeds: AccessibilityNeed[];
  accessibilityAsked: boolean;
  interpreterLanguage: string;
  childName: string;
  dateOfBirth: string;
  educationSetting: string;
  needsOverview: string;
  diagnosisStatus: DiagnosisStatus | "";
  reasonForReferral: string;
  currentStage: CurrentStage | "";
  howHeard: HowHeard | "";
  ethnicity: EthnicGroup | "";
  topic: EnquiryTopic | "";
  safeguardingFlag: boolean;
  ineligibleReason: string;
  signposting: string;
};

const empty = (): Values => ({
  channel: "HELPLINE",
  receivedAt: localDateTimeInput(),
  source: "",
  professionalType: "",
  referrerName: "",
  referrerOrganisation: "",
  familyConsentedToShare: false,
  consent: false,
  contactName: "",
  phone: "",
  email: "",
  address: "",
  postcode: "",
  preferredContact: [],
  accessibilityNeeds: [],
  accessibilityAsked: false,
  interpreterLanguage: "",
  childName: "",
  dateOfBirth: "",
  educationSetting: "",
  needsOverview: "",
  diagnosisStatus: "",
  reasonForReferral: "",
  currentStage: "",
  howHeard: "",
  ethnicity: "",
  topic: "",
  safeguardingFlag: false,
  ineligibleReason: "",
  signposting: "",
});

/** The age in whole years on the day received; null without a date. The server decides; this only warns. */
function ageAt(dateOfBirth: string, receivedAt: string): number | null {
  if (!dateOfBirth) return null;
  const [y, m, d] = dateOfBirth.split("-").map(Number);
  const on = receivedAt ? new Date(receivedAt) : new Date();
  if (!y || !m || !d || Number.isNaN(on.getTime())) return null;
  let age = on.getFullYear() - y;
  if (on.getMonth() + 1 < m || (on.getMonth() + 1 === m && on.getDate() < d)) age -= 1;
  return age;
}

/** The oldest age the service supports: the server's AGE_AT_REFERRAL.max (server/src/triage/triage.rules.ts). */
const MAX_AGE = 25;

function validate(v: Values, overAge: boolean): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (!v.consent) p.push({ field: "intake-consent", message: "Ask for consent to record first, or count an anonymous enquiry instead" });
  if (!v.source) p.push({ field: "intake-source", message: "Choose who is referring" });
  if (v.source === "PROFESSIONAL") {
    if (!v.professionalType) p.push({ field: "intake-professional-type", message: "Choose the referrer's profession" });
    if (!v.referrerName.trim()) p.push({ field: "intake-referrer-name", message: "Enter the referrer's name" });
    if (!v.familyConsentedToShare)
      p.push({ field: "intake-family-consent", message: "A professional referral needs the family's consent to share" });
  }
  if (!v.contactName.trim()) p.push({ field: "intake-contact-name", message: "Enter the name of the person to contact" });
  const how = v.preferredContact[0];
  if (!how) p.push({ field: "intake-preferred-contact", message: "Choose how they prefer to be contacted" });
  if ((how === "PHONE" || how === "TEXT") && !v.phone.trim()) p.push({ field: "intake-phone", message: "Enter a phone number" });
  if (how === "EMAIL" && !v.email.trim()) p.push({ field: "intake-email", message: "Enter an email address" });
  if (how === "LETTER" && !v.address.trim()) p.push({ field: "intake-address", message: "Enter a postal address" });
  if (v.accessibilityNeeds.includes("INTERPRETER") && !v.interpreterLanguage.trim())
    p.push({ field: "intake-interpreter", message: "Enter the interpreter's language" });
  if (!v.childName.trim()) p.push({ field: "intake-child-name", message: "Enter the child or young person's name" });
  if (!v.dateOfBirth) p.push({ field: "intake-dob", message: "Enter the date of birth" });
  if (!v.reasonForReferral.trim()) p.push({ field: "intake-reason", message: "Enter the reason for the referral" });
  if ((overAge || v.ineligibleReason.trim()) && !v.signposting.trim())
    p.push({ field: "intake-signposting", message: "Record where you signposted them" });
  return p;
}

const nullable = (s: string) => (s.trim() ? s.trim() : null);

/** A referral from any channel, with the minimum data set marked given or missing as it is entered. */
export function IntakeReferralForm(props: { onDeclined: () => void }) {
  const [v, setValues] = useState<Values>(empty);
  const [done, setDone] = useState<{ id: string; reference: string; status: string; missing: string[]; duplicate: boolean } | null>(null);
  const form = useFormProblems({ fields: fieldIds });
  const [create, { loading }] = useMutation(CreateReferralDocument);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const age = ageAt(v.dateOfBirth, v.receivedAt);
  const overAge = age !== null && age > MAX_AGE;
  const items = minimumData({
    ...v,
    preferredContact: v.preferredContact[0] ?? "",
    accessibilityAsked: v.accessibilityAsked || v.accessibilityNeeds.length > 0,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!form.check(validate(v, overAge))) return;
    try {
      const res = await create({
        variables: {
          input: {
            channel: v.channel,
            receivedAt: v.receivedAt ? new Date(v.receivedAt).toISOString() : null,
            source: v.source as ReferralSource,
            professionalType: v.source === "PROFESSIONAL" && v.professionalType ? v.professionalType : null,
            referrerName: v.source === "PROFESSIONAL" ? nullable(v.referrerName) : null,
            referrerOrganisation: v.source === "PROFESSIONAL" ? nullable(v.referrerOrganisation) : null,
            familyConsentedToShare: v.source === "PROFESSIONAL" ? v.familyConsentedToShare : null,
            consentToRecord: true,
            contact: {
              fullName: v.contactName.trim(),
              phone: nullable(v.phone),
              email: nullable(v.email),
              address: nullable(v.address),
              postcode: nullable(v.postcode),
              preferredContact: v.preferredContact[0]!,
              accessibilityNeeds: v.accessibilityNeeds,
              interpreterLanguage: nullable(v.interpreterLanguage),
            },
            child: {
              fullName: v.childName.trim(),
              dateOfBirth: v.dateOfBirth,
              educationSetting: nullable(v.educationSetting),
              needsOverview: nullable(v.needsOverview),
              diagnosisStatus: v.diagnosisStatus || null,
            },
            reasonForReferral: v.reasonForReferral.trim(),
            currentStage: v.currentStage || null,
            howHeard: v.howHeard || null,
            ethnicity: v.ethnicity || null,
            topic: v.topic || null,
            safeguardingFlag: v.safeguardingFlag,
            ineligibleReason: nullable(v.ineligibleReason),
            signposting: nullable(v.signposting),
          },
        },
      });
      const r = res.data?.createReferral;
      if (!r) return;
      const missing = items.filter((i) => !i.given).map((i) => i.label);
      setDone({ id: r.id, reference: r.reference, status: referralStatusLabels[r.status], missing, duplicate: r.possibleDuplicate });
      announce(`Referral ${r.reference} recorded.`);
      setValues(empty());
      requestAnimationFrame(() => document.getElementById("intake-done")?.focus());
    } catch (error) {
      form.fromServer(error);
    }
  };

  const text = (key: { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values]) => ({
    value: v[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
  });

  return (
    <div className="two-column">
      <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Referral</h2>
        <ErrorSummary {...form.summary} />
        {form.failure ? (
          <Alert tone="error" live="alert" title="Not recorded">
            <p>{form.failure.message}</p>
          </Alert>
        ) : null}
        <div id="intake-done" tabIndex={-1} className="scroll-margin">
          {done ? (
            <Alert tone="success" title={`Referral ${done.reference} recorded`}>
              <p data-testid="intake-saved">
                Status: {done.status}.{done.duplicate ? " It may duplicate an open referral: a manager will check." : ""}
              </p>
              {done.missing.length ? <p>Still to ask: {done.missing.join(", ")}.</p> : null}
              <p>
                <Link to={`/intake/${done.id}`}>Open referral {done.reference}</Link>
              </p>
            </Alert>
          ) : null}
        </div>

        <h3>How it reached us</h3>
        <div className="field-pair">
          <Field id="intake-channel" label="Channel" error={form.errorFor("intake-channel")}>
            {(c) => (
              <select {...c} className="select" value={v.channel} onChange={(e) => set("channel", e.currentTarget.value as StaffChannel)}>
                {staffChannelOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="intake-received"
            label="Received"
            hint="A letter or message is entered after it came."
            error={form.errorFor("intake-received")}
          >
            {(c) => <input {...c} className="input" type="datetime-local" {...text("receivedAt")} />}
          </Field>
        </div>
        <div className="field">
          <div className="choice">
            <input
              type="checkbox"
              id="intake-consent"
              name="intake-consent"
              checked={v.consent}
              aria-invalid={form.errorFor("intake-consent") ? true : undefined}
              aria-describedby={form.errorFor("intake-consent") ? "intake-consent-error" : undefined}
              onChange={(e) => set("consent", e.currentTarget.checked)}
            />
            <label htmlFor="intake-consent">They agreed to us recording their details</label>
          </div>
          {form.errorFor("intake-consent") ? (
            <p className="error-message" id="intake-consent-error">
              <span className="visually-hidden">Error: </span>
              {form.errorFor("intake-consent")}
            </p>
          ) : null}
          <p className="hint">
            Did not agree?{" "}
            <button type="button" className="button" data-variant="quiet" onClick={props.onDeclined}>
              Count an anonymous enquiry instead
            </button>
          </p>
        </div>
        <Field id="intake-source" label="Who is referring?" error={form.errorFor("intake-source")}>
          {(c) => (
            <select {...c} className="select" value={v.source} onChange={(e) => set("source", e.currentTarget.value as ReferralSource)}>
              <option value="">Choose</option>
              {referralSourceValues.map((s) => (
                <option key={s} value={s}>
                  {referralSourceLabels[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {v.source === "PROFESSIONAL" ? (
          <>
            <Field id="intake-professional-type" label="Profession" error={form.errorFor("intake-professional-type")}>
              {(c) => (
                <select
                  {...c}
                  className="select"
                  value={v.professionalType}
                  onChange={(e) => set("professionalType", e.currentTarget.value as ProfessionalType)}
                >
                  <option value="">Choose</option>
                  {professionalTypeValues.map((s) => (
                    <option key={s} value={s}>
                      {professionalTypeLabels[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="field-pair">
              <Field id="intake-referrer-name" label="Referrer's name" error={form.errorFor("intake-referrer-name")}>
                {(c) => <input {...c} className="input" {...text("referrerName")} />}
              </Field>
              <Field id="intake-referrer-org" label="Organisation (optional)" error={form.errorFor("intake-referrer-org")}>
                {(c) => <input {...c} className="input" {...text("referrerOrganisation")} />}
              </Field>
            </div>
            <div className="field">
              <div className="choice">
                <input
                  type="checkbox"
                  id="intake-family-consent"
                  name="intake-family-consent"
                  checked={v.familyConsentedToShare}
                  aria-invalid={form.errorFor("intake-family-consent") ? true : undefined}
                  onChange={(e) => set("familyConsentedToShare", e.currentTarget.checked)}
                />
                <label htmlFor="intake-family-consent">The referrer confirms the family agreed to share their details</label>
              </div>
              {form.errorFor("intake-family-consent") ? <p className="error-message">{form.errorFor("intake-family-consent")}</p> : null}
            </div>
          </>
        ) : null}

        <h3>Who to contact</h3>
        <Field id="intake-contact-name" label="Name of parent, carer or young person" error={form.errorFor("intake-contact-name")}>
          {(c) => <input {...c} className="input" autoComplete="off" {...text("contactName")} />}
        </Field>
        <ChoiceGroup
          id="intake-preferred-contact"
          type="radio"
          legend="Preferred contact"
          error={form.errorFor("intake-preferred-contact")}
          choices={contactMethodValues.map((m) => ({ value: m, label: contactMethodLabels[m] }))}
          value={v.preferredContact}
          onChange={(x) => set("preferredContact", x)}
        />
        <div className="field-pair">
          <Field id="intake-phone" label="Phone" error={form.errorFor("intake-phone")}>
            {(c) => <input {...c} className="input" type="tel" {...text("phone")} />}
          </Field>
          <Field id="intake-email" label="Email" error={form.errorFor("intake-email")}>
            {(c) => <input {...c} className="input" type="email" {...text("email")} />}
          </Field>
        </div>
        <div className="field-pair">
          <Field id="intake-address" label="Address" error={form.errorFor("intake-address")}>
            {(c) => <input {...c} className="input" {...text("address")} />}
          </Field>
          <Field id="intake-postcode" label="Postcode" error={form.errorFor("intake-postcode")}>
            {(c) => <input {...c} className="input" data-width="short" {...text("postcode")} />}
          </Field>
        </div>
        <ChoiceGroup
          id="intake-accessibility"
          type="checkbox"
          legend="Accessibility needs"
          hint="Ask every family. Tick none if they need none."
          error={form.errorFor("intake-accessibility")}
          choices={[
            ...accessibilityNeedValues.map((n) => ({ value: n as string, label: accessibilityNeedLabels[n] })),
            { value: "NONE", label: "None needed" },
          ]}
          value={[...v.accessibilityNeeds, ...(v.accessibilityAsked && !v.accessibilityNeeds.length ? ["NONE"] : [])]}
          onChange={(x) => {
            const hadNone = v.accessibilityAsked && !v.accessibilityNeeds.length;
            const pickedNone = x.includes("NONE") && !hadNone;
            const needs = pickedNone ? [] : (x.filter((n) => n !== "NONE") as AccessibilityNeed[]);
            setValues((cur) => ({ ...cur, accessibilityNeeds: needs, accessibilityAsked: pickedNone || needs.length > 0 }));
          }}
        />
        {v.accessibilityNeeds.includes("INTERPRETER") ? (
          <Field id="intake-interpreter" label="Interpreter's language" error={form.errorFor("intake-interpreter")}>
            {(c) => <input {...c} className="input" {...text("interpreterLanguage")} />}
          </Field>
        ) : null}

        <h3>The child or young person</h3>
        <div className="field-pair">
          <Field id="intake-child-name" label="Name" error={form.errorFor("intake-child-name")}>
            {(c) => <input {...c} className="input" autoComplete="off" {...text("childName")} />}
          </Field>
          <Field id="intake-dob" label="Date of birth" error={form.errorFor("intake-dob")}>
            {(c) => <input {...c} className="input" type="date" {...text("dateOfBirth")} />}
          </Field>
        </div>
        {overAge ? (
          <Alert tone="info" title={`Aged ${age}: not eligible`}>
            <p>
              We support 0 to {MAX_AGE}. Record it anyway, with where you signposted them below; it is counted and closed as signposted.
            </p>
          </Alert>
        ) : null}
        <Field id="intake-setting" label="Education setting" error={form.errorFor("intake-setting")}>
          {(c) => <input {...c} className="input" {...text("educationSetting")} />}
        </Field>
        <Field id="intake-needs" label="Overview of needs, with any diagnosis" error={form.errorFor("intake-needs")}>
          {(c) => <textarea {...c} className="textarea" rows={3} {...text("needsOverview")} />}
        </Field>
        <Field id="intake-diagnosis" label="Diagnosis" error={form.errorFor("intake-diagnosis")}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={v.diagnosisStatus}
              onChange={(e) => set("diagnosisStatus", e.currentTarget.value as DiagnosisStatus)}
            >
              <option value="">Not asked yet</option>
              {diagnosisStatusValues.map((s) => (
                <option key={s} value={s}>
                  {diagnosisStatusLabels[s]}
                </option>
              ))}
            </select>
          )}
        </Field>

        <h3>The enquiry</h3>
        <Field id="intake-reason" label="Reason for referral" error={form.errorFor("intake-reason")}>
          {(c) => <textarea {...c} className="textarea" rows={3} {...text("reasonForReferral")} />}
        </Field>
        <div className="field-pair">
          <Field id="intake-topic" label="Topic" error={form.errorFor("intake-topic")}>
            {(c) => (
              <select {...c} className="select" value={v.topic} onChange={(e) => set("topic", e.currentTarget.value as EnquiryTopic)}>
                <option value="">Not chosen</option>
                {enquiryTopicValues.map((s) => (
                  <option key={s} value={s}>
                    {enquiryTopicLabels[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="intake-stage" label="Current stage" error={form.errorFor("intake-stage")}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={v.currentStage}
                onChange={(e) => set("currentStage", e.currentTarget.value as CurrentStage)}
              >
                <option value="">Not asked yet</option>
                {currentStageValues.map((s) => (
                  <option key={s} value={s}>
                    {currentStageLabels[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="field-pair">
          <Field id="intake-how-heard" label="How they heard of us" error={form.errorFor("intake-how-heard")}>
            {(c) => (
              <select {...c} className="select" value={v.howHeard} onChange={(e) => set("howHeard", e.currentTarget.value as HowHeard)}>
                <option value="">Not asked yet</option>
                {howHeardValues.map((s) => (
                  <option key={s} value={s}>
                    {howHeardLabels[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="intake-ethnicity" label="Ethnicity" error={form.errorFor("intake-ethnicity")}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={v.ethnicity}
                onChange={(e) => set("ethnicity", e.currentTarget.value as EthnicGroup)}
              >
                <option value="">Not asked yet</option>
                {ethnicGroupValues.map((s) => (
                  <option key={s} value={s}>
                    {ethnicGroupLabels[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="field">
          <div className="choice">
            <input
              type="checkbox"
              id="intake-safeguarding"
              name="intake-safeguarding"
              checked={v.safeguardingFlag}
              onChange={(e) => set("safeguardingFlag", e.currentTarget.checked)}
            />
            <label htmlFor="intake-safeguarding">There is a safeguarding concern</label>
          </div>
        </div>

        <h3>Not eligible?</h3>
        <p className="hint">Over {MAX_AGE}, out of area or no SEND concern: record it anyway, say why and where you signposted them.</p>
        <Field id="intake-ineligible-reason" label="Why not eligible (optional)" error={form.errorFor("intake-ineligible-reason")}>
          {(c) => <input {...c} className="input" {...text("ineligibleReason")} />}
        </Field>
        <Field id="intake-signposting" label="Signposted to" error={form.errorFor("intake-signposting")}>
          {(c) => <textarea {...c} className="textarea" rows={2} {...text("signposting")} />}
        </Field>
        <Button type="submit" disabled={loading}>
          {loading ? "Saving…" : "Record the referral"}
        </Button>
      </form>
      <MinimumDataList items={items} />
    </div>
  );
}
