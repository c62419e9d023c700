import { xlsxContentType } from '#shared/attachments';
import { http } from '#core/http/http';
import { buildImportTemplate } from '#core/xlsx/template-workbook';

/** Built once per container: the template only changes with a deployment. */
let template: Promise<Buffer> | undefined;

export const handler = http('GET /customers/import-template', async () => {
  template ??= buildImportTemplate('customers');
  return { status: 200, file: { data: await template, contentType: xlsxContentType, fileName: '客户导入模板.xlsx' } };
});
