import type { Me } from "../staff/staff.model.js";

/** What a successful sign-in answers: the session's token, when it ends for good, and who signed in. */
export interface LoginPayload {
  token: string;
  expiresAt: Date;
  me: Me;
}
