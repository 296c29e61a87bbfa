// A statement's title and text in their own language and direction, whatever the page's: an Arabic translation
// reads right to left inside an English page. Paragraphs are separated by blank lines, as they were typed.
import { paragraphs } from '../../organisations/index.ts';
import { directionOfLanguage, type StatementVersion } from '../statement.ts';

export function StatementTitle({ version }: { version: Pick<StatementVersion, 'language' | 'title'> }) {
  return <h1 lang={version.language} dir={directionOfLanguage(version.language)}>{version.title}</h1>;
}

export function StatementText({ version }: { version: Pick<StatementVersion, 'language' | 'text'> }) {
  return (
    <div class="statement-text" lang={version.language} dir={directionOfLanguage(version.language)}>
      {paragraphs(version.text).map((paragraph) => <p>{paragraph}</p>)}
    </div>
  );
}
