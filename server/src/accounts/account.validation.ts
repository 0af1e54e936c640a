import { z } from "zod";
import { personName, requiredText, optionalText } from "../core/text.js";
import { INTERVENTION_LEVELS, STAFF_ROLE } from "../core/vocabulary.js";
import { MIN_PASSWORD_LENGTH } from "./account.rules.js";

const email = z.string().trim().min(1, "Enter an email address.").max(320).email("Enter an email address like name@example.org.");
const capacity = z
  .number()
  .int("Capacity is a whole number of cases.")
  .min(0, "Capacity cannot be negative.")
  .max(200, "Capacity is at most 200 cases.");
const maxLevel = z
  .number()
  .int()
  .refine((v) => (INTERVENTION_LEVELS as readonly number[]).includes(v), "Levels are 1 to 4.");

/** A service and its first administrator (the command line's `create-service`, or a deployment administrator). */
export const createServiceSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "Use lower-case letters, digits and hyphens, up to 40 characters."),
  name: requiredText(200, "Enter the service's name."),
  areaName: requiredText(200, "Enter the local authority area the service covers."),
  helplinePhone: optionalText(40),
  administrator: z.object({ email, displayName: personName("Enter the administrator's name.") }),
});
export type CreateService = z.infer<typeof createServiceSchema>;

/** A new staff member. */
export const addStaffSchema = z.object({
  email,
  displayName: personName("Enter the person's name."),
  role: z.enum(STAFF_ROLE.values, "Choose a role."),
  capacity: capacity.optional().nullable(),
  maxLevel: maxLevel.optional().nullable(),
});
export type AddStaff = z.infer<typeof addStaffSchema>;

export const changeRoleSchema = z.object({ role: z.enum(STAFF_ROLE.values, "Choose a role.") });
export const changeCapacitySchema = z.object({ capacity, maxLevel: maxLevel.optional().nullable() });

/** `setPassword(token, password)`. */
export const setPasswordSchema = z.object({
  token: z.string().trim().min(1, "This link is not complete.").max(200, "This link is not valid."),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(1024, "Keep the password to 1,024 characters or fewer."),
});
