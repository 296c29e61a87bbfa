// A member posts an initiative: stored with its (already stripped) pictures in one transaction, waiting for staff.
// Nothing public changes until a moderator approves it.
import type { AppDeps } from '../../deps.ts';
import { newId } from '../../platform/tokens.ts';
import type { AcceptedImage } from './check-images.ts';
import { insertImage } from './initiative-images.repository.ts';
import type { InitiativeAuthorship, InitiativeContent } from './initiative.ts';
import { insertInitiative } from './initiatives.repository.ts';

export async function postInitiative(
  deps: Pick<AppDeps, 'db' | 'clock'>, authorship: InitiativeAuthorship, content: InitiativeContent, images: readonly AcceptedImage[],
): Promise<string> {
  const id = newId();
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertInitiative(trx, id, content, authorship, now);
    for (const [position, image] of images.entries()) {
      const { data, ...described } = image;
      await insertImage(trx, { id: newId(), initiativeId: id, position, byteSize: data.length, ...described }, data);
    }
  });
  return id;
}
