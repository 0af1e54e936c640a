import { describe, expect, it } from "vitest";
import { INFORMATION_CALL_LEVEL, isStaffChannel } from "./intake.rules.js";

describe("intake rules", () => {
  it("a quick information call is level 1", () => {
    expect(INFORMATION_CALL_LEVEL).toBe(1);
  });

  it("staff take enquiries by every channel but the web form, which files itself", () => {
    expect(isStaffChannel("HELPLINE")).toBe(true);
    expect(isStaffChannel("LETTER")).toBe(true);
    expect(isStaffChannel("IN_PERSON")).toBe(true);
    expect(isStaffChannel("WEB_FORM")).toBe(false);
  });
});
