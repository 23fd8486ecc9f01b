import "server-only";
import { hash, verify } from "@node-rs/argon2";

/*
 * argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). @node-rs/argon2 hashes on the libuv
 * thread pool, so ~30 ms of CPU per hash never blocks the event loop. `2` is Algorithm.Argon2id: the
 * package declares it as a const enum, which isolated modules cannot import.
 */
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
