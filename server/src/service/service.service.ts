import { eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { services } from "./service.table.js";
import { notFound } from "../core/errors.js";

export type ServiceRow = typeof services.$inferSelect;

export async function getService(q: Queryable, serviceId: string): Promise<ServiceRow> {
  const [row] = await q.select().from(services).where(eq(services.id, serviceId));
  if (!row) throw notFound("Service");
  return row;
}

export async function findServiceBySlug(q: Queryable, slug: string): Promise<ServiceRow | null> {
  const [row] = await q.select().from(services).where(eq(services.slug, slug));
  return row ?? null;
}
