import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * X-Ray subsegments for every AWS SDK call (DynamoDB, S3, SQS, SES, Secrets Manager, Cognito): each
 * client made in functions/core is passed through `traced`. Outside Lambda (tests, the local twin)
 * Powertools switches the tracer off and `traced` returns the client as it is.
 */
export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'crm' });

export const traced = <T>(client: T): T => tracer.captureAWSv3Client(client);
