/** Mainland China mobile numbers (11 digits from 13–19) and landlines (area code 0xx/0xxx, optional extension). */
const mobile = /^1[3-9]\d{9}$/;
const landline = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export function isValidChinaPhone(value: string): boolean {
  const v = value.replace(/\s+/g, '');
  return mobile.test(v) || landline.test(v);
}

/**
 * The one form a phone number is indexed and searched by, so it is found however it was typed:
 * digits only, without separators, country code or extension.
 * - mobile: `138 1234 5678`, `138-1234-5678`, `+86 13812345678` → `13812345678`;
 * - landline: `010-12345678`, `01012345678`, `(010) 1234 5678`, `0755-12345678-801` → the area code and
 *   number (`01012345678`, `075512345678`): the extension reaches one desk of the same company, so it
 *   does not identify anyone else.
 * Returns undefined for anything that is not a mainland number.
 */
export function normalizeChinaPhone(raw: string): string | undefined {
  let v = raw.replace(/[\s()（）.]/g, '');
  const international = /^(?:\+|00)?86-?/.exec(v);
  if (international && v.length - international[0].length >= 10) {
    const rest = v.slice(international[0].length);
    v = /^1[3-9]/.test(rest.replace(/-/g, '')) ? rest : `0${rest.replace(/^0/, '')}`;
  }
  const digits = v.replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  const fixed = /^(0\d{2,3})-?(\d{7,8})(?:-\d{1,6})?$/.exec(v);
  return fixed ? `${fixed[1]}${fixed[2]}` : undefined;
}
