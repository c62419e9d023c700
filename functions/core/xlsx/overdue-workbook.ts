import type { Lang } from '#shared/messages';
import { overdueExportColumns } from '#shared/orders/overdue-export';
import { buildRegisterExport, type RegisterExportMeta } from './register-workbook';

/** The overdue 回款 list's export (R11): one row per overdue order, the longest overdue first. */
export const buildOverdueExport = (rows: Record<string, string>[], meta: RegisterExportMeta, lang: Lang): Promise<Buffer> =>
  buildRegisterExport(
    {
      sheetName: { 'zh-CN': '逾期回款', en: 'Overdue payments' },
      columns: overdueExportColumns,
      note: {
        'zh-CN': '付款到期日已过仍未收回的订单金额（第五条〔一〕回款）；本文件为导出时的副本，负责人与业务单位为客户当前的归属。',
        en: 'Money still owed on orders past their payment due date (Art. 5 (1), collection); this file is a copy as of the export, owner and unit as the customer is assigned now.',
      },
    },
    rows,
    meta,
    lang,
  );
