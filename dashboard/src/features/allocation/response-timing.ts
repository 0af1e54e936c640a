import { dateTime, relativeSpan } from "../../ui/format";

/** The response clock of a referral as the officer lists read it. */
export type ResponseClock = { responseTargetAt: string; responseDeadlineAt: string; firstRespondedAt?: string | null };

/**
 * How long is left to make first contact, in words and a tone: ok while the target is more than
 * four working hours away, warn near or past the target, danger past the maximum. Null once the
 * family has been contacted (the clock stopped).
 */
export function responseTiming(clock: ResponseClock, now: number): { text: string; tone: "ok" | "warn" | "danger" } | null {
  if (clock.firstRespondedAt) return null;
  const toTarget = Date.parse(clock.responseTargetAt) - now;
  const toMaximum = Date.parse(clock.responseDeadlineAt) - now;
  if (toMaximum <= 0) return { text: `Response maximum passed ${relativeSpan(toMaximum)} ago`, tone: "danger" };
  if (toTarget <= 0)
    return {
      text: `Response target passed ${relativeSpan(toTarget)} ago; maximum ${dateTime.format(new Date(clock.responseDeadlineAt))}`,
      tone: "warn",
    };
  return {
    text: `Respond within ${relativeSpan(toTarget)} (target ${dateTime.format(new Date(clock.responseTargetAt))})`,
    tone: toTarget < 4 * 3_600_000 ? "warn" : "ok",
  };
}
