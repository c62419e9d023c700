import type { z } from 'zod';
import { en, zhCN } from 'zod/locales';
import type { Lang } from './messages';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

/**
 * Field messages people can act on ("至少 2 个字符", "请选择一项") for the issues forms and API callers
 * meet most; anything rarer falls back to zod's own zh-CN / en locale.
 */
const friendly: Record<Lang, (issue: Issue) => string | undefined> = {
  'zh-CN': (i) => {
    if (i.code === 'invalid_type' && i.input === undefined) return '此项必填。';
    if (i.code === 'too_small' && i.origin === 'string') return Number(i.minimum) <= 1 ? '此项必填。' : `至少 ${i.minimum} 个字符。`;
    if (i.code === 'too_big' && i.origin === 'string') return `最多 ${i.maximum} 个字符。`;
    if (i.code === 'too_small' && i.origin === 'number') return `不能小于 ${i.minimum}。`;
    if (i.code === 'too_big' && i.origin === 'number') return `不能大于 ${i.maximum}。`;
    if (i.code === 'too_big' && i.origin === 'array') return `最多 ${i.maximum} 项。`;
    if (i.code === 'invalid_value') return '请从可选项中选择一项。';
    if (i.code === 'invalid_type' && i.expected === 'int') return '请输入整数。';
    if (i.code === 'invalid_type' && i.expected === 'number') return '请输入数字。';
    if (i.code === 'invalid_format' && (i.format === 'date' || i.format === 'datetime')) return '日期格式不正确。';
    return undefined;
  },
  en: (i) => {
    if (i.code === 'invalid_type' && i.input === undefined) return 'Required.';
    if (i.code === 'too_small' && i.origin === 'string') return Number(i.minimum) <= 1 ? 'Required.' : `At least ${i.minimum} characters.`;
    if (i.code === 'too_big' && i.origin === 'string') return `At most ${i.maximum} characters.`;
    if (i.code === 'too_small' && i.origin === 'number') return `Must be at least ${i.minimum}.`;
    if (i.code === 'too_big' && i.origin === 'number') return `Must be at most ${i.maximum}.`;
    if (i.code === 'too_big' && i.origin === 'array') return `At most ${i.maximum} items.`;
    if (i.code === 'invalid_value') return 'Choose one of the options.';
    if (i.code === 'invalid_type' && i.expected === 'int') return 'Enter a whole number.';
    if (i.code === 'invalid_type' && i.expected === 'number') return 'Enter a number.';
    if (i.code === 'invalid_format' && (i.format === 'date' || i.format === 'datetime')) return 'Not a valid date.';
    return undefined;
  },
};

const fallback = { 'zh-CN': zhCN().localeError, en: en().localeError };

export const errorMaps: Record<Lang, z.core.$ZodErrorMap> = {
  'zh-CN': (issue) => friendly['zh-CN'](issue) ?? fallback['zh-CN'](issue),
  en: (issue) => friendly.en(issue) ?? fallback.en(issue),
};
