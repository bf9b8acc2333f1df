import { describe, expect, it } from 'vitest';
import { eventIdFromHash, hashForEvent } from '../../../lib/dashboard/hash';

describe('the event named in the dashboard address', () => {
  it('reads back what the dashboard writes', () => {
    expect(eventIdFromHash(`#${hashForEvent('ev-12/é')}`)).toBe('ev-12/é');
    expect(eventIdFromHash('')).toBeNull();
  });
  it('opens nothing (and does not throw) on a malformed or huge hash', () => {
    expect(() => eventIdFromHash('#event=%E0%A4%A')).not.toThrow();
    expect(eventIdFromHash('#event=%E0%A4%A')).toBeNull();
    expect(eventIdFromHash(`#event=${'x'.repeat(5000)}`)).toBeNull();
  });
});
