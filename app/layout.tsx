import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { ThemeProvider } from "next-themes";
import { Suspense, type ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { NavigationProgress } from "@/components/navigation-progress";
import { TimeZoneProvider } from "@/components/time-zone";
import { Toaster } from "@/components/ui/sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { viewerTimeZone } from "@/lib/time-zone/viewer-time-zone";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Invites", template: "%s · Invites" },
  description: "Invitation codes: create, share, redeem.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfbfd" },
    { media: "(prefers-color-scheme: dark)", color: "#16181f" },
  ],
};

/**
 * The theme script next-themes puts in the head must carry the request's CSP nonce (set by proxy.ts in the
 * `x-nonce` request header); it is the only inline script, and it keeps the page from flashing the wrong theme.
 * Reading the request headers also renders every page per request, which the nonce needs: a page built ahead
 * of time could not carry it.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [requestHeaders, zone] = await Promise.all([headers(), viewerTimeZone()]);
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <a
          href="#main"
          data-slot="skip-link"
          className="fixed top-2 left-2 z-[60] -translate-y-20 rounded-md bg-background px-3 py-2 text-sm font-medium shadow focus:translate-y-0"
        >
          Skip to content
        </a>
        <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
          <TimeZoneProvider zone={zone}>
            <TooltipProvider delayDuration={200}>
              <Suspense>
                <NavigationProgress />
              </Suspense>
              <AppShell>{children}</AppShell>
              <Toaster />
            </TooltipProvider>
          </TimeZoneProvider>
        </ThemeProvider>
      </body>
    </html>
  );
}
