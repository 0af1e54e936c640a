import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { NotificationKind } from "../../gql/graphql";
import { announce } from "../../lib/announce";
import { useFormProblems } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup } from "../../ui/field";

const PreferencesDocument = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      safeguarding
      allocation
      overdueDigest
      available
    }
  }
`);

const SavePreferencesDocument = graphql(`
  mutation SaveNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateMyNotificationPreferences(input: $input) {
      safeguarding
      allocation
      overdueDigest
      available
    }
  }
`);

/** What each choice sends, in the words the person reads; every email is a reference and a link only. */
const CHOICES: Record<NotificationKind, string> = {
  SAFEGUARDING_CONCERN: "When a safeguarding concern is raised",
  ALLOCATION: "When a case is allocated to me",
  OVERDUE_DIGEST: "Each working morning at 8:00, how many of my duties are overdue",
  FAMILY_RECEIPT: "",
};

const fieldIds = { safeguarding: "prefs-kinds", allocation: "prefs-kinds", overdueDigest: "prefs-kinds" };

/** The signed-in person's own choice of emails (decision 040). */
export function NotificationPreferencesForm() {
  const { data, error } = useQuery(PreferencesDocument);
  const [save, { loading }] = useMutation(SavePreferencesDocument);
  const form = useFormProblems({ fields: fieldIds });
  const [chosen, setChosen] = useState<NotificationKind[]>([]);
  const [saved, setSaved] = useState(false);
  const prefs = data?.myNotificationPreferences;

  useEffect(() => {
    if (!prefs) return;
    const on: NotificationKind[] = [];
    if (prefs.safeguarding) on.push("SAFEGUARDING_CONCERN");
    if (prefs.allocation) on.push("ALLOCATION");
    if (prefs.overdueDigest) on.push("OVERDUE_DIGEST");
    setChosen(on.filter((k) => prefs.available.includes(k)));
  }, [prefs]);

  if (error)
    return (
      <Alert tone="error" title="Your choices could not be loaded">
        <p>{error.message}</p>
      </Alert>
    );
  if (!prefs) return <p role="status">Loading your choices…</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const has = (k: NotificationKind) => (prefs.available.includes(k) ? chosen.includes(k) : undefined);
    try {
      await save({
        variables: {
          input: { safeguarding: has("SAFEGUARDING_CONCERN"), allocation: has("ALLOCATION"), overdueDigest: has("OVERDUE_DIGEST") },
        },
      });
      setSaved(true);
      announce("Your email choices are saved.");
    } catch (e) {
      form.fromServer(e);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-label="Your email notifications">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not saved">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {saved ? <Alert tone="success" title="Saved" /> : null}
      <ChoiceGroup
        id="prefs-kinds"
        type="checkbox"
        legend="Email me"
        hint="Emails carry a reference and a link only, never a family's details."
        error={form.errorFor("prefs-kinds")}
        choices={prefs.available.map((k) => ({ value: k, label: CHOICES[k] }))}
        value={chosen}
        onChange={(v) => {
          setSaved(false);
          setChosen(v);
        }}
      />
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save my choices"}
      </Button>
    </form>
  );
}
