import type { Contact } from './schemas/customer.schema';

/**
 * Masks a mainland phone number for a reader without a need for it (R2): enough stays visible to tell
 * two contacts apart and to recognise a number one already has, never enough to dial it.
 * - mobile: first 3 and last 4 digits (`138****5678`);
 * - landline: area code and last 4 digits of the number, extension hidden (`0571-****4321-***`);
 * - anything else: only the last 4 characters.
 */
export function maskPhone(phone: string): string {
  const v = phone.replace(/\s+/g, '');
  const mobile = /^(1\d{2})\d{4}(\d{4})$/.exec(v);
  if (mobile) return `${mobile[1]}****${mobile[2]}`;
  const landline = /^(0\d{2,3})(-?)(\d{3,4})(\d{4})(?:-(\d{1,6}))?$/.exec(v);
  if (landline) {
    const [, area, dash, middle, last, extension] = landline as unknown as [string, string, string, string, string, string?];
    return `${area}${dash}${'*'.repeat(middle.length)}${last}${extension ? `-${'*'.repeat(extension.length)}` : ''}`;
  }
  return v.length <= 4 ? '*'.repeat(v.length) : '*'.repeat(v.length - 4) + v.slice(-4);
}

/**
 * Masks an email's mailbox and keeps its domain: the company a contact writes from is business
 * information, the mailbox is personal (`w***@example.cn`). A one-letter mailbox shows no letter.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return '***';
  const local = email.slice(0, at);
  return `${local.length > 1 ? local[0] : ''}***${email.slice(at)}`;
}

/** A contact with phone and email masked; name, title and the primary flag stay readable. */
export function maskContact(contact: Contact): Contact {
  return {
    ...contact,
    ...(contact.phone !== undefined ? { phone: maskPhone(contact.phone) } : {}),
    ...(contact.email !== undefined ? { email: maskEmail(contact.email) } : {}),
  };
}
