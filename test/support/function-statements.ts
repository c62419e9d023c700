import { type App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

type Resources = Record<string, { Properties: Record<string, any> }>;

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, string[]>>;
}

export interface SynthesizedFunction {
  stack: string;
  /** The function's description (route key or job), else its handler. */
  description: string;
  environment: Record<string, unknown>;
  /** The statements of every policy attached to the function's role, resolved within its stack. */
  statements: Statement[];
}

/** Every Lambda function of a synthesized app (every stack, nested ones included), with its role's statements. */
export function functionsWithStatements(app: App): SynthesizedFunction[] {
  return app.node
    .findAll()
    .filter((c): c is Stack => Stack.isStack(c))
    .flatMap((stack) => {
      const template = Template.fromStack(stack);
      const policies = Object.values(template.findResources('AWS::IAM::Policy') as Resources);
      return Object.values(template.findResources('AWS::Lambda::Function') as Resources).map((fn) => {
        const roleId = fn.Properties.Role?.['Fn::GetAtt']?.[0] as string;
        return {
          stack: stack.stackName,
          description: String(fn.Properties.Description ?? fn.Properties.Handler),
          environment: (fn.Properties.Environment?.Variables ?? {}) as Record<string, unknown>,
          statements: policies
            .filter((p) => ((p.Properties.Roles ?? []) as { Ref: string }[]).some((r) => r.Ref === roleId))
            .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]),
        };
      });
    });
}
