/**
 * The single DynamoDB table: key attributes and global secondary indexes.
 * CDK creates it from this; the local twin and the tests create it from this. Keys themselves
 * are built in functions/core/keys.ts; docs/data-model.md lists every access pattern.
 */
export const table = {
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: [
    { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    { name: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
    { name: 'GSI4', partitionKey: 'GSI4PK', sortKey: 'GSI4SK' },
    // The customer list's other orders, a partition per unit (docs/data-model.md): by tier, by annual
    // amount, by last update. The all-customers view merges the units' partitions.
    { name: 'GSI5', partitionKey: 'GSI5PK', sortKey: 'GSI5SK' },
    { name: 'GSI6', partitionKey: 'GSI6PK', sortKey: 'GSI6SK' },
    { name: 'GSI7', partitionKey: 'GSI7PK', sortKey: 'GSI7SK' },
  ],
} as const;
export type IndexName = (typeof table.indexes)[number]['name'];
