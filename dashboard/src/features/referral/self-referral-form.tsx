import { useState, type FormEvent } from "react";
import type { ServerProblem } from "../../lib/errors";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import {
  accessibilityChoices,
  currentStageChoices,
  diagnosisChoices,
  ethnicityChoices,
  howHeardChoices,
  preferredContactChoices,
  submittedByChoices,
} from "./choices";
import type {
  AccessibilityNeed,
  ContactMethod,
  CurrentStage,
  DiagnosisStatus,
  EthnicGroup,
  HowHeard,
  ReferralSource,
} from "../../gql/graphql";
import { useSubmitSelfReferral, type SelfReferralReceiptView } from "./submit-self-referral";

type Consent = "YES" | "NO";
type Values = {
  consent: Consent[];
  submittedBy: ReferralSource[];
  fullName: string;
  email: string;
  phone: string;
  address: string;
  postcode: string;
  preferredContact: ContactMethod[];
  accessibilityNeeds: AccessibilityNeed[];
  interpreterLanguage: string;
  childName: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  educationSetting: string;
  needsOverview: string;
  diagnosisStatus: DiagnosisStatus[];
  excludedOrNoPlace: ("YES" | "NO")[];
  reasonForReferral: string;
  currentStage: CurrentStage | "";
  howHeard: HowHeard | "";
  ethnicity: EthnicGroup | "";
};

const empty: Values = {
  consent: [],
  submittedBy: [],
  fullName: "",
  email: "",
  phone: "",
  address: "",
  postcode: "",
  preferredContact: [],
  accessibilityNeeds: [],
  interpreterLanguage: "",
  childName: "",
  dobDay: "",
  dobMonth: "",
  dobYear: "",
  educationSetting: "",
  needsOverview: "",
  diagnosisStatus: [],
  excludedOrNoPlace: [],
  reasonForReferral: "",
  currentStage: "",
  howHeard: "",
  ethnicity: "",
};

/** The three boxes as yyyy-mm-dd, or null when they do not make a real date. */
function dateOfBirth(v: Values): string | null {
  const day = Number(v.dobDay);
  const month = Number(v.dobMonth);
  const year = Number(v.dobYear);
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 1900 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The API's phone rule (server/src/referral/referral.validation.ts): digits, spaces, brackets and dashes, 7 to 20 of them, an optional +. */
const PHONE_CHARACTERS = /^\+?[0-9 ()-]+$/;
const PHONE_LENGTH = { min: 7, max: 20 };

/** What is wrong with a phone number, said so a family can fix it, or null. */
function phoneProblem(phone: string): string | null {
  if (!PHONE_CHARACTERS.test(phone)) return "Enter a phone number using only numbers, like 01782 123456";
  const digits = phone.replace(/\D/g, "").length;
  if (phone.replace(/^\+/, "").length < PHONE_LENGTH.min)
    return `This phone number is too short: it has ${digits} ${digits === 1 ? "number" : "numbers"}. Enter the whole number with its area code, like 01782 123456`;
  if (phone.replace(/^\+/, "").length > PHONE_LENGTH.max) return "This phone number is too long. Enter one number, like 01782 123456";
  return null;
}
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;

/** Checks in the order the questions appear, so the summary reads top to bottom. */
function validate(v: Values): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (!v.consent.length) {
    p.push({ field: "consent", message: "Tell us whether we can keep a record of your details" });
    return p;
  }
  if (v.consent[0] === "NO") return p;
  if (!v.submittedBy.length) p.push({ field: "submittedBy", message: "Tell us who is filling in this form" });
  if (!v.fullName.trim()) p.push({ field: "fullName", message: "Enter your full name" });
  if (v.email.trim() && !EMAIL.test(v.email.trim())) p.push({ field: "email", message: "Enter an email address like name@example.com" });
  if (v.postcode.trim() && !POSTCODE.test(v.postcode.trim()))
    p.push({ field: "postcode", message: "Enter a full UK postcode, like ST4 1AB" });
  const phone = v.phone.trim() ? phoneProblem(v.phone.trim()) : null;
  if (phone) p.push({ field: "phone", message: phone });
  const how = v.preferredContact[0];
  if (!how) p.push({ field: "preferredContact", message: "Choose how you would like us to contact you" });
  if ((how === "PHONE" || how === "TEXT") && !v.phone.trim())
    p.push({ field: "phone", message: "Enter a phone number so we can call or text you" });
  if (how === "EMAIL" && !v.email.trim()) p.push({ field: "email", message: "Enter an email address so we can email you" });
  if (how === "LETTER" && (!v.address.trim() || !v.postcode.trim()))
    p.push({ field: v.address.trim() ? "postcode" : "address", message: "Enter your address and postcode so we can write to you" });
  if (v.accessibilityNeeds.includes("INTERPRETER") && !v.interpreterLanguage.trim())
    p.push({ field: "interpreterLanguage", message: "Tell us which language the interpreter should speak" });
  if (!v.childName.trim()) p.push({ field: "childName", message: "Enter the child or young person's full name" });
  const dob = dateOfBirth(v);
  if (!v.dobDay && !v.dobMonth && !v.dobYear) p.push({ field: "dateOfBirth", message: "Enter their date of birth" });
  else if (!dob) p.push({ field: "dateOfBirth", message: "Date of birth must be a real date, like 27 3 2015" });
  else if (Date.parse(dob) > Date.now()) p.push({ field: "dateOfBirth", message: "Date of birth must be in the past" });
  if (!v.needsOverview.trim()) p.push({ field: "needsOverview", message: "Tell us a little about their needs" });
  if (!v.diagnosisStatus.length) p.push({ field: "diagnosisStatus", message: "Tell us whether they have a diagnosis" });
  if (!v.reasonForReferral.trim()) p.push({ field: "reasonForReferral", message: "Tell us what you would like help with" });
  return p;
}

/** Server field paths (`contact.fullName`) to this form's field ids. */
const serverFieldIds: Record<string, string> = {
  consentToRecord: "consent",
  submittedBy: "submittedBy",
  "contact.fullName": "fullName",
  "contact.email": "email",
  "contact.phone": "phone",
  "contact.address": "address",
  "contact.postcode": "postcode",
  "contact.preferredContact": "preferredContact",
  "contact.accessibilityNeeds": "accessibilityNeeds",
  "contact.interpreterLanguage": "interpreterLanguage",
  "child.fullName": "childName",
  "child.dateOfBirth": "dateOfBirth",
  excludedOrNoPlace: "excludedOrNoPlace",
  "child.educationSetting": "educationSetting",
  "child.needsOverview": "needsOverview",
  "child.diagnosisStatus": "diagnosisStatus",
  reasonForReferral: "reasonForReferral",
  currentStage: "currentStage",
  howHeard: "howHeard",
  ethnicity: "ethnicity",
};

/** A refusal no field holds, in words for a family; the helpline's number when the service has one. */
function describeRefusal(problem: ServerProblem, helpline: string | null): string | undefined {
  if (problem.code === "NETWORK")
    return "We could not send your form. Check your internet connection and try again. Nothing has been lost.";
  if (problem.code === "RATE_LIMITED") return "We have had a lot of forms from this connection. Please wait a few minutes and try again.";
  if (problem.code === "BAD_USER_INPUT" && problem.field) return undefined;
  return helpline
    ? `Something went wrong on our side. Please try again, or phone us on ${helpline} instead.`
    : "Something went wrong on our side. Please try again in a few minutes. Nothing you typed has been lost.";
}

function nullable(s: string): string | null {
  return s.trim() ? s.trim() : null;
}

export function SelfReferralForm(props: {
  serviceSlug: string;
  /** The service's helpline number, when it has one. */
  helpline: string | null;
  onSubmitted: (receipt: SelfReferralReceiptView) => void;
}) {
  const [values, setValues] = useState<Values>(empty);
  const form = useFormProblems({ fields: serverFieldIds });
  const [submit, { loading }] = useSubmitSelfReferral();

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const text = (key: { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values]) => ({
    value: values[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });
  const consented = values.consent[0] === "YES";
  const declined = values.consent[0] === "NO";

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(validate(values))) return;
    try {
      const receipt = await submit({
        serviceSlug: props.serviceSlug,
        consentToRecord: consented,
        submittedBy: values.submittedBy[0] ?? null,
        contact: consented
          ? {
              fullName: values.fullName.trim(),
              email: nullable(values.email),
              phone: nullable(values.phone),
              address: nullable(values.address),
              postcode: nullable(values.postcode)?.toUpperCase() ?? null,
              preferredContact: values.preferredContact[0] ?? "PHONE",
              accessibilityNeeds: values.accessibilityNeeds,
              interpreterLanguage: values.accessibilityNeeds.includes("INTERPRETER") ? nullable(values.interpreterLanguage) : null,
            }
          : null,
        child: consented
          ? {
              fullName: values.childName.trim(),
              dateOfBirth: dateOfBirth(values)!,
              educationSetting: nullable(values.educationSetting),
              needsOverview: values.needsOverview.trim(),
              diagnosisStatus: values.diagnosisStatus[0] ?? "NONE",
            }
          : null,
        reasonForReferral: consented ? values.reasonForReferral.trim() : null,
        excludedOrNoPlace: consented && values.excludedOrNoPlace.length ? values.excludedOrNoPlace[0] === "YES" : null,
        currentStage: values.currentStage || null,
        howHeard: values.howHeard || null,
        ethnicity: consented ? values.ethnicity || null : null,
      });
      props.onSubmitted(receipt);
    } catch (error) {
      form.fromServer(error, (problem) => describeRefusal(problem, props.helpline));
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Ask for help">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Your form has not been sent">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}

      <section className="card" aria-labelledby="consent-heading">
        <h2 id="consent-heading">Before you start</h2>
        <p>
          We are a free, confidential and impartial service. To help you, we need to keep a record of your details on our secure case
          system. Only our own staff can see it. We never share it with the council or your school without your permission.
        </p>
        <ChoiceGroup
          id="consent"
          type="radio"
          legend="Can we keep a record of the details you give us?"
          error={form.errorFor("consent")}
          choices={[
            { value: "YES", label: "Yes, you can keep a record of my details" },
            {
              value: "NO",
              label: "No, do not keep my details",
              hint: "We will only count that someone asked for help, without any name or contact details. We will not be able to contact you.",
            },
          ]}
          value={values.consent}
          onChange={(v) => set("consent", v as Consent[])}
        />
        {declined ? (
          <Alert tone="info" title="We will not keep your details">
            <p>
              If you send this form we will only add one to an anonymous count of enquiries.
              {props.helpline
                ? ` To talk to someone without leaving your details, phone our helpline on ${props.helpline}.`
                : " We will not be able to contact you."}
            </p>
          </Alert>
        ) : null}
      </section>

      {consented ? (
        <>
          <section className="card" aria-labelledby="you-heading">
            <h2 id="you-heading">About you</h2>
            <ChoiceGroup
              id="submittedBy"
              type="radio"
              legend="Who is filling in this form?"
              error={form.errorFor("submittedBy")}
              choices={[...submittedByChoices]}
              value={values.submittedBy}
              onChange={(v) => set("submittedBy", v)}
            />
            <Field id="fullName" label="Your full name" error={form.errorFor("fullName")}>
              {(c) => <input {...c} className="input" autoComplete="name" {...text("fullName")} />}
            </Field>
            <ChoiceGroup
              id="preferredContact"
              type="radio"
              legend="How would you like us to contact you?"
              error={form.errorFor("preferredContact")}
              choices={[...preferredContactChoices]}
              value={values.preferredContact}
              onChange={(v) => set("preferredContact", v)}
            />
            <Field
              id="phone"
              label="Phone number"
              hint="We will only use it to contact you about this request."
              error={form.errorFor("phone")}
            >
              {(c) => <input {...c} className="input" type="tel" autoComplete="tel" {...text("phone")} />}
            </Field>
            <Field id="email" label="Email address (optional unless you chose email)" error={form.errorFor("email")}>
              {(c) => <input {...c} className="input" type="email" autoComplete="email" spellCheck={false} {...text("email")} />}
            </Field>
            <Field id="address" label="Address (optional unless you chose letter)" error={form.errorFor("address")}>
              {(c) => <textarea {...c} className="textarea" rows={3} autoComplete="street-address" {...text("address")} />}
            </Field>
            <Field
              id="postcode"
              label="Postcode"
              hint="This tells us that you live in the area we cover."
              error={form.errorFor("postcode")}
            >
              {(c) => <input {...c} className="input" data-width="short" autoComplete="postal-code" {...text("postcode")} />}
            </Field>
            <ChoiceGroup
              id="accessibilityNeeds"
              type="checkbox"
              legend="Do you need any of these to communicate with us?"
              hint="Choose all that apply, or none."
              error={form.errorFor("accessibilityNeeds")}
              choices={[...accessibilityChoices]}
              value={values.accessibilityNeeds}
              onChange={(v) => set("accessibilityNeeds", v)}
            />
            {values.accessibilityNeeds.includes("INTERPRETER") ? (
              <Field
                id="interpreterLanguage"
                label="Which language should the interpreter speak?"
                error={form.errorFor("interpreterLanguage")}
              >
                {(c) => <input {...c} className="input" {...text("interpreterLanguage")} />}
              </Field>
            ) : null}
          </section>

          <section className="card" aria-labelledby="child-heading">
            <h2 id="child-heading">About the child or young person</h2>
            <p className="hint">If you are a young person asking for yourself, answer about you.</p>
            <Field id="childName" label="Their full name" error={form.errorFor("childName")}>
              {(c) => <input {...c} className="input" {...text("childName")} />}
            </Field>
            <DateOfBirth error={form.errorFor("dateOfBirth")} day={text("dobDay")} month={text("dobMonth")} year={text("dobYear")} />
            <Field
              id="educationSetting"
              label="School, college or nursery (optional)"
              hint="Or tell us if they do not have a place at the moment."
              error={form.errorFor("educationSetting")}
            >
              {(c) => <input {...c} className="input" {...text("educationSetting")} />}
            </Field>
            <Field
              id="needsOverview"
              label="What are their needs?"
              hint="A few sentences is fine. For example: speech and language, autism, anxiety, physical needs."
              error={form.errorFor("needsOverview")}
            >
              {(c) => <textarea {...c} className="textarea" rows={4} {...text("needsOverview")} />}
            </Field>
            <ChoiceGroup
              id="diagnosisStatus"
              type="radio"
              legend="Do they have a diagnosis?"
              hint="You do not need a diagnosis to get help from us."
              error={form.errorFor("diagnosisStatus")}
              choices={[...diagnosisChoices]}
              value={values.diagnosisStatus}
              onChange={(v) => set("diagnosisStatus", v)}
            />
            <ChoiceGroup
              id="excludedOrNoPlace"
              type="radio"
              legend="Are they excluded from school, or without a school place, at the moment?"
              hint="This helps us see who needs help first."
              error={form.errorFor("excludedOrNoPlace")}
              choices={[
                { value: "YES", label: "Yes" },
                { value: "NO", label: "No" },
              ]}
              value={values.excludedOrNoPlace}
              onChange={(v) => set("excludedOrNoPlace", v)}
            />
          </section>

          <section className="card" aria-labelledby="help-heading">
            <h2 id="help-heading">How we can help</h2>
            <Field
              id="reasonForReferral"
              label="What would you like help with?"
              hint="Tell us what is happening and what you would like to change."
              error={form.errorFor("reasonForReferral")}
            >
              {(c) => <textarea {...c} className="textarea" rows={5} {...text("reasonForReferral")} />}
            </Field>
            <Field id="currentStage" label="Where are things at the moment? (optional)" error={form.errorFor("currentStage")}>
              {(c) => (
                <select
                  {...c}
                  className="select"
                  value={values.currentStage}
                  onChange={(e) => set("currentStage", e.currentTarget.value as CurrentStage | "")}
                >
                  <option value="">Choose one</option>
                  {currentStageChoices.map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="howHeard" label="How did you hear about us? (optional)" error={form.errorFor("howHeard")}>
              {(c) => (
                <select
                  {...c}
                  className="select"
                  value={values.howHeard}
                  onChange={(e) => set("howHeard", e.currentTarget.value as HowHeard | "")}
                >
                  <option value="">Choose one</option>
                  {howHeardChoices.map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id="ethnicity"
              label="Ethnic group of the child or young person (optional)"
              hint="We use this only to check that our service reaches every community."
              error={form.errorFor("ethnicity")}
            >
              {(c) => (
                <select
                  {...c}
                  className="select"
                  value={values.ethnicity}
                  onChange={(e) => set("ethnicity", e.currentTarget.value as EthnicGroup | "")}
                >
                  <option value="">Choose one</option>
                  {ethnicityChoices.map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </section>
        </>
      ) : null}

      {values.consent.length ? (
        <div className="button-row">
          <Button type="submit" disabled={loading}>
            {loading ? "Sending…" : consented ? "Send my request" : "Send without my details"}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

type TextBinding = { value: string; onChange: (e: { currentTarget: { value: string } }) => void };

/** Day, month and year boxes (the GOV.UK pattern): easier than a date picker with a keyboard or screen reader. */
function DateOfBirth(props: { error?: string; day: TextBinding; month: TextBinding; year: TextBinding }) {
  const { error } = props;
  const describedBy = ["dateOfBirth-hint", error ? "dateOfBirth-error" : ""].filter(Boolean).join(" ");
  const part = (id: string, label: string, binding: TextBinding, width: string) => (
    <div className="date-part">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        className="input"
        style={{ width }}
        inputMode="numeric"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        {...binding}
      />
    </div>
  );
  return (
    <div className="field" data-invalid={error ? "true" : undefined}>
      <fieldset id="dateOfBirth" aria-describedby={describedBy} role="group" tabIndex={-1}>
        <legend>Date of birth</legend>
        <p className="hint" id="dateOfBirth-hint">
          For example, 27 3 2015
        </p>
        {error ? (
          <p className="error-message" id="dateOfBirth-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="date-parts">
          {part("dobDay", "Day", props.day, "4rem")}
          {part("dobMonth", "Month", props.month, "4rem")}
          {part("dobYear", "Year", props.year, "6rem")}
        </div>
      </fieldset>
    </div>
  );
}
