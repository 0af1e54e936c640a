/**
 * The header the API reads to run a mutation once however often it is sent (decision 027): a key per
 * attempt, which every retry of that attempt sends again. A new attempt (the person presses the
 * button again after a refusal) gets a new key.
 */
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

/** A new key: 128 random bits as 32 hex digits (`getRandomValues` works without a secure context, unlike `randomUUID`). */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Retries of one attempt, after an answer was lost: 0.5 s, 1 s, 2 s, with jitter. */
export const RETRY_ATTEMPTS = 4;
export const retryDelayMs = (attempt: number) => Math.min(500 * 2 ** (attempt - 1), 4000) * (0.5 + Math.random() / 2);
