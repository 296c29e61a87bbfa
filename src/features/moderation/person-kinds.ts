// People can be reported too (MODERATION.md: "report a post or person"). A person is not hidden, only blocked from
// posting, and is moderated by platform staff: a pattern of behaviour crosses places. A pseudonym is reported as
// itself; nothing here, or anywhere, can tell which account holds it.
import { pseudonymLabel } from '../members/index.ts';
import type { ModeratedKind } from './moderation.ts';
import { memberDisplayName } from './people.repository.ts';

export const memberKind: ModeratedKind = {
  kind: 'member',
  async find(db, id) {
    const name = await memberDisplayName(db, id);
    if (name === undefined) return undefined;
    return { scope: 'platform', author: { kind: 'member', memberId: id }, organisationId: null, title: name, excerpt: '', url: null, hidden: false };
  },
  async visibleTo(db, id) {
    return (await memberDisplayName(db, id)) !== undefined;
  },
};

/** The shape pseudonyms take (members/pseudonyms.ts): 32 Crockford base32 characters. */
const pseudonymPattern = /^[0-9A-HJKMNP-TV-Z]{32}$/;

export const pseudonymKind: ModeratedKind = {
  kind: 'pseudonym',
  async find(_db, id) {
    if (!pseudonymPattern.test(id)) return undefined;
    const label = pseudonymLabel(id);
    // The context is unknown from the id alone: a block acts on the pseudonym wherever it posts.
    return { scope: 'platform', author: { kind: 'pseudonym', pseudonymId: id, label, context: '' }, organisationId: null, title: label, excerpt: '', url: null, hidden: false };
  },
  async visibleTo(_db, id) {
    return pseudonymPattern.test(id);
  },
};
