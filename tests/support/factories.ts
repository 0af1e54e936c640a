import { randomBytes } from "node:crypto";
import { hashPassword } from "server/auth/password.ts";
import { tables } from "server";
import { graphql } from "./gql/index.js";
import type { TestServer } from "./server.js";

export const TEST_PASSWORD = "correct-horse-battery-staple";
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

const uniq = () => randomBytes(4).toString("hex");

export async function createService(server: TestServer, overrides: Partial<typeof tables.services.$inferInsert> = {}) {
  const [row] = await server.db
    .insert(tables.services)
    .values({
      slug: `svc-${uniq()}`,
      name: "Test SENDIASS",
      areaName: "Stoke-on-Trent",
      areaPostcodeDistricts: ["ST1", "ST4"],
      ...overrides,
    })
    .returning();
  return row;
}

export type Role = "MANAGER" | "OFFICER" | "VOLUNTEER" | "STEERING" | "ADMIN";

type TrainingKind = (typeof tables.staffTraining.$inferInsert)["kind"];

/**
 * The training every case holder needs to pass the allocation checks (induction, current
 * safeguarding, IPSEA level 1 — a volunteer's must), recorded for every new staff member unless a
 * test says otherwise: `training: []` for someone with none, or a list of its own.
 */
export const COMPLETE_TRAINING: { kind: TrainingKind; completedOn: string; expiresOn?: string }[] = [
  { kind: "INDUCTION", completedOn: "2026-01-12" },
  { kind: "SAFEGUARDING", completedOn: "2026-01-12", expiresOn: "2029-01-12" },
  { kind: "IPSEA_LEVEL_1", completedOn: "2026-01-20" },
  { kind: "OBSERVATION", completedOn: "2026-02-01" },
];

export async function createStaff(
  server: TestServer,
  opts: { serviceId: string; role: Role; training?: typeof COMPLETE_TRAINING } & Partial<typeof tables.staff.$inferInsert>,
) {
  const { training = COMPLETE_TRAINING, ...values } = opts;
  const email = opts.email ?? `${opts.role.toLowerCase()}-${uniq()}@test.sendiass.test`;
  const [row] = await server.db
    .insert(tables.staff)
    .values({
      displayName: `${opts.role[0]}${opts.role.slice(1).toLowerCase()} ${uniq()}`,
      passwordHash: await testPasswordHash(),
      dbsEnhanced: true,
      dbsCheckedOn: "2026-01-10",
      dbsRenewalDueOn: "2029-01-10",
      dbsBarredListChecked: true,
      dbsBarredListCheckedOn: "2026-01-10",
      confidentialitySignedOn: "2026-01-10",
      ...values,
      email,
    })
    .returning();
  if (row && training.length > 0)
    await server.db.insert(tables.staffTraining).values(training.map((t) => ({ ...t, serviceId: row.serviceId, staffId: row.id })));
  return row;
}

const SIGN_IN = graphql(`mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);

export async function signIn(server: TestServer, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await server.gql(SIGN_IN, { e: email, p: password });
  if (!res.data?.login) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/** A service with one signed-in member of every role. */
export async function createServiceWithTeam(server: TestServer, name = "Test SENDIASS") {
  const service = await createService(server, { name });
  const roles: Role[] = ["MANAGER", "OFFICER", "VOLUNTEER", "STEERING", "ADMIN"];
  const members = {} as Record<Role, { id: string; email: string; token: string }>;
  for (const role of roles) {
    const row = await createStaff(server, { serviceId: service.id, role });
    members[role] = { id: row.id, email: row.email, token: await signIn(server, row.email) };
  }
  return { service, ...members };
}
