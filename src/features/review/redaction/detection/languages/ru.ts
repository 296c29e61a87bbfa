// Russian: г-н / г-жа before a name, phone and identity labels (inflected forms are read through: "паспорта",
// "телефону"), the 8 (495) 123-45-67 national format, and SNILS (checked).
import { validRussianSnils } from '../checksums.ts';
import { noRules, type LanguageRules } from '../language-rules.ts';
import { numberEnd, numberStart } from '../patterns.ts';

export const russian: LanguageRules = {
  ...noRules,
  honorifics: ['г-н', 'г-жа', 'господин', 'госпожа', 'Господин', 'Госпожа'],
  notPersonWords: ['Фонд', 'Центр', 'Комитет', 'Союз', 'Ассоциация', 'Движение', 'Сеть', 'Совет', 'Министерство', 'Организация'],
  phoneLabels: ['тел', 'телефон', 'моб', 'мобильный', 'факс', 'whatsapp', 'вотсап', 'телеграм'],
  identityLabels: ['паспорт', 'загранпаспорт', 'номер паспорта', 'ИНН', 'СНИЛС', 'удостоверение личности', 'вид на жительство'],
  phonePatterns: [
    { pattern: new RegExp(`${numberStart}8 ?(?:\\(\\d{3,4}\\)|\\d{3}) ?\\d{3}-\\d{2}-\\d{2}${numberEnd}`, 'gu') },
  ],
  identityPatterns: [
    { pattern: new RegExp(`${numberStart}\\d{3}-\\d{3}-\\d{3}[ \\-]\\d{2}${numberEnd}`, 'gu'), valid: (match) => validRussianSnils(match) },
  ],
};
