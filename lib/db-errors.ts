import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "SocketTimeout", "ConnectionClosed", "TooManyConnections"]);
// PostgreSQL SQLSTATEs for a server that is shutting down, starting up, or gone.
const UNREACHABLE_SQLSTATES = /^(08...|57P01|57P02|57P03)$/;
// "timeout exceeded when trying to connect" is pg-pool's own: every pooled connection stayed busy for the whole
// wait, i.e. the server is overloaded — also a moment to come back later, not a bug.
const UNREACHABLE_MESSAGE =
  /Connection terminated|ECONNREFUSED|ECONNRESET|terminating connection|the database system is (starting up|shutting down)|Can't reach database|timeout exceeded when trying to connect/i;

/**
 * True when an error means "the database cannot be reached right now" (down, restarting, overloaded) rather
 * than a bug: callers answer 503 and try again later instead of reporting an internal error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (UNREACHABLE_CODES.has(error.code)) return true;
    const cause = (error.meta as { driverAdapterError?: { cause?: { kind?: string; code?: string; originalCode?: string } } } | undefined)
      ?.driverAdapterError?.cause;
    if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return true;
    if (UNREACHABLE_SQLSTATES.test(cause?.originalCode ?? cause?.code ?? "")) return true;
  }
  return error instanceof Error && UNREACHABLE_MESSAGE.test(error.message);
}
