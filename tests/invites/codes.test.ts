import { hashSecret } from "@/lib/secrets/hashed-secret";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALPHABET,
  CODE_LENGTH,
  checkCode,
  codePrefix,
  formatCode,
  generateCode,
  normalizeCode,
} from "@/lib/invites/codes";

const codeArb = fc.constant(null).map(() => generateCode());
const symbolArb = fc.integer({ min: 0, max: 31 }).map((i) => ALPHABET[i]!);

describe("invite codes", () => {
  it("are 27 Crockford symbols and pass their own check", () => {
    const code = generateCode();
    expect(code).toMatch(new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`));
    expect(checkCode(code)).toEqual({ ok: true, code });
  });

  it("round-trip from the display form through normalisation", () => {
    fc.assert(
      fc.property(codeArb, fc.boolean(), (code, lower) => {
        const shown = formatCode(code);
        expect(shown).toMatch(/^([0-9A-Z]{5}-){5}[0-9A-Z]{2}$/);
        expect(normalizeCode(lower ? ` ${shown.toLowerCase()} ` : shown)).toBe(code);
      }),
    );
  });

  it("normalise spaces, dashes, case and look-alikes (I, L → 1; O → 0)", () => {
    expect(normalizeCode("  ab-cd ef\tgh ")).toBe("ABCDEFGH");
    expect(normalizeCode("iLoO")).toBe("1100");
    fc.assert(
      fc.property(codeArb, (code) => {
        const typed = code.replace(/1/g, "l").replace(/0/g, "O").toLowerCase();
        expect(checkCode(typed)).toEqual({ ok: true, code });
      }),
    );
  });

  it("catch every single-symbol substitution", () => {
    fc.assert(
      fc.property(codeArb, fc.integer({ min: 0, max: CODE_LENGTH - 1 }), symbolArb, (code, at, symbol) => {
        fc.pre(code[at] !== symbol);
        const typo = code.slice(0, at) + symbol + code.slice(at + 1);
        const result = checkCode(typo);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.reason).toBe("check");
      }),
      { numRuns: 5_000 },
    );
  });

  it("catch every adjacent transposition", () => {
    fc.assert(
      fc.property(codeArb, fc.integer({ min: 0, max: CODE_LENGTH - 2 }), (code, at) => {
        fc.pre(code[at] !== code[at + 1]);
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        expect(checkCode(swapped).ok).toBe(false);
      }),
      { numRuns: 5_000 },
    );
  });

  it("exhaustively catch substitutions and transpositions at every position of one code", () => {
    const code = generateCode();
    for (let at = 0; at < CODE_LENGTH; at++) {
      for (const symbol of ALPHABET) {
        if (symbol === code[at]) continue;
        expect(checkCode(code.slice(0, at) + symbol + code.slice(at + 1)).ok).toBe(false);
      }
    }
    for (let at = 0; at < CODE_LENGTH - 1; at++) {
      if (code[at] === code[at + 1]) continue;
      expect(checkCode(code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2)).ok).toBe(false);
    }
  });

  it("explain wrong lengths and impossible symbols", () => {
    const code = generateCode();
    expect(checkCode("")).toMatchObject({ ok: false, reason: "empty" });
    expect(checkCode(code.slice(0, 20))).toMatchObject({ ok: false, reason: "length" });
    expect(checkCode(code + "7")).toMatchObject({ ok: false, reason: "length" });
    expect(checkCode(code.slice(0, 5) + "U" + code.slice(6))).toMatchObject({ ok: false, reason: "symbol" });
  });

  it("are distinct across 100 000 draws", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(generateCode());
    expect(seen.size).toBe(100_000);
  });

  it("hash to 32 bytes and keep a short prefix", () => {
    const code = generateCode();
    expect(hashSecret(code)).toHaveLength(32);
    expect(hashSecret(code).equals(hashSecret(normalizeCode(formatCode(code).toLowerCase())))).toBe(true);
    expect(codePrefix(code)).toBe(code.slice(0, 4));
  });
});
