import { describe, expect, it } from "vitest";
import { PASSWORD_ALPHABET, randomIndex, suggestPassword, type RandomBytes } from "@/lib/auth/suggest-password";
import { isCommonPassword } from "@/lib/validation/common-passwords";
import { strongPasswordSchema as passwordSchema } from "@/lib/validation/server-schemas";

/** A source that hands out the given bytes in order, and fails loudly if asked for more. */
function bytesInOrder(bytes: number[]): { random: RandomBytes; left: () => number } {
  let next = 0;
  const random: RandomBytes = (buffer) => {
    for (let i = 0; i < buffer.length; i++) {
      if (next >= bytes.length) throw new Error("the generator asked for more bytes than the test supplied");
      buffer[i] = bytes[next++]!;
    }
    return buffer;
  };
  return { random, left: () => bytes.length - next };
}

const EVERY_BYTE = Array.from({ length: 256 }, (_, byte) => byte);

describe("randomIndex", () => {
  it.each([2, 3, 10, 57, 100, 200, 256])("maps every byte value onto [0, %i) exactly evenly, rejecting the remainder", (size) => {
    const { random, left } = bytesInOrder(EVERY_BYTE);
    const counts = new Array<number>(size).fill(0);
    const accepted = 256 - (256 % size);
    for (let i = 0; i < accepted; i++) counts[randomIndex(size, random)]!++;
    expect(new Set(counts)).toEqual(new Set([accepted / size]));
    // What is left is the biased tail, 256 % size bytes: all of it is rejected, none folded onto an index.
    expect(left()).toBe(256 - accepted);
    expect(() => randomIndex(size, random)).toThrow("more bytes");
  });

  it("redraws a byte from the biased tail instead of folding it with a modulo", () => {
    const size = PASSWORD_ALPHABET.length;
    const { random } = bytesInOrder([255, 240, 228, 7]);
    expect(randomIndex(size, random)).toBe(7);
  });

  it("refuses sizes a byte cannot cover", () => {
    expect(() => randomIndex(0)).toThrow(RangeError);
    expect(() => randomIndex(257)).toThrow(RangeError);
  });
});

describe("suggestPassword", () => {
  it("draws four groups of five symbols from the alphabet with the Web Crypto API", () => {
    const suggestion = suggestPassword();
    expect(suggestion).toMatch(/^[23456789a-km-zA-HJ-NP-Z]{5}(-[23456789a-km-zA-HJ-NP-Z]{5}){3}$/);
    expect(suggestPassword()).not.toBe(suggestion);
  });

  it("uses every symbol about equally often (chi-square far below what any bias would give)", () => {
    const counts = new Map<string, number>([...PASSWORD_ALPHABET].map((symbol) => [symbol, 0]));
    for (let i = 0; i < 6_000; i++) {
      for (const symbol of suggestPassword().replaceAll("-", "")) counts.set(symbol, counts.get(symbol)! + 1);
    }
    const expected = (6_000 * 20) / PASSWORD_ALPHABET.length;
    const chiSquare = [...counts.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // 56 degrees of freedom: a fair generator exceeds 120 with probability below one in a million, while
    // `byte % 57` (28 symbols drawn 5/4 as often) would score in the thousands.
    expect(chiSquare).toBeLessThan(120);
  });

  it("passes the shared password rules", () => {
    expect(passwordSchema.safeParse(suggestPassword()).success).toBe(true);
  });
});

describe("password rules", () => {
  it("refuses common passwords long enough to pass the length rule, in any case", () => {
    expect(isCommonPassword("QWERTY123456", 12)).toBe(true);
    const result = passwordSchema.safeParse("Qwerty123456");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("commonly used");
  });

  it("asks for twelve characters before anything else", () => {
    const result = passwordSchema.safeParse("password");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["A password needs at least 12 characters."]);
  });
});
