import { CfnOutput, Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { OnDemandJobDefinition } from '#shared/on-demand-jobs';
import { CrmFunction } from './crm-function.construct';
import { pascalId } from './repo.paths';

export interface OnDemandJobProps {
  /** The key of the on-demand job table. */
  readonly name: string;
  readonly definition: OnDemandJobDefinition;
  readonly table: ITable;
}

/**
 * One job of shared/on-demand-jobs.ts: its own function and nothing that runs it. An operator invokes it
 * by hand (docs/operations.md); the stack's output names the function.
 */
export class OnDemandJob extends Construct {
  readonly function: CrmFunction;

  constructor(scope: Construct, id: string, props: OnDemandJobProps) {
    super(scope, id);
    this.function = new CrmFunction(this, 'Handler', {
      handler: props.definition.handler,
      table: props.table,
      // Like the scheduled jobs: a segmented Scan and rewrites, outside any request.
      access: 'read-write',
      timeout: Duration.minutes(15),
      memorySize: 1024,
      description: `on demand ${props.name}: ${props.definition.description}`.slice(0, 256),
    });
    // Invoked by a person who waits for the summary: a failure is shown to them, not retried behind their back.
    this.function.function.configureAsyncInvoke({ retryAttempts: 0 });
    new CfnOutput(this, 'FunctionName', {
      key: `${pascalId(props.name)}FunctionName`,
      description: `Invoke by hand to run the on-demand job ${props.name} (docs/operations.md)`,
      value: this.function.function.functionName,
    });
  }
}
