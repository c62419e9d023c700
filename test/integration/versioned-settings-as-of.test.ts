import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defaultReminderTiming, defaultRevisitSettings } from '../../shared/schemas/revisit-settings.schema';
import { createDocumentClient } from '../../functions/core/dynamo';
import { RevisitSettingsRepository } from '../../functions/core/repositories/revisit-settings.repository';
import { settingsInForce, VersionedSettingsRepository, type SettingsKind } from '../../functions/core/repositories/versioned-settings.repository';
import { testTable } from '../support/table';

const { tableName } = testTable();

// A client that writes down every command it sends, so the tests can hold the reads to their bound.
const sent: string[] = [];
const client = createDocumentClient(process.env.DYNAMODB_ENDPOINT);
client.middlewareStack.add(
  (next, context) => async (args) => {
    sent.push(context.commandName!);
    return next(args);
  },
  { step: 'initialize', name: 'commandLog' },
);
const sentDuring = async <R>(act: () => Promise<R>): Promise<{ result: R; commands: string[] }> => {
  const from = sent.length;
  const result = await act();
  return { result, commands: sent.slice(from) };
};

/** A small setting of its own partition per test; a stored version from before `unit` joined reads as 'fen'. */
interface Limit { amount: number; unit: 'fen' | 'yuan' }
const limitSchema = z.preprocess(
  (v) => (v !== null && typeof v === 'object' && !('unit' in v) ? { ...v, unit: 'fen' } : v),
  z.strictObject({ amount: z.number().int(), unit: z.enum(['fen', 'yuan']) }),
) as unknown as z.ZodType<Limit>;
let seq = 0;
function limits() {
  const pk = `TESTSETTINGS#${++seq}-${Date.now()}`;
  const kind: SettingsKind<Limit> = {
    current: () => ({ PK: pk, SK: 'CURRENT' }),
    history: (suffix) => ({ PK: pk, SK: `HIST#${suffix}` }),
    type: 'test-limit',
    schema: limitSchema,
    defaults: { amount: 100, unit: 'fen' },
  };
  return { pk, repo: new VersionedSettingsRepository(client, tableName, kind) };
}

const t1 = '2026-04-10T02:00:00.000Z';
const t2 = '2026-08-20T09:30:00.000Z';

/** Two changes: 100 → 200 at t1, 200 → 300 at t2. */
async function changedTwice() {
  const s = limits();
  await s.repo.put({ amount: 200, unit: 'fen' }, 0, 'admin', t1);
  await s.repo.put({ amount: 300, unit: 'fen' }, 1, 'admin', t2);
  return s;
}

describe('the settings in force at an instant', () => {
  it('are the defaults while nothing was ever changed, without reading more than the two Queries', async () => {
    const { repo } = limits();
    const { result, commands } = await sentDuring(() => repo.asOf('2026-05-01T00:00:00.000Z'));
    expect(result).toEqual({ settings: { amount: 100, unit: 'fen' }, version: 0 });
    expect(commands).toEqual(['QueryCommand', 'QueryCommand']);
  });

  it('before any change: what the oldest change replaced (two Queries)', async () => {
    const { repo } = await changedTwice();
    const { result, commands } = await sentDuring(() => repo.asOf('2026-01-01T00:00:00.000Z'));
    expect(result).toEqual({ settings: { amount: 100, unit: 'fen' }, version: 0 });
    expect(commands).toEqual(['QueryCommand', 'QueryCommand']);
    // one millisecond before the first change still reads the old value
    expect((await repo.asOf('2026-04-10T01:59:59.999Z')).settings.amount).toBe(100);
  });

  it('between changes: the earlier change’s value (one Query)', async () => {
    const { repo } = await changedTwice();
    const { result, commands } = await sentDuring(() => repo.asOf('2026-06-30T15:59:59.999Z'));
    expect(result).toEqual({ settings: { amount: 200, unit: 'fen' }, version: 1, updatedAt: t1, updatedBy: 'admin' });
    expect(commands).toEqual(['QueryCommand']);
  });

  it('exactly at a change’s instant: that change is in force', async () => {
    const { repo } = await changedTwice();
    expect((await repo.asOf(t1)).settings.amount).toBe(200);
    expect((await repo.asOf(t2)).settings.amount).toBe(300);
    expect((await repo.asOf('2026-08-20T09:29:59.999Z')).settings.amount).toBe(200);
  });

  it('after the last change: the current value', async () => {
    const { repo } = await changedTwice();
    expect(await repo.asOf('2027-01-01T00:00:00.000Z')).toEqual({ ...(await repo.get()), settings: { amount: 300, unit: 'fen' } });
    // an instant given without milliseconds is the same instant
    expect((await repo.asOf('2026-08-20T09:30:00Z')).settings.amount).toBe(300);
  });

  it('parses what is stored with the kind’s stored schema (a version from before a field joined reads with its default)', async () => {
    const { pk, repo } = limits();
    await client.send(new PutCommand({
      TableName: tableName,
      Item: { PK: pk, SK: `HIST#${t1}#1`, type: 'test-limit-change', settings: { amount: 250 }, previous: { amount: 100 }, version: 1, updatedAt: t1, updatedBy: 'admin' },
    }));
    expect((await repo.asOf(t2)).settings).toEqual({ amount: 250, unit: 'fen' });
    expect((await repo.asOf('2026-01-01T00:00:00.000Z')).settings).toEqual({ amount: 100, unit: 'fen' });

    // the revisit setting: a stored version holding only rules reads with the reminder timing then in force
    const revisits = new RevisitSettingsRepository(client, tableName);
    const rulesOnly = { rules: defaultRevisitSettings.rules.map((r) => (r.id === 'vip-quarterly-manager' ? { ...r, minCount: 2 } : r)) };
    await client.send(new PutCommand({
      TableName: tableName,
      Item: { PK: 'SETTINGS#revisits', SK: `HIST#${t1}#1`, type: 'revisit-settings-change', settings: rulesOnly, previous: { rules: defaultRevisitSettings.rules }, version: 1, updatedAt: t1, updatedBy: 'admin' },
    }));
    const inForce = await revisits.asOf(t2);
    expect(inForce.settings.reminders).toEqual(defaultReminderTiming);
    expect(inForce.settings.rules.find((r) => r.id === 'vip-quarterly-manager')!.minCount).toBe(2);
  });
});

describe('the settings in force, remembered for one request', () => {
  it('reads each instant once, however many customers ask', async () => {
    const { repo } = await changedTwice();
    const at = settingsInForce(repo);
    const { result, commands } = await sentDuring(() => Promise.all(Array.from({ length: 20 }, (_, i) => at(i % 2 ? '2026-06-30T15:59:59.999Z' : '2026-01-01T00:00:00Z'))));
    expect(result.map((s) => s.settings.amount)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 200 : 100)));
    expect(commands).toHaveLength(3); // one Query for the instant after a change, two for the one before any
  });

  it('answers from the current setting, without a read, at or after the change that made it current', async () => {
    const { repo } = await changedTwice();
    const current = await repo.get();
    const at = settingsInForce(repo, current);
    const { result, commands } = await sentDuring(() => Promise.all([at(t2), at('2026-11-27T00:00:00.000Z')]));
    expect(result.map((s) => s.settings.amount)).toEqual([300, 300]);
    expect(commands).toEqual([]);
    expect((await at('2026-08-20T09:29:59.999Z')).settings.amount).toBe(200);

    const untouched = limits().repo;
    const never = settingsInForce(untouched, await untouched.get());
    const quiet = await sentDuring(() => never('2020-01-01T00:00:00.000Z'));
    expect(quiet).toEqual({ result: { settings: { amount: 100, unit: 'fen' }, version: 0 }, commands: [] });
  });

  it('judges the running period by the current setting whatever the clock, and closed periods by their own instant', async () => {
    const { repo } = await changedTwice();
    const current = await repo.get();
    // A job's clock before the last change (a rerun, a test): from that clock on, the current setting is in force.
    const clock = new Date('2026-08-20T09:29:59.999Z');
    const at = settingsInForce(repo, current, clock);
    const { result, commands } = await sentDuring(() => Promise.all([at(clock.toISOString()), at('2026-12-31T15:59:59.999Z')]));
    expect(result.map((s) => s.settings.amount)).toEqual([300, 300]);
    expect(commands).toEqual([]);
    expect((await at('2026-06-30T15:59:59.999Z')).settings.amount).toBe(200);
  });
});
