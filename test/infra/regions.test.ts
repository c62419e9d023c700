import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { UnsupportedRegionError } from '../../infra/constructs/supported-region';
import { addCrmStacks, crmContext } from '../../infra/stacks/crm.stacks';

const newApp = () => new App({ context: { ...crmContext, 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });

describe('the region the stacks deploy to', () => {
  it.each(['ap-east-1', 'eu-central-1'])('synthesizes every stack for %s, signing in with that region’s user pool', (region) => {
    const stacks = addCrmStacks(newApp(), { routes: {}, region });
    for (const stack of [stacks.data, stacks.api, stacks.apiStage, stacks.web, stacks.operations]) expect(stack.region).toBe(region);
    Template.fromStack(stacks.data).resourceCountIs('AWS::Cognito::UserPool', 1);
    const authorizer = Object.values(Template.fromStack(stacks.api).findResources('AWS::ApiGatewayV2::Authorizer'))[0] as { Properties: any };
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain(`https://cognito-idp.${region}.`);
  });

  it.each([
    ['cn-north-1', 'China (Beijing)'],
    ['cn-northwest-1', 'China (Ningxia)'],
  ])('refuses %s, which has no Cognito user pools, with one line naming a region that has them', (region, name) => {
    let error: unknown;
    try {
      addCrmStacks(newApp(), { routes: {}, region });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedRegionError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain(`Region ${region} (${name}) has no Amazon Cognito user pools`);
    expect(message).toContain('ap-east-1 (Hong Kong)');
  });
});
