/** Environment read once per cold start. The local twin and the tests set the same variables as CDK. */
export const env = {
  tableName: process.env.TABLE_NAME ?? 'crm',
  /** Only set locally (DynamoDB Local); in the cloud the SDK finds the regional endpoint. */
  dynamoEndpoint: process.env.DYNAMODB_ENDPOINT,
  region: process.env.AWS_REGION ?? 'cn-north-1',
};
