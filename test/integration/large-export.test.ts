import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLogExportMaxRows } from '../../shared/access-log-export';
import type { AccessLogEntry } from '../../shared/schemas/access-log.schema';
import { keys } from '../../functions/core/keys';
import { startApi } from '../support/api-harness';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { client, tableName } = testTable();
let api: Awaited<ReturnType<typeof startApi>>;
/** A reader of its own, so the export's partition holds exactly the rows written here. */
const reader = { id: 'bulk.reader', name: '批量查阅人', role: 'office' } as const;

/** 20,000 readings (the export limit), written 25 to a batch, eight batches at a time. */
async function writeReadings(count: number): Promise<void> {
  const items = Array.from({ length: count }, (_, i) => {
    const entry: AccessLogEntry = {
      id: `bulk-${String(i).padStart(5, '0')}`,
      at: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      action: 'detail',
      customerId: `bulk-customer-${i % 500}`,
      customerName: `大批量导出测试第${i % 500}号有限公司`,
      reader,
      sections: ['basic', 'contacts', 'credit'],
      maskedSections: [],
      contactDetailsMasked: false,
      purpose: '年度合同评审核对',
    };
    return { ...keys.accessLog(entry.customerId, entry.at, entry.id), ...keys.accessLogIndexes(entry), type: 'access-log', ...entry };
  });
  const batches: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  for (let i = 0; i < batches.length; i += 8) {
    await Promise.all(
      batches.slice(i, i + 8).map(async (batch) => {
        let pending = batch.map((Item) => ({ PutRequest: { Item } }));
        while (pending.length) {
          const out = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
          pending = (out.UnprocessedItems?.[tableName] ?? []) as typeof pending;
        }
      }),
    );
  }
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  await writeReadings(accessLogExportMaxRows);
}, 300_000);
afterAll(() => api?.close());

describe('an export at the row limit', () => {
  it('answers with a small presigned link, and the 20,000-row file is fetched from object storage', async () => {
    const answer = await api.call('GET', `/access-log/export?userId=${reader.id}`, { as: callers.admin });
    expect(answer.status).toBe(200);
    // The function's answer is the link, not the file: nothing large passes through Lambda or API Gateway.
    expect(answer.raw.length).toBeLessThan(2_000);
    expect(answer.body).toMatchObject({ rowCount: accessLogExportMaxRows, fileName: expect.stringMatching(/\.xlsx$/), url: expect.stringContaining('downloads/') });

    const file = await fetch(answer.body.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const data = Buffer.from(await file.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount - 1).toBe(accessLogExportMaxRows);
    // Without the token: the link itself is the permission, and it is signed for this one object.
    expect((await fetch(answer.body.url.replace('downloads/', 'downloads/x'))).status).toBe(403);
  }, 240_000);
});
