import { z } from "zod";

const domainPattern = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** An e-mail domain as an ADMIN types it: `example.com`, or `*.example.org` for every subdomain. */
export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, { error: "A domain has at most 253 characters." })
  .regex(domainPattern, { error: "Enter a domain like example.com or *.example.org." });

/** Every setting an ADMIN may change; each is optional so a form may change one group of them. */
export const settingsChangeSchema = z
  .object({
    requestsEnabled: z.boolean(),
    mailsPerAddressPerDay: z.number().int().min(1, { error: "Allow at least 1 mail per address per day." }).max(100, { error: "Allow at most 100 mails per address per day." }),
    reminderDaysBeforeExpiry: z.number().int().min(1, { error: "Remind at least 1 day before expiry." }).max(365, { error: "Remind at most 365 days before expiry." }).nullable(),
    redemptionsPaused: z.boolean(),
    pauseMessage: z.string().trim().max(500, { error: "A pause message has at most 500 characters." }).nullable(),
    memberInvitesForMembers: z.boolean(),
    memberInvitesForEditors: z.boolean(),
    memberInviteQuota: z.number().int().min(0, { error: "The quota cannot be negative." }).max(1000, { error: "The quota is at most 1000 invites per 30 days." }),
    memberInviteMinAccountDays: z.number().int().min(0, { error: "The minimum account age cannot be negative." }).max(3650, { error: "The minimum account age is at most 3650 days." }),
    ssoSignupDomains: z.array(emailDomainSchema).max(100, { error: "List at most 100 domains." }),
  })
  .partial()
  .strict();

export type SettingsChange = z.infer<typeof settingsChangeSchema>;

/** A checkbox: "on" when ticked. */
const checked = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
const rules = settingsChangeSchema.shape;

/**
 * The settings page posts one section at a time (its hidden `section` field), so a form that does not show a
 * switch never changes it. Each field is read from the form's text, then held to the same rule as the API's.
 */
export const settingsFormSchema = z
  .discriminatedUnion("section", [
    z.object({
      section: z.literal("mail"),
      requestsEnabled: checked,
      mailsPerAddressPerDay: z.coerce.number({ error: "Enter a number of mails." }).pipe(rules.mailsPerAddressPerDay.unwrap()),
      reminderDaysBeforeExpiry: z
        .preprocess((value) => (value === "" || value === undefined ? null : Number(value)), z.number({ error: "Enter a number of days, or leave it empty." }).nullable())
        .pipe(rules.reminderDaysBeforeExpiry.unwrap()),
    }),
    z.object({
      section: z.literal("pause"),
      redemptionsPaused: checked,
      pauseMessage: z.preprocess((value) => (typeof value === "string" && value.trim() ? value : null), rules.pauseMessage.unwrap()),
    }),
    z.object({
      section: z.literal("memberInvites"),
      memberInvitesForMembers: checked,
      memberInvitesForEditors: checked,
      memberInviteQuota: z.coerce.number({ error: "Enter a number of invites." }).pipe(rules.memberInviteQuota.unwrap()),
      memberInviteMinAccountDays: z.coerce.number({ error: "Enter a number of days." }).pipe(rules.memberInviteMinAccountDays.unwrap()),
    }),
    // One domain per line (commas and spaces separate too); empty: nobody signs up without an invite.
    z.object({
      section: z.literal("ssoSignup"),
      ssoSignupDomains: z.preprocess((value) => (typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : []), rules.ssoSignupDomains.unwrap()),
    }),
  ])
  .transform(({ section: _section, ...change }): SettingsChange => change);
