import { z } from "zod";

const choice = z.boolean("Choose on or off.").optional().nullable();

export const updatePreferencesSchema = z.object({
  safeguarding: choice,
  allocation: choice,
  overdueDigest: choice,
});
