import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApiDocumentText } from './openapi-file';

/** `npm run openapi`: writes docs/openapi.json from the route contracts (test/unit/openapi.test.ts checks it is current). */
const file = resolve(import.meta.dirname, '../../docs/openapi.json');
writeFileSync(file, openApiDocumentText());
console.log(`wrote ${file}`);
