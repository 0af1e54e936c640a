import type { z } from "zod";
import { argsType } from "../graphql/input-type.js";
import { loginSchema } from "./auth.validation.js";

export const LoginArgs = argsType("LoginArgs", loginSchema, { fields: { email: () => String, password: () => String } });
export type LoginArgs = z.input<typeof loginSchema>;
