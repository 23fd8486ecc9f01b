-- Outgoing mail. One row per message; the message itself (it may carry an invite code) is sealed with
-- AES-256-GCM (lib/crypto/secret-box.ts) and erased once the mail is sent or its job dies. The job queue
-- (pg-boss) keeps its own tables in the "pgboss" schema, created by lib/jobs/install-job-queue.ts.

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "mails" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "to_address" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'QUEUED',
    "payload" BYTEA,
    "invite_id" UUID,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "mails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dev_mailbox" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "mail_id" UUID,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "sealed" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dev_mailbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mails_to_address_created_at_idx" ON "mails"("to_address", "created_at");
CREATE INDEX "mails_invite_id_idx" ON "mails"("invite_id");
CREATE INDEX "dev_mailbox_created_at_idx" ON "dev_mailbox"("created_at" DESC);

-- AddForeignKey
ALTER TABLE "mails" ADD CONSTRAINT "mails_invite_id_fkey" FOREIGN KEY ("invite_id") REFERENCES "invites"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "dev_mailbox" ADD CONSTRAINT "dev_mailbox_mail_id_fkey" FOREIGN KEY ("mail_id") REFERENCES "mails"("id") ON DELETE SET NULL ON UPDATE CASCADE;
