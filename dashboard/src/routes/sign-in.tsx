import type { SignedOutReason } from "../lib/session";
import { SignInForm, type SignedIn } from "../features/auth/sign-in-form";
import { Alert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";

const reasons: Record<SignedOutReason, { title: string; body: string }> = {
  "signed-out": { title: "You have signed out", body: "Thank you. You can close this tab, or sign in again below." },
  expired: {
    title: "Your session has ended",
    body: "For your security we signed you out. Nothing you saved has been lost. Please sign in again to carry on.",
  },
};

export function SignInRoute(props: { reason?: SignedOutReason; onSignedIn: (result: SignedIn) => void }) {
  useDocumentTitle("Sign in");
  const reason = props.reason ? reasons[props.reason] : null;
  return (
    <main className="centered-page" id="main">
      <div className="sign-in">
        <div className="sign-in-brand">
          <p>SENDIASS casework</p>
          <h1>Sign in</h1>
        </div>
        <div className="card stack">
          {reason ? (
            <Alert tone="info" live="status" title={reason.title}>
              <p>{reason.body}</p>
            </Alert>
          ) : null}
          <SignInForm onSignedIn={props.onSignedIn} />
        </div>
        <p className="hint" style={{ marginTop: "1.5rem" }}>
          For staff of the service only. Parents, carers and young people can <a href="/refer/demo">ask us for help here</a>.
        </p>
      </div>
    </main>
  );
}
