import UAParser from "ua-parser-js";

/** "Chrome 120 on macOS 14" from a user-agent string; the raw string when nothing in it is recognised. */
export function describeUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const { browser, os } = new UAParser(userAgent).getResult();
  const name = [browser.name, browser.major].filter(Boolean).join(" ");
  const system = [os.name, os.version].filter(Boolean).join(" ");
  if (!name && !system) return userAgent.length > 60 ? `${userAgent.slice(0, 57)}…` : userAgent;
  return [name || "A browser", system ? `on ${system}` : null].filter(Boolean).join(" ");
}
