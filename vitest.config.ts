import { defineConfig } from 'vitest/config';

/**
 * `npm test`: unit tests (pure rules and schemas), integration tests (repositories, handlers and the
 * permission matrix against DynamoDB Local started by the global setup) and infra tests (CDK templates
 * and cdk-nag). Browser tests run with Playwright (`npm run test:e2e`).
 */
export default defineConfig({
  test: {
    // Tests run on Node 20 by design (the Lambda runtime is 22): the SDK's upgrade notice is noise here.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/web/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/dynamodb-global-setup.ts', 'test/support/object-store-global-setup.ts', 'test/support/cognito-global-setup.ts'],
          setupFiles: ['test/support/integration-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { extends: true, test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
