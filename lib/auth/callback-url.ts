/**
 * Where to go after signing in: a path on this site, or null. The value is resolved against the app's own
 * origin and kept only when it stays there; anything a browser's URL parser might read differently — control
 * characters such as tab or CR/LF (which the parser drops), backslashes (read as slashes), `//` (another host),
 * other schemes — is refused outright, so the caller falls back to the default page.
 */
export function safeCallbackUrl(url: string | null | undefined, origin: string): string | null {
  if (!url || url.length > 2_000) return null;
  if (!url.startsWith("/") || url.startsWith("//")) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(url)) return null;
  let resolved: URL;
  try {
    resolved = new URL(url, origin);
  } catch {
    return null;
  }
  if (resolved.origin !== new URL(origin).origin) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
