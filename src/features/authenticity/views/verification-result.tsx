// The verdict on a checked file, in words first: genuine (and what it says), altered, not ours, or withdrawn key.
import { groupedFingerprint, type Verification } from '../../../platform/signing/index.ts';
import { usePage } from '../../../views/page-context.ts';
import type { StatementStanding } from '../../statements/index.ts';
import { formatInstant } from './format-instant.ts';
import { PayloadView } from './payload-view.tsx';
import { StandingNotices } from './standing-notices.tsx';

export type CheckedVerification = Exclude<Verification, { verdict: 'malformed' }>;

/** Full keys, not built from the verdict's name, so the translation checker sees each one used. */
const warnings = {
  altered: ['authenticity.altered-heading', 'authenticity.altered-text'],
  'unknown-key': ['authenticity.unknown-key-heading', 'authenticity.unknown-key-text'],
  'revoked-key': ['authenticity.revoked-key-heading', 'authenticity.revoked-key-text'],
} as const;

export function VerificationResult({ result, standing }: { result: CheckedVerification; standing: StatementStanding | null }) {
  const { i18n } = usePage();
  const { t } = i18n;
  if (result.verdict !== 'genuine') {
    const retiredAt = result.verdict === 'revoked-key' ? formatInstant(i18n, result.retiredAt) : '';
    const [heading, text] = warnings[result.verdict];
    return (
      <section class="warning" role="alert" aria-labelledby="verdict" id="result">
        <h2 id="verdict">{t(heading)}</h2>
        <p>{t(text, { retiredAt })}</p>
        <p class="meta">{t('authenticity.fact-key')}: <code>{groupedFingerprint(result.keyId)}</code></p>
      </section>
    );
  }
  return (
    <section aria-labelledby="verdict" id="result">
      <div class="notice" role="status">
        <h2 id="verdict">{t('authenticity.genuine-heading')}</h2>
        <p>{t('authenticity.genuine-text', { signedAt: formatInstant(i18n, result.signedAt) })}</p>
        {result.retiredAt ? <p>{t('authenticity.genuine-retired', { retiredAt: formatInstant(i18n, result.retiredAt) })}</p> : null}
      </div>
      {standing ? <StandingNotices standing={standing} signedAt={result.signedAt} /> : null}
      <h3>{t('authenticity.what-it-says')}</h3>
      <dl class="facts">
        <dt>{t('authenticity.fact-kind')}</dt><dd><code>{result.kind}</code></dd>
        <dt>{t('authenticity.fact-signed-at')}</dt><dd><time datetime={result.signedAt}>{formatInstant(i18n, result.signedAt)}</time></dd>
        <dt>{t('authenticity.fact-key')}</dt><dd><code>{groupedFingerprint(result.keyId)}</code></dd>
      </dl>
      <PayloadView value={result.payload} />
    </section>
  );
}
