/*
 * Strong password suggestions for the redeem form. Pure and browser-safe: it runs in the person's browser, so
 * the suggestion never crosses the network before they submit it.
 */

/** Letters and digits without look-alikes (0/O, 1/l/I), so a suggestion can be read and retyped. */
export const PASSWORD_ALPHABET = "23456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const SUGGESTION_GROUPS = 4;
const GROUP_LENGTH = 5;

/** Fills a byte array with random values; `crypto.getRandomValues` unless a test supplies its own. */
export type RandomBytes = (buffer: Uint8Array) => Uint8Array;

const webCrypto: RandomBytes = (buffer) => globalThis.crypto.getRandomValues(buffer);

/**
 * A uniformly distributed index in [0, size) by rejection sampling: a byte is used only when it falls below
 * the largest multiple of `size` that fits in 256, and redrawn otherwise. A plain `byte % size` would favour
 * the first `256 % size` symbols.
 */
export function randomIndex(size: number, random: RandomBytes = webCrypto): number {
  if (!Number.isInteger(size) || size < 1 || size > 256) throw new RangeError(`size must be 1..256, got ${size}`);
  const limit = 256 - (256 % size);
  const byte = new Uint8Array(1);
  for (;;) {
    random(byte);
    if (byte[0]! < limit) return byte[0]! % size;
  }
}

/** Four dash-separated groups of five symbols: about 117 bits of entropy, easy to copy into a password manager. */
export function suggestPassword(random: RandomBytes = webCrypto): string {
  const groups: string[] = [];
  for (let g = 0; g < SUGGESTION_GROUPS; g++) {
    let group = "";
    for (let i = 0; i < GROUP_LENGTH; i++) group += PASSWORD_ALPHABET[randomIndex(PASSWORD_ALPHABET.length, random)];
    groups.push(group);
  }
  return groups.join("-");
}
