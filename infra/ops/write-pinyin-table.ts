import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyinTablePath, pinyinTableText } from './pinyin-table-file';

/** `npm run pinyin-table`: writes shared/names/gb2312-level2-places.ts (test/unit/name-sort-key.test.ts checks it is current). */
writeFileSync(pinyinTablePath, pinyinTableText());
console.log(`wrote ${fileURLToPath(pinyinTablePath)}`);
