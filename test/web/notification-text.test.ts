import { describe, expect, it } from 'vitest';
import { internalLink, notificationText } from '../../web/src/views/inbox/notification-text';

describe('a notice as the reader sees it', () => {
  const notice = {
    title: { 'zh-CN': '客户档案待核实', en: 'Customer archive to verify' },
    body: { 'zh-CN': '请核对档案。', en: '' },
  };

  it('is in the reader’s language, falling back to the other when a text is missing', () => {
    expect(notificationText(notice, 'zh-CN')).toEqual({ title: '客户档案待核实', body: '请核对档案。' });
    expect(notificationText(notice, 'en')).toEqual({ title: 'Customer archive to verify', body: '请核对档案。' });
  });

  it('follows only links inside the app', () => {
    expect(internalLink('/customers/seed-001')).toBe('/customers/seed-001');
    expect(internalLink('/customers?ownerId=east.staff2')).toBe('/customers?ownerId=east.staff2');
    expect(internalLink('https://example.com/x')).toBeUndefined();
    expect(internalLink('//example.com/x')).toBeUndefined();
    expect(internalLink('/\\example.com')).toBeUndefined();
    expect(internalLink('javascript:alert(1)')).toBeUndefined();
    expect(internalLink(undefined)).toBeUndefined();
  });
});
