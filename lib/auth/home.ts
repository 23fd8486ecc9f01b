import type { Role } from "@/lib/generated/prisma/client";

/** Where a person lands after signing in or redeeming: staff on the dashboard, members on their account. */
export function homeFor(role: Role): string {
  if (role === "OPS") return "/admin/stats";
  return role === "MEMBER" ? "/account" : "/admin";
}

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeCallbackUrl(url: string | undefined): string | null {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return null;
  return url;
}
