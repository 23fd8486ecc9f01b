import "server-only";
import { randomUUID } from "node:crypto";
import { log } from "@/lib/log";

/**
 * Logs an unexpected error with its context and a short reference, and returns what a person should be told:
 * an honest message that carries the same reference, so a report can be matched to the log line. Never the error.
 */
export function reportUnexpectedError(message: string, context: Record<string, unknown>, error: unknown): string {
  const reference = randomUUID().slice(0, 8);
  log.error(message, { ...context, reference, error });
  return `Something went wrong on our side. Please try again; if it keeps happening, quote reference ${reference}.`;
}
