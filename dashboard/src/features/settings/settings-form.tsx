import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { announce } from "../../lib/announce";
import type { ServerProblem } from "../../lib/errors";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field, type ControlProps } from "../../ui/field";
import { conductRecordedByLabels, conductRecordedByValues } from "../../gql/labels";
import type { ConductRecordedBy } from "../../gql/graphql";

const SettingsDocument = graphql(`
  query SettingsForm {
    serviceSettings {
      officeHours {
        timeZone
        days
        open
        close
      }
      closureDays
      responseTargetDays
      responseMaxDays
      suppressionK
      volunteerMaxLevel
      supervisionOfficerWeeks
      supervisionVolunteerWeeks
      inactiveCaseDays
      acceptWithinHours
      safeguardingAckMinutes
      dbsWarningDays
      keyDateWarningDays
      meetingFollowUpWorkingDays
      reopenWithinMonths
      conductRecordedBy
      areaPostcodeDistricts
      documentFileMaxMb
      documentFolderMaxMb
    }
  }
`);

const SaveDocument = graphql(`
  mutation SaveServiceSettings($input: ServiceSettingsInput!) {
    updateServiceSettings(input: $input) {
      closureDays
    }
  }
`);

const NUMBERS = [
  ["responseTargetDays", "Response target (working days)"],
  ["responseMaxDays", "Response maximum (working days)"],
  ["acceptWithinHours", "Hours to pick up an allocation"],
  ["safeguardingAckMinutes", "Minutes to acknowledge a safeguarding concern"],
  ["dbsWarningDays", "Days of warning before a DBS renewal"],
  ["keyDateWarningDays", "Days of warning before an urgent key date"],
  ["inactiveCaseDays", "Quiet period: days without activity before a case is inactive"],
  ["meetingFollowUpWorkingDays", "Working days from a meeting to the follow-up with the family"],
  ["reopenWithinMonths", "Months after closing a case can be reopened"],
  ["supervisionOfficerWeeks", "Weeks between officers' supervision"],
  ["supervisionVolunteerWeeks", "Weeks between volunteers' supervision"],
  ["volunteerMaxLevel", "Highest level volunteers take"],
  ["suppressionK", "Statistics: hide counts below"],
] as const;

/** The documents folder's caps (decision 038): a family's folder holds every version of every file. */
const DOCUMENT_NUMBERS = [
  ["documentFileMaxMb", "Largest file a folder accepts (MB)", "Uploads larger than this are refused."],
  [
    "documentFolderMaxMb",
    "Most a family's folder may hold (MB)",
    "Every version of every document on a referral or case counts; at least the largest file.",
  ],
] as const;

const ALL_NUMBERS = [...NUMBERS, ...DOCUMENT_NUMBERS.map(([k, label]) => [k, label] as const)];
type NumberKey = (typeof ALL_NUMBERS)[number][0];

const DAYS = [
  ["1", "Monday"],
  ["2", "Tuesday"],
  ["3", "Wednesday"],
  ["4", "Thursday"],
  ["5", "Friday"],
  ["6", "Saturday"],
  ["7", "Sunday"],
] as const;

const fieldIds: Record<string, string> = {
  "officeHours.timeZone": "settings-tz",
  "officeHours.days": "settings-days",
  "officeHours.open": "settings-open",
  "officeHours.close": "settings-close",
  closureDays: "settings-closures",
  areaPostcodeDistricts: "settings-postcodes",
  conductRecordedBy: "settings-conduct",
  ...Object.fromEntries(ALL_NUMBERS.map(([k]) => [k, `settings-${k}`])),
};

/** A refusal at one of a list's entries (`input.closureDays.3`) is shown at the list's field. */
function atListField(problem: ServerProblem): FieldProblem | undefined {
  const list = problem.field?.replace(/\.\d+$/, "");
  const id = list ? fieldIds[list] : undefined;
  return id ? { field: id, message: problem.message } : undefined;
}

/** The service's settings, validated by the server, saved all together (decision 030). */
export function SettingsForm() {
  const { data, error } = useQuery(SettingsDocument);
  const [save, { loading }] = useMutation(SaveDocument, { refetchQueries: ["SettingsForm"], awaitRefetchQueries: true });
  const form = useFormProblems({ fields: fieldIds });
  const [timeZone, setTimeZone] = useState("");
  const [days, setDays] = useState<string[]>([]);
  const [open, setOpen] = useState("");
  const [close, setClose] = useState("");
  const [closures, setClosures] = useState("");
  const [postcodes, setPostcodes] = useState("");
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>({} as Record<NumberKey, string>);
  const [conduct, setConduct] = useState<ConductRecordedBy[]>([]);
  const [saved, setSaved] = useState(false);
  const s = data?.serviceSettings;

  useEffect(() => {
    if (!s) return;
    setTimeZone(s.officeHours.timeZone);
    setDays(s.officeHours.days.map(String));
    setOpen(s.officeHours.open);
    setClose(s.officeHours.close);
    setClosures(s.closureDays.join("\n"));
    setPostcodes(s.areaPostcodeDistricts.join(", "));
    setConduct([s.conductRecordedBy]);
    setNumbers(Object.fromEntries(ALL_NUMBERS.map(([k]) => [k, String(s[k])])) as Record<NumberKey, string>);
  }, [s]);

  if (error)
    return (
      <Alert tone="error" live="alert" title="We could not load the settings">
        <p>{error.message}</p>
      </Alert>
    );
  if (!s) return <p role="status">Loading settings…</p>;

  const numberInput = (k: NumberKey) => (c: ControlProps) => (
    <input
      {...c}
      className="input"
      data-width="short"
      inputMode="numeric"
      value={numbers[k] ?? ""}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setNumbers((prev) => ({ ...prev, [k]: value }));
      }}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: FieldProblem[] = [];
    for (const [k, label] of ALL_NUMBERS)
      if (!/^\d+$/.test(numbers[k] ?? "")) found.push({ field: `settings-${k}`, message: `${label}: enter a whole number` });
    if (!form.check(found)) return;
    try {
      await save({
        variables: {
          input: {
            officeHours: { timeZone: timeZone.trim(), days: days.map(Number).sort(), open, close },
            closureDays: closures.split(/[\s,]+/).filter(Boolean),
            areaPostcodeDistricts: postcodes.split(/[\s,]+/).filter(Boolean),
            conductRecordedBy: conduct[0] ?? null,
            ...(Object.fromEntries(ALL_NUMBERS.map(([k]) => [k, Number(numbers[k])])) as Record<NumberKey, number>),
          },
        },
      });
      setSaved(true);
      announce("Settings saved. They apply from now on.");
    } catch (e) {
      form.fromServer(e, atListField);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-label="Service settings">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Settings not saved">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success" title="Saved">
          <p>The settings apply from now on. Referrals already received keep their response targets.</p>
        </Alert>
      ) : null}
      <h2>Office hours</h2>
      <Field id="settings-tz" label="Time zone" hint="For example Europe/London." error={form.errorFor("settings-tz")}>
        {(c) => <input {...c} className="input" value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)} />}
      </Field>
      <ChoiceGroup
        id="settings-days"
        type="checkbox"
        legend="Working days"
        error={form.errorFor("settings-days")}
        choices={DAYS.map(([value, label]) => ({ value, label }))}
        value={days}
        onChange={setDays}
      />
      <div className="field-pair">
        <Field id="settings-open" label="Opens at" error={form.errorFor("settings-open")}>
          {(c) => <input {...c} className="input" type="time" value={open} onChange={(e) => setOpen(e.currentTarget.value)} />}
        </Field>
        <Field id="settings-close" label="Closes at" error={form.errorFor("settings-close")}>
          {(c) => <input {...c} className="input" type="time" value={close} onChange={(e) => setClose(e.currentTarget.value)} />}
        </Field>
      </div>
      <Field
        id="settings-closures"
        label="Closure days"
        hint="One date a line, like 2026-12-24. Bank holidays are already counted."
        error={form.errorFor("settings-closures")}
      >
        {(c) => <textarea {...c} className="textarea" rows={4} value={closures} onChange={(e) => setClosures(e.currentTarget.value)} />}
      </Field>
      <h2>Targets and thresholds</h2>
      {NUMBERS.map(([k, label]) => (
        <Field key={k} id={`settings-${k}`} label={label} error={form.errorFor(`settings-${k}`)}>
          {numberInput(k)}
        </Field>
      ))}
      <h2>Documents</h2>
      {DOCUMENT_NUMBERS.map(([k, label, hint]) => (
        <Field key={k} id={`settings-${k}`} label={label} hint={hint} error={form.errorFor(`settings-${k}`)}>
          {numberInput(k)}
        </Field>
      ))}
      <Field
        id="settings-postcodes"
        label="Postcode districts served"
        hint="Separated by commas, like ST1, ST4."
        error={form.errorFor("settings-postcodes")}
      >
        {(c) => <input {...c} className="input" value={postcodes} onChange={(e) => setPostcodes(e.currentTarget.value)} />}
      </Field>
      <ChoiceGroup
        id="settings-conduct"
        type="radio"
        legend="Who may record a conduct incident"
        hint="A manager reviews every incident before it acts."
        error={form.errorFor("settings-conduct")}
        choices={conductRecordedByValues.map((value) => ({ value, label: conductRecordedByLabels[value] }))}
        value={conduct}
        onChange={setConduct}
      />
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
