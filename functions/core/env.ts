/** Environment read once per cold start. The local twin and the tests set the same variables as CDK. */
export const env = {
  tableName: process.env.TABLE_NAME ?? 'crm',
  /** Only set locally (DynamoDB Local); in the cloud the SDK finds the regional endpoint. */
  dynamoEndpoint: process.env.DYNAMODB_ENDPOINT,
  region: process.env.AWS_REGION ?? 'cn-north-1',
  /** The attachments bucket (licence scans, contracts; also uploaded import files and their chunks). */
  attachmentsBucket: process.env.ATTACHMENTS_BUCKET ?? 'crm-attachments',
  /** Only set locally (the twin's S3-compatible store); in the cloud the SDK finds the regional endpoint. */
  s3Endpoint: process.env.S3_ENDPOINT,
};
