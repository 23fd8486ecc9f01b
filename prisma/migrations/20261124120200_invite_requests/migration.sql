-- Invite requests: people ask for an invite at /request-invite, confirm their address by a link (double opt-in;
-- only the token's sha256 is stored), and an ADMIN or EDITOR approves (an e-mail invite goes out) or rejects.

-- CreateEnum
CREATE TYPE "InviteRequestStatus" AS ENUM ('UNCONFIRMED', 'PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "invite_requests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reason" TEXT,
    "status" "InviteRequestStatus" NOT NULL DEFAULT 'UNCONFIRMED',
    "confirm_token_hash" BYTEA,
    "confirm_expires_at" TIMESTAMPTZ(3),
    "confirmed_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "decision_message" TEXT,
    "invite_id" UUID,
    "ip" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invite_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "invite_requests_confirm_token_hash_key" ON "invite_requests"("confirm_token_hash");
CREATE INDEX "invite_requests_status_created_at_idx" ON "invite_requests"("status", "created_at" DESC);
CREATE INDEX "invite_requests_email_idx" ON "invite_requests"("email");

-- AddForeignKey
ALTER TABLE "invite_requests" ADD CONSTRAINT "invite_requests_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "invite_requests" ADD CONSTRAINT "invite_requests_invite_id_fkey" FOREIGN KEY ("invite_id") REFERENCES "invites"("id") ON DELETE SET NULL ON UPDATE CASCADE;
