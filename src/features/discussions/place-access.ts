// Turns a URL's place into a Place the reader may enter, for both kinds of place with one set of routes. A public
// forum is open to anyone; a network's threads need a signed-in member of its organisations, and to everyone else
// they answer exactly as a place that does not exist (the routes' requireMember() sends signed-out readers to
// sign in first, whether or not the network exists).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { isTheme, themeLabelKey } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import { authorshipFor, isMyPseudonym } from '../members/index.ts';
import type { Writer } from './author.ts';
import { placeKey, type Place } from './discussion.ts';
import { canRead } from './discussion.policy.ts';
import { findNetwork } from './network-access.ts';

export interface PlaceParams {
  theme?: string;
  id?: string;
}

export interface OpenPlace {
  place: Place;
  /** The forum's theme name or the network's name, in the reader's language. */
  name: string;
}

/** The place, or undefined after answering 404 to a reader who may not enter it. */
export async function enterPlace(deps: AppDeps, request: FastifyRequest<{ Params: PlaceParams }>, reply: FastifyReply): Promise<OpenPlace | undefined> {
  const { theme, id } = request.params;
  if (theme !== undefined) {
    if (isTheme(theme)) return { place: { kind: 'forum', theme }, name: request.i18n.t(themeLabelKey(theme)) };
  } else if (id !== undefined) {
    const place: Place = { kind: 'network', networkId: id };
    const network = await findNetwork(deps.db, id);
    if (network && await canRead(deps.db, place, request.member?.id)) return { place, name: network.name };
  }
  reply.callNotFound();
  return undefined;
}

/** The signed-in member as a writer in this place: named, or under their pseudonym here when at risk. */
export function writerIn(request: FastifyRequest, place: Place): Writer | undefined {
  const member = request.member;
  if (!member) return undefined;
  const context = placeKey(place);
  const authorship = authorshipFor(request, context);
  return {
    memberId: member.id,
    authorship: authorship.kind === 'member' ? { kind: 'member', memberId: authorship.memberId } : { kind: 'pseudonym', pseudonymId: authorship.pseudonymId, label: authorship.label },
    holdsPseudonym: (pseudonymId) => isMyPseudonym(request, context, pseudonymId),
  };
}
