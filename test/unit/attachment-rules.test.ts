import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition } from '../../shared/attachments';
import { attachmentUploadSchema } from '../../shared/schemas/attachment.schema';
import { validate } from '../../shared/validation';
import { cellText } from '../../functions/core/xlsx/sheet-rows';

const pdf = { fileName: '营业执照.pdf', contentType: 'application/pdf', size: 1024 };

describe('what may be uploaded to an archive', () => {
  it.each([
    ['scan.pdf', 'application/pdf'],
    ['photo.JPG', 'image/jpeg'],
    ['photo.jpeg', 'image/jpeg'],
    ['seal.png', 'image/png'],
    ['清单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['合同.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('accepts %s as %s', (fileName, contentType) => {
    expect(attachmentUploadSchema.safeParse({ fileName, contentType, size: 1 }).success).toBe(true);
  });

  it('refuses other types, empty or oversized files, and names that do not fit the type, naming the field', () => {
    const fields = (body: object) => {
      const r = validate(attachmentUploadSchema, body, 'zh-CN');
      return r.ok ? {} : r.fields;
    };
    expect(fields({ ...pdf, contentType: 'application/zip', fileName: 'a.zip' })).toHaveProperty('contentType');
    expect(fields({ ...pdf, size: 0 })).toHaveProperty('size');
    expect(fields({ ...pdf, size: 20 * 1024 * 1024 + 1 }).size).toContain('20 MB');
    expect(fields({ ...pdf, fileName: 'invoice.exe' })).toHaveProperty('fileName');
    expect(fields({ ...pdf, fileName: '../../' })).toHaveProperty('fileName');
  });

  it('keeps only the last path segment of a name, and downloads it under its UTF-8 name', () => {
    expect(cleanFileName('C:\\Users\\li\\营业执照.pdf')).toBe('营业执照.pdf');
    expect(contentDisposition('营业执照 (1).pdf')).toBe(`attachment; filename="____ (1).pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%281%29.pdf`);
  });
});

describe('spreadsheet cells as text', () => {
  it('reads what a person sees: rich text, links, formula results, whole numbers, dates as typed', () => {
    expect(cellText({ richText: [{ text: '宁波' }, { text: '甬江' }] })).toBe('宁波甬江');
    expect(cellText({ text: 'li@example.cn', hyperlink: 'mailto:li@example.cn' })).toBe('li@example.cn');
    expect(cellText({ formula: 'A1*2', result: 2561 })).toBe('2561');
    expect(cellText(13812345678)).toBe('13812345678');
    expect(cellText(1280.5)).toBe('1280.5');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(new Date(Date.UTC(2025, 2, 1, 10, 30)))).toBe('2025-03-01 10:30:00');
    expect(cellText(new Date(Date.UTC(2025, 2, 1)))).toBe('2025-03-01');
    expect(cellText(null)).toBe('');
  });
});
