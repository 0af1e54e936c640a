import type { ReactNode } from "react";
import { Link } from "../../lib/router";
import { getFragmentData, type FragmentType } from "../../gql";
import { Button } from "../../ui/button";
import { staffRoleLabels } from "../../gql/labels";
import type { NavItem } from "../auth/navigation";
import { SafeguardingBanner } from "../safeguarding/safeguarding-banner";
import { ConnectionBanner, ConnectionIndicator } from "./connection-indicator";
import { LiveAnnouncer } from "../../lib/announce";
import { usePresence } from "../../lib/presence";
import { MeQuery, ViewerFragment } from "../auth/me";

export function AppShell(props: {
  me: FragmentType<typeof ViewerFragment>;
  nav: NavItem[];
  path: string;
  onSignOut: () => void;
  signingOut: boolean;
  children: ReactNode;
}) {
  const { nav, path } = props;
  const me = getFragmentData(ViewerFragment, props.me);
  usePresence(MeQuery);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="shell-header">
        <div className="shell-header-inner">
          <div className="brand">
            <Link className="brand-name" to="/">
              SENDIASS casework
            </Link>
            <span className="brand-service">{me.serviceName}</span>
          </div>
          <ConnectionIndicator />
          <div className="shell-user">
            <span className="shell-user-name">
              {me.displayName}{" "}
              <span className="tag" data-tone="neutral">
                {staffRoleLabels[me.role]}
              </span>
            </span>
            <Button variant="secondary" onClick={props.onSignOut} disabled={props.signingOut}>
              {props.signingOut ? "Signing out…" : "Sign out"}
            </Button>
          </div>
        </div>
      </header>
      <nav className="shell-nav" aria-label="Main">
        <ul>
          {nav.map((item) => (
            <li key={item.path}>
              <Link to={item.path} aria-current={path.startsWith(item.path) ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ConnectionBanner />
      {me.permissions.includes("acknowledge:safeguarding") ? <SafeguardingBanner /> : null}
      <main id="main" className="shell-main" tabIndex={-1}>
        {props.children}
      </main>
      <LiveAnnouncer />
    </>
  );
}
