"use client";

import { LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { useActionState, useRef } from "react";
import { signOutAction } from "@/app/(public)/login/actions";
import { Button } from "./ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "./ui/dropdown-menu";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
}

/** Who is signed in, with what role, and the way to their account and out. */
export function UserMenu({ name, email, role, roleDescription }: { name: string; email: string; role: string; roleDescription: string }) {
  const [, signOut, pending] = useActionState(signOutAction, null);
  const signOutForm = useRef<HTMLFormElement>(null);
  return (
    <>
      <form ref={signOutForm} action={signOut} hidden />
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" className="gap-2 px-2">
            <span aria-hidden className="flex size-7 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground">
              {initials(name) || "?"}
            </span>
            <span className="sr-only">Account menu: </span>
            <span className="sr-only max-w-40 truncate text-sm lg:not-sr-only">{name}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-64">
          <DropdownMenuLabel className="flex flex-col gap-0.5">
            <span className="truncate">{name}</span>
            <span className="truncate text-xs font-normal text-muted-foreground">{email}</span>
            <span className="mt-1 text-xs font-normal text-muted-foreground">
              <span className="font-medium text-foreground">{role}</span> — {roleDescription}
            </span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href="/account" prefetch={false}>
              <UserRound aria-hidden /> Your account
            </Link>
          </DropdownMenuItem>
          {/* A submit button inside the menu can be unmounted by the menu closing before its click submits;
              the form lives outside the menu and is submitted from the item's select. */}
          <DropdownMenuItem disabled={pending} onSelect={() => signOutForm.current?.requestSubmit()}>
            <LogOut aria-hidden /> Sign out
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
