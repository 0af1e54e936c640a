import { describe, expect, it } from "vitest";
import { ETHNIC_GROUP } from "../core/vocabulary.js";
import { ETHNIC_GROUP_STORED_AS, ethnicGroupOf } from "./ethnicity.js";

describe("ethnicity as stored", () => {
  it("an ethnic group is stored as the census wording and read back as the same group", () => {
    for (const group of ETHNIC_GROUP.values) expect(ethnicGroupOf(ETHNIC_GROUP_STORED_AS[group])).toBe(group);
    expect(ETHNIC_GROUP_STORED_AS.BLACK).toBe("Black, Black British, Caribbean or African");
  });

  it("reads nothing recorded, or text from before the fixed list, as no group", () => {
    expect(ethnicGroupOf(null)).toBeNull();
    expect(ethnicGroupOf("White British")).toBeNull();
  });
});
