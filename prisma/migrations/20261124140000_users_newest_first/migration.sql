-- /admin/users lists users newest first, paged by (created_at, id): without this index every page sorted the
-- whole table (a million users: over a second per request).
-- CreateIndex
CREATE INDEX "users_created_at_id_idx" ON "users"("created_at" DESC, "id" DESC);
