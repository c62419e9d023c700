import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { StaffRepository } from '#core/repositories/staff.repository';
import { UnitMembersRepository } from '#core/repositories/unit-members.repository';
import { UnitRepository } from '#core/repositories/unit.repository';

export interface UnitDeps {
  units: UnitRepository;
  members: UnitMembersRepository;
  staff: StaffRepository;
  now: () => Date;
}

export function unitDeps(client = documentClient, tableName = env.tableName): UnitDeps {
  return {
    units: new UnitRepository(client, tableName),
    members: new UnitMembersRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    now: () => new Date(),
  };
}
