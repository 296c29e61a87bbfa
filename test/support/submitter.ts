// A submitter in route tests: a browser-like client (cookies, CSRF token of the last form seen, its own address so
// rate limits of one test never touch another), the fields of a complete answer to the factory's test call, and a
// minimal DOCX (file-type knows one by its [Content_Types].xml and word/ entries).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { CallWithQuestionnaires } from '../../src/features/calls/index.ts';
import { zipWith } from './documents.ts';
import { CookieJar, csrfTokenFrom } from './test-app.ts';

export type FormValues = Record<string, string | string[]>;
export interface FormFile {
  field: string;
  filename: string;
  data: Buffer;
  type?: string;
}

let clients = 0;

export class SubmitterClient {
  private readonly jar = new CookieJar();
  private csrf = '';
  readonly address: string;

  constructor(private readonly app: FastifyInstance) {
    clients += 1;
    this.address = `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({ url, headers: { cookie: this.jar.header(), ...headers }, remoteAddress: this.address });
    this.jar.store(response);
    if (/name="_csrf"/.test(response.body)) this.csrf = csrfTokenFrom(response.body);
    return response;
  }

  /** Posts a multipart form as a browser would, with the CSRF token of the last form seen unless told otherwise. */
  async post(url: string, values: FormValues, files: FormFile[] = [], options: { csrf?: boolean } = {}): Promise<LightMyRequestResponse> {
    const form = new FormData();
    if (options.csrf !== false) form.append('_csrf', this.csrf);
    for (const [name, value] of Object.entries(values)) {
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
    }
    for (const file of files) form.append(file.field, new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }), file.filename);
    const response = await this.app.inject({
      method: 'POST', url, payload: form, headers: { cookie: this.jar.header() }, remoteAddress: this.address,
    });
    this.jar.store(response);
    if (/name="_csrf"/.test(response.body)) this.csrf = csrfTokenFrom(response.body);
    return response;
  }
}

/** Field names of the factory call's parts (createTestCall): networks, answer, experienced, where, evidence. */
export function partFields(call: CallWithQuestionnaires) {
  const [q1, q2, q3] = call.questionnaires[0]!.questions;
  return {
    networks: `a.${q1!.id}:networks`,
    answer: `a.${q2!.id}:answer`,
    experienced: `a.${q3!.id}:experienced`,
    where: `a.${q3!.id}:where`,
    evidence: `a.${q3!.id}:evidence`,
  };
}

/** A complete, valid answer to the factory call; override or drop (with undefined) any field. */
export function completeAnswer(call: CallWithQuestionnaires, overrides: Record<string, string | string[] | undefined> = {}): FormValues {
  const p = partFields(call);
  const values: Record<string, string | string[] | undefined> = {
    'submitter.kind': 'organisation',
    'submitter.name': 'Red de Solidaridad Transnacional',
    'submitter.organisation-type': 'Network',
    'submitter.countries': ['KE', 'CL'],
    'submitter.email': 'contact@solidarity.example',
    'submitter.co-signers': 'Amigos de la Tierra\nFIAN',
    language: 'en',
    [`${p.networks}.choices`]: ['regional', 'transnational'],
    [`${p.networks}.other`]: 'Diaspora networks',
    [`${p.answer}.text`]: 'Our actions include women, indigenous peoples and migrants.',
    [`${p.experienced}.yes-no`]: 'yes',
    [`${p.experienced}.details`]: 'Travel bans on our members.',
    [`${p.where}.countries`]: ['NI'],
    consent: 'public-named',
    'processing-consent': 'yes',
    action: 'save',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
}

/** The private token in a draft address such as /drafts/<token>?created=1 or /drafts/<token>/review. */
export function tokenFrom(location: unknown): string {
  const match = /^\/(?:drafts|submissions)\/([A-Za-z0-9_-]+)/.exec(String(location));
  if (!match?.[1]) throw new Error(`no token in ${String(location)}`);
  return match[1];
}

/** The smallest DOCX file-type recognises: [Content_Types].xml and a word/ part, nothing else. */
export function tinyDocx(): Promise<Buffer> {
  return zipWith({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Input</w:t></w:r></w:p></w:body></w:document>',
  });
}
