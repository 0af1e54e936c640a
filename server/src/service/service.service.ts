import { eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { services } from "./service.table.js";
import { notFound } from "../core/errors.js";
import type { PublicService } from "./service.model.js";

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

/** Slugs are short; a longer one names no service. */
const MAX_SLUG_LENGTH = 100;

/** Public: what the self-referral form shows about a service, by its slug (NOT_FOUND for none). */
export async function getPublicService(opts: { db: Queryable; slug: string }): Promise<PublicService> {
  const service = opts.slug.length <= MAX_SLUG_LENGTH ? await findServiceBySlug(opts.db, opts.slug.trim()) : null;
  if (!service) throw notFound("Service");
  const { slug, name, areaName, helplinePhone, responseTargetDays } = service;
  return { slug, name, areaName, helplinePhone, responseTargetDays };
}
