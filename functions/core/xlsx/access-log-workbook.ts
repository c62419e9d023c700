import { accessLogExportColumns } from '#shared/access-log-export';
import type { Lang } from '#shared/messages';
import { buildRegisterExport, type RegisterExportMeta } from './register-workbook';

export type AccessLogExportMeta = RegisterExportMeta;

/** The access-log export (R2): one row per entry, newest first. */
export const buildAccessLogExport = (rows: Record<string, string>[], meta: AccessLogExportMeta, lang: Lang): Promise<Buffer> =>
  buildRegisterExport(
    {
      sheetName: { 'zh-CN': '查阅记录', en: 'Access log' },
      columns: accessLogExportColumns,
      note: {
        'zh-CN': '档案查阅记录只可追加，不可修改或删除；本文件为导出时的副本，导出本身也已记入查阅记录。',
        en: 'The archive access log is append-only and cannot be changed or deleted; this file is a copy as of the export, which is itself in the log.',
      },
    },
    rows,
    meta,
    lang,
  );
