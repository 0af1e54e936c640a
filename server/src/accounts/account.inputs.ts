import type { z } from "zod";
import { Int } from "type-graphql";
import { inputType } from "../graphql/input-type.js";
import { GraphQLLocalDate } from "graphql-scalars";
import { StaffRole, TrainingKind } from "../graphql/enums.js";
import {
  addStaffSchema,
  changeCapacitySchema,
  changeRoleSchema,
  complianceSchema,
  createServiceSchema,
  trainingSchema,
} from "./account.validation.js";

export const AddStaffInput = inputType("AddStaffInput", addStaffSchema, {
  description: "A new staff member; they set their own password through the one-time link the answer carries.",
  fields: {
    email: { type: () => String, description: "Sign-in address; unique across the deployment." },
    displayName: () => String,
    role: () => StaffRole,
    capacity: { type: () => Int, description: "Open cases they may carry; defaults to 20 for roles that hold cases, else 0." },
    maxLevel: { type: () => Int, description: "Highest intervention level (1–4) they may hold; absent: as role and training allow." },
  },
});
export type AddStaffInput = z.input<typeof addStaffSchema>;

export const ChangeStaffRoleInput = inputType("ChangeStaffRoleInput", changeRoleSchema, { fields: { role: () => StaffRole } });
export type ChangeStaffRoleInput = z.input<typeof changeRoleSchema>;

export const ChangeStaffCapacityInput = inputType("ChangeStaffCapacityInput", changeCapacitySchema, {
  fields: {
    capacity: { type: () => Int, description: "Never below the open cases they hold now." },
    maxLevel: { type: () => Int, description: "Highest intervention level (1–4); absent or null: as role and training allow." },
  },
});
export type ChangeStaffCapacityInput = z.input<typeof changeCapacitySchema>;

// The schemas check dates against the service's today; their shape is the same whatever it is.
const anyDay = "2000-01-01";

export const StaffComplianceInput = inputType("StaffComplianceInput", complianceSchema(anyDay), {
  description:
    "The enhanced DBS check (barred list, update service) and the signed confidentiality policy as they stand now; no date in the future.",
  fields: {
    dbsEnhanced: { type: () => Boolean, description: "An enhanced DBS check with barred-list check is on record." },
    dbsCheckedOn: { type: () => GraphQLLocalDate, description: "Certificate date; needed when dbsEnhanced." },
    dbsRenewalDueOn: { type: () => GraphQLLocalDate, description: "When the check is due for renewal." },
    barredListChecked: { type: () => Boolean, description: "The check included the children's barred list; absent: false." },
    barredListCheckedOn: { type: () => GraphQLLocalDate, description: "Needed when barredListChecked; not in the future." },
    updateService: { type: () => Boolean, description: "Subscribed to the DBS update service; absent: false." },
    updateServiceRenewalOn: { type: () => GraphQLLocalDate, description: "When the subscription renews; needed when updateService." },
    evidenceRef: { type: () => String, description: "Where the evidence is kept (certificate number, file); never the certificate." },
    confidentialitySignedOn: () => GraphQLLocalDate,
  },
});
export type StaffComplianceInput = z.input<ReturnType<typeof complianceSchema>>;

export const StaffTrainingInput = inputType("StaffTrainingInput", trainingSchema(anyDay), {
  fields: {
    kind: () => TrainingKind,
    completedOn: () => GraphQLLocalDate,
    expiresOn: { type: () => GraphQLLocalDate, description: "Safeguarding training expires (required for it); most training does not." },
    evidenceRef: { type: () => String, description: "Where the certificate or record is kept." },
  },
});
export type StaffTrainingInput = z.input<ReturnType<typeof trainingSchema>>;

export const NewAdministratorInput = inputType("NewAdministratorInput", createServiceSchema.shape.administrator, {
  fields: { email: () => String, displayName: () => String },
});

export const CreateServiceInput = inputType("CreateServiceInput", createServiceSchema, {
  description: "A further service of this deployment, and its first administrator.",
  fields: {
    slug: { type: () => String, description: "Short name: lower-case letters, digits and hyphens." },
    name: () => String,
    areaName: () => String,
    helplinePhone: () => String,
    administrator: () => NewAdministratorInput,
  },
});
export type CreateServiceInput = z.input<typeof createServiceSchema>;
