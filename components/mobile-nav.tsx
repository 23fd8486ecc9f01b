"use client";

import { Menu } from "lucide-react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { useState } from "react";
import { AppNav } from "./app-nav";
import type { NavLink } from "./nav-links";
import { Button } from "./ui/button";

/** On small screens the navigation folds into a panel behind a Menu button, so it never takes the first screen. */
export function MobileNav({ links }: { links: NavLink[] }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open menu">
          <Menu aria-hidden />
        </Button>
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/50 md:hidden" />
        <DialogPrimitive.Content className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col gap-4 overflow-y-auto border-r bg-background p-4 shadow-lg md:hidden">
          <DialogPrimitive.Title className="px-2.5 text-sm font-semibold">Menu</DialogPrimitive.Title>
          <DialogPrimitive.Description className="sr-only">Sections you can open</DialogPrimitive.Description>
          <AppNav links={links} label="Dashboard" onNavigate={() => setOpen(false)} />
          <DialogPrimitive.Close asChild>
            <Button variant="outline" className="mt-auto">
              Close menu
            </Button>
          </DialogPrimitive.Close>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
