/** Mainland China mobile numbers (11 digits from 13–19) and landlines (area code 0xx/0xxx, optional extension). */
const mobile = /^1[3-9]\d{9}$/;
const landline = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export function isValidChinaPhone(value: string): boolean {
  const v = value.replace(/\s+/g, '');
  return mobile.test(v) || landline.test(v);
}
