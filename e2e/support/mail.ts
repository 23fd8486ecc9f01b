/** The SMTP server the e2e specs run (smtp-server, in the test process); the app sends to it. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2540);
/** The port of the webhook receiver an e2e spec runs. */
export const E2E_WEBHOOK_PORT = Number(process.env.E2E_WEBHOOK_PORT ?? 2541);
