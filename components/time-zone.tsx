"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, type ReactNode } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/time-zone/time-zone-cookie";

const TimeZoneContext = createContext("UTC");

/** The zone every time on the page is shown in; the server and the browser render with the same one. */
export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}

/**
 * Provides the zone the server read from the cookie. When the browser's own zone differs (first visit, or
 * travel), it stores the new zone and re-renders once from the server, so later pages are right from the start.
 */
export function TimeZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  const router = useRouter();
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone || browserZone === zone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(browserZone)}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [zone, router]);
  return <TimeZoneContext.Provider value={zone}>{children}</TimeZoneContext.Provider>;
}
