/**
 * Where the stacks can run. They need Amazon Cognito user pools (sign-in), EventBridge Scheduler (jobs),
 * CloudFront with origin access control and response-headers policies (the SPA), and SES for email
 * (or another region of the same partition through `mailRegion`). The AWS China partition (Beijing
 * cn-north-1, Ningxia cn-northwest-1) offers no Cognito user pools, so no region of it can take these
 * stacks; docs/operations.md "Where it deploys" says what a mainland deployment would have to replace.
 * Regions of other partitions are not refused here: check the regional services list before choosing one.
 */
const withoutUserPools: Readonly<Record<string, string>> = {
  'cn-north-1': 'China (Beijing)',
  'cn-northwest-1': 'China (Ningxia)',
};

/** The one line `cdk synth` prints, or undefined when the region is fine (or not known until deploy). */
export function unsupportedRegionMessage(region: string | undefined): string | undefined {
  if (!region || region.startsWith('${Token')) return undefined;
  const name = withoutUserPools[region] ?? (region.startsWith('cn-') ? 'an AWS China region' : undefined);
  if (!name) return undefined;
  return `Region ${region} (${name}) has no Amazon Cognito user pools, which this system signs in with; deploy to a region that has them, e.g. ap-east-1 (Hong Kong) — see docs/operations.md "Where it deploys".`;
}

export class UnsupportedRegionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedRegionError';
  }
}
