import type { Lang } from './messages';

/** Messages of the business units' records (业务单位, issue 11). */
export const unitMessages = {
  'unit.codeFormat': {
    'zh-CN': '单位代码须为 2–32 位小写字母、数字和连字符，以字母开头，不以连字符结尾（如 east、north-2）。',
    en: 'A unit code is 2–32 lower-case letters, digits and dashes, starting with a letter and not ending with a dash (e.g. east, north-2).',
  },
  'unit.headsRepeated': { 'zh-CN': '负责人不能重复。', en: 'Each head may appear only once.' },
  'unit.headUnknown': { 'zh-CN': '员工名录中没有此人：{heads}。', en: 'Not in the staff directory: {heads}.' },
  'unit.unknown': { 'zh-CN': '没有这个业务单位，或它已撤销。', en: 'No such business unit, or it has been retired.' },
  unit_code_taken: { 'zh-CN': '单位代码“{code}”已被业务单位“{name}”使用。', en: 'The code “{code}” already belongs to the unit “{name}”.' },
  unit_code_retired: {
    'zh-CN': '单位代码“{code}”曾属于已撤销的业务单位“{name}”，代码不能重复使用，请换一个。',
    en: 'The code “{code}” belonged to the retired unit “{name}”; codes are never reused, choose another.',
  },
  unit_retired: { 'zh-CN': '业务单位“{name}”已撤销，不能再修改。', en: 'The unit “{name}” is retired and can no longer change.' },
  unit_not_empty: {
    'zh-CN': '业务单位“{name}”仍有 {customers} 位客户和 {staff} 名在职员工，不能撤销。请先将客户转到其他单位、调整或停用员工。',
    en: 'The unit “{name}” still has {customers} customers and {staff} active staff; it cannot be retired. Move its customers to another unit and move or disable its staff first.',
  },
  'archiveSettings.period': { 'zh-CN': '核实期限须为 1–60 个月的整数。', en: 'The period is a whole number of months from 1 to 60.' },
} as const satisfies Record<string, Record<Lang, string>>;
