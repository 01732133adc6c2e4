import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../../electron/main/security.ts';
import { contentSecurityPolicy as metaPolicy } from '../../../vite.config.ts';

const directives = (policy: string) => policy.split('; ').filter((d) => d !== '');

describe('one Content-Security-Policy (issue 11, item 8)', () => {
  it('the <meta> tag of the built renderer is the header policy without header-only directives', () => {
    const header = directives(buildContentSecurityPolicy(null, 'header'));
    expect(directives(metaPolicy)).toEqual(header.filter((d) => !d.startsWith('frame-ancestors ')));
    expect(header).toContain("frame-ancestors 'none'");
  });

  it('is strict in both: scripts only from the app, no plugins, no base or form targets', () => {
    for (const policy of [metaPolicy, buildContentSecurityPolicy()]) {
      expect(directives(policy)).toEqual(
        expect.arrayContaining([
          "script-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
        ]),
      );
    }
  });
});
