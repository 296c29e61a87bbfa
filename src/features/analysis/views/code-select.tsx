// A select of the codebook's active codes grouped by category (one <optgroup> each), for coding and for filtering.
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import type { CategoryWithCodes } from '../list-codebook.ts';

export function CodeSelect({ id, name, label, codebook, value = '', placeholder }: {
  id: string; name: string; label: string; codebook: readonly CategoryWithCodes[]; value?: string | undefined; placeholder: string;
}) {
  const { locale } = usePage().i18n;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{placeholder}</option>
        {codebook.filter((category) => category.codes.length).map((category) => (
          <optgroup label={pickTranslation(category.label, locale).text}>
            {category.codes.map((code) => <option value={code.id} selected={code.id === value}>{pickTranslation(code.label, locale).text}</option>)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
