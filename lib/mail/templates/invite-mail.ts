import { roleLabel } from "@/lib/auth/role-labels";
import type { Role } from "@/lib/generated/prisma/client";
import { htmlBody, type OutgoingMessage } from "../outgoing-message";

export type InviteMailArgs = {
  inviterName: string | null;
  role: Role;
  link: string;
  code: string;
  expiresAt: Date;
  message: string | null;
  siteUrl: string;
  reminder: boolean;
};

/** The expiry in terms anyone can read wherever they are: the UTC date and time, and how far away it is. */
function expiryText(expiresAt: Date, at: Date): string {
  const utc = expiresAt.toUTCString().replace(/:\d\d GMT$/, " UTC");
  const hours = Math.max(0, Math.round((expiresAt.getTime() - at.getTime()) / 3_600_000));
  const within = hours < 48 ? `${hours} hour${hours === 1 ? "" : "s"}` : `${Math.round(hours / 24)} days`;
  return `${utc} (in about ${within})`;
}

export function renderInviteMail(args: InviteMailArgs, at: Date): OutgoingMessage {
  const site = new URL(args.siteUrl).host;
  const who = args.inviterName ?? "An administrator";
  const role = roleLabel(args.role);
  const expires = expiryText(args.expiresAt, at);
  const subject = args.reminder ? `Reminder: your invitation to ${site} expires soon` : `${who} invited you to ${site}`;
  const opening = args.reminder
    ? `This is a reminder: ${who} invited you to ${site}, and the invitation has not been used yet. Here is a fresh link; the one sent before no longer works.`
    : `${who} invited you to ${site}, with the role ${role}.`;
  const lines = [
    opening,
    ...(args.message ? [`${who} wrote:\n${args.message}`] : []),
    `Open this link to create your account (only with this e-mail address):\n${args.link}`,
    `Or enter this code at ${args.siteUrl.replace(/\/$/, "")}/redeem:\n${args.code}`,
    `The invitation is for one account and expires ${expires}.`,
  ];
  const footer = "If you did not expect this invitation, you can ignore this e-mail.";
  return {
    subject,
    text: `${lines.join("\n\n")}\n\n${footer}\n`,
    html: htmlBody({ paragraphs: lines.filter((line) => !line.startsWith("Open this link")), action: { label: "Accept the invitation", url: args.link }, footer }),
  };
}
