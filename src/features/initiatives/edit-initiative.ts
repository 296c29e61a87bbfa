// The author changes an initiative (pending, rejected or published): new content, pictures kept, re-described,
// removed or added. It goes back to moderation; a published one leaves the public pages and search until approved
// again, so nothing unreviewed is ever public. A member blocked from posting may not change what they posted either.
import type { AppDeps } from '../../deps.ts';
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { postingRefusal } from '../moderation/index.ts';
import type { AcceptedImage } from './check-images.ts';
import type { KeptImageForm } from './initiative-form.ts';
import { deleteImages, insertImage, listImages, updateImage } from './initiative-images.repository.ts';
import { initiativeLimits, isEditable, type InitiativeAuthorship, type InitiativeContent } from './initiative.ts';
import { findInitiative, updateInitiativeContent } from './initiatives.repository.ts';
import { unindexInitiative } from './initiative-search.ts';

export interface InitiativeChange {
  content: InitiativeContent;
  authorship: InitiativeAuthorship;
  keptImages: readonly KeptImageForm[];
  newImages: readonly AcceptedImage[];
  /** The member making the change: blocks are checked under their id as well as the pseudonym it is signed with. */
  editorId: string;
}

export type EditOutcome =
  | { kind: 'saved' } | { kind: 'not-found' } | { kind: 'too-many-images' }
  | { kind: 'refused'; error: FieldErrors[string] };

export async function editInitiative(deps: Pick<AppDeps, 'db' | 'clock' | 'publicPages'>, id: string, change: InitiativeChange): Promise<EditOutcome> {
  // Initiatives are the platform's, not a network's: only platform-wide blocks apply, as when posting.
  const refused = await postingRefusal(deps.db, { memberId: change.editorId, authorship: change.authorship }, null, deps.clock.now());
  if (refused) return { kind: 'refused', error: refused };
  const now = deps.clock.now().toISOString();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const initiative = await findInitiative(trx, id);
    if (!initiative || !isEditable(initiative)) return { kind: 'not-found', wasPublic: false } as const;
    const stored = await listImages(trx, [id]);
    const kept = change.keptImages.filter((image) => !image.remove && stored.some((s) => s.id === image.id));
    if (kept.length + change.newImages.length > initiativeLimits.maxImages) return { kind: 'too-many-images', wasPublic: false } as const;
    await updateInitiativeContent(trx, id, change.content, change.authorship, now);
    await deleteImages(trx, id, stored.filter((s) => !kept.some((k) => k.id === s.id)).map((s) => s.id));
    for (const [position, image] of kept.entries()) await updateImage(trx, image.id, { alt: image.alt.trim(), position });
    for (const [index, image] of change.newImages.entries()) {
      const { data, ...described } = image;
      await insertImage(trx, { id: newId(), initiativeId: id, position: kept.length + index, byteSize: data.length, ...described }, data);
    }
    const wasPublic = initiative.status === 'published';
    if (wasPublic) await unindexInitiative(trx, id);
    return { kind: 'saved', wasPublic } as const;
  });
  if (outcome.wasPublic) deps.publicPages.invalidate();
  return { kind: outcome.kind };
}
