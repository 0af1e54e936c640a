import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { StaffRole } from "../../gql/graphql";
import { staffRoleLabels, staffRoleValues } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { PasswordLinkBox } from "./password-link";

const AddStaffDocument = graphql(`
  mutation AddStaffAccount($input: AddStaffInput!) {
    addStaff(input: $input) {
      account {
        id
        displayName
      }
      link {
        path
        expiresAt
      }
    }
  }
`);

const fieldIds: Record<string, string> = {
  email: "add-email",
  displayName: "add-name",
  role: "add-role",
  capacity: "add-capacity",
  maxLevel: "add-max-level",
};

/** Add a staff member; the answer's one-time link is shown to pass on. */
export function AddStaffForm() {
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<StaffRole | "">("");
  const [capacity, setCapacity] = useState("");
  const [maxLevel, setMaxLevel] = useState("");
  const [added, setAdded] = useState<{ who: string; path: string; expiresAt: string } | null>(null);
  const form = useFormProblems({ fields: fieldIds });
  const [add, { loading }] = useMutation(AddStaffDocument, { refetchQueries: ["AccountsList"], awaitRefetchQueries: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const found: FieldProblem[] = [];
    if (!name.trim()) found.push({ field: "add-name", message: "Enter the person's name" });
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.push({ field: "add-email", message: "Enter an email address like name@example.org" });
    if (!role) found.push({ field: "add-role", message: "Choose a role" });
    if (capacity && !/^\d+$/.test(capacity)) found.push({ field: "add-capacity", message: "Capacity is a whole number of cases" });
    if (!form.check(found) || !role) return;
    try {
      const res = await add({
        variables: {
          input: {
            email: email.trim(),
            displayName: name.trim(),
            role,
            capacity: capacity ? Number(capacity) : null,
            maxLevel: maxLevel ? Number(maxLevel) : null,
          },
        },
      });
      const result = res.data?.addStaff;
      if (!result) return;
      setAdded({ who: result.account.displayName, path: result.link.path, expiresAt: String(result.link.expiresAt) });
      announce(`${result.account.displayName} added. Their one-time link is shown below the form.`);
      setEmail("");
      setName("");
      setRole("");
      setCapacity("");
      setMaxLevel("");
    } catch (error) {
      form.fromServer(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="add-staff-heading">
      <h2 id="add-staff-heading">Add a staff member</h2>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not added">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <Field id="add-name" label="Name" error={form.errorFor("add-name")}>
        {(c) => <input {...c} className="input" autoComplete="off" value={name} onChange={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field id="add-email" label="Email address" hint="They sign in with it." error={form.errorFor("add-email")}>
        {(c) => (
          <input
            {...c}
            className="input"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="add-role" label="Role" error={form.errorFor("add-role")}>
        {(c) => (
          <select {...c} className="select" value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole | "")}>
            <option value="">Choose a role</option>
            {staffRoleValues.map((r) => (
              <option key={r} value={r}>
                {staffRoleLabels[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-pair">
        <Field id="add-capacity" label="Capacity (open cases)" hint="Leave blank for 20." error={form.errorFor("add-capacity")}>
          {(c) => (
            <input
              {...c}
              className="input"
              data-width="short"
              inputMode="numeric"
              value={capacity}
              onChange={(e) => setCapacity(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="add-max-level" label="Highest level" error={form.errorFor("add-max-level")}>
          {(c) => <LevelSelect control={c} value={maxLevel} onChange={setMaxLevel} />}
        </Field>
      </div>
      <Button type="submit" disabled={loading}>
        {loading ? "Adding…" : "Add staff member"}
      </Button>
      {added ? (
        <Alert tone="success" title={`${added.who} added`}>
          <PasswordLinkBox id="new-staff-link" who={added.who} path={added.path} expiresAt={added.expiresAt} />
        </Alert>
      ) : null}
    </form>
  );
}

/** Levels 1–4, or none: as far as the role and training allow. */
export function LevelSelect(props: {
  control: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: true };
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <select {...props.control} className="select" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
      <option value="">As role and training allow</option>
      {[1, 2, 3, 4].map((l) => (
        <option key={l} value={String(l)}>
          Up to level {l}
        </option>
      ))}
    </select>
  );
}
