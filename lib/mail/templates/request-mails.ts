import { htmlBody, type OutgoingMessage } from "../outgoing-message";

export function renderConfirmRequestMail(args: { name: string; link: string; siteUrl: string }): OutgoingMessage {
  const site = new URL(args.siteUrl).host;
  const lines = [
    `Hello ${args.name},`,
    `someone (we hope you) asked for an invitation to ${site} with this address. Confirm it by opening this link within 24 hours:\n${args.link}`,
    "Once confirmed, your request waits for an administrator; you will hear from us either way.",
  ];
  const footer = "If this was not you, ignore this e-mail: nothing happens without the confirmation.";
  return {
    subject: `Confirm your request for an invitation to ${site}`,
    text: `${lines.join("\n\n")}\n\n${footer}\n`,
    html: htmlBody({ paragraphs: lines.filter((line) => !line.includes(args.link)).concat("Confirm it within 24 hours."), action: { label: "Confirm my request", url: args.link }, footer }),
  };
}

export function renderRejectedRequestMail(args: { name: string; message: string | null; siteUrl: string }): OutgoingMessage {
  const site = new URL(args.siteUrl).host;
  const lines = [`Hello ${args.name},`, `your request for an invitation to ${site} was declined.`, ...(args.message ? [`The administrator wrote:\n${args.message}`] : [])];
  return { subject: `Your request for an invitation to ${site}`, text: `${lines.join("\n\n")}\n`, html: htmlBody({ paragraphs: lines }) };
}

export function renderAccountApprovedMail(args: { name: string; siteUrl: string }): OutgoingMessage {
  const site = new URL(args.siteUrl).host;
  const link = new URL("/login", args.siteUrl).toString();
  const lines = [`Hello ${args.name},`, `your account at ${site} has been approved. You can sign in now.`];
  return { subject: `Your account at ${site} is approved`, text: `${lines.join("\n\n")}\n\n${link}\n`, html: htmlBody({ paragraphs: lines, action: { label: "Sign in", url: link } }) };
}
