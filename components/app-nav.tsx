"use client";

import {
  BarChart3,
  BookOpen,
  FileClock,
  Inbox,
  KeyRound,
  Layers,
  LayoutDashboard,
  ListTodo,
  Network,
  Plus,
  Settings,
  Ticket,
  TicketCheck,
  TriangleAlert,
  UserRound,
  Users,
  Webhook,
  type LucideIcon,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import type { NavIcon, NavLink } from "./nav-links";

const ICONS: Record<NavIcon, LucideIcon> = {
  overview: LayoutDashboard,
  invites: Ticket,
  create: Plus,
  batches: Layers,
  users: Users,
  tree: Network,
  audit: FileClock,
  stats: BarChart3,
  keys: KeyRound,
  docs: BookOpen,
  account: UserRound,
  redeem: TicketCheck,
  requests: ListTodo,
  webhooks: Webhook,
  jobs: TriangleAlert,
  mailbox: Inbox,
  settings: Settings,
};

/** The most specific link that contains the current path ("/admin/invites/new" over "/admin/invites"). */
function currentHref(links: NavLink[], pathname: string): string | undefined {
  return links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/** The section links; the current one is marked for assistive technology, not only by colour. */
export function AppNav({ links, label, onNavigate }: { links: NavLink[]; label: string; onNavigate?: () => void }) {
  const pathname = usePathname();
  const current = currentHref(links, pathname);
  return (
    <nav aria-label={label}>
      <ul className="flex flex-col gap-0.5">
        {links.map((link) => {
          const Icon = ICONS[link.icon];
          const active = link.href === current;
          return (
            <li key={link.href}>
              {/* Every page behind these links is rendered per person; prefetching them all on every page load
                  was a dozen full server renders per view (two per link) that were mostly never opened. */}
              <Link
                data-slot="nav-link"
                href={link.href}
                prefetch={false}
                onClick={onNavigate}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm text-muted-foreground transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  active && "bg-accent font-medium text-foreground",
                )}
              >
                <Icon className="size-4 shrink-0" aria-hidden />
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
