import { describe, expect, it, vi } from 'vitest';
import { isTakeHanded, parseHanded, storeFailure } from '../../../lib/popup-view/view';
import { warmUp } from '../../../lib/popup-view/warm-up';
import { StoreError } from '../../../lib/store';

describe('the view handed from the background to the popup', () => {
  it('takes only the two parts it knows', () => {
    expect(isTakeHanded({ type: 'take-handed', part: 'claims' })).toBe(true);
    expect(isTakeHanded({ type: 'take-handed', part: 'full' })).toBe(true);
    expect(isTakeHanded({ type: 'take-handed', part: 'everything' })).toBe(false);
    expect(isTakeHanded({ type: 'read-article' })).toBe(false);
    expect(isTakeHanded(null)).toBe(false);
  });

  it('checks the shape of what arrives', () => {
    const refused = { clickedAt: 5, view: { state: 'refused', reason: { code: 'address' } } };
    expect(parseHanded(refused)).toEqual(refused);
    expect(parseHanded({ clickedAt: '5', view: refused.view })).toBeNull();
    expect(parseHanded({ clickedAt: 5, view: { state: 'elsewhere' } })).toBeNull();
    expect(parseHanded({ clickedAt: 5 })).toBeNull();
    expect(parseHanded(undefined)).toBeNull();
  });
});

describe('storeFailure', () => {
  it('keeps a StoreError’s code, and only the words of any other error', () => {
    expect(storeFailure(new StoreError('blocked')).code).toBe('blocked');
    expect(storeFailure(new Error('disk on fire'))).toEqual({ message: 'disk on fire' });
    expect(storeFailure('odd')).toEqual({ message: 'odd' });
    const fake = Object.assign(new Error('x'), { name: 'StoreError', code: '<img>' });
    expect(storeFailure(fake)).toEqual({ message: 'x' });
  });
});

describe('warmUp', () => {
  it('runs each step while the page has not answered', async () => {
    const extract = vi.fn();
    expect(await warmUp(extract, () => false)).toBe(true);
    expect(extract).toHaveBeenCalledTimes(2);
  });

  it('stops once the page has answered', async () => {
    const extract = vi.fn();
    let calls = 0;
    expect(await warmUp(extract, () => calls++ > 0)).toBe(false);
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('goes on past a step that throws', async () => {
    const extract = vi.fn(() => {
      throw new Error('boom');
    });
    expect(await warmUp(extract, () => false)).toBe(true);
  });
});
