import { importsContracts } from '#shared/contracts/imports.contract';
import { xlsxContentType } from '#shared/attachments';
import { http } from '#core/http/http';
import { buildImportTemplate } from '#core/xlsx/template-workbook';

let template: Promise<Buffer> | undefined;

export const handler = http('GET /order-events/import-template', async () => {
  template ??= buildImportTemplate('orders');
  return { status: 200, file: { data: await template, contentType: xlsxContentType, fileName: '历史订单导入模板.xlsx' } };
}, importsContracts);
