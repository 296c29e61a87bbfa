// Arabic: phone and identity labels. Arabic has no capital letters to tell a name from other words, so names are
// left to the names staff know (the submitter, co-signers) and to staff's reading. Arabic-Indic digits are folded
// to ASCII before any pattern runs (normalise.ts), so "٠٥٠ ١٢٣ ٤٥٦٧" is read as 050 123 4567.
import { noRules, type LanguageRules } from '../language-rules.ts';

export const arabic: LanguageRules = {
  ...noRules,
  phoneLabels: ['هاتف', 'الهاتف', 'رقم الهاتف', 'جوال', 'الجوال', 'موبايل', 'محمول', 'نقال', 'تلفون', 'واتساب', 'فاكس'],
  identityLabels: [
    'رقم الهوية', 'الهوية', 'بطاقة الهوية', 'هوية', 'جواز السفر', 'جواز سفر', 'رقم جواز السفر', 'الرقم الوطني', 'الرقم القومي',
    'رقم وطني', 'رقم قومي', 'رقم البطاقة', 'رقم الإقامة', 'الإقامة',
  ],
};
