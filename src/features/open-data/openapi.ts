// The OpenAPI 3.1 description of the open-data API, written by hand so it reads as documentation. Its schemas are
// JSON Schema 2020-12; tests check every /api/v1 route is described (and nothing else) and that real responses
// validate against these schemas, so the document cannot drift from the code unnoticed.
import { regionalGroups } from '../../platform/geo/un-regional-groups.ts';
import { answerLanguages, partKinds, stakeholderTypes } from '../calls/index.ts';
import { redactionReasons } from '../review/redaction/index.ts';
import { defaultPerPage, maxPerPage } from './pagination.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string) => ({ type: [type, 'null'] });
const object = (properties: Record<string, unknown>, description?: string) => ({
  type: 'object', ...(description ? { description } : {}), required: Object.keys(properties), additionalProperties: false, properties,
});
const arrayOf = (items: unknown) => ({ type: 'array', items });
const placeholders = `Published text. A passage hidden before publication reads "[redacted: <reason>]", reason one of: ${redactionReasons.join(', ')}.`;

const schemas = {
  Translated: { type: 'object', description: 'One text per language code (en, fr, es…).', additionalProperties: { type: 'string' } },
  Error: object({ error: { type: 'string', enum: ['call-not-found', 'invalid-pagination'] } }),
  CallRef: object({ slug: { type: 'string' }, reference_code: { type: 'string' } }),
  Call: object({
    id: { type: 'string' }, slug: { type: 'string' }, reference_code: { type: 'string' },
    status: { type: 'string', enum: ['open', 'closed', 'archived'] }, title: ref('Translated'),
    deadline_at: { type: 'string', format: 'date-time' }, languages: arrayOf({ type: 'string', enum: answerLanguages }),
    published_inputs: { type: 'integer', minimum: 0 },
    links: object({ page: { type: 'string', format: 'uri' }, inputs: { type: 'string', format: 'uri' }, counts: { type: 'string', format: 'uri' } }),
  }),
  Choice: object({ key: { type: 'string' }, label: ref('Translated') }),
  PartAnswer: object({
    key: { type: 'string' }, kind: { type: 'string', enum: partKinds }, label: ref('Translated'),
    text: { ...nullable('string'), description: placeholders }, details: { ...nullable('string'), description: placeholders },
    other: { ...nullable('string'), description: `The "Other" answer. ${placeholders}` },
    choices: arrayOf(ref('Choice')), countries: arrayOf({ type: 'string', pattern: '^[A-Z]{2}$' }),
    yes_no: { enum: ['yes', 'no', null] },
  }),
  Answer: object({ question: { type: 'string', description: 'The question number as the call prints it.' }, question_text: ref('Translated'), parts: arrayOf(ref('PartAnswer')) }),
  Attachment: object({
    filename: { type: 'string' }, media_type: { type: 'string' }, size_bytes: { type: 'integer', minimum: 0 },
    question: { ...nullable('string'), description: 'The question the file answers; null for a file sent with the whole input.' },
    url: { type: 'string', format: 'uri', description: 'A cleaned copy, without identifying metadata.' },
  }),
  Input: object({
    reference: { type: 'string' }, url: { type: 'string', format: 'uri', description: 'The input’s public page.' },
    stakeholder_type: { type: 'string', enum: stakeholderTypes },
    display_name: { ...nullable('string'), description: 'Null when the author chose publication without identifying details.' },
    countries: arrayOf({ type: 'string', pattern: '^[A-Z]{2}$' }),
    regional_groups: arrayOf({ type: 'string', enum: regionalGroups }),
    language: { type: 'string' }, published_on: { type: 'string', format: 'date' },
    questionnaire: { ...nullable('integer'), description: 'Position (from 1) of the questionnaire answered among the call’s questionnaires.' },
    co_signers: arrayOf({ type: 'string' }), answers: arrayOf(ref('Answer')), attachments: arrayOf(ref('Attachment')),
  }),
  PageLinks: object({
    self: { type: 'string', format: 'uri' }, first: { type: 'string', format: 'uri' }, last: { type: 'string', format: 'uri' },
    prev: nullable('string'), next: nullable('string'),
  }),
  InputsPage: object({
    call: ref('CallRef'), total: { type: 'integer', minimum: 0 }, page: { type: 'integer', minimum: 1 },
    per_page: { type: 'integer', minimum: 1, maximum: maxPerPage }, links: ref('PageLinks'), inputs: arrayOf(ref('Input')),
  }),
  InputsDump: object({ call: ref('CallRef'), total: { type: 'integer', minimum: 0 }, inputs: arrayOf(ref('Input')) }),
  Count: object({ key: { type: 'string' }, count: { type: 'integer', minimum: 0 } }),
  Counts: object({
    call: ref('CallRef'), total: { type: 'integer', minimum: 0 },
    by_stakeholder_type: arrayOf(ref('Count')), by_language: arrayOf(ref('Count')),
    by_country: { ...arrayOf(ref('Count')), description: 'An input naming several countries counts once for each.' },
    by_regional_group: { ...arrayOf(ref('Count')), description: 'UN regional groups; "none" counts inputs with no country in any group.' },
  }),
};

const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]{1,100}$' } };
const json = (schema: unknown) => ({ 'application/json': { schema } });
const ok = (description: string, content: unknown) => ({ description, content, headers: { ETag: { schema: { type: 'string' } } } });
const notFound = { description: 'No public call has this slug.', content: json(ref('Error')) };
const csv = (description: string) => ok(description, { 'text/csv': { schema: { type: 'string' } } });

export function openApiDocument(baseUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Calls for inputs — open data',
      version: '1.0.0',
      description: 'Read-only access to published inputs (only those whose authors consented to publication, as redacted '
        + 'before publication) and to counts of published inputs. No authentication; any origin may read it.',
    },
    servers: [{ url: baseUrl }],
    paths: {
      '/api/v1/openapi.json': { get: { operationId: 'getOpenApi', summary: 'This document.', responses: { 200: ok('OpenAPI 3.1', json({ type: 'object' })) } } },
      '/api/v1/calls': {
        get: {
          operationId: 'listCalls', summary: 'Public calls for inputs (never drafts) with their number of published inputs.',
          responses: { 200: ok('The calls', json(object({ calls: arrayOf(ref('Call')) }))) },
        },
      },
      '/api/v1/calls/{slug}/inputs': {
        get: {
          operationId: 'listInputs', summary: 'A page of the call’s published inputs, ordered by reference.',
          parameters: [
            slug,
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
            { name: 'per_page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: maxPerPage, default: defaultPerPage } },
          ],
          responses: {
            200: { ...ok('The page; links also in the Link header.', json(ref('InputsPage'))), headers: { ETag: { schema: { type: 'string' } }, Link: { schema: { type: 'string' } } } },
            400: { description: 'page or per_page is not a whole number in range.', content: json(ref('Error')) },
            404: notFound,
          },
        },
      },
      '/api/v1/calls/{slug}/inputs.json': {
        get: { operationId: 'downloadInputsJson', summary: 'Every published input of the call, as one JSON file.', parameters: [slug], responses: { 200: ok('The file', json(ref('InputsDump'))), 404: notFound } },
      },
      '/api/v1/calls/{slug}/inputs.csv': {
        get: {
          operationId: 'downloadInputsCsv', parameters: [slug], responses: { 200: csv('UTF-8 with BOM, RFC 4180.'), 404: notFound },
          summary: 'Every published input, one row each; answers in columns q1, q2… (qn<k>.q<n> when the call has several questionnaires).',
        },
      },
      '/api/v1/calls/{slug}/counts': {
        get: { operationId: 'getCounts', summary: 'Published inputs by stakeholder type, language, country and UN regional group.', parameters: [slug], responses: { 200: ok('The counts', json(ref('Counts'))), 404: notFound } },
      },
      '/api/v1/calls/{slug}/counts.csv': {
        get: { operationId: 'downloadCountsCsv', summary: 'The same counts as CSV: dimension, key, count.', parameters: [slug], responses: { 200: csv('UTF-8 with BOM, RFC 4180.'), 404: notFound } },
      },
    },
    components: { schemas },
  };
}
