import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchCall } from './match-call.ts';

const hrc56 = { id: 'c56', emailSubject: 'HRC56 input to the report', referenceCode: 'HRC56', contactEmail: 'hrc-ie-solidarity@un.org' };
const ga79 = { id: 'c79', emailSubject: 'GA79: international solidarity and climate', referenceCode: 'GA79', contactEmail: 'ie-solidarity-ga@un.org' };
const calls = [hrc56, ga79];
const none = { to: [], cc: [] };

describe('matching an email to a call', () => {
  it('finds the call by its subject line, whatever the prefixes, case, accents and punctuation', () => {
    assert.equal(matchCall(calls, { subject: 'RE: Fwd: hrc56 – Input to the report', ...none }), hrc56);
    assert.equal(matchCall(calls, { subject: 'TR : GA79 : International solidarity and climate', ...none }), ga79);
  });

  it('finds the call by its reference code as a word, not inside another word', () => {
    assert.equal(matchCall(calls, { subject: 'Contribution HRC56 — Red Andina', ...none }), hrc56);
    assert.equal(matchCall(calls, { subject: 'Contribution XHRC56Y', ...none }), null);
  });

  it('falls back to the address the message was sent to', () => {
    assert.equal(matchCall(calls, { subject: 'Our contribution', to: ['HRC-IE-Solidarity@un.org'], cc: [] }), hrc56);
    assert.equal(matchCall(calls, { subject: 'Our contribution', to: ['someone@else.org'], cc: ['ie-solidarity-ga@un.org'] }), ga79);
  });

  it('leaves the message to sort when nothing matches, or when two calls match equally', () => {
    assert.equal(matchCall(calls, { subject: 'Hello', to: ['someone@else.org'], cc: [] }), null);
    assert.equal(matchCall(calls, { subject: 'HRC56 and GA79', ...none }), null);
  });
});
