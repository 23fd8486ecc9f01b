-- Redemptions per UTC hour, all invites together: the time series of the dashboard and the stats page read a
-- few thousand rows for 90 days here, instead of one per invite and hour from "redemption_hours" (860 000 at
-- ten million invites). Every redemption adds to one of 16 counters per hour, chosen by the last byte of its
-- invite's id, so that concurrent redemptions of different invites rarely wait for the same row; readers sum
-- the shards. Kept by the same trigger functions as "redemption_hours", in the same transaction.
-- CreateTable
CREATE TABLE "redemption_hour_totals" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "shard" INTEGER NOT NULL,
    "redemptions" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "redemption_hour_totals_pkey" PRIMARY KEY ("hour","shard")
);

CREATE OR REPLACE FUNCTION "redemption_hours_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "redemption_hours" AS h ("hour", "invite_id", "role", "creator_id", "batch_id", "redemptions")
  SELECT date_trunc('hour', r."created_at", 'UTC'), r."invite_id", i."role", i."created_by_id", i."batch_id", count(*)
  FROM new_rows r JOIN "invites" i ON i."id" = r."invite_id"
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2
  ON CONFLICT ("hour", "invite_id") DO UPDATE SET "redemptions" = h."redemptions" + EXCLUDED."redemptions";
  INSERT INTO "redemption_hour_totals" AS t ("hour", "shard", "redemptions")
  SELECT date_trunc('hour', "created_at", 'UTC'), get_byte(uuid_send("invite_id"), 15) % 16, count(*)
  FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("hour", "shard") DO UPDATE SET "redemptions" = t."redemptions" + EXCLUDED."redemptions";
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "redemption_hours_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "redemption_hours" AS h SET "redemptions" = h."redemptions" - gone."n"
  FROM (SELECT date_trunc('hour', "created_at", 'UTC') AS "hour", "invite_id", count(*) AS "n"
        FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2) AS gone
  WHERE h."hour" = gone."hour" AND h."invite_id" = gone."invite_id";
  UPDATE "redemption_hour_totals" AS t SET "redemptions" = t."redemptions" - gone."n"
  FROM (SELECT date_trunc('hour', "created_at", 'UTC') AS "hour", get_byte(uuid_send("invite_id"), 15) % 16 AS "shard", count(*) AS "n"
        FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2) AS gone
  WHERE t."hour" = gone."hour" AND t."shard" = gone."shard";
  RETURN NULL;
END;
$$;

-- Redemptions in the range, at most one row per hour and shard (`at`: the hour, or the instant for an hour that
-- the range's ends or `cuts` fall inside, read from the base table as in redemption_facts).
CREATE FUNCTION "redemption_total_facts"("range_start" TIMESTAMPTZ, "range_end" TIMESTAMPTZ, "cuts" TIMESTAMPTZ[] DEFAULT '{}')
RETURNS TABLE ("at" TIMESTAMPTZ, "redemptions" BIGINT) LANGUAGE sql STABLE AS $$
  SELECT t."hour", t."redemptions"
  FROM "redemption_hour_totals" t
  WHERE t."hour" >= date_trunc('hour', "range_start", 'UTC') AND t."hour" < "range_end" AND t."redemptions" <> 0
    AND t."hour" NOT IN (SELECT "hour" FROM cut_hours("range_start", "range_end", "cuts"))
  UNION ALL
  SELECT r."created_at", 1
  FROM cut_hours("range_start", "range_end", "cuts") s
  JOIN "redemptions" r ON r."created_at" >= s."hour" AND r."created_at" < s."hour" + interval '1 hour'
  WHERE r."created_at" >= "range_start" AND r."created_at" < "range_end"
$$;

-- Backfill from the redemptions that already exist.
INSERT INTO "redemption_hour_totals" ("hour", "shard", "redemptions")
SELECT date_trunc('hour', "created_at", 'UTC'), get_byte(uuid_send("invite_id"), 15) % 16, count(*) FROM "redemptions" GROUP BY 1, 2;
