import { attachmentMaxBytes } from '#shared/attachments';
import { describe, expect, it } from 'vitest';
import { checkAttachmentFile, formatBytes } from '../../web/src/views/archive/attachment-file';

describe('a file chosen for a customer\'s archive', () => {
  it('takes the browser\'s type when it is allowed and fits the name', () => {
    expect(checkAttachmentFile({ name: '营业执照.PDF', size: 1000, type: 'application/pdf' })).toEqual({ ok: true, contentType: 'application/pdf' });
    expect(checkAttachmentFile({ name: 'scan.jpeg', size: 1000, type: 'image/jpeg' })).toEqual({ ok: true, contentType: 'image/jpeg' });
  });

  it('takes the type from the extension when the browser gives none or another', () => {
    expect(checkAttachmentFile({ name: '合同.docx', size: 1000, type: '' })).toEqual({
      ok: true,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(checkAttachmentFile({ name: 'scan.png', size: 1000, type: 'application/octet-stream' })).toEqual({ ok: true, contentType: 'image/png' });
  });

  it('refuses other types, empty files and files over the limit', () => {
    expect(checkAttachmentFile({ name: 'tool.exe', size: 1000, type: 'application/pdf' })).toEqual({ ok: false, reason: 'type' });
    expect(checkAttachmentFile({ name: 'old.doc', size: 1000, type: 'application/msword' })).toEqual({ ok: false, reason: 'type' });
    expect(checkAttachmentFile({ name: 'empty.pdf', size: 0, type: 'application/pdf' })).toEqual({ ok: false, reason: 'empty' });
    expect(checkAttachmentFile({ name: 'big.pdf', size: attachmentMaxBytes + 1, type: 'application/pdf' })).toEqual({ ok: false, reason: 'size' });
    expect(checkAttachmentFile({ name: 'max.pdf', size: attachmentMaxBytes, type: 'application/pdf' }).ok).toBe(true);
  });

  it('shows sizes as people read them', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(860 * 1024)).toBe('860 KB');
    expect(formatBytes(3.2 * 1024 * 1024)).toBe('3.2 MB');
  });
});
