import "server-only";
import { db } from "@/lib/db";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { likeLiteral } from "@/lib/validation/search";
import { ALPHABET, checkCode, GROUP_LENGTH, normalizeCode, PREFIX_LENGTH } from "./code-format";

export type SearchTerms = { text: string; creatorIds: string[]; codeHash: Uint8Array<ArrayBuffer> | null; prefix: string | null };

/**
 * The list's search box: note and creator as literal text (`%` and `_` are characters, not wildcards), and the
 * code as a person reads it off a page or e-mail, in any case, with or without dashes and spaces. A whole code is
 * found through its hash (the only form stored); its first group through the stored display prefix. The creators
 * whose e-mail or name match are looked up first (trigram indexes on users), so that the invite query is an OR of
 * indexed conditions; a condition through the join would be checked against every invite.
 */
export async function searchTerms(q: string): Promise<SearchTerms> {
  const text = likeLiteral(q);
  const creators = await db.user.findMany({
    where: { OR: [{ email: { contains: text.toLowerCase() } }, { name: { contains: text, mode: "insensitive" } }], invitesCreated: { some: {} } },
    select: { id: true },
  });
  const code = normalizeCode(q);
  const wholeCode = checkCode(code).ok;
  const group = !wholeCode && code.length <= GROUP_LENGTH && [...code].every((symbol) => ALPHABET.includes(symbol));
  return {
    text,
    creatorIds: creators.map((creator) => creator.id),
    codeHash: wholeCode ? new Uint8Array(hashSecret(code)) : null,
    prefix: group ? code.slice(0, PREFIX_LENGTH) : null,
  };
}
