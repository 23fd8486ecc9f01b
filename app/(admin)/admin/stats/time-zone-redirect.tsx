"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** The first visit has no time zone in the URL: add the browser's, so days are the viewer's days. */
export function TimeZoneRedirect() {
  const router = useRouter();
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get("tz")) return;
    url.searchParams.set("tz", Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
    router.replace(`${url.pathname}${url.search}`);
  }, [router]);
  return null;
}
