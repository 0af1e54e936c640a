import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { graphql } from "../support/gql/index.js";

/*
 * Moving a staff member to another service, changing their role or deactivating them ends their
 * sessions at once (issue 16): a trigger on staff revokes them in the same transaction, whoever writes
 * the row, and every socket standing on them closes (4401) without waiting for the 30 s sweep. The
 * rows are changed here with plain SQL, as any writer (a mutation, an administrator) would.
 */

const ME = graphql(`query RevocationMe { me { id role } }`);
const RECEIVED = graphql(`subscription RevocationReceived { referralReceived { id } }`);
const LOGOUT = graphql(`mutation RevocationLogout { logout }`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;

beforeAll(async () => {
  server = await startTestServer();
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());

/** A manager of service A with two sessions (two devices), one of them holding a live subscription. */
async function signedInTwice() {
  const member = await createStaff(server, { serviceId: a.service.id, role: "MANAGER" });
  const phone = await signIn(server, member.email);
  const desk = await signIn(server, member.email);
  const live = await subscribe(server.wsUrl, desk, RECEIVED);
  return { member, phone, desk, live };
}
const liveSessionsOf = async (staffId: string) =>
  (
    await server.db
      .select({ id: tables.sessions.id })
      .from(tables.sessions)
      .where(and(eq(tables.sessions.staffId, staffId), isNull(tables.sessions.revokedAt)))
  ).length;

const changes: [string, (id: string) => Promise<unknown>][] = [
  ["moved to another service", (id) => server.db.update(tables.staff).set({ serviceId: b.service.id }).where(eq(tables.staff.id, id))],
  ["given another role", (id) => server.db.update(tables.staff).set({ role: "OFFICER" }).where(eq(tables.staff.id, id))],
  ["deactivated", (id) => server.db.update(tables.staff).set({ active: false }).where(eq(tables.staff.id, id))],
];

describe("a change to a staff member's access", () => {
  for (const [what, change] of changes) {
    it(`ends every session of someone ${what}, and closes their socket at once`, async () => {
      const { member, phone, desk, live } = await signedInTwice();
      expect(await liveSessionsOf(member.id)).toBe(2);
      const started = performance.now();
      await change(member.id);
      expect(await live.closed).toMatchObject({ code: 4401 });
      // Well inside the 30 s sweep: the close follows the commit.
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(await liveSessionsOf(member.id)).toBe(0);
      for (const token of [phone, desk]) expect((await server.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });
  }

  it("leaves everyone else signed in, and a change of name or capacity ends nothing", async () => {
    const { member, phone, live } = await signedInTwice();
    const other = await signedInTwice();
    await server.db.update(tables.staff).set({ displayName: "New Name", capacity: 30 }).where(eq(tables.staff.id, member.id));
    await server.db.update(tables.staff).set({ role: "OFFICER" }).where(eq(tables.staff.id, other.member.id));
    expect(await other.live.closed).toMatchObject({ code: 4401 });
    expect((await server.gql(ME, {}, phone)).data?.me).toEqual({ id: member.id, role: "MANAGER" });
    expect(await liveSessionsOf(member.id)).toBe(2);
    expect((await server.gql(ME, {}, a.MANAGER.token)).data?.me.id).toBe(a.MANAGER.id);
    expect(await live.staysQuiet(300)).toBe(true);
    const stillOpen = await Promise.race([live.closed.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 300))]);
    expect(stillOpen).toBe(true);
    await live.close();
  });

  it("lets someone given a new role sign in again and work with it", async () => {
    const { member, live } = await signedInTwice();
    await server.db.update(tables.staff).set({ role: "OFFICER" }).where(eq(tables.staff.id, member.id));
    await live.closed;
    const token = await signIn(server, member.email);
    expect((await server.gql(ME, {}, token)).data?.me).toEqual({ id: member.id, role: "OFFICER" });
  });
});

describe("logout", () => {
  it("closes that session's sockets at once and leaves the person's other sessions open", async () => {
    const { member, phone, desk, live } = await signedInTwice();
    const started = performance.now();
    expect((await server.gql(LOGOUT, {}, desk)).data?.logout).toBe(true);
    expect(await live.closed).toMatchObject({ code: 4401 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await server.gql(ME, {}, phone)).data?.me.id).toBe(member.id);
  });
});
