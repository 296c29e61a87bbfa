// What became of a genuine copy's statement on this platform since it was signed: hidden by its moderators (and why),
// a newer version, a changed list of signatories. Shown only under a "genuine" verdict: the copy stays genuine (a
// signature is a fact), and the reader learns what the platform says of that statement now.
import { usePage } from '../../../views/page-context.ts';
import { isModerationReason } from '../../moderation/index.ts';
import type { StatementStanding } from '../../statements/index.ts';
import { formatInstant } from './format-instant.ts';

export function StandingNotices({ standing, signedAt }: { standing: StatementStanding; signedAt: string }) {
  const { i18n } = usePage();
  const { t } = i18n;
  if (standing.kind === 'hidden') {
    const reason = isModerationReason(standing.reason) ? t(`moderation.reason.${standing.reason}`) : standing.reason;
    return <p class="warning" id="standing">{t('authenticity.standing-hidden', { reason })}</p>;
  }
  const { newerVersion, currentSignatoriesPath } = standing;
  if (!newerVersion && !currentSignatoriesPath) return null;
  return (
    <div class="notice" id="standing">
      {newerVersion ? (
        <p>{t('authenticity.standing-newer-version')} <a href={newerVersion.path}>{t('authenticity.standing-newer-version-link', { version: newerVersion.version })}</a></p>
      ) : null}
      {currentSignatoriesPath ? (
        <p>{t('authenticity.standing-signatories', { signedAt: formatInstant(i18n, signedAt) })} <a href={currentSignatoriesPath}>{t('authenticity.standing-signatories-link')}</a></p>
      ) : null}
    </div>
  );
}
