import assert from 'node:assert/strict';
import test from 'node:test';
import { segments } from '../src/js/highlight.js';

const covered = (pieces) => pieces.filter((p) => p.spans.length).map((p) => [p.text, p.spans.map((s) => s.kind)]);

test('pieces cover the whole text in order, and join back to it', () => {
  const text = 'A total of 27 hostages were killed.';
  const pieces = segments(text, [{ start: 11, end: 22, kind: 'toll' }]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(pieces.map((p) => [p.start, p.end]), [[0, 11], [11, 22], [22, text.length]]);
  assert.deepEqual(covered(pieces), [['27 hostages', ['toll']]]);
});

test('markup in the text stays text: pieces are slices, never parsed', () => {
  const text = '<img src=x onerror=alert(1)> killed 3';
  const pieces = segments(text, [{ start: 0, end: 28, kind: 'quote' }]);
  assert.equal(pieces[0].text, '<img src=x onerror=alert(1)>');
});

test('overlapping and nested spans cut the text at every boundary', () => {
  const text = 'militants hijacked the Jaffer Express today';
  const trigger = { start: 10, end: 37, kind: 'trigger' }; // "hijacked the Jaffer Express"
  const target = { start: 19, end: 37, kind: 'participant' }; // "the Jaffer Express"
  const pieces = segments(text, [target, trigger]);
  assert.deepEqual(covered(pieces), [['hijacked ', ['trigger']], ['the Jaffer Express', ['participant', 'trigger']]]);
  const crossing = segments('abcdef', [{ start: 1, end: 4, kind: 'a' }, { start: 3, end: 6, kind: 'b' }]);
  assert.deepEqual(covered(crossing), [['bc', ['a']], ['d', ['a', 'b']], ['ef', ['b']]]);
});

test('offsets count UTF-16 units, as sitrep stores them: an emoji before a span takes two', () => {
  const text = 'QUETTA 🚆 — 27 hostages';
  const start = text.indexOf('27');
  assert.equal(start, 12); // 7 letters+space, 2 units of emoji, space, dash, space
  const pieces = segments(text, [{ start, end: start + 11, kind: 'toll' }]);
  assert.deepEqual(covered(pieces), [['27 hostages', ['toll']]]);
});

test('spans outside the text are clamped; empty, reversed and malformed spans are dropped', () => {
  const text = 'short';
  const pieces = segments(text, [
    { start: 3, end: 99, kind: 'over' },
    { start: -5, end: 1, kind: 'under' },
    { start: 2, end: 2, kind: 'empty' },
    { start: 4, end: 1, kind: 'reversed' },
    { start: '1', end: 3, kind: 'string' },
    { start: 1.5, end: 3, kind: 'fraction' },
    null,
  ]);
  assert.deepEqual(covered(pieces), [['s', ['under']], ['rt', ['over']]]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
});

test('no spans, or an empty text, give the text back whole', () => {
  assert.deepEqual(segments('plain', []).map((p) => [p.text, p.spans.length]), [['plain', 0]]);
  assert.deepEqual(segments('plain', undefined).map((p) => p.text), ['plain']);
  assert.deepEqual(segments('', [{ start: 0, end: 3, kind: 'x' }]), []);
});
