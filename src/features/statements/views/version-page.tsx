// One version of a published statement, as it was published: corrections and translations never erase what was
// said before, and each earlier text can still be read (and matched against a copy that quotes it).
import { usePage } from '../../../views/page-context.ts';
import { statementPath } from '../statement-paths.ts';
import { versionKind, type Statement, type StatementVersion } from '../statement.ts';
import { StatementText, StatementTitle } from './statement-text.tsx';

export function VersionPage({ statement, versions, version }: { statement: Statement; versions: StatementVersion[]; version: StatementVersion }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <article class="statement">
      <p><a href={statementPath(statement.id)}>{t('statements.back-to-statement')}</a></p>
      <p class="statement-kind">
        {t('statements.version-line', {
          version: version.version, language: t(`domain.language.${version.language}`),
          date: i18n.formatDate(version.createdAt, { dateStyle: 'long', timeZone: 'UTC' }),
        })}
        {' · '}{t(`statements.version-kind.${versionKind(versions, version)}`)}
      </p>
      <StatementTitle version={version} />
      <StatementText version={version} />
    </article>
  );
}
