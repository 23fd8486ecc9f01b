/**
 * The application's notion of "now". Domain code reads time only through here so that tests can move the
 * clock (expiry, rate-limit windows) instead of sleeping.
 */
let override: Date | undefined;

export function now(): Date {
  return override ? new Date(override) : new Date();
}

export function setClockForTests(date: Date | undefined): void {
  override = date;
}
