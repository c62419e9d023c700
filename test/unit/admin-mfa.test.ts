import { describe, expect, it } from 'vitest';
import { adminMfaRequired } from '../../shared/admin-mfa';
import { roles } from '../../shared/roles';
import { routeEntries } from '../../shared/routes';

describe('which calls need an administrator’s second factor', () => {
  it('every admin-only route', () => {
    expect(adminMfaRequired('PUT /settings/tiers', 'admin')).toBe(true);
    expect(adminMfaRequired('PUT /settings/revisits', 'admin')).toBe(true);
  });

  it('every change an admin makes, where admins may use powers other roles lack', () => {
    expect(adminMfaRequired('POST /visits/{visitId}/steps/{stepId}/done', 'admin')).toBe(true);
    expect(adminMfaRequired('DELETE /customers/{customerId}', 'admin')).toBe(true);
  });

  it('not reading what other roles may read too, nor the caller’s own /me/ routes', () => {
    expect(adminMfaRequired('GET /customers', 'admin')).toBe(false);
    expect(adminMfaRequired('GET /settings/tiers', 'admin')).toBe(false);
    expect(adminMfaRequired('PUT /me/notification-settings', 'admin')).toBe(false);
    expect(adminMfaRequired('POST /me/mfa', 'admin')).toBe(false);
  });

  it('never for the other roles, on any route', () => {
    for (const [key] of routeEntries()) {
      for (const role of roles.filter((r) => r !== 'admin')) expect(adminMfaRequired(key, role), `${key} ${role}`).toBe(false);
    }
  });
});
