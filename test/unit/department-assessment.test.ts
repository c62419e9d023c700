import { describe, expect, it } from 'vitest';
import { departmentIndicatorDefaults } from '../../shared/assessments/department-indicators';
import { assessedDepartments, departmentComputed, departmentRights, isAssessedDepartment } from '../../shared/assessments/department-kind';
import { departmentServiceFigures } from '../../shared/reports/department-service-figures';
import type { QualityRequest } from '../../shared/reports/service-quality';
import { parsePeriodId } from '../../shared/revisits/periods';

const units = [{ code: 'east' }, { code: 'north' }];

describe('which departments the General Office assesses (第六条〔八〕)', () => {
  it('assesses Sales, Finance and each active unit, not itself nor leadership', () => {
    expect(assessedDepartments(units)).toEqual(['sales', 'finance', 'unit:east', 'unit:north']);
    expect(isAssessedDepartment('unit:north', units)).toBe(true);
    expect(isAssessedDepartment('unit:west', units)).toBe(false);
    expect(isAssessedDepartment('office', units)).toBe(false);
    expect(isAssessedDepartment('leadership', units)).toBe(false);
  });
});

describe('who does what with a department scorecard', () => {
  it('lets the office write, the department head answer, leadership and admin read, and nobody else see it', () => {
    expect(departmentRights('sales', { role: 'office' })).toEqual({ assessor: true, subjectHead: false });
    expect(departmentRights('sales', { role: 'sales-head' })).toEqual({ assessor: false, subjectHead: true });
    expect(departmentRights('finance', { role: 'finance' })).toEqual({ assessor: false, subjectHead: true });
    expect(departmentRights('unit:east', { role: 'unit-head', unitId: 'east' })).toEqual({ assessor: false, subjectHead: true });
    expect(departmentRights('sales', { role: 'leadership' })).toEqual({ assessor: false, subjectHead: false });
    expect(departmentRights('unit:east', { role: 'admin' })).toEqual({ assessor: false, subjectHead: false });
    // Another unit's head, a salesperson, unit staff, Finance on Sales: not theirs.
    expect(departmentRights('unit:east', { role: 'unit-head', unitId: 'north' })).toBeNull();
    expect(departmentRights('sales', { role: 'sales' })).toBeNull();
    expect(departmentRights('unit:east', { role: 'unit-staff', unitId: 'east' })).toBeNull();
    expect(departmentRights('sales', { role: 'finance' })).toBeNull();
  });
});

describe("the department's figures as the scorecard's computed values", () => {
  const req = (over: Partial<QualityRequest>): QualityRequest => ({
    id: 'x', kind: 'inquiry', status: 'closed', department: 'sales', createdAt: '2026-11-02T00:00:00Z', events: [], revisitRatings: [], ...over,
  });
  const q4 = parsePeriodId('2026-Q4')!;

  it('gives a value for every default indicator, shares with what they divide', () => {
    const f = departmentServiceFigures(
      [
        req({ id: '1', kind: 'complaint', closedAt: '2026-11-02T10:00:00Z', expectedDate: '2026-11-01', satisfaction: 5, revisitRatings: [4], events: [{ at: '2026-11-02T10:00:00Z', action: 'resolve' }] }),
        req({ id: '2', status: 'in-progress', expectedDate: '2026-12-30', events: [{ at: '2026-11-02T02:00:00Z', action: 'transfer' }] }),
      ],
      'sales',
      q4,
      new Date('2026-12-05T00:00:00Z'),
    );
    const computed = departmentComputed(f);
    expect(computed).toEqual([
      { code: 'first-response-hours', value: 6 }, // (10 + 2) / 2
      { code: 'resolution-rate', value: 0.5, numerator: 1, denominator: 2 },
      { code: 'resolution-hours', value: 10 },
      { code: 'past-promised-share', value: 0.5, numerator: 1, denominator: 2 },
      { code: 'transfers-per-request', value: 0.5, numerator: 1, denominator: 2 },
      { code: 'complaints', value: 1 },
      { code: 'satisfaction', value: 5 },
      { code: 'revisit-rating', value: 4, denominator: 1 },
    ]);
    expect(departmentIndicatorDefaults.indicators.map((d) => d.code)).toEqual(computed.map((c) => c.code));
    expect(departmentIndicatorDefaults.indicators.reduce((n, d) => n + d.maxScore, 0)).toBe(100);
  });

  it('measures nothing, not zero transfers, for a department that received nothing', () => {
    const computed = departmentComputed(departmentServiceFigures([], 'finance', q4, new Date('2026-12-05T00:00:00Z')));
    expect(computed.find((c) => c.code === 'transfers-per-request')!.value).toBeNull();
    expect(computed.find((c) => c.code === 'complaints')!.value).toBe(0);
  });
});
