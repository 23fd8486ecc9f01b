-- One row of switches an ADMIN sets in the dashboard. A single typed row (not key/value pairs) so every setting
-- has a column type, a default and a constraint, and one read returns all of them.

-- CreateTable
CREATE TABLE "settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "requests_enabled" BOOLEAN NOT NULL DEFAULT false,
    "mails_per_address_per_day" INTEGER NOT NULL DEFAULT 3,
    "reminder_days_before_expiry" INTEGER,
    "redemptions_paused" BOOLEAN NOT NULL DEFAULT false,
    "pause_message" TEXT,
    "member_invites_for_members" BOOLEAN NOT NULL DEFAULT false,
    "member_invites_for_editors" BOOLEAN NOT NULL DEFAULT false,
    "member_invite_quota" INTEGER NOT NULL DEFAULT 5,
    "member_invite_min_account_days" INTEGER NOT NULL DEFAULT 7,
    "sso_signup_domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "settings_single_row" CHECK ("id" = 1),
    CONSTRAINT "settings_mails_per_address_per_day" CHECK ("mails_per_address_per_day" BETWEEN 1 AND 100),
    CONSTRAINT "settings_reminder_days_before_expiry" CHECK ("reminder_days_before_expiry" BETWEEN 1 AND 365),
    CONSTRAINT "settings_member_invite_quota" CHECK ("member_invite_quota" BETWEEN 0 AND 1000),
    CONSTRAINT "settings_member_invite_min_account_days" CHECK ("member_invite_min_account_days" BETWEEN 0 AND 3650)
);

-- AddForeignKey
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

INSERT INTO "settings" ("id") VALUES (1);
