/**
 * The characters of GB2312 (China's national character set of 1980) in code order, decoded by the
 * runtime's TextDecoder (full ICU: Node's default build, Lambda's, every browser): level 1, the 3,755
 * common characters, in pinyin order; level 2, 3,008 less common ones, by radical. Empty without a GBK
 * decoder (a small-ICU build), which `gbkDecodingWorks` tells.
 */
function decode(firstRow: number, lastRow: number, count: number): string[] {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gbk');
  } catch {
    return [];
  }
  const bytes: number[] = [];
  for (let row = firstRow; row <= lastRow; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  return Array.from(decoder.decode(new Uint8Array(bytes))).slice(0, count);
}

export const gb2312Level1 = (): string[] => decode(0xb0, 0xd7, 3755);
export const gb2312Level2 = (): string[] => decode(0xd8, 0xf7, 3008);

export function gbkDecodingWorks(): boolean {
  return gb2312Level1()[1] === '阿';
}
