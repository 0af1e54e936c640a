import { lazy, Suspense, useCallback, useState, useEffect } from "react";
import type { SignedIn as SignedInResult } from "../features/auth/sign-in-form";
import { EVALUATION_PATH } from "../features/evaluation/evaluation-code";
import { clearSession, readSession, writeSession, type SignedOutReason } from "../lib/session";
import { matchPath, navigate, returnPathFromLocation, signInPathFor, usePath } from "../lib/router";

/*
 * Every page is its own chunk (decision 036): a family opening the self-referral form or the
 * evaluation, or anyone at the sign-in page, loads only that page and React; those pages send their
 * one request with `requestGraphQL`. The Apollo client, the live socket, the shell and each staff
 * screen load after sign-in.
 */
const SelfReferralRoute = lazy(() => import("../routes/self-referral").then((m) => ({ default: m.SelfReferralRoute })));
const EvaluateRoute = lazy(() => import("../routes/evaluate").then((m) => ({ default: m.EvaluateRoute })));
const SignInRoute = lazy(() => import("../routes/sign-in").then((m) => ({ default: m.SignInRoute })));
const SetPasswordRoute = lazy(() => import("../routes/set-password").then((m) => ({ default: m.SetPasswordRoute })));
const SignedIn = lazy(() => import("./signed-in").then((m) => ({ default: m.SignedIn })));

type Auth =
  { kind: "signed-out"; reason?: SignedOutReason } | { kind: "signed-in"; token: string; expiresAt: string; me?: SignedInResult["me"] };

function initialAuth(): Auth {
  const stored = readSession();
  return stored ? { kind: "signed-in", token: stored.token, expiresAt: stored.expiresAt } : { kind: "signed-out" };
}

function Loading() {
  return (
    <main className="centered-page" id="main">
      <p role="status">Loading…</p>
    </main>
  );
}

export function App() {
  const path = usePath();
  const [auth, setAuth] = useState<Auth>(initialAuth);

  // The signed-in frame has already closed its socket; this returns to sign-in, and after an
  // expiry back to the page the person was on once they sign in again.
  const signedOut = useCallback((reason: SignedOutReason) => {
    clearSession();
    setAuth({ kind: "signed-out", reason });
    const here = window.location.pathname + window.location.search;
    navigate(reason === "expired" ? signInPathFor(here) : "/sign-in", { replace: true });
  }, []);

  const referral = matchPath("/refer/:serviceSlug", path);
  if (referral) {
    return (
      <Suspense fallback={<Loading />}>
        <SelfReferralRoute serviceSlug={referral.serviceSlug} />
      </Suspense>
    );
  }

  // Public, signed in or not: a family's anonymous evaluation (the code follows `#`, never sent here).
  if (matchPath(EVALUATION_PATH, path)) {
    return (
      <Suspense fallback={<Loading />}>
        <EvaluateRoute />
      </Suspense>
    );
  }

  // Public, signed in or not: setting a password with a one-time link (the token follows `#`).
  if (matchPath("/set-password", path)) {
    return (
      <Suspense fallback={<Loading />}>
        <SetPasswordRoute />
      </Suspense>
    );
  }

  if (auth.kind === "signed-out") {
    return (
      <>
        <SignedOutRedirect path={path} />
        <Suspense fallback={<Loading />}>
          <SignInRoute
            reason={auth.reason}
            onSignedIn={(result) => {
              writeSession({ token: result.token, expiresAt: result.expiresAt });
              const back = returnPathFromLocation();
              setAuth({ kind: "signed-in", token: result.token, expiresAt: result.expiresAt, me: result.me });
              navigate(back ?? "/", { replace: true });
            }}
          />
        </Suspense>
      </>
    );
  }

  return (
    <Suspense fallback={<Loading />}>
      <SignedIn key={auth.token} token={auth.token} expiresAt={auth.expiresAt} me={auth.me} path={path} onSignedOut={signedOut} />
    </Suspense>
  );
}

/** A signed-out visit to any staff page goes to sign-in, remembering the page to return to. */
function SignedOutRedirect(props: { path: string }) {
  useEffect(() => {
    // Read where the browser is now, not the path this render saw: run twice, it must not redirect
    // from the sign-in page to itself with a `next` inside a `next`.
    const { pathname, search } = window.location;
    if (pathname !== "/sign-in") navigate(signInPathFor(pathname + search), { replace: true });
  }, [props.path]);
  return null;
}
