import { createDocumentClient } from '../../functions/core/dynamo';
import { StaffRepository } from '../../functions/core/repositories/staff.repository';
import { customerDeps, type CustomerDeps } from '../../functions/customers/deps';
import { demoUsers } from '../../infra/local/demo-users';

/** The test file's own table (made by integration-setup), its document client and the use-case deps. */
export function testTable() {
  const tableName = process.env.TABLE_NAME!;
  const client = createDocumentClient(process.env.DYNAMODB_ENDPOINT);
  const deps: CustomerDeps = customerDeps(client, tableName);
  return { tableName, client, deps };
}

export async function seedStaff(): Promise<void> {
  const { client, tableName } = testTable();
  const staff = new StaffRepository(client, tableName);
  for (const u of demoUsers) await staff.put({ id: u.username, name: u.name, role: u.role, ...(u.unitId ? { unitId: u.unitId } : {}) });
}
