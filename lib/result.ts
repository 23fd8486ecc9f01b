/** What every domain function and server action returns: data, or an error a person can read. */
export type DomainError = {
  code: string;
  message: string;
  /** Field-level messages, keyed by form field name. */
  fields?: Record<string, string>;
  retryAfter?: number;
};

export type Result<T, E extends DomainError = DomainError> = { ok: true; data: T } | { ok: false; error: E };

export const ok = <T>(data: T): Result<T, never> => ({ ok: true, data });

export const fail = (code: string, message: string, extra: Omit<DomainError, "code" | "message"> = {}) =>
  ({ ok: false, error: { code, message, ...extra } }) as const;
