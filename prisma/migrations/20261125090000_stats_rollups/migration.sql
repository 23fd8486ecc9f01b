-- Statistics over millions of rows without reading them: running totals per UTC hour, kept by triggers in the
-- same transaction as every change they count, as "invite_counts" is. Hours (not days) so that any time zone's
-- days are whole sums of them; an hour that a range or bucket boundary cuts (zones at :30 or :45) is read from
-- the base table instead (redemption_facts below), so the figures stay exact. Rows are applied in key order
-- everywhere, so that concurrent statements never lock the same counters in opposite orders.

-- Redemptions per hour and invite, with the invite's role, creator and batch copied in: the breakdowns by role,
-- creator, batch and invite read one narrow table and join nothing.
-- CreateTable
CREATE TABLE "redemption_hours" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "invite_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "creator_id" UUID,
    "batch_id" UUID,
    "redemptions" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "redemption_hours_pkey" PRIMARY KEY ("hour","invite_id")
);

-- CreateIndex
CREATE INDEX "redemption_hours_invite_id_idx" ON "redemption_hours"("invite_id");

-- Invites by the hour they were created: how many, the uses they offer and the uses taken (the stats page's
-- conversion). Invites made in one batch share their creation time, so this table stays small.
-- CreateTable
CREATE TABLE "invite_created_hours" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "invites" BIGINT NOT NULL DEFAULT 0,
    "offered" BIGINT NOT NULL DEFAULT 0,
    "redeemed" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "invite_created_hours_pkey" PRIMARY KEY ("hour")
);

-- Accounts by the hour they joined and who invited them (the invite tree), and how many of those are disabled.
-- CreateTable
CREATE TABLE "invited_account_hours" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "inviter_id" UUID NOT NULL,
    "accounts" BIGINT NOT NULL DEFAULT 0,
    "disabled" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "invited_account_hours_pkey" PRIMARY KEY ("hour","inviter_id")
);

CREATE FUNCTION "redemption_hours_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "redemption_hours" AS h ("hour", "invite_id", "role", "creator_id", "batch_id", "redemptions")
  SELECT date_trunc('hour', r."created_at", 'UTC'), r."invite_id", i."role", i."created_by_id", i."batch_id", count(*)
  FROM new_rows r JOIN "invites" i ON i."id" = r."invite_id"
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2
  ON CONFLICT ("hour", "invite_id") DO UPDATE SET "redemptions" = h."redemptions" + EXCLUDED."redemptions";
  RETURN NULL;
END;
$$;

-- By key alone: when an invite's deletion removes its redemptions, the invite is already gone.
CREATE FUNCTION "redemption_hours_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "redemption_hours" AS h SET "redemptions" = h."redemptions" - gone."n"
  FROM (SELECT date_trunc('hour', "created_at", 'UTC') AS "hour", "invite_id", count(*) AS "n"
        FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2) AS gone
  WHERE h."hour" = gone."hour" AND h."invite_id" = gone."invite_id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "redemptions_hours_insert" AFTER INSERT ON "redemptions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "redemption_hours_insert"();
CREATE TRIGGER "redemptions_hours_delete" AFTER DELETE ON "redemptions"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "redemption_hours_delete"();

-- An invite's creator becomes NULL when that account is deleted; the copied creator follows. (A row trigger:
-- a column list cannot go with transition tables, and this happens rarely.)
CREATE FUNCTION "redemption_hours_creator"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "redemption_hours" SET "creator_id" = NEW."created_by_id" WHERE "invite_id" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "invites_redemption_hours_creator" AFTER UPDATE OF "created_by_id" ON "invites"
  FOR EACH ROW WHEN (OLD."created_by_id" IS DISTINCT FROM NEW."created_by_id") EXECUTE FUNCTION "redemption_hours_creator"();

CREATE FUNCTION "invite_created_hours_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "invite_created_hours" AS c ("hour", "invites", "offered", "redeemed")
    SELECT date_trunc('hour', "created_at", 'UTC'), count(*), sum("max_uses"), sum("uses")
    FROM new_rows WHERE NOT "bootstrap" GROUP BY 1 ORDER BY 1
    ON CONFLICT ("hour") DO UPDATE
    SET "invites" = c."invites" + EXCLUDED."invites", "offered" = c."offered" + EXCLUDED."offered", "redeemed" = c."redeemed" + EXCLUDED."redeemed";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "invite_created_hours" AS c
    SET "invites" = c."invites" - gone."n", "offered" = c."offered" - gone."offered", "redeemed" = c."redeemed" - gone."redeemed"
    FROM (SELECT date_trunc('hour', "created_at", 'UTC') AS "hour", count(*) AS "n", sum("max_uses") AS "offered", sum("uses") AS "redeemed"
          FROM old_rows WHERE NOT "bootstrap" GROUP BY 1 ORDER BY 1) AS gone
    WHERE c."hour" = gone."hour";
  ELSE
    INSERT INTO "invite_created_hours" AS c ("hour", "invites", "offered", "redeemed")
    SELECT "hour", sum("n"), sum("offered"), sum("redeemed")
    FROM (
      SELECT date_trunc('hour', "created_at", 'UTC') AS "hour", 1 AS "n", "max_uses" AS "offered", "uses" AS "redeemed"
      FROM new_rows WHERE NOT "bootstrap"
      UNION ALL
      SELECT date_trunc('hour', "created_at", 'UTC'), -1, -"max_uses", -"uses" FROM old_rows WHERE NOT "bootstrap"
    ) AS "delta"
    GROUP BY 1 HAVING sum("n") <> 0 OR sum("offered") <> 0 OR sum("redeemed") <> 0 ORDER BY 1
    ON CONFLICT ("hour") DO UPDATE
    SET "invites" = c."invites" + EXCLUDED."invites", "offered" = c."offered" + EXCLUDED."offered", "redeemed" = c."redeemed" + EXCLUDED."redeemed";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "invites_created_hours_insert" AFTER INSERT ON "invites"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "invite_created_hours_apply"();
CREATE TRIGGER "invites_created_hours_update" AFTER UPDATE ON "invites"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "invite_created_hours_apply"();
CREATE TRIGGER "invites_created_hours_delete" AFTER DELETE ON "invites"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "invite_created_hours_apply"();

CREATE FUNCTION "invited_account_hours_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "invited_account_hours" AS c ("hour", "inviter_id", "accounts", "disabled")
    SELECT date_trunc('hour', "created_at", 'UTC'), "invited_by_id", count(*), count(*) FILTER (WHERE "disabled")
    FROM new_rows WHERE "invited_by_id" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("hour", "inviter_id") DO UPDATE
    SET "accounts" = c."accounts" + EXCLUDED."accounts", "disabled" = c."disabled" + EXCLUDED."disabled";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "invited_account_hours" AS c SET "accounts" = c."accounts" - gone."n", "disabled" = c."disabled" - gone."disabled"
    FROM (SELECT date_trunc('hour', "created_at", 'UTC') AS "hour", "invited_by_id", count(*) AS "n", count(*) FILTER (WHERE "disabled") AS "disabled"
          FROM old_rows WHERE "invited_by_id" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2) AS gone
    WHERE c."hour" = gone."hour" AND c."inviter_id" = gone."invited_by_id";
  ELSE
    INSERT INTO "invited_account_hours" AS c ("hour", "inviter_id", "accounts", "disabled")
    SELECT "hour", "inviter_id", sum("n"), sum("d")
    FROM (
      SELECT date_trunc('hour', "created_at", 'UTC') AS "hour", "invited_by_id" AS "inviter_id", 1 AS "n", "disabled"::int AS "d"
      FROM new_rows WHERE "invited_by_id" IS NOT NULL
      UNION ALL
      SELECT date_trunc('hour', "created_at", 'UTC'), "invited_by_id", -1, -("disabled"::int)
      FROM old_rows WHERE "invited_by_id" IS NOT NULL
    ) AS "delta"
    GROUP BY 1, 2 HAVING sum("n") <> 0 OR sum("d") <> 0 ORDER BY 1, 2
    ON CONFLICT ("hour", "inviter_id") DO UPDATE
    SET "accounts" = c."accounts" + EXCLUDED."accounts", "disabled" = c."disabled" + EXCLUDED."disabled";
  END IF;
  -- A deleted inviter's invitees keep their accounts but lose the link (ON DELETE SET NULL): its rows go.
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "invited_account_hours" WHERE "inviter_id" IN (SELECT "id" FROM old_rows);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "users_invited_hours_insert" AFTER INSERT ON "users"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "invited_account_hours_apply"();
CREATE TRIGGER "users_invited_hours_update" AFTER UPDATE ON "users"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "invited_account_hours_apply"();
CREATE TRIGGER "users_invited_hours_delete" AFTER DELETE ON "users"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "invited_account_hours_apply"();

-- The hours of [range_start, range_end) that the range's ends or any of `cuts` (a series' bucket boundaries)
-- fall inside: their rows are read from the base tables, so that every row the functions below return lies
-- wholly inside the range and inside one bucket.
CREATE FUNCTION "cut_hours"("range_start" TIMESTAMPTZ, "range_end" TIMESTAMPTZ, "cuts" TIMESTAMPTZ[] DEFAULT '{}')
RETURNS TABLE ("hour" TIMESTAMPTZ) LANGUAGE sql STABLE AS $$
  SELECT DISTINCT date_trunc('hour', c, 'UTC')
  FROM unnest("cuts" || ARRAY["range_start", "range_end"]) AS c
  WHERE c <> date_trunc('hour', c, 'UTC') AND c >= "range_start" AND c <= "range_end"
$$;

-- Redemptions in the range, at most one row per invite and hour (`at`: the hour, or the instant for a cut hour).
CREATE FUNCTION "redemption_facts"("range_start" TIMESTAMPTZ, "range_end" TIMESTAMPTZ, "cuts" TIMESTAMPTZ[] DEFAULT '{}')
RETURNS TABLE ("at" TIMESTAMPTZ, "invite_id" UUID, "role" "Role", "creator_id" UUID, "batch_id" UUID, "redemptions" BIGINT)
LANGUAGE sql STABLE AS $$
  SELECT h."hour", h."invite_id", h."role", h."creator_id", h."batch_id", h."redemptions"
  FROM "redemption_hours" h
  WHERE h."hour" >= date_trunc('hour', "range_start", 'UTC') AND h."hour" < "range_end" AND h."redemptions" <> 0
    AND h."hour" NOT IN (SELECT "hour" FROM cut_hours("range_start", "range_end", "cuts"))
  UNION ALL
  SELECT r."created_at", r."invite_id", i."role", i."created_by_id", i."batch_id", 1
  FROM cut_hours("range_start", "range_end", "cuts") s
  JOIN "redemptions" r ON r."created_at" >= s."hour" AND r."created_at" < s."hour" + interval '1 hour'
  JOIN "invites" i ON i."id" = r."invite_id"
  WHERE r."created_at" >= "range_start" AND r."created_at" < "range_end"
$$;

-- Invites created in the range (first-admin invites left out, as in invite_counts), one row per hour.
CREATE FUNCTION "invite_created_facts"("range_start" TIMESTAMPTZ, "range_end" TIMESTAMPTZ)
RETURNS TABLE ("invites" BIGINT, "offered" BIGINT, "redeemed" BIGINT) LANGUAGE sql STABLE AS $$
  SELECT c."invites", c."offered", c."redeemed"
  FROM "invite_created_hours" c
  WHERE c."hour" >= date_trunc('hour', "range_start", 'UTC') AND c."hour" < "range_end"
    AND c."hour" NOT IN (SELECT "hour" FROM cut_hours("range_start", "range_end"))
  UNION ALL
  SELECT 1, i."max_uses", i."uses"
  FROM cut_hours("range_start", "range_end") s
  JOIN "invites" i ON i."created_at" >= s."hour" AND i."created_at" < s."hour" + interval '1 hour'
  WHERE i."created_at" >= "range_start" AND i."created_at" < "range_end" AND NOT i."bootstrap"
$$;

-- Accounts that joined in the range with an inviter, per inviter and hour.
CREATE FUNCTION "invited_account_facts"("range_start" TIMESTAMPTZ, "range_end" TIMESTAMPTZ)
RETURNS TABLE ("inviter_id" UUID, "accounts" BIGINT, "disabled" BIGINT) LANGUAGE sql STABLE AS $$
  SELECT a."inviter_id", a."accounts", a."disabled"
  FROM "invited_account_hours" a
  WHERE a."hour" >= date_trunc('hour', "range_start", 'UTC') AND a."hour" < "range_end" AND a."accounts" <> 0
    AND a."hour" NOT IN (SELECT "hour" FROM cut_hours("range_start", "range_end"))
  UNION ALL
  SELECT u."invited_by_id", 1, u."disabled"::int
  FROM cut_hours("range_start", "range_end") s
  JOIN "users" u ON u."created_at" >= s."hour" AND u."created_at" < s."hour" + interval '1 hour'
  WHERE u."created_at" >= "range_start" AND u."created_at" < "range_end" AND u."invited_by_id" IS NOT NULL
$$;

-- The dashboard counts the accounts waiting for approval on every load: a handful among millions of users.
-- CreateIndex
CREATE INDEX "users_pending_approval_disabled_idx" ON "users"("pending_approval", "disabled");

-- Backfill from the rows that already exist.
INSERT INTO "redemption_hours" ("hour", "invite_id", "role", "creator_id", "batch_id", "redemptions")
SELECT date_trunc('hour', r."created_at", 'UTC'), r."invite_id", i."role", i."created_by_id", i."batch_id", count(*)
FROM "redemptions" r JOIN "invites" i ON i."id" = r."invite_id" GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "invite_created_hours" ("hour", "invites", "offered", "redeemed")
SELECT date_trunc('hour', "created_at", 'UTC'), count(*), sum("max_uses"), sum("uses") FROM "invites" WHERE NOT "bootstrap" GROUP BY 1;

INSERT INTO "invited_account_hours" ("hour", "inviter_id", "accounts", "disabled")
SELECT date_trunc('hour', "created_at", 'UTC'), "invited_by_id", count(*), count(*) FILTER (WHERE "disabled")
FROM "users" WHERE "invited_by_id" IS NOT NULL GROUP BY 1, 2;
