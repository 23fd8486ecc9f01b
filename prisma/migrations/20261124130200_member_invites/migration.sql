-- Member invites: invites people create from their own account page count against a quota per 30 days. An ADMIN
-- may give one person another quota (NULL: the site's setting) or take the privilege away.

-- AlterTable
ALTER TABLE "invites" ADD COLUMN "member_quota" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "users" ADD COLUMN "member_invite_quota" INTEGER,
ADD COLUMN "member_invites_blocked" BOOLEAN NOT NULL DEFAULT false,
ADD CONSTRAINT "users_member_invite_quota" CHECK ("member_invite_quota" BETWEEN 0 AND 1000);

-- CreateIndex: counting one person's member invites of the last 30 days.
CREATE INDEX "invites_created_by_id_member_quota_created_at_idx" ON "invites"("created_by_id", "member_quota", "created_at");
