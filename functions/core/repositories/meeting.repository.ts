import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { invitationSchema, meetingChangeSchema, meetingSchema, type Invitation, type Meeting, type MeetingChange } from '#shared/schemas/meeting.schema';
import { keys, withoutKeys } from '../keys';
import { queryPartition } from './query-pages';
import type { LinkedWrite } from './service-request.repository';
import { forEachLimited } from '../concurrency';
import { putVersioned } from './versioned-write';

/** Customer meetings and their invitations (第三条〔八〕). Every write is conditional; every read is parsed. */
export class MeetingRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private item(m: Meeting) {
    return { ...keys.meeting(m.id), ...keys.meetingIndexes(m), type: 'meeting', ...m };
  }

  invitationItem(i: Invitation) {
    return { ...keys.invitation(i.meetingId, i.customerId), ...keys.invitationIndexes(i), type: 'meeting-invitation', ...i };
  }

  async get(id: string): Promise<Meeting | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.meeting(id) }));
    return out.Item ? meetingSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** A new meeting, or a change of one read at `before` (412 if someone changed it meanwhile), with any writes that go with it. */
  async save(before: Meeting | undefined, after: Meeting, extra: LinkedWrite[] = []): Promise<void> {
    await putVersioned(this.client, this.tableName, this.item(after), before?.version ?? 0, [], extra as Record<string, unknown>[]);
  }

  /**
   * A change of the plan at the version read (412 if someone changed it meanwhile) with its history entry, in
   * one transaction: no version lands without its entry.
   */
  async change(before: Meeting, after: Meeting, change: MeetingChange): Promise<void> {
    const entry = meetingChangeSchema.parse(change);
    await this.save(before, after, [
      { Put: { TableName: this.tableName, Item: { ...keys.meetingChange(entry.meetingId, entry.version), type: 'meeting-change', ...entry }, ConditionExpression: 'attribute_not_exists(PK)' } },
    ]);
  }

  /** The plan's changes, newest first (a plan changes a few times; the last 100 are plenty). */
  async history(meetingId: string): Promise<MeetingChange[]> {
    const { items } = await queryPartition(this.client, this.tableName, {
      pk: keys.meeting(meetingId).PK,
      sortKey: { beginsWith: keys.meetingChangePrefix },
      newestFirst: true,
      limit: 100,
    });
    return items.map((i) => meetingChangeSchema.parse(withoutKeys(i)));
  }

  /** Every item of a meeting's partition under a prefix (invitations, unit markers: at most a few hundred). */
  private async all(meetingId: string, prefix: string): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPartition(this.client, this.tableName, {
        pk: keys.meeting(meetingId).PK,
        sortKey: { beginsWith: prefix },
        limit: 100,
        ...(cursor ? { cursor } : {}),
      });
      out.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }

  /** Every invitation of a meeting (at most a few hundred), by customer id. */
  async invitations(meetingId: string): Promise<Invitation[]> {
    return (await this.all(meetingId, keys.invitationPrefix)).map((i) => invitationSchema.parse(withoutKeys(i)));
  }

  /**
   * Brings the topic and start copied on the invitations and unit markers (and their index keys) to the
   * meeting's, where they differ: after a change of the plan, and again on any later change, so copies a
   * failure left behind are mended by the next edit. An invitation's version moves, so a reply written
   * from the old copy at the same moment is refused (412) rather than putting the old topic back.
   */
  async refreshCopies(meeting: Meeting): Promise<number> {
    const [invitations, markers] = await Promise.all([this.all(meeting.id, keys.invitationPrefix), this.all(meeting.id, keys.meetingUnitPrefix)]);
    const stale = [...invitations, ...markers].filter((i) => i.topic !== meeting.topic || i.startsAt !== meeting.startsAt);
    await forEachLimited(stale, 8, async (item) => {
      const invitation = item.SK !== undefined && String(item.SK).startsWith(keys.invitationPrefix);
      const sortKey = `${meeting.startsAt}#${meeting.id}`;
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: item.PK, SK: item.SK },
          UpdateExpression: `SET topic = :topic, startsAt = :startsAt, ${invitation ? 'GSI1SK' : 'GSI2SK'} = :sk${invitation ? ', version = version + :one' : ''}`,
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':topic': meeting.topic, ':startsAt': meeting.startsAt, ':sk': sortKey, ...(invitation ? { ':one': 1 } : {}) },
        }),
      );
    });
    return stale.length;
  }

  async invitation(meetingId: string, customerId: string): Promise<Invitation | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.invitation(meetingId, customerId) }));
    return out.Item ? invitationSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /**
   * Invites one customer, and marks its unit as having invitees (once); false when it was invited already
   * (a second click or a retry changes nothing).
   */
  async invite(i: Invitation): Promise<boolean> {
    const unit = { meetingId: i.meetingId, unitId: i.unitId, startsAt: i.startsAt };
    await this.putOnce({ ...keys.meetingUnit(i.meetingId, i.unitId), ...keys.meetingUnitIndexes(unit), type: 'meeting-unit', ...unit, topic: i.topic });
    return this.putOnce(this.invitationItem(i));
  }

  private async putOnce(item: Record<string, unknown>): Promise<boolean> {
    try {
      await this.client.send(new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async replaceInvitation(before: Invitation, after: Invitation): Promise<void> {
    await putVersioned(this.client, this.tableName, this.invitationItem(after), before.version);
  }

  /** All meetings (GSI3), a customer's invitations (GSI1) or a unit's (GSI2): newest start first, from a start on. */
  private async page(partition: ReturnType<(typeof keys.meetingPartitions)[keyof typeof keys.meetingPartitions]>, from: string | undefined, page: { limit: number; cursor?: string }) {
    return queryPartition(this.client, this.tableName, {
      ...partition,
      ...(from ? { sortKey: { from } } : {}),
      newestFirst: true,
      ...page,
    });
  }

  async list(from: string | undefined, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await this.page(keys.meetingPartitions.all(), from, page);
    return { items: items.map((i) => meetingSchema.parse(withoutKeys(i))), nextCursor };
  }

  /** A customer's invitations (GSI1), newest meeting first. */
  async invitationsOf(customerId: string, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await this.page(keys.meetingPartitions.customer(customerId), undefined, page);
    return { items: items.map((i) => invitationSchema.parse(withoutKeys(i))), nextCursor };
  }

  /** The meetings a unit has invitees in (GSI2 markers), newest first: id, topic and start. */
  async ofUnit(unitId: string, from: string | undefined, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await this.page(keys.meetingPartitions.unit(unitId), from, page);
    return { items: items.map((i) => ({ id: String(i.meetingId), topic: String(i.topic), startsAt: String(i.startsAt) })), nextCursor };
  }

  /**
   * Marks a feedback item as turned into a request or revisit, in the same transaction as that record: on
   * condition the item is still unturned, so two clicks at once give one record and one refusal.
   */
  linkFeedback(meeting: Meeting, index: number, link: { serviceRequestId?: string; revisitId?: string }, by: { id: string; name: string }, at: string): LinkedWrite {
    const field = link.serviceRequestId ? 'serviceRequestId' : 'revisitId';
    return {
      Update: {
        TableName: this.tableName,
        Key: keys.meeting(meeting.id),
        UpdateExpression: `SET feedback[${index}].#f = :rid, feedback[${index}].convertedAt = :at, feedback[${index}].convertedBy = :by, version = version + :one, updatedAt = :at`,
        ConditionExpression: `feedback[${index}].id = :item AND attribute_not_exists(feedback[${index}].serviceRequestId) AND attribute_not_exists(feedback[${index}].revisitId)`,
        ExpressionAttributeNames: { '#f': field },
        ExpressionAttributeValues: { ':rid': link.serviceRequestId ?? link.revisitId, ':at': at, ':by': by, ':one': 1, ':item': meeting.feedback[index]!.id },
      },
    };
  }
}

