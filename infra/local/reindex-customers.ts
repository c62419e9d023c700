/**
 * `npx tsx infra/local/reindex-customers.ts`: rewrites every customer's index attributes and search
 * entries in the running twin's table (functions/jobs/reindex-customers.ts), for demo data created
 * before an index existed. Start the twin first (`npm start`, which also adds missing GSIs).
 */
import './twin-env';
import { readEndpoints } from './endpoints-file';

readEndpoints(); // fails with a clear line when the twin has never been started
const { handler } = await import('../../functions/jobs/reindex-customers');
console.log(JSON.stringify(await handler(), null, 2));
