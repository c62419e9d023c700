import ExcelJS from 'exceljs';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import type { Principal } from '../../functions/core/principal';
import type { startApi } from './api-harness';

type Api = Awaited<ReturnType<typeof startApi>>;

/** An .xlsx like one filled in from the template: headings in row 1, English headings in row 2, then the rows. */
export async function workbookOf(headers: string[], rows: (string | number | Date | undefined)[][], options: { englishRow?: string[] } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(headers);
  if (options.englishRow) sheet.addRow(options.englishRow);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Uploads a spreadsheet the way the browser does (presigned PUT) and starts an import job of it. */
export async function startImport(api: Api, as: Principal, kind: 'customers' | 'orders', file: Buffer, fileName = 'import.xlsx') {
  const asked = await api.call('POST', '/imports/uploads', { as, body: { fileName, size: file.length } });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  const put = await fetch(asked.body.upload.url, { method: 'PUT', headers: asked.body.upload.headers, body: new Uint8Array(file) });
  expect(put.status).toBe(200);
  const started = await api.call('POST', '/imports', { as, body: { kind, objectKey: asked.body.objectKey, fileName } });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return started.body as { id: string; status: string };
}

/** Polls GET /imports/{id} as the browser does, until the job reaches one of `statuses`. */
export async function waitForImport(api: Api, as: Principal, id: string, statuses: string[], timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await api.call('GET', `/imports/${id}`, { as });
    expect(res.status).toBe(200);
    if (statuses.includes(res.body.job.status)) return res.body;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${res.body.job.status} (${JSON.stringify(res.body.job.progress)})`);
    await sleep(100);
  }
}

/** Every row of a report, following its pages. */
export async function wholeReport(api: Api, as: Principal, id: string, report: 'validation' | 'commit') {
  const rows: any[] = [];
  let cursor: string | null = null;
  do {
    const res = await api.call('GET', `/imports/${id}?report=${report}${cursor ? `&cursor=${cursor}` : ''}`, { as });
    rows.push(...res.body.report.rows);
    cursor = res.body.report.nextCursor;
  } while (cursor);
  return rows;
}
