import { describe, expect, it } from 'vitest';
import { noticeCategories, noticeCategoryLabels, noticeCategoryOf } from '../../shared/notice-kinds';

/** The inbox kinds the notice builders write (the strings the SPA and the choice per kind key on). */
const writtenKinds = [
  'service-request', 'visit-approval', 'visit-rejected', 'visit-steps', 'visit-info', 'revisit-plan-approval', 'revisit-plan-approved',
  'revisit-plan-rejected', 'revisit-report-submitted', 'revisit-report-accepted', 'revisit-report-returned', 'policy-decision', 'policy-review',
  'tier-changed', 'archive-stale', 'customers-reassigned', 'revisit-reminder', 'revisit-escalation',
  'receivable-overdue', 'receivable-due-soon', 'receivable-escalation',
];

describe('notice categories', () => {
  it('put every kind a use case writes into the category a person chooses channels for', () => {
    expect(Object.fromEntries(writtenKinds.map((k) => [k, noticeCategoryOf(k)]))).toEqual({
      'service-request': 'service-request',
      'visit-approval': 'approval-waiting',
      'revisit-plan-approval': 'approval-waiting',
      'revisit-report-submitted': 'approval-waiting',
      'visit-rejected': 'approval-decided',
      'revisit-plan-approved': 'approval-decided',
      'revisit-plan-rejected': 'approval-decided',
      'revisit-report-accepted': 'approval-decided',
      'revisit-report-returned': 'approval-decided',
      'policy-decision': 'approval-decided',
      'visit-steps': 'reception-step',
      'visit-info': 'reception-step',
      'tier-changed': 'tier-change',
      'policy-review': 'tier-change',
      'archive-stale': 'archive-stale',
      'customers-reassigned': 'customers-moved',
      'revisit-reminder': 'revisit-reminder',
      'revisit-escalation': 'revisit-reminder',
      'receivable-overdue': 'receivable-overdue',
      'receivable-due-soon': 'receivable-overdue',
      'receivable-escalation': 'receivable-overdue',
    });
    expect(noticeCategoryOf('notification-test')).toBe('other');
  });

  it('name every category in both languages', () => {
    for (const c of noticeCategories) expect(noticeCategoryLabels[c]['zh-CN'] && noticeCategoryLabels[c].en, c).toBeTruthy();
  });
});
