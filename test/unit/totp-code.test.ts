import { describe, expect, it } from 'vitest';
import { totpCode } from '../../infra/local/totp';

describe('the TOTP code the twin and the tests compute', () => {
  // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", in base32.
  const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('matches the RFC 6238 test vectors (last six digits)', () => {
    expect(totpCode(rfcSecret, new Date(59_000))).toBe('287082');
    expect(totpCode(rfcSecret, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpCode(rfcSecret, new Date(1_234_567_890_000))).toBe('005924');
    expect(totpCode(rfcSecret, new Date(20_000_000_000_000))).toBe('353130');
  });

  it('reads the secret however an app shows it: lower case, spaced, padded', () => {
    const at = new Date(1_111_111_109_000);
    expect(totpCode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq', at)).toBe('081804');
    expect(totpCode(`${rfcSecret}====`, at)).toBe('081804');
  });

  it('refuses what is not base32', () => {
    expect(() => totpCode('NOT-BASE32!')).toThrow(/base32/);
  });
});
