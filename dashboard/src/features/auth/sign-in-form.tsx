import { useMutation } from "@apollo/client/react";
import { CombinedGraphQLErrors } from "@apollo/client";
import { useState, type FormEvent } from "react";
import type { MeFieldsFragment } from "../../gql/graphql";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { SignInMutation } from "./me";

export type SignedIn = { token: string; expiresAt: string; me: MeFieldsFragment };

function messageFor(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    if (code === "RATE_LIMITED") return "Too many attempts. Please wait a minute and try again.";
    if (code === "UNAUTHENTICATED" || code === "BAD_USER_INPUT")
      return "The email address or password is not right. Check them and try again.";
  }
  return "We could not reach the service. Check your connection and try again.";
}

export function SignInForm(props: { onSignedIn: (result: SignedIn) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ field: string; message: string }[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [signIn, { loading }] = useMutation(SignInMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: { field: string; message: string }[] = [];
    if (!email.trim()) problems.push({ field: "email", message: "Enter your email address" });
    if (!password) problems.push({ field: "password", message: "Enter your password" });
    setFieldErrors(problems);
    setFailure(null);
    if (problems.length) return;
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      if (data) props.onSignedIn(data.login);
    } catch (error) {
      setFailure(messageFor(error));
    }
  };

  const errorFor = (field: string) => fieldErrors.find((e) => e.field === field)?.message;

  return (
    <form onSubmit={submit} noValidate className="stack" aria-label="Sign in">
      <ErrorSummary errors={fieldErrors} />
      {failure ? (
        <Alert tone="error" live="alert" title="Sign-in failed">
          <p>{failure}</p>
        </Alert>
      ) : null}
      <div>
        <Field id="email" label="Email address" error={errorFor("email")}>
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
        <Field id="password" label="Password" error={errorFor("password")}>
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
