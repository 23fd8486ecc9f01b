/*
 * The redemption as one SQL statement — one transaction, one round trip. The conditional UPDATE takes a use
 * only while one is left (its row lock makes concurrent redemptions of the same invite queue and re-check
 * `uses < max_uses` on the row as it is after the winner commits); the user, the used_by row and the audit
 * event are inserted only from the row it returned. Any error (a taken e-mail: 23505 on users_email_key) rolls
 * all of it back. Shared as text so that the benchmark's plain-`pg` ceiling runs exactly the same SQL.
 */
export const REDEEM_STATEMENT = `
  WITH taken AS (
    UPDATE invites SET uses = uses + 1
    WHERE id = $1::uuid AND uses < max_uses AND revoked_at IS NULL AND expires_at > $2::timestamptz
    RETURNING id, role, prefix
  ), created AS (
    INSERT INTO users (email, name, password_hash, role)
    SELECT $3::text, $4::text, $5::text, role FROM taken
    RETURNING id, email, name, role
  ), used_by AS (
    INSERT INTO redemptions (invite_id, user_id, ip, user_agent)
    SELECT taken.id, created.id, $6::text, $7::text FROM taken, created
  ), audited AS (
    INSERT INTO audit_events (actor_id, action, target, ip, detail)
    SELECT created.id, 'invite.redeem', taken.id::text, $6::text,
           jsonb_build_object('role', taken.role, 'prefix', taken.prefix, 'userAgent', $7::text)
    FROM taken, created
  )
  SELECT id::text, email, name, role FROM created`;

export type RedeemStatementArgs = {
  inviteId: string;
  now: Date;
  email: string;
  name: string;
  passwordHash: string;
  ip: string | null;
  userAgent: string | null;
};

export function redeemStatementParams(args: RedeemStatementArgs): unknown[] {
  return [args.inviteId, args.now, args.email, args.name, args.passwordHash, args.ip, args.userAgent];
}
