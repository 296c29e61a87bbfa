// Starting a thread: title, language (the reader's by default), first post. Mentions are explained beside it.
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { discussionLimits, placePath, threadLanguages, threadsRoot, type Place } from '../discussion.ts';
import type { ThreadForm } from '../post-form.ts';

export function languageOptions(locale: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return threadLanguages.map((code) => ({ value: code, label: names.of(code) ?? code }));
}

export function ThreadFormPage({ place, name, form, errors, pseudonym }: { place: Place; name: string; form: ThreadForm; errors: FieldErrors; pseudonym: string | null }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <>
      <p class="meta"><a href={placePath(place)}>{name}</a></p>
      <h1>{t('discussions.new-thread-title')}</h1>
      <ErrorSummary errors={errors} />
      {pseudonym ? <p class="notice">{t('discussions.posting-as-pseudonym', { label: pseudonym })}</p> : null}
      <form method="post" action={threadsRoot(place)}>
        <CsrfField />
        <TextField name="title" label={t('discussions.field-title')} value={form.title} errors={errors} required maxLength={discussionLimits.titleMaxChars} />
        <SelectField name="language" label={t('discussions.field-language')} value={form.language} options={languageOptions(i18n.locale)} errors={errors} />
        <TextArea name="body" label={t('discussions.field-body')} hint={t('discussions.body-hint')} value={form.body} errors={errors} required rows={10} lang={form.language} />
        <div class="actions">
          <button type="submit">{t('discussions.start-thread')}</button>
          <a href={placePath(place)}>{t('discussions.cancel')}</a>
        </div>
      </form>
    </>
  );
}
