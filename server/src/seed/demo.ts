import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { services } from "../service/service.table.js";
import { staff, staffTraining } from "../staff/staff.table.js";
import { hashPassword } from "../auth/password.js";
import { DEMO_PASSWORD, demoStaff } from "./demo-staff.js";
import { seedDemoReferrals } from "./demo-referrals.js";
import { seedDemoHistory } from "./demo-history.js";
import { theRow } from "../db/rows.js";

export const DEMO_SERVICE_SLUG = "demo";

/** Seed the demo service once; later starts find it and leave it alone. */
export async function seedDemo(opts: { db: Db; now?: Date }) {
  const [existing] = await opts.db.select({ id: services.id }).from(services).where(eq(services.slug, DEMO_SERVICE_SLUG));
  if (existing) return;
  const now = opts.now ?? new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await opts.db.transaction(async (tx) => {
    const service = theRow(
      await tx
        .insert(services)
        .values({
          slug: DEMO_SERVICE_SLUG,
          name: "Demo SENDIASS",
          areaName: "Stoke-on-Trent",
          // Ofcom's range for drama: rings nowhere.
          helplinePhone: "01632 960 123",
          areaPostcodeDistricts: ["ST1", "ST2", "ST3", "ST4", "ST6"],
          isDemo: true,
        })
        .returning(),
      "the demo service",
    );
    const year = now.getUTCFullYear();
    for (const member of demoStaff) {
      const row = theRow(
        await tx
          .insert(staff)
          .values({
            serviceId: service.id,
            email: member.email,
            displayName: member.displayName,
            role: member.role,
            passwordHash,
            capacity: member.capacity,
            dbsEnhanced: true,
            dbsCheckedOn: `${year - 1}-03-01`,
            dbsRenewalDueOn: `${year + 2}-03-01`,
            dbsBarredListChecked: true,
            dbsBarredListCheckedOn: `${year - 1}-03-01`,
            confidentialitySignedOn: `${year - 1}-03-01`,
          })
          .returning({ id: staff.id }),
        "the new staff member",
      );
      const trainings = [
        { kind: "INDUCTION" as const, completedOn: `${year - 1}-03-10` },
        { kind: "SAFEGUARDING" as const, completedOn: `${year - 1}-04-10`, expiresOn: `${year + 2}-04-10` },
        { kind: "IPSEA_LEVEL_1" as const, completedOn: `${year - 1}-05-01` },
        { kind: "OBSERVATION" as const, completedOn: `${year - 1}-05-15` },
        ...(member.role !== "VOLUNTEER" ? [{ kind: "IPSEA_LEVEL_2" as const, completedOn: `${year - 1}-09-01` }] : []),
        ...(member.level3 ? [{ kind: "IPSEA_LEVEL_3" as const, completedOn: `${year - 1}-11-01` }] : []),
      ];
      if (member.role !== "STEERING" && member.role !== "ADMIN") {
        await tx.insert(staffTraining).values(trainings.map((t) => ({ ...t, serviceId: service.id, staffId: row.id })));
      }
    }
    await seedDemoHistory({ tx, serviceId: service.id, now });
    await seedDemoReferrals({ tx, serviceId: service.id, now });
  });
}
