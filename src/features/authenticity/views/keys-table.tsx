// The platform's public keys with their fingerprints, so a saved or forwarded key list can be compared with them.
import { groupedFingerprint, publishedKeysPath, type PublicSigningKey } from '../../../platform/signing/index.ts';
import { usePage } from '../../../views/page-context.ts';
import { formatInstant } from './format-instant.ts';

function Status({ signingKey }: { signingKey: PublicSigningKey }) {
  const { i18n } = usePage();
  if (!signingKey.retiredAt) return <>{i18n.t('authenticity.key-current')}</>;
  const date = formatInstant(i18n, signingKey.retiredAt);
  return <>{i18n.t(signingKey.compromised ? 'authenticity.key-compromised' : 'authenticity.key-retired', { date })}</>;
}

export function KeysTable({ keys }: { keys: readonly PublicSigningKey[] }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section aria-labelledby="keys">
      <h2 id="keys">{t('authenticity.keys-heading')}</h2>
      <p>{t('authenticity.keys-intro')}</p>
      {keys.length ? (
        <table class="data-table">
          <thead>
            <tr><th scope="col">{t('authenticity.key-fingerprint')}</th><th scope="col">{t('authenticity.key-created')}</th><th scope="col">{t('authenticity.key-status')}</th></tr>
          </thead>
          <tbody>
            {[...keys].reverse().map((key) => (
              <tr>
                <td><code>{groupedFingerprint(key.keyId)}</code></td>
                <td>{formatInstant(i18n, key.createdAt)}</td>
                <td><Status signingKey={key} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('authenticity.keys-none')}</p>}
      <p><a href={publishedKeysPath} download="isp-signing-keys.json">{t('authenticity.keys-download')}</a></p>
    </section>
  );
}
