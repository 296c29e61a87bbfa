// /verify: the form (a file or pasted text; works without JavaScript), the verdict once a file was checked, how to
// check a copy in plain words, and the keys a genuine file must be signed with, with their fingerprints.
import type { PublicSigningKey } from '../../../platform/signing/index.ts';
import type { StatementStanding } from '../../statements/index.ts';
import { CsrfField, ErrorSummary, FieldError, fieldId, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { verifyFields } from '../verify-form.ts';
import { KeysTable } from './keys-table.tsx';
import { VerificationResult, type CheckedVerification } from './verification-result.tsx';

export interface VerifyPageProps {
  keys: readonly PublicSigningKey[];
  result: CheckedVerification | null;
  /** What became of a genuine copy's statement since; only ever given with a genuine verdict. */
  standing: StatementStanding | null;
  errors: FieldErrors;
  text: string;
}

function FileField({ errors }: { errors: FieldErrors }) {
  const { t } = usePage().i18n;
  const name = verifyFields.file;
  const describedBy = [`${fieldId(name)}-hint`, errors[name] ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${errors[name] ? ' has-error' : ''}`}>
      <label for={fieldId(name)}>{t('authenticity.field-file')}</label>
      <p class="hint" id={`${fieldId(name)}-hint`}>{t('authenticity.field-file-hint')}</p>
      <FieldError name={name} errors={errors} />
      <input type="file" id={fieldId(name)} name={name} accept=".json,application/json,text/plain"
        aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy} />
    </div>
  );
}

export function VerifyPage({ keys, result, standing, errors, text }: VerifyPageProps) {
  const { t } = usePage().i18n;
  return (
    <>
      <h1>{t('authenticity.page-title')}</h1>
      <ErrorSummary errors={errors} />
      {result ? <VerificationResult result={result} standing={standing} /> : <p>{t('authenticity.intro')}</p>}
      <section aria-labelledby="check-form">
        <h2 id="check-form">{t(result ? 'authenticity.check-another' : 'authenticity.form-heading')}</h2>
        <form method="post" action="/verify" enctype="multipart/form-data" novalidate>
          <CsrfField />
          <FileField errors={errors} />
          <TextArea name={verifyFields.text} label={t('authenticity.field-text')} hint={t('authenticity.field-text-hint')}
            value={text} errors={errors} rows={8} />
          <div class="actions"><button type="submit">{t('authenticity.submit')}</button></div>
        </form>
      </section>
      <section aria-labelledby="how">
        <h2 id="how">{t('authenticity.how-heading')}</h2>
        <ol>
          <li>{t('authenticity.how-1')}</li>
          <li>{t('authenticity.how-2')}</li>
          <li>{t('authenticity.how-3')}</li>
        </ol>
        <p>{t('authenticity.how-offline', { command: 'npm run verify -- statement.json --keys isp-signing-keys.json' })}</p>
      </section>
      <KeysTable keys={keys} />
    </>
  );
}
