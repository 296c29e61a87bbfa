// Who sent a letter, guessed from the places a letter says it: the signature block, the letterhead, "on behalf of…",
// the From name and the sender's domain. Guesses only: staff confirm them, so each carries the reasons it came from.
import type { StakeholderType } from '../../calls/index.ts';
import { countriesNamed } from './countries-named.ts';
import { closingLine, letterheadLines, tailStart } from './letter-parts.ts';
import { isBlank, splitLines, type Line } from './lines.ts';
import { isJobTitle, kindOfOrganisation } from './organisation-words.ts';
import { readSenderDomain } from './sender-domain.ts';

export interface SubmitterGuess {
  stakeholderType: StakeholderType | null;
  organisation: string | null;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /**
   * Where each guess came from. Organisation: 'signature', 'letterhead', 'on-behalf-of', 'from-name', 'sender-domain'.
   * Type: 'organisation-name' (its words), 'government-domain', 'academic-domain', 'intergovernmental-domain',
   * 'personal-letter'. Countries: 'country-tld', 'country-named'.
   */
  reasons: string[];
}

export interface SubmitterEvidence {
  fromName: string;
  fromAddress: string;
  subject: string;
  text: string;
}

const domainReasons = { state: 'government-domain', academia: 'academic-domain', intergovernmental: 'intergovernmental-domain' } as const;

export function guessSubmitter(input: SubmitterEvidence): SubmitterGuess {
  const lines = splitLines(input.text);
  const signature = signatureLines(input.text, lines);
  const letterhead = letterheadLines(lines);
  const domain = readSenderDomain(input.fromAddress);
  const reasons: string[] = [];

  const named = organisationIn(signature, 'signature') ?? organisationIn(letterhead, 'letterhead')
    ?? onBehalfOf(input.text) ?? organisationInName(input.fromName);
  let organisation = named?.name ?? null;
  if (named) reasons.push(named.reason);
  else if (domain && !domain.webmail) {
    organisation = domain.domain;
    reasons.push('sender-domain');
  }

  let stakeholderType: StakeholderType | null = named ? kindOfOrganisation(named.name) : null;
  if (stakeholderType) reasons.push('organisation-name');
  else if (domain?.type) {
    stakeholderType = domain.type;
    reasons.push(domainReasons[domain.type as keyof typeof domainReasons] ?? 'sender-domain');
  } else if (!named && (!domain || domain.webmail)) {
    stakeholderType = 'individual';
    reasons.push('personal-letter');
  } else if (named) {
    stakeholderType = 'civil-society';
  }

  const countries: string[] = [];
  if (domain?.country) {
    countries.push(domain.country);
    reasons.push('country-tld');
  }
  const mentioned = countriesNamed([...letterhead, ...signature].map((l) => l.text).join('\n')).filter((c) => !countries.includes(c));
  if (mentioned.length) {
    countries.push(...mentioned);
    reasons.push('country-named');
  }
  return { stakeholderType, organisation, countries, reasons };
}

/** The lines after the closing formula (or the bare signature block), without the signer's own name. */
function signatureLines(text: string, lines: readonly Line[]): Line[] {
  const tail = tailStart(text, lines);
  const closing = closingLine(lines, tail);
  const after = lines.filter((l) => l.start >= tail && l !== closing && !isBlank(l));
  // The first line is the signer's name unless it already names an organisation ("Red Andina de Solidaridad").
  return after.length > 1 && !kindOfOrganisation(after[0]!.text) ? after.slice(1) : after;
}

interface NamedOrganisation {
  name: string;
  reason: string;
}

function organisationIn(lines: readonly Line[], reason: string): NamedOrganisation | null {
  for (const line of lines) {
    const name = organisationOnLine(line.text);
    if (name) return { name, reason };
  }
  return null;
}

// A letterhead often repeats the subject or addresses the mandate: "Submission to the HRC56 report – Civil society
// and international solidarity" names no sender.
const aboutTheCall = /\b(?:submission|contribution|contribuci[óo]n|input|report|rapport|informe|call for|appel [àa]|convocatoria|questionnaire|cuestionario|subject|objet|asunto|independent expert|experte ind[ée]pendante|experta independiente)\b|^\s*re\s*:/iu;

/**
 * "Executive Director, Red Andina de Solidaridad" → "Red Andina de Solidaridad"; "Faculté de droit, Université de
 * Genève" stays whole; "Pretoria, South Africa" or an email line names no organisation.
 */
function organisationOnLine(text: string): string | null {
  if (/@|https?:|www\.|^\s*(?:tel|phone|t[ée]l[ée]fono|fax)\b/iu.test(text) || text.trim().length > 120 || aboutTheCall.test(text)) return null;
  const segments = text.split(/\s*[,|–—]\s+|\s+-\s+/).map((s) => s.replace(/^[\s*_#>-]+|[\s*_.:;]+$/g, '')).filter((s) => s && !isJobTitle(s));
  const kept = segments.filter((s) => countriesNamed(s).length === 0 || kindOfOrganisation(s) !== null);
  if (!kept.some((s) => kindOfOrganisation(s) !== null)) return null;
  // Keep from the first segment that names an organisation: a city before it belongs to the address.
  const first = kept.findIndex((s) => kindOfOrganisation(s) !== null);
  return kept.slice(first).join(', ');
}

const onBehalf = /\b(?:[Oo]n behalf of|[Aa]u nom d[eu'’]|[Aa]u nom des|[Ee]n nombre de|[Ee]n representación de|[Ee]n représentation d[eu'’])\s*(?:the |la |le |l['’]|el |los |las |les |del |de la )?(\p{Lu}[^.;:\n]{2,100}?)(?=,\s*(?:we|i|nous|je|tenemos|le|les|nos|me)\b|[.;:\n]|$)/u;

/** "On behalf of the Pan-African Network for Climate Justice, we…" in the opening lines. */
function onBehalfOf(text: string): NamedOrganisation | null {
  const name = onBehalf.exec(text.slice(0, 2000))?.[1]?.trim();
  return name && kindOfOrganisation(name) ? { name, reason: 'on-behalf-of' } : null;
}

/** "Red Andina de Solidaridad" or "María Quispe (Red Andina de Solidaridad)" as the From name. */
function organisationInName(fromName: string): NamedOrganisation | null {
  const candidates = [/\(([^)]+)\)/.exec(fromName)?.[1], fromName.split(/\s+(?:via|for|pour|por)\s+/i)[1], fromName];
  const name = candidates.find((c) => c && kindOfOrganisation(c))?.trim();
  return name ? { name, reason: 'from-name' } : null;
}
