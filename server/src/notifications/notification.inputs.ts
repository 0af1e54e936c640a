import type { z } from "zod";
import { inputType } from "../graphql/input-type.js";
import { updatePreferencesSchema } from "./notification.validation.js";

export const UpdateNotificationPreferencesInput = inputType("UpdateNotificationPreferencesInput", updatePreferencesSchema, {
  description: "Which emails you receive; omitted choices stay as they are.",
  fields: {
    safeguarding: { type: () => Boolean, description: "A safeguarding concern is raised (managers)." },
    allocation: { type: () => Boolean, description: "A case is allocated to you." },
    overdueDigest: { type: () => Boolean, description: "Each working morning, how many of your duties are overdue." },
  },
});
export type UpdateNotificationPreferencesInput = z.input<typeof updatePreferencesSchema>;
