import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { demoUsers } from '../demo-users';
import { demoCustomers } from './demo-customers';

/**
 * The demo data, written once: the staff directory and the demo customers. A customer already there
 * is left as it is, so a second `npm start` keeps whatever people changed.
 */
export async function seed(client: DynamoDBDocumentClient, tableName: string): Promise<{ created: number }> {
  const staff = new StaffRepository(client, tableName);
  for (const u of demoUsers) await staff.put({ id: u.username, name: u.name, role: u.role, ...(u.unitId ? { unitId: u.unitId } : {}) });

  const customers = new CustomerRepository(client, tableName);
  let created = 0;
  for (const customer of demoCustomers()) {
    if (await customers.get(customer.id)) continue;
    await customers.create(customer);
    created++;
  }
  return { created };
}
