import { describe, expect, it } from 'vitest';
import { isUnitCode } from '../../shared/units';
import { unitCodeSchema, unitCreateSchema } from '../../shared/schemas/unit.schema';

describe('a business unit code', () => {
  it('is lower-case letters, digits and single dashes, starting with a letter', () => {
    for (const good of ['east', 'north-2', 'ne', 'south-china-3', 'a1', 'x'.repeat(32)]) expect(isUnitCode(good), good).toBe(true);
  });

  it('refuses capitals, spaces, other characters, a leading digit or dash, a trailing or doubled dash, and bad lengths', () => {
    for (const bad of ['East', 'north west', 'north_west', '华东', '2east', '-east', 'east-', 'north--west', 'e', 'x'.repeat(33), '', 'east.1']) {
      expect(isUnitCode(bad), bad).toBe(false);
    }
    expect(isUnitCode(undefined)).toBe(false);
    expect(isUnitCode(7)).toBe(false);
  });

  it('is checked by the schemas with a message naming the rule', () => {
    const result = unitCodeSchema.safeParse('North');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unit.codeFormat');
    expect(unitCreateSchema.safeParse({ code: 'west', name: '西部事业部', region: '西部' }).success).toBe(true);
    expect(unitCreateSchema.safeParse({ code: 'west', name: '西部事业部', status: 'retired' }).success).toBe(false);
  });
});
