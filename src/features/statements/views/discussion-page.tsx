// A statement's page inside its network: the text (the draft, or the published version), what this member may do
// with it, and the members' comments (one by a person the reader blocked says so, and nothing more). Nothing here
// is public, so the page is personal and never cached.
import { CsrfField, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { BlockedAuthorNotice, HiddenByModerators, ReportLink } from '../../moderation/index.ts';
import type { Comment } from '../comment.ts';
import { networkStatementsPath, statementPath } from '../statement-paths.ts';
import type { Statement, StatementVersion } from '../statement.ts';
import { StatementText, StatementTitle } from './statement-text.tsx';

export interface DiscussionPermissions {
  editDraft: boolean;
  publish: boolean;
  addVersion: boolean;
}

interface DiscussionPageProps {
  statement: Statement;
  version: StatementVersion;
  comments: Comment[];
  /** Comments the reader wrote (by name or under their pseudonym here): theirs are not offered for reporting. */
  mine: ReadonlySet<string>;
  /** Comments by people the reader blocked: their places stay, their authors and words do not. */
  byBlocked: ReadonlySet<string>;
  can: DiscussionPermissions;
  /** The member comments under a pseudonym (at-risk mode). */
  pseudonymous: boolean;
  commentDraft: string;
  errors: FieldErrors;
  notice: string | null;
}

function AuthorName({ comment }: { comment: Comment }) {
  const { t } = usePage().i18n;
  const { author } = comment;
  if (author.kind === 'member') return <>{author.displayName}</>;
  if (author.kind === 'pseudonym') return <>{author.label}</>;
  return <>{t('statements.former-member')}</>;
}

export function DiscussionPage({ statement, version, comments, mine, byBlocked, can, pseudonymous, commentDraft, errors, notice }: DiscussionPageProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const base = `/statements/${statement.id}`;
  const date = (iso: string) => i18n.formatDate(iso, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <article class="statement">
      <p><a href={networkStatementsPath(statement.networkId)}>{t('statements.network-statements-link')}</a></p>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <p class="statement-kind">
        {t(`statements.kind.${statement.kind}`)}{' · '}
        {statement.publishedAt
          ? <a href={statementPath(statement.id)}>{t('statements.published-on', { date: date(statement.publishedAt) })}</a>
          : t('statements.draft-badge')}
      </p>
      <StatementTitle version={version} />
      {statement.hidden ? <HiddenByModerators reason={statement.hidden.reason} /> : null}
      <StatementText version={version} />
      <ul class="actions">
        {can.editDraft ? <li><a href={`${base}/edit`}>{t('statements.edit-link')}</a></li> : null}
        {can.addVersion ? <li><a href={`${base}/versions/new`}>{t('statements.add-version-link')}</a></li> : null}
      </ul>
      {can.publish ? (
        <form method="post" action={`${base}/publish`}>
          <CsrfField />
          <p class="hint">{t('statements.publish-explained')}</p>
          <button type="submit">{t('statements.publish')}</button>
        </form>
      ) : null}

      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t('statements.comments-heading', { count: comments.length })}</h2>
        <p class="hint">{t('statements.comments-private')}</p>
        <ol class="comments">
          {comments.map((comment) => (byBlocked.has(comment.id) ? (
            <li id={`comment-${comment.id}`}><BlockedAuthorNotice notice={t('statements.blocked-comment')} /></li>
          ) : (
            <li id={`comment-${comment.id}`}>
              <p class="hint"><AuthorName comment={comment} />{' · '}<time datetime={comment.createdAt}>{date(comment.createdAt)}</time></p>
              {comment.hidden ? <HiddenByModerators reason={comment.hiddenReason} /> : comment.body.split(/\r?\n/).map((line) => <p>{line}</p>)}
              {!comment.hidden && !mine.has(comment.id) ? <p class="actions"><ReportLink kind="statement-comment" id={comment.id} /></p> : null}
            </li>
          )))}
        </ol>
        <form method="post" action={`${base}/comments`} noValidate>
          <CsrfField />
          <TextArea
            name="body" label={t('statements.field-comment')} value={commentDraft} errors={errors} required rows={5}
            hint={pseudonymous ? t('statements.hint-comment-pseudonym') : undefined}
          />
          <div class="actions"><button type="submit">{t('statements.add-comment')}</button></div>
        </form>
      </section>
    </article>
  );
}
