import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { test, type Request, type Response } from '@playwright/test';
import type { CustomerSummary } from '#shared/customer-view';
import { isDownloadLink, type DownloadLink } from '#shared/download-link';
import { searchCustomers } from './support/app';
import { endpoints } from './support/endpoints';
import { expect, signInAs as signIn } from './support/patient';
import { randomCreditCode, uniqueCustomerName } from './support/test-data';
import { api } from './support/twin-api';

/**
 * Issue 14 ("Nothing lost"): an export is written to object storage and the SPA follows the presigned
 * link the API answers with, whatever the file's size. Here the twin's s3rver serves the object: the API
 * answers JSON (a link, not the file), the browser fetches that very link from the object store without
 * the caller's token, and what the person gets is the .xlsx with the listed rows.
 */
test.describe('an export through a presigned link (issue 14)', () => {
  test.describe.configure({ timeout: 300_000 });

  test('the customer export: the API answers a link, the browser fetches it from object storage, the download is the workbook', async ({ page }) => {
    const { marker } = uniqueCustomerName();
    const names = ['甲', '乙', '丙'].map((n) => `链接导出${n}${marker}有限公司`);
    for (const name of names) {
      await api<CustomerSummary>('sales.head', 'POST', '/customers', { name, creditCode: randomCreditCode(), kind: 'service', creditRating: 'A', unitId: 'east', ownerId: 'east.staff' });
    }

    await signIn(page, 'sales.head');
    await page.getByTestId('menu-customers').click();
    await searchCustomers(page, marker);
    await expect(page.getByTestId('customer-table').getByTestId('customer-link')).toHaveCount(3);

    const apiUrl = new URL(endpoints().apiUrl);
    const answered = page.waitForResponse((r) => r.url().startsWith(`${apiUrl.origin}`) && new URL(r.url()).pathname.endsWith('/customers/export'));
    const followed = page.waitForRequest((r) => r.url().includes('X-Amz-Signature='));
    const downloaded = page.waitForEvent('download');
    await page.getByTestId('customer-export').click();
    await page.getByTestId('export-confirm').click();

    const link = await test.step('the API answers a short-lived presigned link, not the file', async () => {
      const response: Response = await answered;
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/json');
      const body: unknown = await response.json();
      expect(isDownloadLink(body)).toBe(true);
      const link = body as DownloadLink;
      expect(link).toMatchObject({ rowCount: 3, contentType: expect.stringContaining('spreadsheetml') });
      expect(link.fileName).toMatch(/\.xlsx$/);
      const url = new URL(link.url);
      expect(url.origin).not.toBe(apiUrl.origin);
      expect(url.searchParams.get('X-Amz-Expires')).toMatch(/^\d+$/);
      expect(new Date(link.expiresAt).getTime()).toBeGreaterThan(Date.now());
      return link;
    });

    await test.step('the browser fetches exactly that link from object storage, without the caller’s token', async () => {
      const request: Request = await followed;
      expect(request.url()).toBe(link.url);
      expect(request.method()).toBe('GET');
      expect(request.headers().authorization).toBeUndefined();
      const served = await request.response();
      expect(served?.status()).toBe(200);
    });

    await test.step('the download is an .xlsx that opens with the three listed customers', async () => {
      const download = await downloaded;
      expect(download.suggestedFilename()).toMatch(/^客户档案-\d{8}\.xlsx$/);
      const bytes = await readFile(await download.path());
      // An .xlsx is a ZIP archive: "PK\x03\x04".
      expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const headers = (sheet.getRow(1).values as string[]).slice(1);
      const nameColumn = headers.indexOf('客户名称') + 1;
      expect(nameColumn).toBeGreaterThan(0);
      const listed: string[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) listed.push(String(row.getCell(nameColumn).value));
      });
      expect(listed.sort()).toEqual([...names].sort());
    });
  });
});
