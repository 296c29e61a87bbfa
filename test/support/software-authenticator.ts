// A software WebAuthn authenticator for server-side tests: a P-256 key from node:crypto, attestation objects in a
// minimal CBOR encoding (fmt 'none'), and assertions signed as a real authenticator signs them. Tests can make it
// misbehave on purpose: another origin, a corrupted signature, a counter set back. It speaks the JSON the page's
// script posts (assets/passkeys.js), so route tests go through the real forms.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;

/** A CBOR item's head: major type and argument (RFC 8949 §3), for the lengths and integers used here. */
function head(major: number, argument: number): Buffer {
  if (argument < 24) return Buffer.from([(major << 5) | argument]);
  if (argument < 0x100) return Buffer.from([(major << 5) | 24, argument]);
  if (argument < 0x10000) return Buffer.from([(major << 5) | 25, argument >> 8, argument & 0xff]);
  const out = Buffer.alloc(5);
  out[0] = (major << 5) | 26;
  out.writeUInt32BE(argument, 1);
  return out;
}

/** Unsigned and negative integers, byte strings, text strings and maps: all a 'none' attestation needs. */
export function cbor(value: Cbor): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, text.length), text]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  return Buffer.concat([head(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest();

/** Authenticator data flags (WebAuthn §6.1): user present, user verified, attested credential data included. */
const flags = { up: 0x01, uv: 0x04, at: 0x40 };

export interface CeremonyOptions {
  challenge: string;
  rpId?: string;
}

export interface Misbehaviour {
  /** The origin the "browser" reports in clientDataJSON (another site relaying the ceremony). */
  origin?: string;
  /** Flip a bit in the signature. */
  corruptSignature?: boolean;
}

export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16);
  /** The signature counter; incremented before each assertion, as authenticators do. Tests may set it back. */
  counter = 0;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  /** `origin` is the page's origin as the browser would report it; the RP ID defaults to its host name. */
  constructor(private readonly origin: string, private readonly rpId = new URL(origin).hostname) {
    ({ privateKey: this.privateKey, publicKey: this.publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' }));
  }

  get id(): string {
    return base64url(this.credentialId);
  }

  /** The answer to navigator.credentials.create, as the page's script posts it. */
  register(options: CeremonyOptions, misbehaviour: Misbehaviour = {}): object {
    const clientDataJSON = this.clientData('webauthn.create', options.challenge, misbehaviour);
    const jwk = this.publicKey.export({ format: 'jwk' });
    // COSE_Key (RFC 9053): kty EC2, alg ES256, crv P-256, x, y.
    const coseKey = cbor(new Map<Cbor, Cbor>([
      [1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, 'base64url')], [-3, Buffer.from(jwk.y!, 'base64url')],
    ]));
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const authData = Buffer.concat([
      this.authDataHead(options, flags.up | flags.uv | flags.at, this.counter), Buffer.alloc(16), idLength, this.credentialId, coseKey,
    ]);
    const attestationObject = cbor(new Map<Cbor, Cbor>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
    return {
      id: this.id, rawId: this.id, type: 'public-key', clientExtensionResults: {}, authenticatorAttachment: 'platform',
      response: { clientDataJSON: base64url(clientDataJSON), attestationObject: base64url(attestationObject), transports: ['internal'] },
    };
  }

  /** The answer to navigator.credentials.get: a signature over the authenticator data and the client data's hash. */
  signIn(options: CeremonyOptions, misbehaviour: Misbehaviour = {}): object {
    this.counter += 1;
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, misbehaviour);
    const authData = this.authDataHead(options, flags.up | flags.uv, this.counter);
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), this.privateKey);
    if (misbehaviour.corruptSignature) signature[signature.length - 1]! ^= 0x01;
    return {
      id: this.id, rawId: this.id, type: 'public-key', clientExtensionResults: {}, authenticatorAttachment: 'platform',
      response: { clientDataJSON: base64url(clientDataJSON), authenticatorData: base64url(authData), signature: base64url(signature) },
    };
  }

  private clientData(type: string, challenge: string, misbehaviour: Misbehaviour): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: misbehaviour.origin ?? this.origin, crossOrigin: false }));
  }

  private authDataHead(options: CeremonyOptions, flagBits: number, counter: number): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha256(options.rpId ?? this.rpId), Buffer.from([flagBits]), count]);
  }
}

/** The ceremony options a page carries for its script (`data-passkey-options`), read back from the HTML. */
export function passkeyOptionsIn(html: string): CeremonyOptions & Record<string, unknown> {
  const match = /data-passkey-options="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error('no passkey options on the page');
  const json = match[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return JSON.parse(json) as CeremonyOptions & Record<string, unknown>;
}
