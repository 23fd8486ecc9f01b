"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

function isNavigation(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!anchor || anchor.hasAttribute("download") || (anchor.getAttribute("target") ?? "_self") !== "_self") return false;
  const url = new URL(anchor.getAttribute("href")!, window.location.href);
  return url.origin === window.location.origin && url.pathname + url.search !== window.location.pathname + window.location.search;
}

/**
 * A thin bar at the top from the click on a link until the next page is there, so a slow page never looks like
 * nothing happened. Pages stay free of loading boundaries, which would send their headers before a refusal
 * could set HTTP 403 or 404. Clicks another handler stopped (the secret reveal's leave warning) never start it.
 */
export function NavigationProgress() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [active, setActive] = useState(false);
  // The location is the external system here: a new one ends the bar. Deriving it during render instead (from
  // where the click started) missed the client router's own navigations, so the bar never showed.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setActive(false), [pathname, searchParams]);
  useEffect(() => {
    const click = (event: MouseEvent) => {
      if (isNavigation(event)) setActive(true);
    };
    document.addEventListener("click", click);
    return () => document.removeEventListener("click", click);
  }, []);
  return (
    <div aria-hidden className="pointer-events-none fixed inset-x-0 top-0 z-[70] h-0.5 overflow-hidden" data-testid="navigation-progress" data-active={active || undefined}>
      <div className={active ? "h-full w-full origin-left animate-[progress_8s_cubic-bezier(0.1,0.7,0.3,1)_forwards] bg-primary" : "hidden"} />
    </div>
  );
}
