/**
 * `npm run job -- <name>`: runs one scheduled or on-demand job now against the local twin's DynamoDB
 * (start the twin first with `npm start`; its endpoints are read from .local/endpoints.json).
 */
import './twin-env';
import { readEndpoints } from './endpoints-file';
import { runJob } from './jobs';

const name = process.argv[2];
if (!name) {
  console.error('Usage: npm run job -- <job-name>');
  process.exit(2);
}
readEndpoints(); // fails with a clear line when the twin has never been started
try {
  const result = await runJob(name);
  console.log(JSON.stringify(result ?? { ok: true }, null, 2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
