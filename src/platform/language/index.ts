// Natural-language helpers that run offline: which language a text is written in.
export { detectableLanguages, detectLanguage, type DetectableLanguage, type DetectedLanguage } from './detect-language.ts';
