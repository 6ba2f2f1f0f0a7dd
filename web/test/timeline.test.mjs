import assert from 'node:assert/strict';
import test from 'node:test';
import { binAt, dayNumber, dayString, layoutTimeline, makeBins } from '../src/js/timeline.js';

const box = { width: 632, height: 150 }; // plot 592 px wide, 120 high

test('bars stack by type within a day, in legend order, and the tallest day fills the plot', () => {
  const rows = [
    { day: '2025-03-11', type: 'bombing', count: 2 },
    { day: '2025-03-11', type: 'hijacking', count: 1 },
    { day: '2025-03-13', type: 'bombing', count: 1 },
  ];
  const l = layoutTimeline(rows, box);
  assert.equal(l.unit, 'day');
  assert.equal(l.bins.length, 3); // the empty 12th is a bin too
  assert.equal(l.yMax, 3);
  assert.deepEqual(l.types, ['hijacking', 'bombing']);
  const day11 = l.bars.filter((b) => b.day === '2025-03-11');
  assert.deepEqual(day11.map((b) => b.type), ['hijacking', 'bombing']);
  const [hij, bomb] = day11;
  assert.equal(hij.y + hij.h, l.plot.top + l.plot.height); // first type sits on the baseline
  assert.equal(bomb.y + bomb.h, hij.y); // the next one on top of it
  assert.equal(bomb.y, l.plot.top); // three incidents: the full height
  const day13 = l.bars.find((b) => b.day === '2025-03-13');
  assert.equal(day13.h, l.plot.height / 3);
  assert.ok(day13.x > hij.x);
});

test('a long range falls back to weeks, months, then years', () => {
  const rows = (from, to) => [{ day: from, type: 'bombing', count: 1 }, { day: to, type: 'riot', count: 4 }];
  assert.equal(layoutTimeline(rows('2025-01-01', '2025-06-30'), box).unit, 'day'); // 181 days in 197 slots
  assert.equal(layoutTimeline(rows('2024-01-01', '2025-06-30'), box).unit, 'week');
  const months = layoutTimeline(rows('2015-01-15', '2025-03-11'), box); // 123 months
  assert.equal(months.unit, 'month');
  assert.equal(months.bins[0].start, dayNumber('2015-01-15')); // the first bin starts at the data, not the 1st
  assert.equal(dayString(months.bins[1].start), '2015-02-01');
  assert.equal(months.bars.at(-1).until, '2025-03-11');
  assert.equal(layoutTimeline(rows('1989-01-15', '2025-03-11'), box).unit, 'year');
});

test('bins tile the range with no gap or overlap', () => {
  for (const [from, to, max] of [['2024-01-01', '2025-06-30', 100], ['1980-02-29', '2025-03-11', 600], ['1980-02-29', '2025-03-11', 60]]) {
    const { bins } = makeBins(dayNumber(from), dayNumber(to), max);
    assert.ok(bins.length <= max, `${bins.length} bins for at most ${max}`);
    assert.equal(bins[0].start, dayNumber(from));
    assert.equal(bins.at(-1).end, dayNumber(to));
    bins.forEach((b, i) => {
      assert.ok(b.start <= b.end);
      if (i) assert.equal(b.start, bins[i - 1].end + 1);
    });
  }
});

test('a count lands in the bin holding its day, and binAt finds bins by x', () => {
  const rows = [{ day: '2024-01-01', type: 'bombing', count: 1 }, { day: '2024-03-05', type: 'bombing', count: 3 }, { day: '2025-06-30', type: 'bombing', count: 1 }];
  const l = layoutTimeline(rows, box);
  const bar = l.bars.find((b) => b.count === 3);
  assert.ok(bar.day <= '2024-03-05' && bar.until >= '2024-03-05');
  assert.equal(l.bins[binAt(l, bar.x + bar.w / 2)].start, dayNumber(bar.day));
  assert.equal(binAt(l, -100), 0);
  assert.equal(binAt(l, 1e6), l.bins.length - 1);
});

test('malformed rows are ignored; nothing to draw gives no bars', () => {
  const l = layoutTimeline([{ day: '2025-3-1', type: 'x', count: 1 }, { day: '2025-03-01', type: 'x', count: 0 }, null], box);
  assert.deepEqual(l.bars, []);
  assert.equal(layoutTimeline(undefined, box).bins.length, 0);
});
