import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { useGraphQLRequest } from "../../lib/graphql-request";
import type { ServerProblem } from "../../lib/errors";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";

/** Sent without the Apollo client, like sign-in (decision 036). */
const SetPasswordMutation = graphql(`
  mutation SetOwnPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password)
  }
`);

/** The server's minimum (server/src/accounts/account.rules.ts MIN_PASSWORD_LENGTH); the server checks again. */
export const MIN_PASSWORD_LENGTH = 12;

/** The one-time link's token travels after `#` (`/set-password#TOKEN`), so it never reaches a server log. */
export const tokenFromLocation = () => decodeURIComponent(window.location.hash.replace(/^#/, ""));
export const clearTokenFromLocation = () => {
  if (window.location.hash) window.history.replaceState(window.history.state, "", window.location.pathname);
};

function describeRefusal(problem: ServerProblem): string | undefined {
  if (problem.field === "token" || problem.code === "BAD_USER_INPUT") return undefined;
  return "We could not reach the service. Check your connection and try again.";
}

export function SetPasswordForm(props: { token: string; onDone: () => void }) {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const form = useFormProblems({ fields: { password: "new-password" } });
  const [send, { loading }] = useGraphQLRequest(SetPasswordMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (password.length < MIN_PASSWORD_LENGTH)
      found.push({ field: "new-password", message: `Use at least ${MIN_PASSWORD_LENGTH} characters` });
    else if (confirm !== password) found.push({ field: "confirm-password", message: "The two passwords are not the same" });
    if (!form.check(found)) return;
    try {
      await send({ token: props.token, password });
      props.onDone();
    } catch (error) {
      form.fromServer(error, describeRefusal);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack" aria-label="Set your password">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Your password was not set">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <div>
        <Field
          id="new-password"
          label="New password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`}
          error={form.errorFor("new-password")}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="confirm-password" label="Type it again" error={form.errorFor("confirm-password")}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
            />
          )}
        </Field>
        <Button type="submit" disabled={loading}>
          {loading ? "Setting your password…" : "Set password"}
        </Button>
      </div>
    </form>
  );
}
