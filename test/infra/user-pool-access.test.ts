import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#shared/routes';
import { userPoolActions } from '../../infra/constructs/user-pool-access';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';
import { functionsWithStatements, type SynthesizedFunction } from '../support/function-statements';

const cognitoStatements = (f: SynthesizedFunction) => f.statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('cognito-idp:')));

/** Staff administration (issue 11): only the routes marked `accounts` reach the user pool, each with only what it needs. */
describe('user pool access in the cloud', () => {
  let functions: SynthesizedFunction[];
  beforeAll(() => {
    const app = new App({ context: { ...crmContext, 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
    addCrmStacks(app);
    functions = functionsWithStatements(app);
  });

  const marked = Object.entries(routes).filter(([, r]) => 'accounts' in r && r.accounts);

  it('marks the staff routes that call Cognito, reading or managing', () => {
    expect(Object.fromEntries(marked.map(([key, r]) => [key, (r as { accounts: string }).accounts]))).toEqual({
      'GET /users': 'read',
      'GET /users/{username}': 'read',
      'POST /users': 'manage',
      'PATCH /users/{username}': 'manage',
      'POST /users/{username}/disable': 'manage',
      'POST /users/{username}/enable': 'manage',
      'POST /users/{username}/reset-password': 'manage',
      'POST /users/{username}/adopt': 'manage',
    });
  });

  it.each(marked)('%s gets USER_POOL_ID and exactly its cognito-idp actions, on the user pool only', (key, route) => {
    const fn = functions.find((f) => f.description === key)!;
    expect(fn, key).toBeDefined();
    expect(fn.environment.USER_POOL_ID).toBeDefined();
    const statements = cognitoStatements(fn);
    expect(statements).toHaveLength(1);
    const [s] = statements;
    expect(s!.Effect).toBe('Allow');
    expect([s!.Action].flat().sort()).toEqual([...userPoolActions[(route as { accounts: 'read' | 'manage' }).accounts]].sort());
    const resources = [s!.Resource].flat();
    expect(resources).toHaveLength(1);
    expect(JSON.stringify(resources[0])).toMatch(/UserPool/);
    expect(JSON.stringify(resources[0])).not.toContain('*');
  });

  it('gives no other function any cognito-idp action or the pool id', () => {
    const markedKeys = new Set(marked.map(([key]) => key));
    const others = functions.filter((f) => !markedKeys.has(f.description));
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) {
      expect(cognitoStatements(f), f.description).toEqual([]);
      expect(f.environment.USER_POOL_ID, f.description).toBeUndefined();
    }
  });

  it('reading routes cannot change accounts', () => {
    expect(userPoolActions.read.every((a) => /:(AdminGet|AdminList|List)/.test(a))).toBe(true);
  });
});
