-- Who invited each account: the creator of the invite that made it (or, for an account that had no inviter,
-- of the first invite it redeemed). Kept when the inviter is deleted as NULL, so the tree loses a link, not rows.

-- AlterTable
ALTER TABLE "users" ADD COLUMN "invited_by_id" UUID;

-- CreateIndex
CREATE INDEX "users_invited_by_id_idx" ON "users"("invited_by_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Accounts made before this column existed: their inviter is the creator of the invite they redeemed first.
UPDATE "users" u SET "invited_by_id" = first_use.created_by_id
FROM (
  SELECT DISTINCT ON (r.user_id) r.user_id, i.created_by_id
  FROM "redemptions" r JOIN "invites" i ON i.id = r.invite_id
  ORDER BY r.user_id, r.created_at
) first_use
WHERE first_use.user_id = u.id AND first_use.created_by_id IS NOT NULL AND first_use.created_by_id <> u.id;
