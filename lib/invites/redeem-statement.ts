import "server-only";
/*
 * The redemption as one SQL statement — one transaction, one round trip. The conditional UPDATE takes a use
 * only while one is left (its row lock makes concurrent redemptions of the same invite queue and re-check
 * `uses < max_uses` on the row as it is after the winner commits) and while redemptions are not paused; the
 * user, the used_by row and the audit event are inserted only from the row it returned, and so is the
 * `invite.redeemed` webhook event (the outbox read by lib/webhooks) when an endpoint wants it, which the answer
 * reports (`announced`) so that a dispatch runs only when there is something to send. The UPDATE also
 * holds the invite's e-mail binding and allowed domains (`*.example.org`: any subdomain), so they are enforced
 * under the same guard as the uses. The account records the invite's creator as its inviter (the invite tree);
 * an account made through single sign-on has no password and gets its provider identity in the same statement.
 * Any error (a taken e-mail: 23505 on users_email_key, a taken identity) rolls all of it back. Shared as text so
 * that the benchmark's plain-`pg` ceiling runs exactly the same SQL.
 */
const INVITE_ACCEPTS_EMAIL = (email: string) => `
      AND (bound_email IS NULL OR bound_email = ${email})
      AND (coalesce(cardinality(allowed_domains), 0) = 0 OR EXISTS (
        SELECT 1 FROM unnest(allowed_domains) AS allowed(domain), split_part(${email}, '@', 2) AS given(domain)
        WHERE given.domain = allowed.domain
           OR (left(allowed.domain, 2) = '*.' AND right(given.domain, length(allowed.domain) - 1) = substr(allowed.domain, 2))))`;

const ANNOUNCED = (user: string) => `
  announced AS (
    INSERT INTO webhook_events (type, payload)
    SELECT 'invite.redeemed', jsonb_build_object(
             'invite', jsonb_build_object('id', taken.id, 'prefix', taken.prefix, 'role', taken.role),
             'user', jsonb_build_object('id', ${user}.id, 'email', ${user}.email, 'name', ${user}.name, 'role', ${user}.role))
    FROM taken, ${user}
    WHERE EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled AND 'invite.redeemed' = ANY(events))
    RETURNING 1
  )`;

export const REDEEM_STATEMENT = `
  WITH taken AS (
    UPDATE invites SET uses = uses + 1
    WHERE id = $1::uuid AND uses < max_uses AND revoked_at IS NULL AND expires_at > $2::timestamptz
      AND NOT (SELECT redemptions_paused FROM settings WHERE id = 1)${INVITE_ACCEPTS_EMAIL("$3::text")}
    RETURNING id, role, prefix, needs_approval, created_by_id
  ), created AS (
    INSERT INTO users (email, name, password_hash, role, pending_approval, invited_by_id)
    SELECT $3::text, $4::text, $5::text, role, needs_approval, created_by_id FROM taken
    RETURNING id, email, name, role, pending_approval
  ), used_by AS (
    INSERT INTO redemptions (invite_id, user_id, ip, user_agent)
    SELECT taken.id, created.id, $6::text, $7::text FROM taken, created
  ), linked AS (
    INSERT INTO user_identities (user_id, provider, subject, email, last_used_at)
    SELECT created.id, $8::text, $9::text, created.email, $2::timestamptz FROM created WHERE $8::text IS NOT NULL
  ), audited AS (
    INSERT INTO audit_events (actor_id, action, target, ip, detail)
    SELECT created.id, 'invite.redeem', taken.id::text, $6::text,
           jsonb_build_object('role', taken.role, 'prefix', taken.prefix, 'userAgent', $7::text, 'provider', $8::text)
    FROM taken, created
  ),${ANNOUNCED("created")}
  SELECT id::text, email, name, role, pending_approval AS "pendingApproval", EXISTS (SELECT 1 FROM announced) AS announced FROM created`;

export type RedeemStatementArgs = {
  inviteId: string;
  now: Date;
  email: string;
  name: string;
  /** Null for an account made through single sign-on. */
  passwordHash: string | null;
  ip: string | null;
  userAgent: string | null;
  /** The provider identity to link, for an account made through single sign-on. */
  identity?: { provider: string; subject: string } | null;
};

export function redeemStatementParams(args: RedeemStatementArgs): unknown[] {
  return [args.inviteId, args.now, args.email, args.name, args.passwordHash, args.ip, args.userAgent, args.identity?.provider ?? null, args.identity?.subject ?? null];
}

/*
 * Redeeming into an existing, enabled account: the same guarded use as above (the invite's e-mail binding and
 * allowed domains apply to the account's address), refused when the account already used this invite (the
 * unique (invite, user) index backs this up under concurrency). The role is raised to the invite's only for the
 * pairs in $6 (ROLE_RAISES from the policy), never lowered. An account without an inviter takes the invite's
 * creator as one, unless that would make a loop in the tree.
 */
export const REDEEM_INTO_ACCOUNT_STATEMENT = `
  WITH RECURSIVE account AS (
    SELECT id, role, email FROM users WHERE id = $3::uuid AND NOT disabled FOR UPDATE
  ), taken AS (
    UPDATE invites SET uses = uses + 1
    WHERE id = $1::uuid AND uses < max_uses AND revoked_at IS NULL AND expires_at > $2::timestamptz
      AND NOT (SELECT redemptions_paused FROM settings WHERE id = 1)
      AND EXISTS (SELECT 1 FROM account)
      AND NOT EXISTS (SELECT 1 FROM redemptions WHERE invite_id = $1::uuid AND user_id = $3::uuid)${INVITE_ACCEPTS_EMAIL("(SELECT email FROM account)")}
    RETURNING id, role, prefix, created_by_id
  ), creator_line(id) AS (
    SELECT created_by_id FROM taken WHERE created_by_id IS NOT NULL
    UNION
    SELECT u.invited_by_id FROM users u JOIN creator_line c ON u.id = c.id WHERE u.invited_by_id IS NOT NULL
  ), raised AS (
    UPDATE users u SET
      role = CASE WHEN (taken.role::text || '>' || account.role::text) = ANY($6::text[]) THEN taken.role ELSE u.role END,
      invited_by_id = CASE
        WHEN u.invited_by_id IS NULL AND NOT EXISTS (SELECT 1 FROM creator_line WHERE creator_line.id = u.id) THEN taken.created_by_id
        ELSE u.invited_by_id END
    FROM taken, account WHERE u.id = account.id
    RETURNING u.id, u.email, u.name, u.role, u.pending_approval, account.role AS previous_role
  ), used_by AS (
    INSERT INTO redemptions (invite_id, user_id, ip, user_agent)
    SELECT taken.id, raised.id, $4::text, $5::text FROM taken, raised
  ), audited AS (
    INSERT INTO audit_events (actor_id, action, target, ip, detail)
    SELECT raised.id, 'invite.redeem', taken.id::text, $4::text,
           jsonb_build_object('role', taken.role, 'prefix', taken.prefix, 'userAgent', $5::text,
                              'existingAccount', true, 'roleBefore', raised.previous_role, 'roleAfter', raised.role)
    FROM taken, raised
  ),${ANNOUNCED("raised")}
  SELECT id::text, email, name, role, pending_approval AS "pendingApproval", previous_role AS "previousRole",
         EXISTS (SELECT 1 FROM announced) AS announced FROM raised`;

export function redeemIntoAccountParams(args: { inviteId: string; now: Date; userId: string; ip: string | null; userAgent: string | null; raises: readonly string[] }): unknown[] {
  return [args.inviteId, args.now, args.userId, args.ip, args.userAgent, [...args.raises]];
}
