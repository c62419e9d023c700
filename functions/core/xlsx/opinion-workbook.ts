import { opinionExportColumns } from '#shared/opinions/opinion-export';
import type { Lang } from '#shared/messages';
import { buildRegisterExport, type RegisterExportMeta } from './register-workbook';

export type OpinionExportMeta = RegisterExportMeta;

/** The opinions register's export (第三条〔四〕): one row per opinion, newest first. */
export const buildOpinionExport = (rows: Record<string, string>[], meta: OpinionExportMeta, lang: Lang): Promise<Buffer> =>
  buildRegisterExport(
    {
      sheetName: { 'zh-CN': '客户意见登记', en: 'Customer opinions' },
      columns: opinionExportColumns,
      note: {
        'zh-CN': '客户意见及建议的采集、处理和反馈登记（第三条〔四〕）；本文件为导出时的副本。',
        en: 'The register of customer opinions collected, handled and answered (Art. 3 (4)); this file is a copy as of the export.',
      },
    },
    rows,
    meta,
    lang,
  );
