import { describe, expect, it } from 'vitest';
import { VALIDATE_DOC_UPDATE } from '../../../lib/sync/server-design';

type Ctx = { name: string | null; roles: string[] };
const validate = new Function(`return (${VALIDATE_DOC_UPDATE})`)() as (
  n: object,
  o: object | null,
  u: Ctx,
) => void;
const alice: Ctx = { name: 'alice', roles: [] };
const refusal = (n: object, o: object | null, u: Ctx = alice) => {
  try {
    validate(n, o, u);
    return null;
  } catch (e) {
    return e as { forbidden?: string; unauthorized?: string };
  }
};
const correction = {
  id: 'cx-1',
  createdAt: '2025-01-01T00:00:00Z',
  type: 'delete-claim',
  url: 'https://a.example/1',
};

describe('validate_doc_update (the team server’s design document)', () => {
  it('accepts a member’s own report', () => {
    expect(
      refusal({ _id: 'report:https://a.example/1', type: 'report', editedBy: 'alice' }, null),
    ).toBeNull();
  });
  it('refuses a hard delete, an edit in another name and anonymous writes', () => {
    expect(refusal({ _id: 'report:x', _deleted: true }, {})?.forbidden).toMatch(/never deleted/);
    expect(refusal({ _id: 'report:x', type: 'report', editedBy: 'bruno' }, null)?.forbidden).toMatch(
      /own user name/,
    );
    expect(
      refusal({ _id: 'report:x', type: 'report', editedBy: null }, null, { name: null, roles: [] })
        ?.unauthorized,
    ).toBeTruthy();
  });
  it('lets a member delete a conflict’s losing branch in their own name only', () => {
    expect(refusal({ _id: 'report:x', _deleted: true, resolvedBy: 'alice' }, {})).toBeNull();
    expect(refusal({ _id: 'report:x', _deleted: true, resolvedBy: 'bruno' }, {})?.forbidden).toBeTruthy();
  });
  it('keeps corrections insert-only, whatever the order of their fields', () => {
    const old = { _id: 'correction:cx-1', type: 'correction', editedBy: 'bruno', correction };
    const reordered = Object.fromEntries(Object.entries(correction).reverse());
    const withdraw = { ...old, editedBy: 'alice', correction: reordered, withdrawn: true };
    expect(refusal(withdraw, old)).toBeNull();
    const changed = { ...old, editedBy: 'alice', correction: { ...correction, url: 'https://b.example/2' } };
    expect(refusal(changed, old)?.forbidden).toMatch(/insert-only/);
  });
  it('refuses documents of unknown kinds', () => {
    expect(refusal({ _id: 'user:x', type: 'user', editedBy: 'alice' }, null)?.forbidden).toMatch(/Unknown/);
    expect(refusal({ _id: 'report:x', type: 'event', editedBy: 'alice' }, null)?.forbidden).toMatch(
      /Unknown/,
    );
  });
});
