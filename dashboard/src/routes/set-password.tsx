import { useEffect, useRef, useState } from "react";
import { SetPasswordForm, clearTokenFromLocation, tokenFromLocation } from "../features/auth/set-password-form";
import { Alert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";

/** Public: a new staff member (or one whose password was reset) sets a password with their one-time link. */
export function SetPasswordRoute() {
  // The token from the link, read once and then taken out of the address bar.
  const [token] = useState(tokenFromLocation);
  useEffect(clearTokenFromLocation, []);
  const [done, setDone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(done ? "Password set" : "Set your password");
  useEffect(() => {
    if (done) heading.current?.focus();
  }, [done]);

  return (
    <main className="centered-page" id="main">
      <div className="sign-in">
        <div className="sign-in-brand">
          <p>SENDIASS casework</p>
          <h1 ref={heading} tabIndex={-1}>
            {done ? "Password set" : "Set your password"}
          </h1>
        </div>
        <div className="card stack">
          {done ? (
            <Alert tone="success" live="status" title="Your password is set">
              <p>
                You can now <a href="/sign-in">sign in</a> with your email address and the new password.
              </p>
            </Alert>
          ) : token ? (
            <SetPasswordForm token={token} onDone={() => setDone(true)} />
          ) : (
            <Alert tone="error" live="alert" title="This link is not complete">
              <p>Open the whole link you were sent, or ask your administrator for a new one.</p>
            </Alert>
          )}
        </div>
      </div>
    </main>
  );
}
