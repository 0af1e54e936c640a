import type { z } from "zod";
import type { Db } from "../db/client.js";
import type { SessionPolicy } from "../config/env.js";
import { unauthenticated } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { getMe } from "../staff/staff.service.js";
import { findViewerByToken, login, revokeSession } from "./session.service.js";
import { loginSchema } from "./auth.validation.js";
import type { LoginPayload } from "./auth.model.js";

/** Sign in: check the password, open a session, and answer with its token and the staff member. */
export async function signIn(opts: {
  db: Db;
  input: z.input<typeof loginSchema>;
  /** Where the attempt comes from (`config/trust-proxy.ts`): sign-in limits count per address too. */
  clientAddress: string;
  policy: SessionPolicy;
  /** `DEPLOYMENT_ADMIN_EMAILS`, for `me.isDeploymentAdmin`. */
  deploymentAdminEmails: readonly string[];
  now: Date;
}): Promise<LoginPayload> {
  const input = parseInput(loginSchema, opts.input, "");
  const session = await login({ db: opts.db, ...input, clientAddress: opts.clientAddress, policy: opts.policy, now: opts.now });
  const viewer = await findViewerByToken({ db: opts.db, token: session.token, policy: opts.policy, now: opts.now });
  // Just opened: only a deactivation committed in between could make it missing.
  if (!viewer) throw unauthenticated();
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    me: await getMe({ db: opts.db, viewer, deploymentAdminEmails: opts.deploymentAdminEmails }),
  };
}

/** End a session; its live connections are closed when the event reaches every instance (after commit). */
export async function signOut(opts: { db: Db; bus: Pick<EventBus, "publish">; sessionId: string; now: Date }): Promise<true> {
  await opts.db.transaction(async (tx) => {
    await revokeSession({ db: tx, sessionId: opts.sessionId, now: opts.now });
    await opts.bus.publish(tx, Topic.SessionEnded, { sessionId: opts.sessionId });
  });
  return true;
}
