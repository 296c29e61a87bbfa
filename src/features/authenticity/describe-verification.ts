// The verdict as plain text, in the words the verification page uses: what the CLI prints.
import type { Translator } from '../../i18n/translator.ts';
import { groupedFingerprint, type Verification } from '../../platform/signing/index.ts';
import { formatInstant } from './views/format-instant.ts';

const utc = formatInstant;

export function describeVerification(i18n: Translator, result: Verification): string {
  const { t } = i18n;
  switch (result.verdict) {
    case 'genuine':
      return [
        t('authenticity.genuine-heading').toUpperCase(),
        t('authenticity.genuine-text', { signedAt: formatInstant(i18n, result.signedAt) }),
        ...(result.retiredAt ? [t('authenticity.genuine-retired', { retiredAt: formatInstant(i18n, result.retiredAt) })] : []),
        '',
        `${t('authenticity.fact-kind')}: ${result.kind}`,
        `${t('authenticity.fact-signed-at')}: ${result.signedAt}`,
        `${t('authenticity.fact-key')}: ${groupedFingerprint(result.keyId)}`,
        `${t('authenticity.what-it-says')}:`,
        JSON.stringify(result.payload, null, 2),
      ].join('\n');
    case 'altered':
      return `${t('authenticity.altered-heading').toUpperCase()}\n${t('authenticity.altered-text')}\n${t('authenticity.fact-key')}: ${groupedFingerprint(result.keyId)}`;
    case 'unknown-key':
      return `${t('authenticity.unknown-key-heading').toUpperCase()}\n${t('authenticity.unknown-key-text')}\n${t('authenticity.fact-key')}: ${groupedFingerprint(result.keyId)}`;
    case 'revoked-key':
      return `${t('authenticity.revoked-key-heading').toUpperCase()}\n${t('authenticity.revoked-key-text', { retiredAt: formatInstant(i18n, result.retiredAt) })}`;
    case 'malformed':
      return `${t('authenticity.malformed-heading').toUpperCase()}\n${t(`authenticity.malformed.${result.reason}`, { field: result.field ?? '' })}`;
  }
}
