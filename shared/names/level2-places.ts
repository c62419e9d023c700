import { placeGaps, placeNumbers } from './gb2312-level2-places';

/** The digits of shared/names/gb2312-level2-places.ts: printable ASCII but `'` and `\` (92). */
export const placeDigits = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== "'" && c !== '\\')
  .join('');

/** Place numbers are packed three to four digits (372³ < 92⁴). */
export const placesPerGroup = 3;

/**
 * For each GB2312 level-2 character (in code order), the level-1 position it sorts after by pinyin:
 * decoded from the generated table (how and why it is encoded: infra/ops/pinyin-table-file.ts).
 */
export function level2Places(count: number): number[] {
  const value = (c: string) => placeDigits.indexOf(c);
  const places: number[] = [];
  let position = 0;
  for (const gap of placeGaps) places.push((position += value(gap)));
  const out: number[] = [];
  for (let i = 0; out.length < count; i += placesPerGroup + 1) {
    let group = 0;
    for (let d = placesPerGroup; d >= 0; d--) group = group * placeDigits.length + value(placeNumbers[i + d]!);
    for (let j = 0; j < placesPerGroup && out.length < count; j++, group = Math.floor(group / places.length)) out.push(places[group % places.length]!);
  }
  return out;
}
