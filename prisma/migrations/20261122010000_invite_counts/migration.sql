-- Running totals of invites and uses per (role, UTC expiry hour, revoked, exhausted), kept by statement-level
-- triggers in the same transaction as every change to "invites". inviteStats() reads these few rows instead of
-- scanning every invite; only invites expiring within the current hour are read from "invites" itself, because
-- time alone moves them from active or exhausted to expired.

-- CreateTable
CREATE TABLE "invite_counts" (
    "role" "Role" NOT NULL,
    "expires_hour" TIMESTAMP(3) NOT NULL,
    "revoked" BOOLEAN NOT NULL,
    "exhausted" BOOLEAN NOT NULL,
    "invites" BIGINT NOT NULL DEFAULT 0,
    "uses" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "invite_counts_pkey" PRIMARY KEY ("role","expires_hour","revoked","exhausted")
);

CREATE FUNCTION "invite_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Rows are applied in key order so that concurrent statements never lock counters in opposite orders.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "invite_counts" AS c ("role", "expires_hour", "revoked", "exhausted", "invites", "uses")
    SELECT "role", date_trunc('hour', "expires_at" AT TIME ZONE 'UTC'), "revoked_at" IS NOT NULL, "uses" >= "max_uses", count(*), sum("uses")
    FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("role", "expires_hour", "revoked", "exhausted")
    DO UPDATE SET "invites" = c."invites" + EXCLUDED."invites", "uses" = c."uses" + EXCLUDED."uses";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "invite_counts" AS c ("role", "expires_hour", "revoked", "exhausted", "invites", "uses")
    SELECT "role", date_trunc('hour', "expires_at" AT TIME ZONE 'UTC'), "revoked_at" IS NOT NULL, "uses" >= "max_uses", -count(*), -sum("uses")
    FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("role", "expires_hour", "revoked", "exhausted")
    DO UPDATE SET "invites" = c."invites" + EXCLUDED."invites", "uses" = c."uses" + EXCLUDED."uses";
  ELSE
    INSERT INTO "invite_counts" AS c ("role", "expires_hour", "revoked", "exhausted", "invites", "uses")
    SELECT "role", "hour", "revoked", "exhausted", sum("n"), sum("u")
    FROM (
      SELECT "role", date_trunc('hour', "expires_at" AT TIME ZONE 'UTC') AS "hour", "revoked_at" IS NOT NULL AS "revoked",
             "uses" >= "max_uses" AS "exhausted", 1 AS "n", "uses" AS "u"
      FROM new_rows
      UNION ALL
      SELECT "role", date_trunc('hour', "expires_at" AT TIME ZONE 'UTC'), "revoked_at" IS NOT NULL,
             "uses" >= "max_uses", -1, -"uses"
      FROM old_rows
    ) AS "delta"
    GROUP BY 1, 2, 3, 4 HAVING sum("n") <> 0 OR sum("u") <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("role", "expires_hour", "revoked", "exhausted")
    DO UPDATE SET "invites" = c."invites" + EXCLUDED."invites", "uses" = c."uses" + EXCLUDED."uses";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "invites_count_insert" AFTER INSERT ON "invites"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "invite_counts_apply"();
CREATE TRIGGER "invites_count_update" AFTER UPDATE ON "invites"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "invite_counts_apply"();
CREATE TRIGGER "invites_count_delete" AFTER DELETE ON "invites"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "invite_counts_apply"();

-- inviteStats() reads the invites expiring in the current hour through this index alone (an index-only scan):
-- every column it needs is in the key.
-- DropIndex
DROP INDEX "invites_expires_at_idx";

-- CreateIndex
CREATE INDEX "invites_expires_at_role_revoked_at_uses_max_uses_idx" ON "invites"("expires_at", "role", "revoked_at", "uses", "max_uses");

-- Backfill from the invites that already exist.
INSERT INTO "invite_counts" ("role", "expires_hour", "revoked", "exhausted", "invites", "uses")
SELECT "role", date_trunc('hour', "expires_at" AT TIME ZONE 'UTC'), "revoked_at" IS NOT NULL, "uses" >= "max_uses", count(*), sum("uses")
FROM "invites" GROUP BY 1, 2, 3, 4;
