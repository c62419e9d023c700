import { describe, expect, it } from 'vitest';
import { unitsContracts } from '../../shared/contracts/units.contract';
import type { PathParams } from '../../shared/contracts/route-contract';
import { http } from '../../functions/core/http/http';

describe('a route’s contract types its handler', () => {
  it('gives path parameters by name and holds the answer to the response schema (checked by tsc)', () => {
    const params: PathParams<'POST /revisit-reports/{unitId}/{quarter}/submit'> = { unitId: 'east', quarter: '2026-Q1' };
    // @ts-expect-error a parameter the route key does not name
    const wrong: PathParams<'GET /units/{code}/history'> = { unitId: 'east' };
    // @ts-expect-error an answer that is not the contract's response (units: { items: Unit[] })
    const handler = http('GET /units', async () => ({ status: 200, body: { items: 'none' } }), unitsContracts);
    expect([params, wrong, typeof handler]).toHaveLength(3);
  });
});
