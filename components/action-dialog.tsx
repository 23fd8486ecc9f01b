"use client";

import { CircleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/action";
import { Alert } from "./ui/alert";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "./ui/alert-dialog";
import { Button } from "./ui/button";

/**
 * A change confirmed in a dialog: the trigger only opens it; its form's submit runs the server action. On success
 * the dialog closes, a toast says what happened and the page re-renders from the server; a refusal or a field
 * error stays in the dialog next to the form. Nothing happens on a single slip.
 */
export function ActionDialog<T>({
  trigger,
  title,
  description,
  confirmLabel,
  pendingLabel,
  destructive = false,
  run,
  success,
  children,
}: {
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  destructive?: boolean;
  run: (formData: FormData) => Promise<ActionState<T>>;
  success: (data: T) => string;
  children?: (fields: Record<string, string>) => ReactNode;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<ActionState<T>>(null);
  const [pending, startTransition] = useTransition();
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setState(null);
      }}
    >
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent
        onOpenAutoFocus={(event) => {
          // A dialog with a field starts in it; one without starts on Cancel, the safe choice.
          const field = (event.currentTarget as HTMLElement).querySelector<HTMLElement>("input:not([type=hidden]):not(:disabled), textarea, select");
          if (field) {
            event.preventDefault();
            field.focus();
          }
        }}
      >
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const formData = new FormData(event.currentTarget);
            startTransition(async () => {
              const result = await run(formData);
              setState(result);
              if (result?.ok) {
                setOpen(false);
                toast.success(success(result.data));
                router.refresh();
              }
            });
          }}
        >
          <AlertDialogHeader>
            <AlertDialogTitle>{title}</AlertDialogTitle>
            <AlertDialogDescription>{description}</AlertDialogDescription>
          </AlertDialogHeader>
          {children ? children(fields) : null}
          {state && !state.ok && !state.error.fields ? (
            <Alert variant="destructive" role="alert">
              <CircleAlert aria-hidden />
              <p>{state.error.message}</p>
            </Alert>
          ) : null}
          <AlertDialogFooter>
            <AlertDialogCancel type="button">Cancel</AlertDialogCancel>
            <Button type="submit" variant={destructive ? "destructive" : "default"} disabled={pending}>
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
