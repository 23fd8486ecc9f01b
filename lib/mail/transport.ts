import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

const transports = new Map<string, Transporter>();

/** The SMTP transport for SMTP_URL, or null when none is configured (mail then goes to the dev mailbox). */
export function mailTransport(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  let transport = transports.get(url);
  if (!transport) {
    // Short timeouts: a hung server fails the attempt, and the job's backoff decides when to try again.
    transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    transports.set(url, transport);
  }
  return transport;
}

export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}
