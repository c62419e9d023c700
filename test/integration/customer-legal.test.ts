import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogRepository } from '../../functions/core/repositories/access-log.repository';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps, client, tableName } = testTable();
const log = new AccessLogRepository(client, tableName);
let api: Awaited<ReturnType<typeof startApi>>;

const legal = {
  legalRepresentative: '张建国',
  registeredAddress: '上海市浦东新区张江路 88 号',
  region: '上海市浦东新区',
  businessLicence: { registeredCapital: '5000万元人民币', establishedOn: '2008-05-12', registrationAuthority: '上海市市场监督管理局' },
  taxRegistration: { taxpayerType: 'general', bankName: '中国工商银行上海张江支行', bankAccount: '1001 2345 6789 0123 456' },
};

async function create(name: string, extra: Record<string, unknown> = legal) {
  const res = await api.call('POST', '/customers', {
    as: callers.eastStaff,
    body: { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA', ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  // A write's answer is a summary, not a reading: no licence or tax details in it.
  expect(res.body).not.toHaveProperty('businessLicence');
  expect(res.body).not.toHaveProperty('taxRegistration');
  return res.body as { id: string; version: number };
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('the legal qualification of an archive (R2)', () => {
  it('is kept as given, the bank account without its spaces; lists and write answers carry no licence or tax details', async () => {
    const c = await create('法定资格测试甲有限公司');
    const detail = await api.call('GET', `/customers/${c.id}`, { as: callers.eastStaff });
    expect(detail.body).toMatchObject({
      ...legal,
      taxRegistration: { ...legal.taxRegistration, bankAccount: '1001234567890123456' },
      maskedSections: [],
    });
    const list = await api.call('GET', `/customers?q=${encodeURIComponent('法定资格测试甲')}`, { as: callers.eastStaff });
    expect(list.body.items[0]).toMatchObject({ legalRepresentative: '张建国', region: '上海市浦东新区' });
    expect(list.body.items[0]).not.toHaveProperty('businessLicence');
    expect(list.body.items[0]).not.toHaveProperty('taxRegistration');
  });

  it('withholds a VIP customer’s licence and tax details until a purpose is given, and logs what was shown', async () => {
    const c = await create('法定资格测试乙有限公司');
    const stored = (await deps.customers.get(c.id))!;
    await deps.customers.replace(stored, { ...stored, tier: 'vip', version: stored.version + 1 });

    const masked = await api.call('GET', `/customers/${c.id}`, { as: callers.salesHead });
    expect(masked.body.maskedSections).toContain('licence');
    expect(masked.body).not.toHaveProperty('businessLicence');
    expect(masked.body).not.toHaveProperty('taxRegistration');
    expect(masked.body.legalRepresentative).toBe('张建国');

    const shown = await api.call('GET', `/customers/${c.id}?purpose=${encodeURIComponent('合同评审')}`, { as: callers.salesHead });
    expect(shown.body.maskedSections).toEqual([]);
    expect(shown.body.businessLicence).toEqual(legal.businessLicence);

    const [withPurpose, without] = (await log.search({ customerId: c.id }, { limit: 10 })).items;
    expect(without!.maskedSections).toContain('licence');
    expect(withPurpose!.sections).toContain('licence');
    expect(withPurpose!.purpose).toBe('合同评审');
  });

  it('is cleared by blank values, and the history shows each change before → after', async () => {
    const c = await create('法定资格测试丙有限公司');
    const res = await api.call('PATCH', `/customers/${c.id}`, {
      as: callers.eastStaff,
      headers: { 'if-match': `"${c.version}"` },
      body: { legalRepresentative: '', businessLicence: {}, taxRegistration: { taxpayerType: 'small-scale' } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const detail = await api.call('GET', `/customers/${c.id}`, { as: callers.eastStaff });
    expect(detail.body).not.toHaveProperty('legalRepresentative');
    expect(detail.body).not.toHaveProperty('businessLicence');
    expect(detail.body.taxRegistration).toEqual({ taxpayerType: 'small-scale' });

    const history = await api.call('GET', `/customers/${c.id}/history`, { as: callers.eastStaff });
    const update = history.body.items.find((e: { action: string }) => e.action === 'update');
    const byField = Object.fromEntries(update.changes.map((ch: { field: string }) => [ch.field, ch]));
    expect(byField.legalRepresentative).toEqual({ field: 'legalRepresentative', before: '张建国' });
    expect(byField.businessLicence).toEqual({ field: 'businessLicence', before: legal.businessLicence });
    expect(byField.taxRegistration.after).toEqual({ taxpayerType: 'small-scale' });
  });

  it('refuses bad details with their paths, and keeps blank ones out on create', async () => {
    const bad = await api.call('POST', '/customers', {
      as: callers.eastStaff,
      body: { name: '法定资格测试丁有限公司', creditCode: newCreditCode(), kind: 'service', creditRating: 'A', taxRegistration: { bankAccount: 'abc' }, businessLicence: { establishedOn: '2026-13-01' } },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['businessLicence.establishedOn', 'taxRegistration.bankAccount']);

    const blank = await create('法定资格测试戊有限公司', { legalRepresentative: ' ', businessLicence: { registeredCapital: '' } });
    const stored = (await deps.customers.get(blank.id))!;
    expect(stored).not.toHaveProperty('legalRepresentative');
    expect(stored).not.toHaveProperty('businessLicence');
  });
});
