import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentMaxBytes } from '../../shared/attachments';
import type { Customer, Tier } from '../../shared/schemas/customer.schema';
import { AccessLogRepository } from '../../functions/core/repositories/access-log.repository';
import { createCustomer } from '../../functions/customers/use-cases/create-customer';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps, client, tableName } = testTable();
const log = new AccessLogRepository(client, tableName);
let api: Awaited<ReturnType<typeof startApi>>;

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);
const office = { id: 'office.liu', name: '刘芳', role: 'office' } as const;

async function eastCustomer(tier: Tier = 'general'): Promise<Customer> {
  const c = await createCustomer(
    deps,
    { name: `附件测试${tier}有限公司`, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA', contacts: [], notes: '' },
    callers.eastStaff,
  );
  if (c.tier === tier) return c;
  const promoted = { ...c, tier, version: c.version + 1 };
  await deps.customers.replace(c, promoted);
  return promoted;
}

/** Asks for an upload URL as the east unit's staff and PUTs `body` to it with the given type. */
async function upload(customerId: string, file: { fileName: string; contentType: string; size: number }, body: Buffer, sentType = file.contentType) {
  const asked = await api.call('POST', `/customers/${customerId}/attachments`, { as: callers.eastStaff, body: { ...file, category: 'business-licence' } });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  const put = await fetch(asked.body.upload.url, { method: 'PUT', headers: { ...asked.body.upload.headers, 'content-type': sentType }, body: new Uint8Array(body) });
  return { asked: asked.body, put };
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('uploading an attachment through a presigned URL', () => {
  it('stores a PDF sent as declared; the record lists it and its download URL returns the same bytes', async () => {
    const c = await eastCustomer();
    const { asked, put } = await upload(c.id, { fileName: '营业执照扫描件.pdf', contentType: 'application/pdf', size: pdf.length }, pdf);
    expect(put.status).toBe(200);
    expect(asked.attachment).toMatchObject({ status: 'pending', customerId: c.id, fileName: '营业执照扫描件.pdf' });

    const list = await api.call('GET', `/customers/${c.id}/attachments`, { as: callers.eastHead });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: asked.attachment.id, status: 'stored', size: pdf.length, uploadedBy: { id: 'east.staff' } });

    const download = await api.call('GET', `/customers/${c.id}/attachments/${asked.attachment.id}`, { as: callers.eastHead });
    expect(download.status).toBe(200);
    const file = await fetch(download.body.url);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''%E8%90%A5");
  });

  it('refuses, at the storage itself, a file of another type or size than the one signed', async () => {
    const c = await eastCustomer();
    const wrongType = await upload(c.id, { fileName: 'scan.pdf', contentType: 'application/pdf', size: pdf.length }, pdf, 'application/x-msdownload');
    expect(wrongType.put.status).toBe(403);
    const bigger = Buffer.concat([pdf, Buffer.from('more')]);
    const wrongSize = await upload(c.id, { fileName: 'scan.pdf', contentType: 'application/pdf', size: pdf.length }, bigger);
    expect(wrongSize.put.status).toBe(403);
    expect(await wrongSize.put.text()).toContain('SignatureDoesNotMatch');
    const list = await api.call('GET', `/customers/${c.id}/attachments`, { as: callers.eastHead });
    expect(list.body.items).toEqual([]);
  });

  it('refuses to sign an upload of a forbidden type, an oversized file or a name that does not fit its type', async () => {
    const c = await eastCustomer();
    const path = `/customers/${c.id}/attachments`;
    const exe = await api.call('POST', path, { as: callers.eastStaff, body: { fileName: 'setup.exe', contentType: 'application/x-msdownload', size: 100 } });
    expect(exe.status).toBe(400);
    expect(exe.body.error.fields.contentType).toContain('PDF');
    const huge = await api.call('POST', path, { as: callers.eastStaff, body: { fileName: 'scan.pdf', contentType: 'application/pdf', size: attachmentMaxBytes + 1 } });
    expect(huge.status).toBe(400);
    expect(huge.body.error.fields.size).toContain('20 MB');
    const disguised = await api.call('POST', path, { as: callers.eastStaff, body: { fileName: 'virus.exe', contentType: 'application/pdf', size: 100 } });
    expect(disguised.status).toBe(400);
    expect(disguised.body.error.fields).toHaveProperty('fileName');
  });

  it('hands out short-lived download URLs that cannot be altered', async () => {
    const c = await eastCustomer();
    const { asked } = await upload(c.id, { fileName: 'contract.pdf', contentType: 'application/pdf', size: pdf.length }, pdf);
    const download = await api.call('GET', `/customers/${c.id}/attachments/${asked.attachment.id}`, { as: callers.eastStaff });
    const url = new URL(download.body.url);
    expect(Number(url.searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(60);
    url.searchParams.set('X-Amz-Expires', '604800');
    expect((await fetch(url)).status).toBe(403);
  });
});

describe('reading attachments follows the archive’s rules', () => {
  it('hides another unit’s customer’s files (404), for listing, uploading and downloading', async () => {
    const c = await eastCustomer();
    const { asked } = await upload(c.id, { fileName: 'a.pdf', contentType: 'application/pdf', size: pdf.length }, pdf);
    expect((await api.call('GET', `/customers/${c.id}/attachments`, { as: callers.northStaff })).status).toBe(404);
    expect((await api.call('GET', `/customers/${c.id}/attachments/${asked.attachment.id}`, { as: callers.northStaff })).status).toBe(404);
    const post = await api.call('POST', `/customers/${c.id}/attachments`, { as: callers.northStaff, body: { fileName: 'b.pdf', contentType: 'application/pdf', size: 10 } });
    expect(post.status).toBe(404);
  });

  it('withholds a VIP customer’s files until a purpose is stated, and logs each download with it', async () => {
    const c = await eastCustomer('vip');
    const { asked } = await upload(c.id, { fileName: '合同.pdf', contentType: 'application/pdf', size: pdf.length }, pdf);

    const masked = await api.call('GET', `/customers/${c.id}/attachments`, { as: office });
    expect(masked.body).toEqual({ items: [], maskedSections: ['attachments'] });
    const refused = await api.call('GET', `/customers/${c.id}/attachments/${asked.attachment.id}`, { as: office });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveProperty('purpose');
    expect((await log.search({ customerId: c.id }, { limit: 10 })).items).toHaveLength(0);

    const purpose = encodeURIComponent('合同评审');
    const shown = await api.call('GET', `/customers/${c.id}/attachments?purpose=${purpose}`, { as: office });
    expect(shown.body.items.map((a: { id: string }) => a.id)).toEqual([asked.attachment.id]);
    const download = await api.call('GET', `/customers/${c.id}/attachments/${asked.attachment.id}?purpose=${purpose}`, { as: office });
    expect(download.status).toBe(200);

    const entries = (await log.search({ customerId: c.id }, { limit: 10 })).items;
    expect(entries.map((e) => e.action)).toEqual(['attachment-download', 'attachments']);
    expect(entries[0]).toMatchObject({
      reader: { id: 'office.liu', role: 'office' },
      attachmentId: asked.attachment.id,
      fileName: '合同.pdf',
      purpose: '合同评审',
      sections: ['attachments'],
    });
  });

  it('writes one access-log entry per download', async () => {
    const c = await eastCustomer();
    const { asked } = await upload(c.id, { fileName: 'tax.png', contentType: 'image/png', size: 4 }, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    for (let i = 0; i < 3; i++) await api.call('GET', `/customers/${c.id}/attachments/${asked.attachment.id}`, { as: callers.eastHead });
    const downloads = (await log.search({ customerId: c.id }, { limit: 10 })).items.filter((e) => e.action === 'attachment-download');
    expect(downloads).toHaveLength(3);
  });
});
