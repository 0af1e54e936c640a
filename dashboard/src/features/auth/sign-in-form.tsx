import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { SignInMutation as SignInResult } from "../../gql/graphql";
import { useGraphQLRequest } from "../../lib/graphql-request";
import type { ServerProblem } from "../../lib/errors";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";

/** Sent without the Apollo client, so the sign-in page loads little script (decision 036); `me` fills the signed-in cache. */
const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      me {
        __typename
        ...Viewer
      }
    }
  }
`);

export type SignedIn = SignInResult["login"];

/** Sign-in never says which of the two was wrong, and names nothing at a field. */
function describeRefusal(problem: ServerProblem): string {
  if (problem.code === "RATE_LIMITED") return "Too many attempts. Please wait a minute and try again.";
  if (problem.code === "UNAUTHENTICATED" || problem.code === "BAD_USER_INPUT")
    return "The email address or password is not right. Check them and try again.";
  return "We could not reach the service. Check your connection and try again.";
}

export function SignInForm(props: { onSignedIn: (result: SignedIn) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useFormProblems();
  const [signIn, { loading }] = useGraphQLRequest(SignInMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!email.trim()) found.push({ field: "email", message: "Enter your email address" });
    if (!password) found.push({ field: "password", message: "Enter your password" });
    if (!form.check(found)) return;
    try {
      const data = await signIn({ email: email.trim(), password });
      props.onSignedIn(data.login);
    } catch (error) {
      form.fromServer(error, describeRefusal);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack" aria-label="Sign in">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Sign-in failed">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <div>
        <Field id="email" label="Email address" error={form.errorFor("email")}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="password" label="Password" error={form.errorFor("password")}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <Button type="submit" disabled={loading}>
          {loading ? "Signing in…" : "Sign in"}
        </Button>
      </div>
    </form>
  );
}
