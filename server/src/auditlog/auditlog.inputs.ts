import type { z } from "zod";
import { ID } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { inputType } from "../graphql/input-type.js";
import { auditFilterSchema } from "./auditlog.validation.js";

export const AuditFilterInput = inputType("AuditFilterInput", auditFilterSchema, {
  description: "Filters of the audit viewer; each optional.",
  fields: {
    actorId: { type: () => ID, description: "The staff member who acted." },
    entityType: { type: () => String, description: "The kind of record, e.g. `referral`, `case`, `staff`." },
    entityId: { type: () => ID, description: "One record." },
    action: { type: () => String, description: "One action, e.g. `case.read`." },
    from: { type: () => GraphQLLocalDate, description: "First day, in the service's time zone." },
    to: { type: () => GraphQLLocalDate, description: "Last day, inclusive." },
  },
});
export type AuditFilterInput = z.input<typeof auditFilterSchema>;
