"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrors } from "@/lib/validation/field-errors";

/**
 * Checks a form with the same zod schema the server action uses, before it is sent: errors appear next to the
 * fields at once, and the server still checks everything again.
 */
export function useSchemaCheck(schema: z.ZodType) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = schema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (parsed.success) {
      setErrors({});
      return;
    }
    event.preventDefault();
    setErrors(fieldErrors(parsed.error));
  }
  return { clientErrors: errors, onSubmit };
}
