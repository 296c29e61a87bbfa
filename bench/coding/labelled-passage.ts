// One passage of the labelled set: text as an input to the HRC56 call might say it, and the codes a careful coder
// would apply to it. Labels follow the passage, not the term lists: a code whose words are absent still counts.
export interface LabelledPassage {
  id: string;
  language: 'en' | 'fr' | 'es';
  text: string;
  codes: string[];
}
