// The author's forms for their own post: editing it (the opening post also carries the thread's title) and
// confirming its deletion, which erases the words for good.
import { CsrfField, ErrorSummary, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { discussionLimits, threadPath, type Place, type ThreadSummary } from '../discussion.ts';
import { PostBody } from './post-body.tsx';

interface PostFormProps {
  place: Place;
  thread: ThreadSummary;
  postId: string;
}

export function EditPostPage({ place, thread, postId, opening, title, body, errors }: PostFormProps & { opening: boolean; title: string; body: string; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  const back = threadPath(place, thread.id);
  return (
    <>
      <p class="meta"><a href={back} lang={thread.language}>{thread.title}</a></p>
      <h1>{t('discussions.edit-title')}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${back}/posts/${postId}/edit`}>
        <CsrfField />
        {opening ? <TextField name="title" label={t('discussions.field-title')} value={title} errors={errors} required maxLength={discussionLimits.titleMaxChars} /> : null}
        <TextArea name="body" label={t('discussions.field-body')} hint={t('discussions.body-hint')} value={body} errors={errors} required rows={10} lang={thread.language} />
        <p class="hint">{t('discussions.edit-hint')}</p>
        <div class="actions">
          <button type="submit">{t('discussions.save-edit')}</button>
          <a href={back}>{t('discussions.cancel')}</a>
        </div>
      </form>
    </>
  );
}

export function DeletePostPage({ place, thread, postId, body }: PostFormProps & { body: string }) {
  const { t } = usePage().i18n;
  const back = threadPath(place, thread.id);
  return (
    <>
      <p class="meta"><a href={back} lang={thread.language}>{thread.title}</a></p>
      <h1>{t('discussions.delete-title')}</h1>
      <p>{t('discussions.delete-explained')}</p>
      <blockquote><PostBody body={body} lang={thread.language} /></blockquote>
      <form method="post" action={`${back}/posts/${postId}/delete`} class="actions">
        <CsrfField />
        <button type="submit" class="danger">{t('discussions.confirm-delete')}</button>
        <a href={back}>{t('discussions.cancel')}</a>
      </form>
    </>
  );
}
