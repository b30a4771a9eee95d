/**
 * Pure login-throttling rules (docs/security.md A5/A6). Counters live in the database so that they
 * hold across app instances; these functions only decide.
 */
export interface ThrottleConfig {
  maxFailures: number;
  lockMinutes: number;
  /** Back-off stops doubling here. */
  maxLockMinutes: number;
}

/**
 * After every `maxFailures` consecutive failures the account locks; each further lock doubles,
 * up to `maxLockMinutes`. Returns the lock length in ms, or null when no lock is due.
 */
export function accountLockAfterFailure(consecutiveFailures: number, config: ThrottleConfig): number | null {
  if (consecutiveFailures < config.maxFailures || consecutiveFailures % config.maxFailures !== 0) return null;
  const lockNumber = consecutiveFailures / config.maxFailures;
  const minutes = Math.min(config.lockMinutes * 2 ** (lockNumber - 1), config.maxLockMinutes);
  return minutes * 60_000;
}

export function isLocked(lockedUntil: Date | null | undefined, now: Date): boolean {
  return lockedUntil != null && lockedUntil.getTime() > now.getTime();
}

export interface IpWindow {
  failures: number;
  windowStart: Date;
}

/** Per-IP counting in a fixed window; a full window locks the IP for one lock period. */
export function nextIpWindow(
  current: IpWindow | null,
  now: Date,
  config: { maxFailures: number; windowMinutes: number; lockMinutes: number },
): IpWindow & { lockedUntil: Date | null } {
  const windowMs = config.windowMinutes * 60_000;
  const fresh = !current || now.getTime() - current.windowStart.getTime() >= windowMs;
  const failures = fresh ? 1 : current.failures + 1;
  const windowStart = fresh ? now : current.windowStart;
  const lockedUntil = failures >= config.maxFailures ? new Date(now.getTime() + config.lockMinutes * 60_000) : null;
  return { failures, windowStart, lockedUntil };
}
