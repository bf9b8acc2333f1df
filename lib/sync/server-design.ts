/**
 * The design document a team installs on its CouchDB database (README.md,
 * "A team server"): its validate_doc_update refuses hard deletes, edits in
 * another user's name, documents of unknown kinds and any change to a
 * correction's content (corrections are insert-only). The one deletion it
 * lets through is a conflict's losing branch, marked with the name of whoever
 * settled it. Kept as source text (CouchDB runs it, not the extension);
 * tests/unit/sync/server-design.test.ts runs it in Node.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var admin = userCtx.roles.indexOf('_admin') !== -1;
  if (admin) return;
  if (!userCtx.name) throw({ unauthorized: 'Sign in to write to this database.' });
  if (newDoc._deleted) {
    if (newDoc.resolvedBy === userCtx.name) return;
    throw({ forbidden: 'Documents are never deleted: mark them deleted instead.' });
  }
  if (newDoc.editedBy !== userCtx.name) throw({ forbidden: 'editedBy must be your own user name.' });
  if (newDoc.resolvedBy && newDoc.resolvedBy !== userCtx.name)
    throw({ forbidden: 'resolvedBy must be your own user name.' });
  var kind = String(newDoc._id).split(':')[0];
  if (['report', 'event', 'correction'].indexOf(kind) === -1 || newDoc.type !== kind)
    throw({ forbidden: 'Unknown document kind: ' + kind });
  // Same content whatever the order of its fields.
  function canon(x) {
    if (x === null || typeof x !== 'object') return JSON.stringify(x);
    if (Array.isArray(x)) return '[' + x.map(canon).join(',') + ']';
    return '{' + Object.keys(x).sort().map(function (k) { return JSON.stringify(k) + ':' + canon(x[k]); }).join(',') + '}';
  }
  if (kind === 'correction' && oldDoc && !oldDoc._deleted && canon(oldDoc.correction) !== canon(newDoc.correction))
    throw({ forbidden: 'Corrections are insert-only: add a new one instead.' });
}`;

export const DESIGN_DOC = {
  _id: '_design/crosscheck',
  validate_doc_update: VALIDATE_DOC_UPDATE,
};
