// Whether a letter asks not to be published. The call says inputs "may be published … unless otherwise indicated",
// so a letter that indicates otherwise must not be published by mistake; but an answer about confidentiality
// ("the confidentiality of victims", "we decided not to publish our reports") is not such a request, and neither is
// "this submission is not confidential" nor "may be published". Only phrases that ask, about this submission (or a
// part of it), are taken.

export interface PublicationRefusal {
  phrase: string;
  start: number;
  end: number;
}

const sentenceStart = String.raw`(?<=^|[.!?:;]\s+|\n\s*)`;
const published = String.raw`(?:published|made\s+public|publicly\s+(?:available|posted|shared)|posted\s+online)`;

// "Asking" forms: a request verb or an imperative at the start of a sentence, never a description of what happened.
const english = [
  String.raw`\b(?:please|kindly)\s*,?\s*(?:do\s+not|don['’]t)\s+(?:publish|post|disclose|make\s+(?:this|it|our|the)\b[^.!?\n]{0,40}?\s+public)\b`,
  String.raw`${sentenceStart}(?:do\s+not|don['’]t)\s+(?:publish|post)\b`,
  String.raw`\b(?:should|must|shall)\s+not\s+be\s+${published}`,
  String.raw`\b(?:ask|asks|asking|request|requests|requesting|prefer|wish|want|would\s+like)\s+(?:you\s+|that\s+)?(?:[\w’'-]+\s+){0,5}?not\s+(?:to\s+)?(?:be\s+)?(?:publish|${published})\b`,
  String.raw`\bnot\s+(?:intended\s+)?for\s+(?:publication|public\s+(?:release|distribution|dissemination|use))\b`,
  String.raw`\b(?:do|does|did)\s+not\s+(?:consent|agree|authori[sz]e|wish|want)\s+(?:to\s+)?(?:the\s+|its\s+|their\s+|any\s+)?(?:publication|publishing|(?:it|this|our|the)\b[^.!?\n]{0,40}?\bto\s+be\s+published|being\s+published)`,
  String.raw`\b(?:this|our|the\s+present|the\s+attached|the\s+following)\s+(?:submission|input|contribution|letter|document|response|reply|information|communication)\s+(?:is|are|should\s+(?:be|remain)|must\s+(?:be|remain)|to\s+be|remains?)\s+(?:kept\s+|treated\s+as\s+|considered\s+|regarded\s+as\s+)?(?:strictly\s+|entirely\s+|fully\s+)?confidential\b`,
  String.raw`\b(?:treat|keep|handle|consider)\s+(?:this|our|the)\s+(?:submission|input|contribution|letter|information|document|response)\s+(?:as\s+)?(?:strictly\s+)?confidential\b`,
  String.raw`\b(?:submit|submitted|submitting|provide|provided|share|shared|send|sent|transmit|transmitted)\b[^.!?\n]{0,80}?(?:in\s+(?:strict\s+)?confidence|on\s+a\s+(?:strictly\s+)?confidential\s+basis)`,
  String.raw`\bconfidential\s+(?:submission|input|contribution)\b`,
  String.raw`\bfor\s+(?:internal\s+use|the\s+(?:independent\s+expert|mandate)['’]?s?\s+(?:information|use))\s+only\b`,
];

const french = [
  String.raw`\b(?:merci|prière|nous\s+vous\s+(?:prions|demandons|remercions)|je\s+vous\s+(?:prie|demande|remercie)|veuillez|nous\s+demandons|je\s+demande)\s+(?:de\s+|d['’])?(?:bien\s+vouloir\s+)?ne\s+pas\s+(?:la\s+|le\s+|les\s+|l['’])?(?:publier|rendre\s+publique?s?|diffuser|mettre\s+en\s+ligne)`,
  String.raw`${sentenceStart}ne\s+pas\s+(?:publier|diffuser)\b`,
  String.raw`\bne\s+(?:soit|soient|doit|doivent|devrait|devraient)\s+pas\s+(?:être\s+)?(?:publiée?s?|rendue?s?\s+publique?s?|diffusée?s?|mise?s?\s+en\s+ligne)`,
  String.raw`\b(?:non|pas)\s+destinée?s?\s+à\s+(?:la\s+)?(?:publication|diffusion)`,
  String.raw`\bne\s+(?:consent\w*|souhait\w*|autoris\w*|accept\w*|désir\w*)\s+pas\s+(?:à\s+)?(?:la\s+publication|sa\s+publication|(?:que|qu['’])[^.!?\n]{0,60}?(?:soit|soient)\s+publiée?s?)`,
  String.raw`\b(?:cette|notre|la\s+présente)\s+(?:contribution|soumission|lettre|réponse|communication|note)\s+(?:est|reste|demeure|doit\s+(?:rester|demeurer|être\s+(?:traitée|considérée)\s+comme))\s+(?:strictement\s+|entièrement\s+)?confidentielle`,
  String.raw`\b(?:traiter|considérer|garder)\s+(?:cette|notre|la)\s+(?:contribution|lettre|communication|réponse)\s+(?:comme\s+)?(?:strictement\s+)?confidentielle`,
  String.raw`\b(?:transmettons|adressons|communiquons|partageons|envoyons|soumettons|contribution|lettre)\b[^.!?\n]{0,80}?(?:à\s+titre|de\s+(?:manière|façon))\s+(?:strictement\s+)?confidentiel(?:le)?`,
  String.raw`\b(?:contribution|soumission)\s+confidentielle\b`,
];

const spanish = [
  String.raw`\b(?:les\s+rogamos|le\s+rogamos|rogamos|solicitamos|les\s+pedimos|le\s+pedimos|pedimos|favor\s+de|por\s+favor,?|agradeceríamos|agradeceremos|solicito|ruego|pido|les\s+solicitamos)\s+(?:que\s+)?(?:no\s+(?:publicar|publiquen|publique|difundir|difundan|difunda|hacer\s+pública)|no\s+se\s+(?:publique|publiquen|difunda))`,
  String.raw`${sentenceStart}no\s+(?:publicar|difundir)\b`,
  String.raw`\bno\s+(?:sea|sean|debe|deben|debería|deberían)\s+(?:ser\s+)?(?:publicad[ao]s?|publicarse|hech[ao]s?\s+públic[ao]s?|difundid[ao]s?|difundirse)`,
  String.raw`\bque\s+no\s+se\s+(?:publique|publiquen|haga\s+pública|difunda)`,
  String.raw`\bno\s+(?:destinad[ao]s?\s+a\s+(?:la\s+|su\s+)?|para\s+(?:su\s+)?)(?:publicación|difusión)`,
  String.raw`\bno\s+(?:autoriz\w+|consent\w+|dese\w+|acept\w+)\s+(?:la\s+publicación|su\s+publicación|que\s+[^.!?\n]{0,60}?(?:sea|sean)\s+publicad[ao]s?)`,
  String.raw`\b(?:esta|nuestra|la\s+presente)\s+(?:contribución|comunicación|carta|respuesta|presentación|nota)\s+(?:es|tiene\s+carácter|debe\s+(?:ser\s+tratada\s+como|mantenerse|considerarse)|se\s+envía\s+con\s+carácter)\s+(?:estrictamente\s+)?confidencial`,
  String.raw`\b(?:presentamos|enviamos|remitimos|compartimos|transmitimos|contribución|comunicación|carta)\b[^.!?\n]{0,80}?(?:con\s+carácter|de\s+(?:manera|forma)|a\s+título)\s+(?:estrictamente\s+)?(?:confidencial|reservad[ao])`,
  String.raw`\b(?:contribución|comunicación|presentación)\s+confidencial\b`,
];

// A heading line saying only that: "CONFIDENTIAL", "Strictly confidential", "NO PUBLICAR", "Ne pas publier".
const headingLines = String.raw`^[ \t*_#>-]*(?:strictly\s+|strictement\s+|estrictamente\s+)?(?:confidential|confidentiel(?:le)?|confidencial|not\s+for\s+publication|do\s+not\s+publish|ne\s+pas\s+publier|no\s+publicar)[ \t*_.:!–-]*$`;

const patterns: RegExp[] = [...english, ...french, ...spanish].map((source) => new RegExp(source, 'giu'));
const headingPattern = new RegExp(headingLines, 'gimu');

// "is not a confidential submission", "non confidentielle", "no es una contribución confidencial".
const negatedBefore = /(?:\bnot|\bnon|\bno|\bpas|n['’]est\s+pas|\bni)\s+(?:(?:a|an|une|un|una|un)\s+)?$/iu;

export function findPublicationRefusal(text: string): PublicationRefusal | null {
  let first: PublicationRefusal | null = null;
  for (const pattern of [...patterns, headingPattern]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      if (first && start >= first.start) break;
      if (negatedBefore.test(text.slice(Math.max(0, start - 20), start))) continue;
      const phrase = match[0].trim();
      const offset = start + match[0].indexOf(phrase);
      first = { phrase, start: offset, end: offset + phrase.length };
      break;
    }
  }
  return first;
}
