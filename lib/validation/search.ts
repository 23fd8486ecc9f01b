/**
 * Text for a LIKE pattern that matches itself: Prisma's `contains` and `startsWith` pass `%` and `_` through as
 * wildcards, so they (and the escape character, backslash) are escaped first.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
