import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { OpinionRepository } from '#core/repositories/opinion.repository';
import { MeetingRepository } from '#core/repositories/meeting.repository';
import { StaffRepository } from '#core/repositories/staff.repository';

/** What the meeting use cases need, created once per container. Tests build their own. */
export interface MeetingDeps {
  meetings: MeetingRepository;
  /** The opinions register (第三条〔四〕): what the customer said lands there with the record it was said in. */
  opinions: OpinionRepository;
  customers: CustomerRepository;
  staff: StaffRepository;
  now: () => Date;
  newId: () => string;
}

export function meetingDeps(client = documentClient, tableName = env.tableName): MeetingDeps {
  return {
    meetings: new MeetingRepository(client, tableName),
    opinions: new OpinionRepository(client, tableName),
    customers: new CustomerRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
