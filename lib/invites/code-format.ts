/*
 * Code format: alphabet, check symbol, normalisation and display. Pure functions with no Node APIs, so the
 * redeem form can tell a person about a typo as they type, with exactly the server's rules.
 */
/** Crockford's base32: no I, L, O or U, so codes survive being read aloud, printed and typed. */
export const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const DATA_SYMBOLS = 26; // ceil(128 / 5)
export const CODE_LENGTH = DATA_SYMBOLS + 1; // plus the check symbol
export const PREFIX_LENGTH = 4;
export const GROUP_LENGTH = 5;

const VALUE = new Map([...ALPHABET].map((symbol, value) => [symbol, value]));

/*
 * The check symbol is a weighted sum over GF(32) (primitive polynomial x^5 + x^2 + 1): symbol i is weighted
 * by alpha^(i+1) and the check symbol by alpha^0, so a valid code sums to zero. Because every weight is a
 * non-zero field element and neighbouring weights differ, every single-symbol substitution and every
 * adjacent transposition changes the sum. Crockford's own mod-37 check needs five extra symbols (* ~ $ = U)
 * that are awkward in links and on paper; this check stays inside the 32-symbol alphabet.
 */
const EXP = new Array<number>(62);
const LOG = new Array<number>(32);
{
  let x = 1;
  for (let i = 0; i < 31; i++) {
    EXP[i] = x;
    EXP[i + 31] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x20) x ^= 0x25;
  }
}

function gfMul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return EXP[LOG[a]! + LOG[b]!]!;
}

function checkValue(dataValues: readonly number[]): number {
  let sum = 0;
  dataValues.forEach((value, i) => {
    sum ^= gfMul(value, EXP[(i + 1) % 31]!);
  });
  return sum;
}

export function encodeBytes(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Appends the check symbol to a string of data symbols. */
export function withCheckSymbol(data: string): string {
  const values = [...data].map((symbol) => VALUE.get(symbol)!);
  return data + ALPHABET[checkValue(values)];
}

/** How a person sees a code: groups of five, e.g. `7K3QZ-…-R2`. */
export function formatCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP_LENGTH) groups.push(code.slice(i, i + GROUP_LENGTH));
  return groups.join("-");
}

/** Typed input to canonical form: separators dropped, upper-cased, look-alikes mapped (I, L → 1; O → 0). */
export function normalizeCode(input: string): string {
  return input
    .trim()
    .replace(/[\s\-‐‑‒–—]+/gu, "")
    .toUpperCase()
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
}

export type CodeCheck =
  | { ok: true; code: string }
  | { ok: false; reason: "empty" | "length" | "symbol" | "check"; message: string };

/**
 * Validates a normalised code without the database. Any failure here is a typo, not a guess: it is
 * reported with a helpful message and never counted against the rate limit.
 */
export function checkCode(input: string): CodeCheck {
  const code = normalizeCode(input);
  if (code.length === 0) return { ok: false, reason: "empty", message: "Enter the invite code." };
  const bad = [...code].find((symbol) => !VALUE.has(symbol));
  if (bad !== undefined) {
    return { ok: false, reason: "symbol", message: `“${bad}” cannot appear in an invite code. Check that character.` };
  }
  if (code.length !== CODE_LENGTH) {
    const missing = code.length < CODE_LENGTH;
    return {
      ok: false,
      reason: "length",
      message: `An invite code has ${CODE_LENGTH} characters; this has ${code.length}. ${missing ? "Some are missing." : "There are too many."}`,
    };
  }
  const values = [...code].map((symbol) => VALUE.get(symbol)!);
  const sum = checkValue(values.slice(0, DATA_SYMBOLS)) ^ values[DATA_SYMBOLS]!;
  if (sum !== 0) {
    return { ok: false, reason: "check", message: "This code looks mistyped: one character is wrong or two are swapped." };
  }
  return { ok: true, code };
}

/** The first symbols, stored in clear so that people can tell invites apart; not enough to guess the rest. */
export function codePrefix(canonicalCode: string): string {
  return canonicalCode.slice(0, PREFIX_LENGTH);
}
