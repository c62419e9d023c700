import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { OpinionRepository } from '#core/repositories/opinion.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { UnitRepository } from '#core/repositories/unit.repository';

/** What the opinions register's use cases need, created once per container. Tests build their own. */
export interface OpinionDeps {
  opinions: OpinionRepository;
  staff: StaffRepository;
  units: UnitRepository;
  now: () => Date;
}

export function opinionDeps(client = documentClient, tableName = env.tableName): OpinionDeps {
  return {
    opinions: new OpinionRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    now: () => new Date(),
  };
}
