import { GraphQLLocalDate } from "graphql-scalars";
import type { z } from "zod";
import { argsType } from "../graphql/input-type.js";
import { periodSchema } from "./statistics.validation.js";

export const PeriodArgs = argsType("PeriodArgs", periodSchema, { fields: { from: () => GraphQLLocalDate, to: () => GraphQLLocalDate } });
export type PeriodArgs = z.input<typeof periodSchema>;
