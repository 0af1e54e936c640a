import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults are argon2id, m=19456 KiB, t=2, p=1 (OWASP's recommendation).
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (hashed: string, password: string) => verify(hashed, password).catch(() => false);

/** Verified against for unknown emails so both answers take the same time. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hash("not-a-real-password-0f8e2c"));
