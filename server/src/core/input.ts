import type { z } from "zod";
import { badInput } from "./errors.js";

/**
 * Parse mutation input with a zod schema. The first problem becomes BAD_USER_INPUT naming the
 * field by its path (e.g. "input.child.dateOfBirth"), so the form can point at it.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = "input"): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // A failed parse has at least one issue; the first is the one a form points at.
  const [issue] = result.error.issues;
  const field = [root, ...(issue?.path ?? []).map(String)].filter(Boolean).join(".");
  throw badInput(field, issue?.message ?? "This is not valid.");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is refused before it reaches SQL. */
export function assertId(field: string, value: unknown): string {
  if (typeof value !== "string" || !UUID.test(value)) throw badInput(field, "This id is not valid.");
  return value.toLowerCase();
}

/** An instant up to a minute ahead of the server's clock is a clock difference, not the future. */
export const CLOCK_TOLERANCE_MS = 60_000;
