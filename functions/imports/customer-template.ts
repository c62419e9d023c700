import { importsContracts } from '#shared/contracts/imports.contract';
import { xlsxContentType } from '#shared/attachments';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { http } from '#core/http/http';
import { TierSettingsRepository } from '#core/repositories/tier-settings.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { customerImportTemplate } from './use-cases/customer-template';

const settings = new TierSettingsRepository(documentClient, env.tableName);
const units = new UnitRepository(documentClient, env.tableName);

export const handler = http('GET /customers/import-template', async () => ({
  status: 200,
  file: { data: await customerImportTemplate(settings, units), contentType: xlsxContentType, fileName: '客户导入模板.xlsx' },
}), importsContracts);
