import type { z } from "zod";
import { badInput } from "./errors.js";

/**
 * Parse mutation input with a zod schema. The first problem becomes BAD_USER_INPUT naming the
 * field by its path (e.g. "input.child.dateOfBirth"), so the form can point at it.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = "input"): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [root, ...issue.path.map(String)].filter(Boolean).join(".");
  throw badInput(field, issue.message);
}
