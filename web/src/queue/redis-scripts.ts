import type { Redis } from 'ioredis';

// Small Lua scripts so each check-and-set on our own Redis keys is atomic (a plain GET then SET could
// interleave with another worker's).

const ACQUIRE_OR_RENEW = `
local holder = redis.call('GET', KEYS[1])
if not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

const PEXPIRE_IF_HELD_BY = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`;

const DELETE_IF_HELD_BY = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

const INCREMENT_WITH_TTL = `
local value = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return value`;

const DECREMENT_TO_ZERO = `
local value = redis.call('DECRBY', KEYS[1], ARGV[1])
if value <= 0 then redis.call('DEL', KEYS[1]) end
return value`;

async function run(redis: Redis, script: string, key: string, ...args: (string | number)[]): Promise<number> {
  return Number(await redis.eval(script, 1, key, ...args));
}

/** Takes `key` for `owner` for `ttlMs`, or renews it when `owner` already holds it (a job re-run after a stall). */
export async function acquireOrRenew(
  redis: Redis,
  key: string,
  owner: string,
  ttlMs: number,
): Promise<boolean> {
  return (await run(redis, ACQUIRE_OR_RENEW, key, owner, ttlMs)) === 1;
}

/** Sets the key's TTL when `owner` holds it; false when someone else (or no one) does. */
export async function pexpireIfHeldBy(
  redis: Redis,
  key: string,
  owner: string,
  ttlMs: number,
): Promise<boolean> {
  return (await run(redis, PEXPIRE_IF_HELD_BY, key, owner, ttlMs)) === 1;
}

export async function deleteIfHeldBy(redis: Redis, key: string, owner: string): Promise<boolean> {
  return (await run(redis, DELETE_IF_HELD_BY, key, owner)) === 1;
}

/** INCR that (re)sets a TTL, so a counter left behind by a crash does not live forever. */
export async function incrementWithTtl(redis: Redis, key: string, ttlMs: number): Promise<number> {
  return run(redis, INCREMENT_WITH_TTL, key, ttlMs);
}

export async function decrementToZero(redis: Redis, key: string, by: number): Promise<number> {
  return run(redis, DECREMENT_TO_ZERO, key, by);
}
