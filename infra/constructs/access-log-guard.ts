import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { accessLogPartitionPrefix } from '#core/keys';

/** Every action that could change or remove an existing item (TransactWriteItems is checked as these, item by item). */
export const accessLogChangeActions = [
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  // Its puts carry no condition, so a batch could overwrite an entry; its deletes remove one.
  'dynamodb:BatchWriteItem',
  'dynamodb:PartiQLUpdate',
  'dynamodb:PartiQLDelete',
  'dynamodb:PartiQLInsert',
] as const;

/** What `dynamodb:LeadingKeys` is matched against: the partition key of every access-log item. */
export const accessLogLeadingKeys = `${accessLogPartitionPrefix}*`;

/**
 * R2: the access log "cannot be edited by anyone", and the cloud grants no function the right to. An
 * explicit Deny wins over any Allow (grantReadWriteData included), so whatever table access a function
 * is granted, it can never change or delete an item whose partition key starts with `ACCESSLOG#`.
 * PutItem stays allowed only to functions that append entries; they write with
 * `attribute_not_exists(PK)` (functions/core/repositories/access-log.repository.ts), as IAM has no
 * condition on a request's ConditionExpression. Every other function may not add one either.
 */
export function accessLogGuard(table: ITable, appends: boolean): PolicyStatement {
  return new PolicyStatement({
    sid: 'AccessLogAppendOnly',
    effect: Effect.DENY,
    actions: [...accessLogChangeActions, ...(appends ? [] : ['dynamodb:PutItem'])],
    resources: [table.tableArn],
    // ForAnyValue: denied as soon as one key of the request is a log item's (a batch mixing others too).
    conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [accessLogLeadingKeys] } },
  });
}
