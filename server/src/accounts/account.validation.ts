import { z } from "zod";
import { isoDate, personName, requiredText, optionalText } from "../core/text.js";
import { INTERVENTION_LEVELS, STAFF_ROLE, TRAINING_KIND } from "../core/vocabulary.js";
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

/** A staff member's DBS check and signed confidentiality policy [001 DBS, Confidentiality]; dates ISO, none in the future. */
export const complianceSchema = (today: string) =>
  z
    .object({
      dbsEnhanced: z.boolean(),
      dbsCheckedOn: isoDate("Enter the DBS certificate date as a real date.")
        .refine((d) => d <= today, "The DBS certificate date cannot be in the future.")
        .optional()
        .nullable(),
      dbsRenewalDueOn: isoDate("Enter the renewal date as a real date.").optional().nullable(),
      barredListChecked: z.boolean().optional().nullable(),
      barredListCheckedOn: isoDate("Enter the barred-list check date as a real date.")
        .refine((d) => d <= today, "The barred-list check cannot be dated in the future.")
        .optional()
        .nullable(),
      updateService: z.boolean().optional().nullable(),
      updateServiceRenewalOn: isoDate("Enter the update-service renewal date as a real date.").optional().nullable(),
      evidenceRef: optionalText(200),
      confidentialitySignedOn: isoDate("Enter the date it was signed as a real date.")
        .refine((d) => d <= today, "The confidentiality policy cannot be signed in the future.")
        .optional()
        .nullable(),
    })
    .superRefine((c, ctx) => {
      if (c.dbsEnhanced && !c.dbsCheckedOn)
        ctx.addIssue({ code: "custom", path: ["dbsCheckedOn"], message: "Enter the enhanced DBS certificate date." });
      if (c.dbsCheckedOn && c.dbsRenewalDueOn && c.dbsRenewalDueOn <= c.dbsCheckedOn)
        ctx.addIssue({ code: "custom", path: ["dbsRenewalDueOn"], message: "Renewal falls after the certificate date." });
      if (c.barredListChecked && !c.barredListCheckedOn)
        ctx.addIssue({ code: "custom", path: ["barredListCheckedOn"], message: "Enter the date the barred list was checked." });
      if (c.barredListChecked && !c.dbsEnhanced)
        ctx.addIssue({ code: "custom", path: ["barredListChecked"], message: "The barred list is checked with an enhanced DBS check." });
      if (c.updateService && !c.updateServiceRenewalOn)
        ctx.addIssue({ code: "custom", path: ["updateServiceRenewalOn"], message: "Enter when the update-service subscription renews." });
    });

/** Training completed [001 Training]: completion not in the future, expiry after it. */
export const trainingSchema = (today: string) =>
  z
    .object({
      kind: z.enum(TRAINING_KIND.values, "Choose the training."),
      completedOn: isoDate("Enter the completion date as a real date.").refine(
        (d) => d <= today,
        "Training cannot be completed in the future.",
      ),
      expiresOn: isoDate("Enter the expiry date as a real date.").optional().nullable(),
      evidenceRef: optionalText(200),
    })
    .superRefine((t, ctx) => {
      if (t.expiresOn && t.expiresOn <= t.completedOn)
        ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Expiry falls after completion." });
      if (t.kind === "SAFEGUARDING" && !t.expiresOn)
        ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Enter when the safeguarding training expires." });
    });
