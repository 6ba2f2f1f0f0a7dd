import assert from 'node:assert/strict';
import test from 'node:test';
import { dateText, figure, figureText, filterQuery, label, markerSize, orderTypes, parseRoute, placeText, safeUrl, typeColour, TYPES } from '../src/js/format.js';

test('only absolute http(s) URLs pass as links', () => {
  assert.equal(safeUrl('https://example.com/a?b=1'), 'https://example.com/a?b=1');
  assert.equal(safeUrl('  http://example.com '), 'http://example.com/');
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/x', '/relative', 'example.com', '', null, 42, {}]) {
    assert.equal(safeUrl(bad), null, String(bad));
  }
});

test('a figure keeps its interval and its qualifier apart', () => {
  assert.deepEqual(figure(27, 27, 'exact'), { interval: '27', qualifier: '' });
  assert.deepEqual(figure(30, 45, 'about'), { interval: '30–45', qualifier: 'about' });
  assert.deepEqual(figure(33, null, 'at_least'), { interval: '33+', qualifier: 'at least' });
  assert.deepEqual(figure(null, 10, 'up_to'), { interval: '≤ 10', qualifier: 'up to' });
  assert.deepEqual(figure(null, null, null), { interval: '?', qualifier: '' });
  assert.equal(figureText(350, 350, 'nearly'), '350 (nearly)');
  assert.equal(figureText(5, 5, 'some_new_word'), '5 (some new word)');
});

test('dates follow their precision, and a range shows its end', () => {
  assert.equal(dateText({ start: '2025-03-11', end: null, precision: 'day' }), '2025-03-11');
  assert.equal(dateText({ start: '2025-03-11', end: '2025-03-13', precision: 'day' }), '2025-03-11 – 2025-03-13');
  assert.equal(dateText({ start: '2025-03-01', precision: 'month' }), '2025-03');
  assert.equal(dateText({ start: '1989-01-01', end: '1989-12-31', precision: 'year' }), '1989');
  assert.equal(dateText(null), 'date unknown');
});

test('places name their most specific part first and repeat nothing', () => {
  assert.equal(placeText({ name: 'Quetta', city: 'Quetta', admin1: 'Balochistan', country: 'PK' }), 'Quetta, Balochistan, PK');
  assert.equal(placeText({ name: 'Haiti', country: 'HT', city: null }), 'Haiti, HT');
  assert.equal(placeText({}), 'place unknown');
});

test('markers grow with the square root of fatalities, within bounds', () => {
  assert.equal(markerSize(null), 12);
  assert.equal(markerSize(0), 12);
  assert.equal(markerSize(-3), 12);
  assert.ok(markerSize(4) > markerSize(1));
  assert.equal(markerSize(25), 32);
  assert.equal(markerSize(100000), 48);
});

test('every known type has its own colour; unknown types are grey and sort after the known', () => {
  assert.equal(new Set(TYPES.map(([, c]) => c)).size, TYPES.length);
  assert.equal(typeColour('hijacking'), '#6a3d9a');
  assert.equal(typeColour('no_such_type'), '#bbbbbb');
  const order = orderTypes(['zeta_new', 'bombing', 'alpha_new']);
  assert.deepEqual(order.slice(-2), ['alpha_new', 'zeta_new']);
  assert.equal(order.indexOf('hijacking'), 0);
  assert.equal(label('suicide_bombing'), 'Suicide bombing');
});

test('filters become a query without blanks, and routes parse back', () => {
  assert.equal(filterQuery({ since: '2025-03-01', type: 'hijacking', q: '  ', actor: ' BLA ', junk: 'x' }), 'since=2025-03-01&type=hijacking&actor=BLA');
  assert.deepEqual(parseRoute('#/incident/12'), { view: 'incident', id: 12 });
  assert.deepEqual(parseRoute('#/submit'), { view: 'submit' });
  assert.deepEqual(parseRoute('#/?type=bombing&evil=1&q=a%26b'), { view: 'list', query: 'type=bombing&q=a%26b' });
  assert.deepEqual(parseRoute(''), { view: 'list', query: '' });
  assert.deepEqual(parseRoute('#/incident/12x'), { view: 'list', query: '' });
});
