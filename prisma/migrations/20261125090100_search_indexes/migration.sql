-- The invite list's search matches notes and the creator's e-mail or name anywhere in the text (ILIKE
-- '%…%'), and the users list searches e-mail and name the same way. A B-tree cannot serve a pattern that starts
-- with a wildcard; trigram GIN indexes can, so a search reads the matching rows instead of every row.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "invites_note_idx" ON "invites" USING GIN ("note" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "users_email_idx" ON "users" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "users_name_idx" ON "users" USING GIN ("name" gin_trgm_ops);
