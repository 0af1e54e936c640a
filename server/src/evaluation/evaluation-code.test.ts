import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CODE_SHAPE_PROBLEMS, formatEvaluationCode, newEvaluationCode, readEvaluationCode } from "./evaluation-code.js";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/** An independent encoder (BigInt, most significant symbol first) to check the library's output against. */
function referenceEncode(bytes: Uint8Array): string {
  let n = BigInt(`0x${Buffer.from(bytes).toString("hex")}`);
  let out = "";
  for (let i = 0; i < 16; i++) {
    out = CROCKFORD[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

/** Each symbol as a family might type it: either case, and I/i/L/l for 1, O/o for 0. */
const typedSymbol = (symbol: string) =>
  symbol === "1"
    ? fc.constantFrom("1", "I", "i", "L", "l")
    : symbol === "0"
      ? fc.constantFrom("0", "O", "o")
      : fc.constantFrom(symbol, symbol.toLowerCase());

/** A canonical code typed with at most one space, hyphen, tab or line break between symbols. */
const typedCode = fc
  .uint8Array({ minLength: 10, maxLength: 10 })
  .map(referenceEncode)
  .chain((canonical) =>
    fc
      .tuple(...[...canonical].map((s) => fc.tuple(typedSymbol(s), fc.constantFrom("", "", "", " ", "-", "\t", "\n"))))
      .map((parts) => ({ canonical, typed: parts.map(([s, sep]) => s + sep).join("") })),
  );

describe("readEvaluationCode (what the family typed → what is hashed)", () => {
  it("reads a code typed in lower case with spaces as the canonical code", () => {
    expect(readEvaluationCode("7k3m q9xd 2hfa r8wt")).toEqual({ ok: true, kind: "code", value: "7K3MQ9XD2HFAR8WT" });
    expect(readEvaluationCode(" 7K3M-Q9XD-2HFA-R8WT\n")).toEqual({ ok: true, kind: "code", value: "7K3MQ9XD2HFAR8WT" });
    expect(readEvaluationCode("7k3m-q9xd 2hfa--r8wt")).toEqual({ ok: true, kind: "code", value: "7K3MQ9XD2HFAR8WT" });
  });

  it("reads I and L as 1 and O as 0, in either case", () => {
    expect(readEvaluationCode("OIL0-oil0-1111-0000")).toEqual({ ok: true, kind: "code", value: "0110011011110000" });
  });

  it("gives any code, however it was typed, back as the canonical form (property)", () => {
    fc.assert(
      fc.property(typedCode, ({ canonical, typed }) => {
        expect(readEvaluationCode(typed)).toEqual({ ok: true, kind: "code", value: canonical });
      }),
      { numRuns: 500 },
    );
  });

  it("refuses the letter U and anything that is not a letter, digit, space or hyphen", () => {
    for (const typed of [
      "7K3M-Q9XD-2HFA-R8WU",
      "7k3m-q9xd-2hfa-r8wu",
      "7K3M_Q9XD_2HFA_R8WT",
      "7K3M.Q9XD.2HFA.R8WT",
      "7K3M-Q9XD-2HFA-R8WÉ",
    ]) {
      expect(readEvaluationCode(typed), typed).toEqual({ ok: false, problem: CODE_SHAPE_PROBLEMS.characters });
    }
  });

  it("refuses a code with a symbol missing or one too many, saying how many it has", () => {
    expect(readEvaluationCode("7K3M-Q9XD-2HFA-R8W")).toEqual({ ok: false, problem: CODE_SHAPE_PROBLEMS.length(15) });
    expect(readEvaluationCode("7K3M-Q9XD-2HFA-R8WTX")).toEqual({ ok: false, problem: CODE_SHAPE_PROBLEMS.length(17) });
    expect(CODE_SHAPE_PROBLEMS.length(15)).toContain("This one has 15");
  });

  it("refuses nothing typed", () => {
    for (const typed of ["", "   ", "\n", "----", " - - "])
      expect(readEvaluationCode(typed), JSON.stringify(typed)).toEqual({ ok: false, problem: CODE_SHAPE_PROBLEMS.empty });
  });

  it("keeps a 43-character token issued before exactly as it was written: case, hyphens and underscores matter", () => {
    const legacy = "aB3_-xYz09aB3_-xYz09aB3_-xYz09aB3_-xYz09aBc";
    expect(legacy).toHaveLength(43);
    expect(readEvaluationCode(legacy)).toEqual({ ok: true, kind: "legacy", value: legacy });
    expect(readEvaluationCode(` ${legacy.slice(0, 20)} ${legacy.slice(20)}\n`)).toEqual({ ok: true, kind: "legacy", value: legacy });
    // Another case is another token, never folded into the same one.
    expect(readEvaluationCode(legacy.toUpperCase())).toEqual({ ok: true, kind: "legacy", value: legacy.toUpperCase() });
    // One character short of the old shape is neither kind.
    expect(readEvaluationCode(legacy.slice(1)).ok).toBe(false);
  });
});

describe("newEvaluationCode and formatEvaluationCode", () => {
  it("makes 16 Crockford symbols (80 random bits) that read back as themselves", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = newEvaluationCode();
      expect(code).toMatch(CANONICAL);
      expect(readEvaluationCode(code)).toEqual({ ok: true, kind: "code", value: code });
      seen.add(code);
    }
    expect(seen.size).toBe(2000);
  });

  it("encodes bytes as the reference Crockford encoder does", () => {
    // The library's encoder, reached through the canonical form of a code typed from the reference encoding.
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        const reference = referenceEncode(bytes);
        expect(readEvaluationCode(reference.toLowerCase())).toMatchObject({ value: reference });
      }),
    );
    expect(referenceEncode(new Uint8Array(10))).toBe("0000000000000000");
    expect(referenceEncode(new Uint8Array(10).fill(255))).toBe("ZZZZZZZZZZZZZZZZ");
  });

  it("groups a code in fours for reading out and printing, and the grouped code reads back", () => {
    expect(formatEvaluationCode("7K3MQ9XD2HFAR8WT")).toBe("7K3M-Q9XD-2HFA-R8WT");
    for (let i = 0; i < 100; i++) {
      const code = newEvaluationCode();
      const shown = formatEvaluationCode(code);
      expect(shown).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(readEvaluationCode(shown)).toMatchObject({ value: code });
    }
  });
});
