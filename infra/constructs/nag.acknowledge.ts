import { Stack, Tokenization, Validations } from 'aws-cdk-lib';
// cdk-nag names a wildcard finding by this rendering of the ARN; reuse it so our ids match its ids.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/** Every acknowledgement goes through here so that none is made without a one-sentence reason. */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * The id of the AwsSolutions-IAM5 finding for `<arn><suffix>` (e.g. a table's `/index/*`) in a
 * policy of `consumer`'s stack. cdk-nag v3 matches ids exactly, and the ARN appears as the consuming
 * stack renders it: an Fn::ImportValue when `owner` lives in another stack. `exportValue` returns the
 * very import CDK creates for that cross-stack reference, so the id is known while the tree is built.
 */
export function wildcardResourceFinding(consumer: IConstruct, owner: IConstruct, arn: string, suffix: string): string {
  const producer = Stack.of(owner);
  const consumerStack = Stack.of(consumer);
  // An imported resource's ARN (a table by name, for the restore rehearsal) is built in place from pseudo
  // parameters, valid in any stack: there is no export to make, and CDK makes none.
  const fragments = Tokenization.reverseString(arn);
  const exported = producer !== consumerStack && fragments.length === 1 && fragments.firstToken !== undefined;
  const value = exported ? producer.exportValue(arn) : arn;
  return `AwsSolutions-IAM5[Resource::${flattenCfnReference(consumerStack.resolve(value))}${suffix}]`;
}
