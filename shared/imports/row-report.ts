import type { z } from 'zod';
import { isMessageCode, messages, translate, type Lang, type MessageCode, type Bilingual } from '../messages';
import { errorMaps } from '../validation-messages';
import { columnLabel, type ImportKind } from './columns';

/**
 * What the import says about one cell or row. Kept as a message code with its parameters (or, for
 * zod's generic checks, the text in both languages), so the report is stored small and shown in the
 * reader's language — and in both, since a report is often passed on.
 */
export interface RowIssue {
  /** Column key, or '_row' for the row as a whole. */
  column: string;
  severity: 'error' | 'warning';
  code?: MessageCode;
  params?: Record<string, string>;
  text?: Bilingual;
}

export interface ShownIssue {
  column: string;
  columnLabel: Bilingual;
  severity: 'error' | 'warning';
  code: string;
  message: Bilingual;
}

/** A stored issue as the report shows it: its column named and its message in both languages. */
export function showIssue(kind: ImportKind, issue: Omit<RowIssue, 'code'> & { code?: string }): ShownIssue {
  const code = issue.code && isMessageCode(issue.code) ? issue.code : undefined;
  const message = code
    ? { 'zh-CN': translate(code, 'zh-CN', issue.params), en: translate(code, 'en', issue.params) }
    : (issue.text ?? { 'zh-CN': '', en: '' });
  return { column: issue.column, columnLabel: columnLabel(kind, issue.column), severity: issue.severity, code: issue.code ?? 'validation', message };
}

export const hasErrors = (issues: readonly RowIssue[]) => issues.some((i) => i.severity === 'error');

/**
 * Turns zod issues into row issues on the import's columns: a custom message that is a message code
 * (credit code, phone, email…) stays a code; zod's own checks get their friendly text in both languages.
 * `columnOf` maps a schema path to the spreadsheet column it came from.
 */
export function issuesFromZod(error: z.ZodError, columnOf: (path: readonly PropertyKey[]) => string): RowIssue[] {
  return error.issues.map((issue) => {
    const column = columnOf(issue.path);
    if (issue.message in messages) return { column, severity: 'error', code: issue.message as MessageCode };
    const text = (lang: Lang) => {
      const out = errorMaps[lang]({ ...issue, input: undefined } as never);
      return typeof out === 'string' ? out : (out?.message ?? issue.message);
    };
    return { column, severity: 'error', text: { 'zh-CN': text('zh-CN'), en: text('en') } };
  });
}
