import { ApolloProvider, useQuery } from "@apollo/client/react";
import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import { getFragmentData } from "../gql";
import { MeQuery, SignOutMutation, ViewerFragment } from "../features/auth/me";
import { navigationFor, type NavItem } from "../features/auth/navigation";
import type { SignedIn as SignedInResult } from "../features/auth/sign-in-form";
import { AppShell } from "../features/shell/app-shell";
import type { SignedOutReason } from "../lib/session";
import { matchPath, navigate } from "../lib/router";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { createApolloSession, type ApolloSession } from "./apollo";

/** A route module's named component, loaded when first shown. */
const named = <K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const TriageQueueRoute = named(() => import("../routes/triage-queue"), "TriageQueueRoute");
const ReferralRoute = named(() => import("../routes/referral"), "ReferralRoute");
const TeamRoute = named(() => import("../routes/team"), "TeamRoute");
const TeamMemberRoute = named(() => import("../routes/team-member"), "TeamMemberRoute");
const OverdueRoute = named(() => import("../routes/overdue"), "OverdueRoute");
const SupervisionRoute = named(() => import("../routes/supervision"), "SupervisionRoute");
const ComplaintsRoute = named(() => import("../routes/complaints"), "ComplaintsRoute");
const GroupWorkRoute = named(() => import("../routes/group-work"), "GroupWorkRoute");
const MyAllocationsRoute = named(() => import("../routes/my-allocations"), "MyAllocationsRoute");
const StatisticsRoute = named(() => import("../routes/statistics"), "StatisticsRoute");
const CaseRoute = named(() => import("../routes/case"), "CaseRoute");
const ReassignRoute = named(() => import("../routes/reassign"), "ReassignRoute");
const SettingsRoute = named(() => import("../routes/settings"), "SettingsRoute");
const AccountsRoute = named(() => import("../routes/accounts"), "AccountsRoute");
const ComplianceRoute = named(() => import("../routes/compliance"), "ComplianceRoute");
const AuditRoute = named(() => import("../routes/audit"), "AuditRoute");
const NewServiceRoute = named(() => import("../routes/new-service"), "NewServiceRoute");
const NotAvailableRoute = named(() => import("../routes/not-available"), "NotAvailableRoute");
const IntakeRoute = named(() => import("../routes/intake"), "IntakeRoute");
const IntakeReferralRoute = named(() => import("../routes/intake-referral"), "IntakeReferralRoute");
const SearchRoute = named(() => import("../routes/search"), "SearchRoute");
const FamilyRecordRoute = named(() => import("../routes/family-record"), "FamilyRecordRoute");
const CasesRoute = named(() => import("../routes/cases"), "CasesRoute");
const NotificationsRoute = named(() => import("../routes/notifications"), "NotificationsRoute");
const LettersRoute = named(() => import("../routes/letters"), "LettersRoute");

/** Each navigation item's screens; sub-paths (a referral's page, a team member) belong to their item. */
const screens: Record<NavItem["path"], (path: string) => ReactNode> = {
  "/triage": (path) => {
    const referral = matchPath("/triage/:id", path);
    return referral ? <ReferralRoute key={referral.id} id={referral.id} /> : <TriageQueueRoute />;
  },
  "/team": (path) => {
    const reassign = matchPath("/team/:staffId/reassign", path);
    if (reassign) return <ReassignRoute key={reassign.staffId} staffId={reassign.staffId} />;
    const member = matchPath("/team/:staffId", path);
    return member ? <TeamMemberRoute key={member.staffId} staffId={member.staffId} /> : <TeamRoute />;
  },
  "/overdue": () => <OverdueRoute />,
  "/supervision": () => <SupervisionRoute />,
  "/complaints": () => <ComplaintsRoute />,
  "/group-work": () => <GroupWorkRoute />,
  "/allocations": () => <MyAllocationsRoute />,
  "/statistics": () => <StatisticsRoute />,
  "/accounts": () => <AccountsRoute />,
  "/compliance": () => <ComplianceRoute />,
  "/audit": () => <AuditRoute />,
  "/settings": () => <SettingsRoute />,
  "/services": () => <NewServiceRoute />,
  "/intake": (path) => {
    const referral = matchPath("/intake/:id", path);
    return referral ? <IntakeReferralRoute key={referral.id} id={referral.id} /> : <IntakeRoute />;
  },
  "/search": (path) => {
    const person = matchPath("/search/people/:personId", path);
    return person ? <FamilyRecordRoute key={person.personId} personId={person.personId} /> : <SearchRoute />;
  },
  "/cases": () => <CasesRoute />,
  "/notifications": () => <NotificationsRoute />,
  "/letters": () => <LettersRoute />,
};

/**
 * The live session of the signed-in person: one per token, made outside render so StrictMode's
 * double render cannot open two sockets. Expiry can be reported from inside the Apollo link chain,
 * outside React; `onExpired` forwards it to whichever SignedIn is mounted.
 */
let live: { token: string; session: ApolloSession } | null = null;
let onExpired: () => void = () => {};

function sessionFor(token: string, me: SignedInResult["me"] | undefined): ApolloSession {
  if (live?.token !== token) {
    live?.session.dispose();
    const session = createApolloSession({ token, onExpired: () => onExpired() });
    if (me) session.client.writeQuery({ query: MeQuery, data: { me } });
    live = { token, session };
  }
  return live.session;
}

function endLiveSession(): void {
  live?.session.dispose();
  live = null;
}

export function SignedIn(props: {
  token: string;
  expiresAt: string;
  me: SignedInResult["me"] | undefined;
  path: string;
  onSignedOut: (reason: SignedOutReason) => void;
}) {
  const { token, expiresAt, onSignedOut } = props;
  const session = sessionFor(token, props.me);

  useEffect(() => {
    onExpired = () => {
      endLiveSession();
      onSignedOut("expired");
    };
  }, [onSignedOut]);

  // A session also ends on the clock, even if nothing is asked of the server meanwhile.
  useEffect(() => {
    const ms = Date.parse(expiresAt) - Date.now();
    const timer = setTimeout(() => onExpired(), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [expiresAt]);

  const signOut = async () => {
    // The server closes our socket on logout; silence first so that is not read as expiry.
    session.silence();
    try {
      await session.client.mutate({ mutation: SignOutMutation });
    } catch {
      // Signing out locally is what matters; the server session times out regardless.
    }
    endLiveSession();
    onSignedOut("signed-out");
  };

  return (
    <ApolloProvider client={session.client}>
      <SignedInApp path={props.path} onSignOut={signOut} />
    </ApolloProvider>
  );
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
      <Suspense fallback={<p role="status">Loading…</p>}>
        {kase ? (
          <CaseRoute key={kase.id} id={kase.id} back={back} />
        ) : screen ? (
          screen(path)
        ) : path === "/" ? null : (
          <NotAvailableRoute home={home} />
        )}
      </Suspense>
    </AppShell>
  );
}
