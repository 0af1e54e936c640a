import { ApolloProvider, useQuery } from "@apollo/client/react";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { getFragmentData } from "../gql";
import { MeQuery, SignOutMutation, ViewerFragment } from "../features/auth/me";
import { navigationFor } from "../features/auth/navigation";
import { EVALUATION_PATH } from "../features/evaluation/evaluation-code";
import type { SignedIn } from "../features/auth/sign-in-form";
import { AppShell } from "../features/shell/app-shell";
import { CaseRoute } from "../routes/case";
import { EvaluateRoute } from "../routes/evaluate";
import { MyAllocationsRoute } from "../routes/my-allocations";
import { NotAvailableRoute } from "../routes/not-available";
import { OverdueRoute } from "../routes/overdue";
import { ReferralRoute } from "../routes/referral";
import { SelfReferralRoute } from "../routes/self-referral";
import { SignInRoute } from "../routes/sign-in";
import { StatisticsRoute } from "../routes/statistics";
import { TeamRoute } from "../routes/team";
import { TriageQueueRoute } from "../routes/triage-queue";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { createApolloSession, type ApolloSession } from "./apollo";
import { clearSession, readSession, writeSession, type SignedOutReason } from "../lib/session";
import { matchPath, navigate, usePath } from "../lib/router";

/** Each navigation item's screens; sub-paths (a referral's page) belong to their item. */
const screens: Record<string, (path: string) => ReactNode> = {
  "/triage": (path) => {
    const referral = matchPath("/triage/:id", path);
    return referral ? <ReferralRoute key={referral.id} id={referral.id} /> : <TriageQueueRoute />;
  },
  "/team": () => <TeamRoute />,
  "/overdue": () => <OverdueRoute />,
  "/allocations": () => <MyAllocationsRoute />,
  "/statistics": () => <StatisticsRoute />,
};

type Auth = { kind: "signed-out"; reason?: SignedOutReason } | { kind: "signed-in"; apollo: ApolloSession; expiresAt: string };

let publicApollo: ApolloSession | null = null;
function publicClient() {
  publicApollo ??= createApolloSession({ token: null, onExpired: () => {} });
  return publicApollo.client;
}

/** Expiry can be reported from inside the Apollo link chain, outside React; it lands here. */
let onSessionExpired: () => void = () => {};

function startSession(token: string, expiresAt: string): Auth {
  return {
    kind: "signed-in",
    expiresAt,
    apollo: createApolloSession({ token, onExpired: () => onSessionExpired() }),
  };
}

function initialAuth(): Auth {
  const stored = readSession();
  return stored ? startSession(stored.token, stored.expiresAt) : { kind: "signed-out" };
}
// Created once, outside render, so StrictMode's double render cannot open two sockets.
const bootAuth = initialAuth();

export function App() {
  const path = usePath();
  const [auth, setAuth] = useState<Auth>(bootAuth);

  const endSession = useCallback((reason: SignedOutReason) => {
    setAuth((current) => {
      if (current.kind === "signed-in") current.apollo.dispose();
      return { kind: "signed-out", reason };
    });
    clearSession();
    navigate("/sign-in", { replace: true });
  }, []);

  useEffect(() => {
    onSessionExpired = () => endSession("expired");
  }, [endSession]);

  // A session also ends on the clock, even if nothing is asked of the server meanwhile.
  useEffect(() => {
    if (auth.kind !== "signed-in") return;
    const ms = Date.parse(auth.expiresAt) - Date.now();
    const timer = setTimeout(() => endSession("expired"), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [auth, endSession]);

  const referral = matchPath("/refer/:serviceSlug", path);
  if (referral) {
    return (
      <ApolloProvider client={publicClient()}>
        <SelfReferralRoute serviceSlug={referral.serviceSlug} />
      </ApolloProvider>
    );
  }

  // Public, signed in or not: a family's anonymous evaluation (the code follows `#`, never sent here).
  if (matchPath(EVALUATION_PATH, path)) {
    return (
      <ApolloProvider client={publicClient()}>
        <EvaluateRoute />
      </ApolloProvider>
    );
  }

  if (auth.kind === "signed-out") {
    return (
      <ApolloProvider client={publicClient()}>
        <SignedOutRedirect path={path} />
        <SignInRoute
          reason={auth.reason}
          onSignedIn={(result: SignedIn) => {
            writeSession({ token: result.token, expiresAt: result.expiresAt });
            const next = startSession(result.token, result.expiresAt);
            if (next.kind === "signed-in") {
              next.apollo.client.writeQuery({ query: MeQuery, data: { me: result.me } });
            }
            setAuth(next);
            navigate("/", { replace: true });
          }}
        />
      </ApolloProvider>
    );
  }

  return (
    <ApolloProvider client={auth.apollo.client}>
      <SignedInApp
        path={path}
        onSignOut={async () => {
          // The server closes our socket on logout; silence first so that is not read as expiry.
          auth.apollo.silence();
          try {
            await auth.apollo.client.mutate({ mutation: SignOutMutation });
          } catch {
            // Signing out locally is what matters; the server session times out regardless.
          }
          endSession("signed-out");
        }}
      />
    </ApolloProvider>
  );
}

function SignedOutRedirect(props: { path: string }) {
  useEffect(() => {
    if (props.path !== "/sign-in") navigate("/sign-in", { replace: true });
  }, [props.path]);
  return null;
}

function SignedInApp(props: { path: string; onSignOut: () => Promise<void> }) {
  const { path } = props;
  const { data, error, refetch } = useQuery(MeQuery, { fetchPolicy: "cache-first" });
  const [signingOut, setSigningOut] = useState(false);
  const viewer = data?.me;
  const me = getFragmentData(ViewerFragment, viewer);
  const nav = me ? navigationFor(me) : [];
  const home = nav[0]?.path ?? "/";

  useEffect(() => {
    if (me && (path === "/" || path === "/sign-in")) navigate(home, { replace: true });
  }, [me, path, home]);

  // Move focus to the new screen on navigation, so keyboard and screen-reader users follow it.
  const firstPath = useRef(path);
  useEffect(() => {
    if (path !== firstPath.current) document.getElementById("main")?.focus({ preventScroll: true });
  }, [path]);

  if (!viewer || !me) {
    return (
      <main className="centered-page" id="main">
        {error ? (
          <Alert tone="error" live="alert" title="We could not load your account">
            <p>The service may be restarting. Try again in a moment.</p>
            <Button onClick={() => void refetch()}>Try again</Button>
          </Alert>
        ) : (
          <p role="status">Loading your dashboard…</p>
        )}
      </main>
    );
  }

  const allowed = nav.find((item) => path === item.path || path.startsWith(`${item.path}/`));
  const screen = allowed ? screens[allowed.path] : undefined;
  // A case belongs to whoever holds it and to managers; the server checks which cases.
  const kase = me.permissions.includes("read:case:own") ? matchPath("/cases/:id", path) : null;
  const back = nav[0] ? { to: nav[0].path, label: `Back to ${nav[0].label.toLowerCase()}` } : { to: "/", label: "Back" };

  return (
    <AppShell
      me={viewer}
      nav={nav}
      path={path}
      signingOut={signingOut}
      onSignOut={() => {
        setSigningOut(true);
        void props.onSignOut();
      }}
    >
      {kase ? (
        <CaseRoute key={kase.id} id={kase.id} back={back} />
      ) : screen ? (
        screen(path)
      ) : path === "/" ? null : (
        <NotAvailableRoute home={home} />
      )}
    </AppShell>
  );
}
