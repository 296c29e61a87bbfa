// The hidden proof-of-work fields of an anonymous form (docs/THREAT_MODEL.md, "Abuse without CAPTCHAs"): a fresh
// challenge, and an empty solution that app.js fills in while the person types. Without JavaScript the solution
// stays empty and the server makes the request wait a moment instead; the form works either way.
import { AsyncLocalStorage } from 'node:async_hooks';
import { usePage } from './page-context.ts';

/** app.js finds the fields by these names (and by data-pow-bits). */
export const challengeField = '_pow_challenge';
export const solutionField = '_pow_solution';

/**
 * Issues a challenge for the request being handled. src/http/proof-of-work.ts enters it around every handler, so a
 * view issues challenges without every route threading the application's key down to the forms it renders.
 */
export const challengeIssuer = new AsyncLocalStorage<() => { challenge: string; difficultyBits: number }>();

export function ProofOfWorkField() {
  const issue = challengeIssuer.getStore();
  if (!issue) throw new Error('a proof-of-work field rendered outside a request handler');
  const { t } = usePage().i18n;
  const { challenge, difficultyBits } = issue();
  return (
    <>
      {/* data-pow-waiting: what app.js says if the person sends before it has finished, so they know why nothing happens yet. */}
      <input type="hidden" name={challengeField} value={challenge} data-pow-bits={difficultyBits} data-pow-waiting={t('proof-of-work.waiting')} />
      <input type="hidden" name={solutionField} value="" />
    </>
  );
}
