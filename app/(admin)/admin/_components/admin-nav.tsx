"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

/** The dashboard's section links; the current section is marked for assistive technology, not only by colour. */
export function AdminNav({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  const current = links.filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`)).at(-1)?.href;
  return (
    <nav aria-label="Dashboard" className="admin-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.href === current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
