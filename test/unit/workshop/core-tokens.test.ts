import { describe, expect, it } from 'vitest';
import { newRoomSecrets, parseRoomSecrets } from '../../../cli/workshop/tokens.ts';

describe('parseRoomSecrets', () => {
  const secrets = newRoomSecrets();

  it('reads back what a store keeps', () => {
    expect(parseRoomSecrets(JSON.stringify(secrets))).toEqual(secrets);
  });

  it.each([
    { name: 'nothing stored', text: null },
    { name: 'no meta support', text: undefined },
    { name: 'a cleared value', text: '' },
    { name: 'damaged JSON', text: '{"roomId":' },
    { name: 'a missing token', text: JSON.stringify({ ...secrets, facilitatorToken: '' }) },
    { name: 'not an object', text: '42' },
  ])('is null for $name', ({ text }) => {
    expect(parseRoomSecrets(text)).toBeNull();
  });
});
