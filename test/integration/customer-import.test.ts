import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerColumns } from '../../shared/imports/columns';
import { createCustomer } from '../../functions/customers/use-cases/create-customer';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { startImport, waitForImport, wholeReport, workbookOf } from '../support/imports';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps } = testTable();
let api: Awaited<ReturnType<typeof startApi>>;

const zhHeaders = customerColumns.map((c) => c['zh-CN']);
const enHeaders = customerColumns.map((c) => c.en);
type Cells = Partial<Record<(typeof customerColumns)[number]['key'], string>>;
const rowOf = (cells: Cells) => customerColumns.map((c) => cells[c.key] ?? '');

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('importing customers: dry run, report, commit', () => {
  it('reports each problem by row and column, in Chinese and English, and commits only the good rows', async () => {
    const existing = await createCustomer(
      deps,
      { name: '杭州湾（宁波）智能装备有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A', contacts: [], notes: '' },
      callers.eastStaff,
    );
    const good = newCreditCode();
    const file = await workbookOf(
      zhHeaders,
      [
        rowOf({ name: '宁波甬江新材料有限公司', creditCode: good, kind: '主营业务客户', creditRating: 'aa', unitId: '华东事业部', ownerId: 'east.staff2', contactName: '李强', contactPhone: '138-1234-5678', contactEmail: 'li@example.cn' }),
        rowOf({ name: '错误行有限公司', creditCode: '91330100716105852A', kind: '大客户', creditRating: 'A' }),
        rowOf({ name: '重复行有限公司', creditCode: good, kind: '潜在客户', creditRating: 'B' }),
        rowOf({ name: '杭州湾(宁波)智能装备', creditCode: newCreditCode(), kind: '潜在', creditRating: 'C' }),
        rowOf({ name: '现有客户新名称有限公司', creditCode: existing.creditCode, kind: 'service', creditRating: 'AAA', notes: '导入更新' }),
        rowOf({ name: '电话有误有限公司', creditCode: newCreditCode(), kind: '潜在客户', creditRating: 'B', contactName: '王五', contactPhone: '12345' }),
        rowOf({ name: '别的单位有限公司', creditCode: newCreditCode(), kind: '潜在客户', creditRating: 'B', unitId: '华北事业部' }),
      ],
      { englishRow: enHeaders },
    );

    const job = await startImport(api, callers.eastStaff, 'customers', file, '客户.xlsx');
    const checked = await waitForImport(api, callers.eastStaff, job.id, ['validated', 'failed']);
    expect(checked.job).toMatchObject({ status: 'validated', totalRows: 7, chunkCount: 1 });
    expect(checked.job.validation).toEqual({ rows: 7, ok: 2, warnings: 1, duplicates: 1, errors: 4 });

    const report = checked.report.rows as { row: number; issues: { column: string; columnLabel: { 'zh-CN': string; en: string }; severity: string; message: { 'zh-CN': string; en: string } }[]; duplicateOf?: { name: string } }[];
    const at = (row: number) => report.find((r) => r.row === row)!;
    // Row numbers are the spreadsheet's: headings in rows 1 and 2, data from row 3.
    expect(report.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(at(4).issues.map((i) => [i.column, i.columnLabel['zh-CN'], i.severity])).toEqual([['kind', '客户类型', 'error']]);
    expect(at(4).issues[0]!.message).toEqual({
      'zh-CN': '客户类型应为：主营业务客户、非主营业务服务客户、潜在客户。',
      en: 'The kind must be one of: main business, non-business service, potential.',
    });
    expect(at(5).issues[0]).toMatchObject({ column: 'creditCode', severity: 'error', message: { 'zh-CN': expect.stringContaining('第 3 行'), en: expect.stringContaining('row 3') } });
    expect(at(6).issues).toEqual([expect.objectContaining({ column: 'name', severity: 'warning', message: expect.objectContaining({ 'zh-CN': expect.stringContaining('杭州湾（宁波）智能装备有限公司') }) })]);
    expect(at(7).duplicateOf).toMatchObject({ customerId: existing.id, name: existing.name });
    expect(at(8).issues[0]).toMatchObject({ column: 'contactPhone', columnLabel: { 'zh-CN': '联系电话', en: 'Contact phone' } });
    expect(at(9).issues[0]).toMatchObject({ column: 'unitId', severity: 'error' });
    // The bad code of row 4 is caught too, in the credit-code column (the kind made the row fail first).
    expect(await deps.customers.findByCreditCode(good)).toBeUndefined(); // a dry run writes nothing

    const committing = await api.call('POST', `/imports/${job.id}/commit`, { as: callers.eastStaff, body: { duplicates: 'skip' } });
    expect(committing.status).toBe(202);
    const done = await waitForImport(api, callers.eastStaff, job.id, ['committed', 'failed']);
    expect(done.job.status).toBe('committed');
    expect(done.job.commit.outcomes).toEqual({ created: 2, skipped: 1, invalid: 4 });
    const outcomes = Object.fromEntries((done.report.rows as { row: number; outcome: string }[]).map((r) => [r.row, r.outcome]));
    expect(outcomes).toEqual({ 3: 'created', 4: 'invalid', 5: 'invalid', 6: 'created', 7: 'skipped', 8: 'invalid', 9: 'invalid' });

    const created = await deps.customers.findByCreditCode(good);
    expect(created).toMatchObject({
      name: '宁波甬江新材料有限公司',
      kind: 'main-business',
      creditRating: 'AA',
      unitId: 'east',
      ownerId: 'east.staff2',
      createdBy: 'east.staff',
      contacts: [{ name: '李强', phone: '13812345678', email: 'li@example.cn', primary: true }],
    });
    expect((await deps.customers.get(existing.id))!.notes).toBe(''); // skipped: untouched
    expect((await deps.history.list(created!.id, { limit: 5 })).items.map((h) => h.action)).toEqual(['create']);

    // A second commit of the same job is refused: it is committed.
    expect((await api.call('POST', `/imports/${job.id}/commit`, { as: callers.eastStaff, body: { duplicates: 'update' } })).status).toBe(409);
  });

  it('updates duplicates when asked, and importing the same file again changes nothing more', async () => {
    const existing = await createCustomer(
      deps,
      { name: '温州瓯江电器有限公司', creditCode: newCreditCode(), kind: 'potential', creditRating: 'C', contacts: [{ name: '老联系人', title: '采购', primary: false }], notes: '原备注' },
      callers.eastStaff,
    );
    const file = await workbookOf(zhHeaders, [
      rowOf({ name: '温州瓯江电器股份有限公司', creditCode: existing.creditCode, kind: '主营业务客户', creditRating: 'A', contactName: '新联系人', contactPhone: '0577-88886666' }),
    ]);
    const first = await startImport(api, callers.eastHead, 'customers', file);
    await waitForImport(api, callers.eastHead, first.id, ['validated']);
    await api.call('POST', `/imports/${first.id}/commit`, { as: callers.eastHead, body: { duplicates: 'update' } });
    const done = await waitForImport(api, callers.eastHead, first.id, ['committed']);
    expect(done.report.rows).toEqual([expect.objectContaining({ row: 2, outcome: 'updated', customerId: existing.id })]);
    const updated = (await deps.customers.get(existing.id))!;
    expect(updated).toMatchObject({ name: '温州瓯江电器股份有限公司', kind: 'main-business', creditRating: 'A', notes: '原备注', version: 2, updatedBy: 'east.head' });
    expect(updated.contacts).toEqual([
      { name: '新联系人', phone: '0577-88886666', primary: true },
      { name: '老联系人', title: '采购', primary: false },
    ]);

    const again = await startImport(api, callers.eastHead, 'customers', file);
    await waitForImport(api, callers.eastHead, again.id, ['validated']);
    await api.call('POST', `/imports/${again.id}/commit`, { as: callers.eastHead, body: { duplicates: 'update' } });
    const second = await waitForImport(api, callers.eastHead, again.id, ['committed']);
    expect(second.report.rows).toEqual([expect.objectContaining({ outcome: 'unchanged' })]);
    expect((await deps.customers.get(existing.id))!.version).toBe(2);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const file = await workbookOf(['客户名称', '备注'], [['某公司', 'x']]);
    const job = await startImport(api, callers.eastStaff, 'customers', file);
    const failed = await waitForImport(api, callers.eastStaff, job.id, ['failed', 'validated']);
    expect(failed.job).toMatchObject({ status: 'failed', failure: { phase: 'split', code: 'import_file_missing_columns' } });
    expect(failed.job.failureMessage['zh-CN']).toContain('统一社会信用代码');
    expect(failed.job.failureMessage.en).toContain('Unified social credit code');
  });

  it('refuses a file that is not a spreadsheet, and one the caller did not upload', async () => {
    const job = await startImport(api, callers.eastStaff, 'customers', Buffer.from('name,code\nA,B\n'));
    const failed = await waitForImport(api, callers.eastStaff, job.id, ['failed', 'validated']);
    expect(failed.job.failure.code).toBe('import_file_unreadable');

    const asked = await api.call('POST', '/imports/uploads', { as: callers.eastStaff, body: { fileName: 'x.xlsx', size: 10 } });
    const other = await api.call('POST', '/imports', { as: callers.eastHead, body: { kind: 'customers', objectKey: asked.body.objectKey } });
    expect(other.status).toBe(400);
    expect(other.body.error.fields).toHaveProperty('objectKey');
    // Nor may anyone else follow or commit someone's import.
    expect((await api.call('GET', `/imports/${job.id}`, { as: callers.eastHead })).status).toBe(404);
    expect((await api.call('POST', `/imports/${job.id}/commit`, { as: callers.eastHead, body: {} })).status).toBe(404);
  });
});

describe('a 10,000-row customer file', () => {
  it('is checked and committed in chunks, with a report of every row', { timeout: 600_000 }, async () => {
    const rows: string[][] = [];
    const badRows = new Set<number>();
    const dupRows = new Set<number>();
    const codes: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const sheetRow = i + 2;
      if (i % 500 === 7) {
        badRows.add(sheetRow);
        rows.push(rowOf({ name: `坏行${i}`, creditCode: 'NOT-A-CODE', kind: '主营业务客户', creditRating: 'A', unitId: 'east' }));
      } else if (i % 1000 === 11) {
        dupRows.add(sheetRow);
        rows.push(rowOf({ name: `重复${i}贸易有限公司`, creditCode: codes[0]!, kind: '潜在客户', creditRating: 'B', unitId: 'east' }));
      } else {
        const code = newCreditCode();
        codes.push(code);
        // Short names and a contact on every tenth row: each created customer's transaction carries its
        // search entries (one per name bigram and phone), and this test is about chunks, not search.
        const contact = i % 10 === 0 ? { contactName: '联系人', contactPhone: `139${String(i).padStart(8, '0')}` } : {};
        rows.push(rowOf({ name: `导入${i}`, creditCode: code, kind: i % 2 ? '潜在客户' : '主营业务客户', creditRating: 'B', unitId: i % 3 ? 'east' : 'north', ownerId: i % 3 ? 'east.staff' : 'north.staff', ...contact }));
      }
    }
    const file = await workbookOf(zhHeaders, rows);

    const job = await startImport(api, callers.salesHead, 'customers', file, 'big.xlsx');
    const seen = new Set<number>();
    let checked;
    for (;;) {
      const res = await api.call('GET', `/imports/${job.id}`, { as: callers.salesHead });
      seen.add(res.body.job.validatedChunks);
      if (['validated', 'failed'].includes(res.body.job.status)) {
        checked = res.body;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(checked.job).toMatchObject({ status: 'validated', totalRows: 10_000, chunkCount: 20, validatedChunks: 20 });
    expect(seen.size).toBeGreaterThan(2); // progress was visible while it ran, chunk by chunk
    const problems = await wholeReport(api, callers.salesHead, job.id, 'validation');
    const errorRows = problems.filter((r) => r.issues.some((i: { severity: string }) => i.severity === 'error'));
    expect(errorRows.filter((r) => !badRows.has(r.row) && !dupRows.has(r.row))).toEqual([]);
    expect(new Set(errorRows.map((r) => r.row))).toEqual(new Set([...badRows, ...dupRows]));
    expect(checked.job.validation).toMatchObject({ rows: 10_000, errors: badRows.size + dupRows.size, ok: 10_000 - badRows.size - dupRows.size, duplicates: 0 });
    expect(problems.find((r) => badRows.has(r.row)).issues[0]).toMatchObject({ column: 'creditCode', columnLabel: { 'zh-CN': '统一社会信用代码' } });
    expect(problems.find((r) => dupRows.has(r.row)).issues[0].message['zh-CN']).toContain('第 2 行');

    await api.call('POST', `/imports/${job.id}/commit`, { as: callers.salesHead, body: { duplicates: 'skip' } });
    const done = await waitForImport(api, callers.salesHead, job.id, ['committed', 'failed'], 500_000);
    expect(done.job.status).toBe('committed');
    expect(done.job.commit).toMatchObject({ committedChunks: 20, rowsDone: 10_000, outcomes: { created: codes.length, invalid: badRows.size + dupRows.size } });
    const landed = await wholeReport(api, callers.salesHead, job.id, 'commit');
    expect(landed).toHaveLength(10_000);
    expect(landed.filter((r) => r.outcome === 'created')).toHaveLength(codes.length);
    const sample = await deps.customers.findByCreditCode(codes[4321]!);
    expect(sample).toBeDefined();
    expect(landed.find((r) => r.customerId === sample!.id)).toBeDefined();
  });
});
