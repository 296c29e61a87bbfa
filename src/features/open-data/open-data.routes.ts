// The read-only open-data API under /api/v1: public calls, their published inputs (paged JSON, or whole as CSV or
// JSON files), and counts of published inputs. Anonymous and cookie-free; reads only published copies.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { findPublicCall, type CallWithQuestionnaires } from '../calls/index.ts';
import { countPublishedInputs, countsCsvHeader, countsCsvRows } from './count-published-inputs.ts';
import { toCsv } from './csv.ts';
import { inputsCsvTable } from './inputs-csv.ts';
import { listOpenCalls } from './list-open-calls.ts';
import { openApiDocument } from './openapi.ts';
import { linkHeader, pageLinks, readPage } from './pagination.ts';
import { callRef, readPublishedInputs } from './read-published-inputs.ts';
import { csvType, jsonType, sendDownload, sendJson, sendJsonError } from './send-open-data.ts';

type CallRequest = FastifyRequest<{ Params: { slug: string }; Querystring: Record<string, unknown> }>;

export const apiPrefix = '/api/v1';

export function openDataRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  const baseUrl = deps.config.baseUrl;

  /** Runs `handle` with the public call named in the address, or answers a JSON 404 (drafts do not exist here). */
  function withCall(handle: (call: CallWithQuestionnaires, request: CallRequest, reply: FastifyReply) => Promise<FastifyReply>) {
    return async (request: CallRequest, reply: FastifyReply) => {
      const call = await findPublicCall(db, request.params.slug);
      return call ? handle(call, request, reply) : sendJsonError(request, reply, 404, 'call-not-found');
    };
  }

  return async (app) => {
    app.get(`${apiPrefix}/openapi.json`, async (request, reply) => sendJson(request, reply, openApiDocument(baseUrl)));

    app.get(`${apiPrefix}/calls`, async (request, reply) => sendJson(request, reply, { calls: await listOpenCalls(db, baseUrl) }));

    app.get(`${apiPrefix}/calls/:slug/inputs`, withCall(async (call, request, reply) => {
      const page = readPage(request.query);
      if (!page) return sendJsonError(request, reply, 400, 'invalid-pagination');
      const { total, inputs } = await readPublishedInputs(db, call, baseUrl, page);
      const links = pageLinks(`${baseUrl}${apiPrefix}/calls/${call.slug}/inputs`, page, total);
      reply.header('Link', linkHeader(links));
      return sendJson(request, reply, { call: callRef(call), total, page: page.page, per_page: page.perPage, links, inputs });
    }));

    app.get(`${apiPrefix}/calls/:slug/inputs.json`, withCall(async (call, request, reply) => {
      const { total, inputs } = await readPublishedInputs(db, call, baseUrl);
      const text = JSON.stringify({ call: callRef(call), total, inputs });
      return sendDownload(request, reply, { filename: `${call.slug}-inputs.json`, mediaType: jsonType, text });
    }));

    app.get(`${apiPrefix}/calls/:slug/inputs.csv`, withCall(async (call, request, reply) => {
      const { inputs } = await readPublishedInputs(db, call, baseUrl);
      const { header, rows } = inputsCsvTable(inputs, call.questionnaires);
      return sendDownload(request, reply, { filename: `${call.slug}-inputs.csv`, mediaType: csvType, text: toCsv(header, rows) });
    }));

    app.get(`${apiPrefix}/calls/:slug/counts`, withCall(async (call, request, reply) => {
      return sendJson(request, reply, { call: callRef(call), ...(await countPublishedInputs(db, call.id)) });
    }));

    app.get(`${apiPrefix}/calls/:slug/counts.csv`, withCall(async (call, request, reply) => {
      const text = toCsv(countsCsvHeader, countsCsvRows(await countPublishedInputs(db, call.id)));
      return sendDownload(request, reply, { filename: `${call.slug}-counts.csv`, mediaType: csvType, text });
    }));
  };
}
