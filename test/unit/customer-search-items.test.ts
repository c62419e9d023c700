import { describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/schemas/customer.schema';
import { searchItemChanges, searchItems } from '../../functions/core/repositories/customer-search-items';

const base: Customer = {
  id: 'c1', name: '杭州西溪云数信息技术有限公司', creditCode: 'X', kind: 'main-business', tier: 'reserve', annualAmountFen: 0,
  creditRating: 'AA', unitId: 'east', ownerId: 'east.staff', contacts: [{ name: '王丽华', phone: '138 1234 5678' }], notes: '',
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', createdBy: 'a', updatedBy: 'a', version: 1,
};
/** Its entries' sort key: by pinyin, then name and id (issue 13), as the customer list's. */
const sortedAs = '30967-33632-32906-32923-33421-32536-33044-32915-31155-32528-33337-32975-30856-32567#杭州西溪云数信息技术有限公司#c1';
const longName = (seed: number) => Array.from({ length: 100 }, (_, i) => String.fromCodePoint(0x4e00 + seed + i)).join('');
const twentyPhones = (prefix: string) => Array.from({ length: 20 }, (_, i) => ({ name: `联系人${i}`, phone: `${prefix}${String(i).padStart(4, '0')}` }));

describe('a customer’s search entries', () => {
  it('are one per name bigram (company-wide, and per unit in GSI1) and one per distinct phone, normalised, in its unit, sorted by its name', () => {
    const items = searchItems({ ...base, contacts: [...base.contacts, { name: '同号', phone: '13812345678' }, { name: '座机', phone: '0571-88888888' }] });
    const pks = items.map((i) => i.PK);
    expect(items.find((i) => i.PK === 'GRAM#西溪')).toMatchObject({ GSI1PK: 'GRAM#east#西溪', GSI1SK: sortedAs });
    expect(pks.filter((p) => p.startsWith('PHONE#'))).toEqual(['PHONE#east#13812345678', 'PHONE#east#057188888888']);
    const keyed = items.filter((i) => !i.PK.startsWith('CONTACTNAME#'));
    expect(new Set(keyed.map((i) => i.SK))).toEqual(new Set([sortedAs]));
    expect(items.every((i) => i.customerId === 'c1')).toBe(true);
  });

  it('are none while the customer is in the recycle bin', () => {
    expect(searchItems({ ...base, deletedAt: '2026-02-01T00:00:00.000Z' })).toEqual([]);
  });

  it('change only where the name, unit or phones change', () => {
    const notes = searchItemChanges('t', base, { ...base, notes: '改了备注', version: 2 });
    expect(notes).toEqual([]);
    const phone = searchItemChanges('t', base, { ...base, contacts: [{ name: '王丽华', phone: '13900000000' }], version: 2 });
    expect(phone.map((op) => ('Put' in op ? `put ${op.Put.Item.PK}` : `delete ${op.Delete.Key.PK}`))).toEqual([
      'delete PHONE#east#13812345678',
      'put PHONE#east#13900000000',
    ]);
    const binned = searchItemChanges('t', base, { ...base, deletedAt: '2026-02-01T00:00:00.000Z', version: 2 });
    expect(binned.every((op) => 'Delete' in op)).toBe(true);
    expect(binned).toHaveLength(searchItems(base).length);
  });

  it('fit one transaction with the record even when everything changes at once (DynamoDB allows 100 items)', () => {
    const before: Customer = { ...base, name: longName(0), contacts: twentyPhones('1381234') };
    const after: Customer = { ...base, name: longName(200), unitId: 'north', contacts: twentyPhones('1391234'), version: 2 };
    const changes = searchItemChanges('t', before, after);
    expect(searchItems(before)).toHaveLength(45);
    expect(changes).toHaveLength(90);
    // + the record, a credit-code claim and release (or the restore check), and the history entry.
    expect(changes.length + 1 + 3 + 1).toBeLessThanOrEqual(100);
  });

  it('find a phone by its last four digits and a contact by name, one entry per contact at most', () => {
    const items = searchItems({ ...base, contacts: [...base.contacts, { name: '同号', phone: '13812345678' }, { name: '李 明' }, { name: '李明' }] });
    const phone = items.find((i) => i.PK === 'PHONE#east#13812345678')!;
    expect([phone.GSI1PK, phone.GSI2PK]).toEqual(['PHONE4#east#5678', 'CNAME#east#王丽华']);
    expect(phone.GSI1SK).toBe(sortedAs);
    // 同号 shares the phone with 王丽华 (whose name the phone entry carries); 李明 has none: name-only entries.
    expect(items.filter((i) => i.PK.startsWith('CONTACTNAME#')).map((i) => [i.GSI2PK, i.GSI2SK])).toEqual([
      ['CNAME#east#同号', sortedAs],
      ['CNAME#east#李明', sortedAs],
    ]);
  });

  it('put a phone entry again when only its contact’s name changes', () => {
    const renamed = searchItemChanges('t', base, { ...base, contacts: [{ name: '王丽', phone: '13812345678' }], version: 2 });
    expect(renamed.map((op) => ('Put' in op ? `put ${op.Put.Item.PK} ${op.Put.Item.GSI2PK}` : `delete ${op.Delete.Key.PK}`))).toEqual([
      'put PHONE#east#13812345678 CNAME#east#王丽',
    ]);
  });

  it('still fit one transaction when half the contacts have no phone', () => {
    const half = (prefix: string) => twentyPhones(prefix).map((c, i) => (i % 2 ? { name: `${prefix}无号${i}` } : c));
    const before: Customer = { ...base, name: longName(0), contacts: half('1381234') };
    const after: Customer = { ...base, name: longName(200), unitId: 'north', contacts: half('1391234'), version: 2 };
    expect(searchItems(before)).toHaveLength(45);
    expect(searchItemChanges('t', before, after).length + 1 + 3 + 1).toBeLessThanOrEqual(100);
  });
});
