-- The one-time first-admin invite that startup creates is the system bootstrapping itself, not an invitation
-- anyone sent: it is marked, and left out of the dashboard's counts (a fresh install no longer shows it as
-- "exhausted" once the first admin has used it).
ALTER TABLE "invites" ADD COLUMN "bootstrap" BOOLEAN NOT NULL DEFAULT false;

-- The running totals skip bootstrap invites from now on.
CREATE OR REPLACE FUNCTION "invite_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Rows are applied in key order so that concurrent statements never lock counters in opposite orders.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "invite_counts" AS c ("role", "expires_hour", "revoked", "exhausted", "invites", "uses")
    SELECT "role", date_trunc('hour', "expires_at" AT TIME ZONE 'UTC'), "revoked_at" IS NOT NULL, "uses" >= "max_uses", count(*), sum("uses")
    FROM new_rows WHERE NOT "bootstrap" GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("role", "expires_hour", "revoked", "exhausted")
    DO UPDATE SET "invites" = c."invites" + EXCLUDED."invites", "uses" = c."uses" + EXCLUDED."uses";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "invite_counts" AS c ("role", "expires_hour", "revoked", "exhausted", "invites", "uses")
    SELECT "role", date_trunc('hour', "expires_at" AT TIME ZONE 'UTC'), "revoked_at" IS NOT NULL, "uses" >= "max_uses", -count(*), -sum("uses")
    FROM old_rows WHERE NOT "bootstrap" GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("role", "expires_hour", "revoked", "exhausted")
    DO UPDATE SET "invites" = c."invites" + EXCLUDED."invites", "uses" = c."uses" + EXCLUDED."uses";
  ELSE
    INSERT INTO "invite_counts" AS c ("role", "expires_hour", "revoked", "exhausted", "invites", "uses")
    SELECT "role", "hour", "revoked", "exhausted", sum("n"), sum("u")
    FROM (
      SELECT "role", date_trunc('hour', "expires_at" AT TIME ZONE 'UTC') AS "hour", "revoked_at" IS NOT NULL AS "revoked",
             "uses" >= "max_uses" AS "exhausted", 1 AS "n", "uses" AS "u"
      FROM new_rows WHERE NOT "bootstrap"
      UNION ALL
      SELECT "role", date_trunc('hour', "expires_at" AT TIME ZONE 'UTC'), "revoked_at" IS NOT NULL,
             "uses" >= "max_uses", -1, -"uses"
      FROM old_rows WHERE NOT "bootstrap"
    ) AS "delta"
    GROUP BY 1, 2, 3, 4 HAVING sum("n") <> 0 OR sum("u") <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("role", "expires_hour", "revoked", "exhausted")
    DO UPDATE SET "invites" = c."invites" + EXCLUDED."invites", "uses" = c."uses" + EXCLUDED."uses";
  END IF;
  RETURN NULL;
END;
$$;


-- Existing first-admin invites (startup wrote this note, with no creator). Marking them runs the trigger above,
-- which takes them out of the totals.
UPDATE "invites" SET "bootstrap" = true WHERE "note" = 'First administrator (created at startup)' AND "created_by_id" IS NULL;

