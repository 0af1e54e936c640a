import type { StaffRole } from "./vocabulary.js";

/** The signed-in caller, resolved once per request (or per WebSocket connection). */
export interface Viewer {
  staffId: string;
  serviceId: string;
  role: StaffRole;
  sessionId: string;
  displayName: string;
  /** When the session ends for good (absolute expiry). */
  expiresAt: Date;
}
