import { z } from "zod";

/** `login(email, password)`. */
export const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(320),
  password: z.string().min(1, "Enter your password.").max(1024),
});
