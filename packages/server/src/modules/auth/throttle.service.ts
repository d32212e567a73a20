import type { Em } from '../../db/orm.js';

/** How many failures a key may have in a window before it is locked, and for how long. */
export interface ThrottleRule {
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** Per sign-in name: a handful of tries, then a pause. */
export const PER_ACCOUNT: ThrottleRule = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };
/** Per address: generous for an office behind one NAT, tight enough to stop spraying many accounts. */
export const PER_ADDRESS: ThrottleRule = { maxFailures: 50, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

/** Seconds until the first of these keys is unlocked, or 0 when none is locked. */
export async function lockedFor(em: Em, keys: ThrottleKey[], now: Date): Promise<number> {
  const rows = await em.getConnection().execute<{ locked_until: Date | string }[]>(
    `select locked_until from sign_in_throttle where key in (${keys.map(() => '?').join(', ')}) and locked_until > ?`,
    [...keys.map((k) => k.key), now],
  );
  let longest = 0;
  for (const row of rows) {
    const until = new Date(row.locked_until).getTime();
    longest = Math.max(longest, Math.ceil((until - now.getTime()) / 1000));
  }
  return longest;
}

/** Counts a failure against each key in one statement per key, atomic under concurrent servers. */
export async function recordFailure(em: Em, keys: ThrottleKey[], now: Date): Promise<void> {
  const connection = em.getConnection();
  for (const { key, rule } of keys) {
    const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
    const lockUntil = new Date(now.getTime() + rule.lockSeconds * 1000);
    await connection.execute(
      `insert into sign_in_throttle (key, failures, window_started_at, locked_until)
       values (?, 1, ?, case when 1 >= ? then ?::timestamptz else null end)
       on conflict (key) do update set
         failures = case when sign_in_throttle.window_started_at < ? then 1 else sign_in_throttle.failures + 1 end,
         window_started_at = case when sign_in_throttle.window_started_at < ? then excluded.window_started_at else sign_in_throttle.window_started_at end,
         locked_until = case
           when (case when sign_in_throttle.window_started_at < ? then 1 else sign_in_throttle.failures + 1 end) >= ? then ?::timestamptz
           else sign_in_throttle.locked_until end`,
      [key, now, rule.maxFailures, lockUntil, windowStart, windowStart, windowStart, rule.maxFailures, lockUntil],
    );
  }
}

/** A successful sign-in clears the account's count (never the address's). */
export async function clearFailures(em: Em, key: string): Promise<void> {
  await em.getConnection().execute('delete from sign_in_throttle where key = ?', [key]);
}
