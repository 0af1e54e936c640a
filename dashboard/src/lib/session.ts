/**
 * The sign-in token lives in sessionStorage: it survives a reload but not closing the tab, and no
 * other tab of the same browser inherits it.
 */
const KEY = "sendiass.session";

export type StoredSession = { token: string; expiresAt: string };

export function readSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredSession;
    if (!parsed.token || Date.parse(parsed.expiresAt) <= Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return parsed;
  } catch {
    return null;
  }
}

export function writeSession(session: StoredSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

/** Why the user is looking at the sign-in page, shown there as a calm one-line message. */
export type SignedOutReason = "signed-out" | "expired";
