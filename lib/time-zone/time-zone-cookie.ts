/** The cookie in which the browser remembers its time zone for the server (see components/time-zone.tsx). */
export const TIME_ZONE_COOKIE = "tz";
