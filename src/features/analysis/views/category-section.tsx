// One active category on the codebook page: its name, the buttons that move it up or down and archive it, its
// names to rename in place (a form in a disclosure, open when it came back with errors), and its codes.
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { codebookLanguages, type CodebookLanguage } from '../codebook.ts';
import type { CategoryWithCodes } from '../list-codebook.ts';
import { CategoryLabelFields } from './category-label-fields.tsx';
import { CodeTable } from './code-table.tsx';

/** A change to a category that was refused: its renaming (with the names typed) or its archiving. */
export type CategoryProblem =
  | { kind: 'rename'; categoryId: string; label: Record<CodebookLanguage, string>; errors: FieldErrors }
  | { kind: 'archive'; categoryId: string; activeCodes: number };

interface CategorySectionProps {
  base: string;
  category: CategoryWithCodes;
  first: boolean;
  last: boolean;
  problem: CategoryProblem | null;
}

function CategoryButton({ action, label, direction }: { action: string; label: string; direction?: 'up' | 'down' }) {
  return (
    <form method="post" action={action}>
      <CsrfField />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <button type="submit" class="secondary">{label}</button>
    </form>
  );
}

export function CategorySection({ base, category, first, last, problem }: CategorySectionProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const name = pickTranslation(category.label, i18n.locale);
  const url = `${base}/categories/${category.id}`;
  const active = category.codes.filter((code) => !code.archived);
  const renaming = problem?.kind === 'rename' ? problem : null;
  const names = renaming?.label ?? Object.fromEntries(codebookLanguages.map((l) => [l, category.label[l] ?? ''])) as Record<CodebookLanguage, string>;
  return (
    <section id={`category-${category.id}`} aria-labelledby={`category-${category.id}-name`}>
      <h2 id={`category-${category.id}-name`} lang={name.lang}>{name.text}</h2>
      {problem?.kind === 'archive' ? (
        <p class="field-error" role="alert">{t('analysis.category-archive-refused', { category: name.text, count: problem.activeCodes })}</p>
      ) : null}
      <div class="actions">
        {first ? null : <CategoryButton action={`${url}/move`} direction="up" label={t('analysis.category-move-up', { category: name.text })} />}
        {last ? null : <CategoryButton action={`${url}/move`} direction="down" label={t('analysis.category-move-down', { category: name.text })} />}
        <CategoryButton action={`${url}/archive`} label={t('analysis.category-archive', { category: name.text })} />
      </div>
      <details id={`category-${category.id}-rename`} open={renaming !== null}>
        <summary>{t('analysis.category-rename', { category: name.text })}</summary>
        <form method="post" action={url} noValidate>
          <CsrfField />
          <p class="hint">{t('analysis.category-key', { key: category.key })}</p>
          <CategoryLabelFields idPrefix={`category-${category.id}`} label={names} errors={renaming?.errors ?? {}} />
          <button type="submit">{t('analysis.category-save-names')}</button>
        </form>
      </details>
      {active.length ? <CodeTable base={base} codes={active} action="archive" /> : <p>{t('analysis.codebook-no-codes')}</p>}
    </section>
  );
}
