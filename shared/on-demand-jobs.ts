/**
 * Jobs that run only when an operator starts them: no schedule. CDK gives each its own function (in
 * Crm-Jobs, named in the stack's outputs) to invoke by hand; locally `npm run job -- <name>` runs the same
 * handler. docs/operations.md says when each is needed and how to invoke it.
 */
export interface OnDemandJobDefinition {
  /** Module under functions/, exporting `handler`. */
  readonly handler: string;
  readonly description: string;
}

export const onDemandJobs: Record<string, OnDemandJobDefinition> = {
  // Once, right after a fresh cloud deployment: the first business units (the twin's seed does the same).
  'seed-units': {
    handler: 'jobs/seed-units',
    description: 'Write the first business units of shared/units.ts if their codes are free (idempotent; once after a fresh deployment)',
  },
  // After a change to how customers are indexed (a new GSI attribute, the search-entry rule), once per environment.
  'reindex-customers': {
    handler: 'jobs/reindex-customers',
    description: 'Rewrite every customer’s index attributes and search entries from the record (on demand, after an indexing change)',
  },
  // The same for service requests (those saved before the by-customer index) and visits (their open-step entries).
  'reindex-service-requests': {
    handler: 'jobs/reindex-service-requests',
    description: 'Rewrite every service request’s index attributes from the record (on demand, after an indexing change)',
  },
  // Once after the deployment of issue 17's per-customer order events: the events applied before it, copied in.
  'backfill-order-copies': {
    handler: 'jobs/backfill-order-copies',
    description: 'Copy every applied order event into its customer’s partition where missing, and recompute those orders’ receivables (on demand, once after issue 17)',
  },
  'reindex-visits': {
    handler: 'jobs/reindex-visits',
    description: 'Rewrite every visit’s index attributes and open-step entries from the record (on demand, after an indexing change)',
  },
};
