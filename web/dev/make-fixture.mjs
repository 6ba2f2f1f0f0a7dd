// Writes dev/fixture/: API answers shaped like the contract in README.md, for serve-fixture.mjs.
//
//   node dev/make-fixture.mjs
//
// The articles are made up for the fixture (no real reporting is copied). Evidence offsets are found by
// searching each quoted phrase in its text, so they are right by construction; one text has an astral
// character (an emoji, two UTF-16 units) before its spans to keep the offsets honest about UTF-16. One
// document is hostile: markup in its title and text, a javascript: URL, to see that the page shows it
// as text and withholds the link. Ten incidents have full details; thirty more, spread over two months,
// fill the list, the map and the timeline (serve-fixture derives their details from the list item).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixture');

const CODES = {
  hijacking: ['Hijacking', 'Violence against civilians', 'Abduction/forced disappearance', '181', 'kidnapping'],
  kidnapping: ['Hostage Taking (Kidnapping)', 'Violence against civilians', 'Abduction/forced disappearance', '181', 'kidnapping'],
  suicide_bombing: ['Bombing/Explosion', 'Explosions/Remote violence', 'Suicide bomb', '1831', 'bombing'],
  bombing: ['Bombing/Explosion', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', '183', 'bombing'],
  armed_assault: ['Armed Assault', 'Violence against civilians', 'Attack', '180', 'attack'],
  assassination: ['Assassination', 'Violence against civilians', 'Attack', '186', 'attack'],
  arson: ['Facility/Infrastructure Attack', 'Strategic developments', 'Looting/property destruction', '1712', 'arson'],
  armed_clash: [null, 'Battles', 'Armed clash', '190', null],
  security_operation: [null, 'Battles', 'Armed clash', '190', null],
  riot: [null, 'Riots', 'Violent demonstration', '145', null],
  protest: [null, 'Protests', 'Protest with intervention', '141', null],
};
const codes = (type) => {
  const [gtd, acled, acledSub, cameo, muc4] = CODES[type];
  return { gtd, acled, acled_sub: acledSub, cameo, muc4 };
};

function find(text, phrase, from = 0) {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture: "${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

// ---- documents ----------------------------------------------------------------------------------
const documents = {
  3: {
    title: 'Hundreds of hostages freed after militants seize train in Balochistan',
    source: 'CNN', published: '2025-03-12', url: 'https://example.com/cnn/2025/03/12/train-hostages',
    text: 'QUETTA, Pakistan 🚆 — Nearly 350 hostages have been rescued after a standoff between Pakistan’s army '
      + 'and militants who hijacked the Jaffer Express in Balochistan province on Tuesday.\n\n'
      + 'A total of 27 hostages were killed by the attackers, the security source said, as well as one soldier. '
      + 'At least 33 militants were killed in the rescue operation.\n\n'
      + 'The Baloch Liberation Army (BLA) claimed responsibility for the attack. It was the group’s deadliest '
      + 'since the suicide bombing at Quetta railway station in November.',
  },
  4: {
    title: 'Jaffer Express siege ends; officials give final toll',
    source: 'Dawn', published: '2025-03-13', url: 'https://example.org/dawn/jaffer-express-toll',
    text: 'ISLAMABAD: The military said on Wednesday that 26 hostages and four soldiers had died during the '
      + 'siege of the Jaffer Express near Bolan, while 346 passengers were freed. Officials said 33 attackers '
      + 'were killed.\n\nA spokesman for the Baloch Liberation Army said the group had “executed” captives, '
      + 'a claim the military rejected. Later, officials revised the number of hostages killed to 27.',
  },
  5: {
    title: 'Wire: <img src=x onerror=alert(1)> train attack "update" & more',
    source: 'Example <b>Wire</b>', published: '2025-03-13', url: 'javascript:alert(document.cookie)',
    text: 'This report tries to break the page: <script>alert("x")</script> <img src=x onerror=alert(2)>\n'
      + 'Officials said more than 30 hostages were killed in the attack on the train in Balochistan.\n'
      + 'A link: <a href="javascript:alert(3)">click</a> &amp; an entity that must stay as typed.',
  },
  1: {
    title: 'Suicide bombing at Quetta railway station kills dozens',
    source: 'Reuters', published: '2024-11-09', url: 'https://example.com/reuters/quetta-station',
    text: 'A suicide bomber blew himself up at Quetta’s main railway station on Saturday, killing at least 26 '
      + 'people, including soldiers waiting for a train, police said. The Baloch Liberation Army claimed the attack.',
  },
  6: {
    title: 'Car bomb hits Mogadishu checkpoint', source: 'AFP', published: '2025-03-15', url: 'https://example.com/afp/mogadishu',
    text: 'A car bomb exploded at a checkpoint near Mogadishu’s airport on Saturday, killing five people, a police '
      + 'officer said. Al-Shabaab said it carried out the attack.',
  },
  7: {
    title: 'Fighting around El Fasher kills dozens', source: 'Al Jazeera', published: '2025-03-12', url: 'https://example.com/aj/el-fasher',
    text: 'Between 30 and 45 people were killed as the army and the Rapid Support Forces fought on the outskirts of '
      + 'El Fasher, medics said. The RSF said it had repelled an army advance.',
  },
  8: {
    title: 'Gunmen abduct villagers in Zamfara', source: 'Premium Times', published: '2025-03-13', url: 'https://example.com/pt/zamfara',
    text: 'Gunmen kidnapped about 50 villagers in Zamfara State late on Thursday, residents said. No group claimed the abduction.',
  },
  9: {
    title: 'Police disperse protest in Nairobi', source: 'Nation', published: '2025-03-14', url: 'https://example.com/nation/protest',
    text: 'Police fired tear gas at hundreds of protesters in central Nairobi on Friday. At least 12 people were injured, a hospital said.',
  },
  10: {
    title: 'Attack on village near Mopti', source: 'RFI', published: '2025-03-11', url: 'https://example.com/rfi/mopti',
    text: 'Armed men attacked a village near Mopti on Tuesday, killing 12 civilians, local officials said.',
  },
  11: {
    title: 'Two policemen shot dead in Quetta', source: 'Dawn', published: '2025-03-12', url: 'https://example.org/dawn/quetta-police',
    text: 'Two policemen were shot dead by unidentified gunmen on Sariab Road in Quetta on Wednesday, police said.',
  },
  12: {
    title: 'Roadside bomb in Peshawar', source: 'Express Tribune', published: '2025-03-14', url: 'http://example.net/tribune/peshawar',
    text: 'Four people were killed when a roadside bomb hit a police van in Peshawar on Friday, officials said.',
  },
};

// ---- incidents with details ---------------------------------------------------------------------
function claim(doc, phrase, group, outcome, min, max, qualifier, source) {
  const d = documents[doc];
  return { kind: 'toll', group, outcome, min, max, qualifier, text: phrase, source, document_id: doc, published: d.published, evidence: find(d.text, phrase) };
}

function tolls(claims) {
  const by = new Map();
  for (const c of claims) {
    const key = `${c.group}/${c.outcome}`;
    if (!by.has(key)) by.set(key, []);
    by.get(key).push(c);
  }
  return [...by.values()].map((cs) => {
    const latest = [...cs].sort((a, b) => a.published.localeCompare(b.published) || a.document_id - b.document_id).at(-1);
    const mids = cs.map((c) => (c.min + (c.max ?? c.min)) / 2).sort((a, b) => a - b);
    return {
      group: cs[0].group, outcome: cs[0].outcome,
      consensus: Math.round(mids[Math.floor(mids.length / 2)]),
      min: Math.min(...cs.map((c) => c.min)), max: Math.max(...cs.map((c) => c.max ?? c.min)),
      latest: { min: latest.min, max: latest.max, qualifier: latest.qualifier, source: latest.source, document_id: latest.document_id },
      claims: cs.length,
    };
  });
}

function report(doc, status = 'current') {
  const d = documents[doc];
  return { document_id: doc, title: d.title, source: d.source, published: d.published, url: d.url, status };
}

function participant(name, role, kind, doc, phrase, extra = {}) {
  return { name, aliases: extra.aliases || [], role, kind, claimed: !!extra.claimed, document_id: doc, evidence: find(documents[doc].text, phrase) };
}

const detailed = [];
function incident(id, type, date, place, perpetrators, targets, claims, reports, participants = [], extra = {}) {
  const ts = tolls(claims);
  const killed = ts.filter((t) => t.outcome === 'killed');
  const detail = {
    id, type, subtypes: extra.subtypes || [], codes: codes(type),
    date: { start: date, end: extra.end || null, precision: 'day' },
    place, perpetrators, targets, tolls: ts,
    fatalities: killed.length ? killed.reduce((a, t) => a + t.consensus, 0) : (extra.fatalities ?? null),
    report_count: reports.length,
    sources: [...new Set(reports.map((r) => documents[r.document_id].source))],
    status: extra.status || 'current',
    reports, claims, participants, background: extra.background || [],
  };
  detailed.push(detail);
  return detail;
}

const place = (name, city, admin1, country, lat, lon, precision = 'city') => ({ name, city, admin1, country, lat, lon, precision });

const quetta = place('Quetta railway station', 'Quetta', 'Balochistan', 'PK', 30.192, 67.007, 'point');
incident(7, 'suicide_bombing', '2024-11-09', quetta, ['Baloch Liberation Army'], ['Quetta railway station'],
  [claim(1, 'killing at least 26 people', 'all', 'killed', 26, null, 'at_least', 'police')],
  [report(1)], [participant('Baloch Liberation Army', 'perpetrator', 'non_state_armed_group', 1, 'The Baloch Liberation Army', { claimed: true, aliases: ['BLA'] })],
  { status: 'background' });

incident(12, 'hijacking', '2025-03-11', place('Balochistan', null, 'Balochistan', 'PK', 29.6, 67.3, 'admin1'),
  ['Baloch Liberation Army'], ['Jaffer Express'],
  [
    claim(3, 'Nearly 350 hostages', 'hostages', 'rescued', 350, 350, 'nearly', 'CNN'),
    claim(3, '27 hostages were killed', 'hostages', 'killed', 27, 27, 'exact', 'security source'),
    claim(3, 'At least 33 militants were killed', 'perpetrators', 'killed', 33, null, 'at_least', 'CNN'),
    claim(4, '26 hostages', 'hostages', 'killed', 26, 26, 'exact', 'military'),
    claim(4, '346 passengers were freed', 'passengers', 'rescued', 346, 346, 'exact', 'military'),
    claim(4, '33 attackers were killed', 'perpetrators', 'killed', 33, 33, 'exact', 'officials'),
    claim(4, 'hostages killed to 27', 'hostages', 'killed', 27, 27, 'exact', 'officials'),
    claim(5, 'more than 30 hostages were killed', 'hostages', 'killed', 31, null, 'more_than', 'officials'),
  ],
  [report(3), report(4), report(5)],
  [
    participant('Baloch Liberation Army', 'perpetrator', 'non_state_armed_group', 3, 'The Baloch Liberation Army (BLA)', { claimed: true, aliases: ['BLA'] }),
    participant('Jaffer Express', 'target', 'vehicle', 3, 'the Jaffer Express'),
    participant('Pakistan Army', 'responder', 'state_forces', 3, 'Pakistan’s army'),
  ],
  { subtypes: ['hostage_taking'], background: [{ id: 7, type: 'suicide_bombing', date: { start: '2024-11-09', precision: 'day' }, place: { name: 'Quetta' } }] });

incident(13, 'bombing', '2025-03-15', place('Mogadishu', 'Mogadishu', 'Banaadir', 'SO', 2.014, 45.304), ['al-Shabaab'], ['checkpoint'],
  [claim(6, 'killing five people', 'all', 'killed', 5, 5, 'exact', 'police')], [report(6)],
  [participant('al-Shabaab', 'perpetrator', 'non_state_armed_group', 6, 'Al-Shabaab', { claimed: true })]);
incident(14, 'armed_clash', '2025-03-12', place('El Fasher', 'El Fasher', 'North Darfur', 'SD', 13.628, 25.35),
  ['Sudanese Armed Forces', 'Rapid Support Forces'], [],
  [claim(7, 'Between 30 and 45 people were killed', 'all', 'killed', 30, 45, 'exact', 'medics')], [report(7)]);
incident(15, 'kidnapping', '2025-03-13', place('Zamfara', null, 'Zamfara', 'NG', 12.17, 6.25, 'admin1'), ['unknown gunmen'], ['villagers'],
  [claim(8, 'kidnapped about 50 villagers', 'civilians', 'kidnapped', 50, 50, 'about', 'residents')], [report(8)]);
incident(16, 'protest', '2025-03-14', place('Nairobi', 'Nairobi', 'Nairobi', 'KE', -1.286, 36.817), [], ['protesters'],
  [claim(9, 'At least 12 people were injured', 'all', 'injured', 12, null, 'at_least', 'hospital')], [report(9)], [], { fatalities: 0 });
incident(17, 'armed_assault', '2025-03-11', place('near Mopti', 'Mopti', 'Mopti', 'ML', 14.49, -4.2), ['armed men'], ['village'],
  [claim(10, 'killing 12 civilians', 'civilians', 'killed', 12, 12, 'exact', 'local officials')], [report(10)]);
incident(18, 'armed_assault', '2025-03-12', place('Sariab Road, Quetta', 'Quetta', 'Balochistan', 'PK', 30.16, 66.99, 'point'), ['unidentified gunmen'], ['police'],
  [claim(11, 'Two policemen were shot dead', 'security_forces', 'killed', 2, 2, 'exact', 'police')], [report(11)]);
incident(19, 'bombing', '2025-03-14', place('Peshawar', 'Peshawar', 'Khyber Pakhtunkhwa', 'PK', 34.008, 71.578), [], ['police van'],
  [claim(12, 'Four people were killed', 'all', 'killed', 4, 4, 'exact', 'officials')], [report(12)]);
// no coordinates: must be listed but not mapped
incident(20, 'riot', '2025-03-13', { name: 'Haiti', city: null, admin1: null, country: 'HT', lat: null, lon: null, precision: 'country' },
  [], [], [], [], [], { fatalities: null });

// ---- filler: thirty list-only incidents over two months -----------------------------------------
let seed = 20250311;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const TOWNS = [
  ['Mosul', 'Nineveh', 'IQ', 36.34, 43.13], ['Kabul', 'Kabul', 'AF', 34.53, 69.17], ['Gao', 'Gao', 'ML', 16.27, -0.04],
  ['Maiduguri', 'Borno', 'NG', 11.85, 13.16], ['Goma', 'North Kivu', 'CD', -1.68, 29.22], ['Port-au-Prince', 'Ouest', 'HT', 18.54, -72.34],
  ['Culiacán', 'Sinaloa', 'MX', 24.8, -107.39], ['Cali', 'Valle del Cauca', 'CO', 3.45, -76.53], ['Khartoum', 'Khartoum', 'SD', 15.5, 32.56],
  ['Kharkiv', 'Kharkiv', 'UA', 49.99, 36.23], ['Aden', 'Aden', 'YE', 12.78, 45.04], ['Idlib', 'Idlib', 'SY', 35.93, 36.63],
  ['Quetta', 'Balochistan', 'PK', 30.18, 67.0], ['Bannu', 'Khyber Pakhtunkhwa', 'PK', 32.99, 70.6], ['Manila', 'Metro Manila', 'PH', 14.6, 120.98],
];
const FILL_TYPES = ['bombing', 'armed_assault', 'armed_clash', 'kidnapping', 'riot', 'protest', 'security_operation', 'assassination', 'arson'];
const filler = [];
for (let i = 0; i < 30; i++) {
  const [name, admin1, country, lat, lon] = TOWNS[Math.floor(rand() * TOWNS.length)];
  const type = FILL_TYPES[Math.floor(rand() * FILL_TYPES.length)];
  const day = new Date(Date.UTC(2025, 1, 1) + Math.floor(rand() * 58) * 86400000).toISOString().slice(0, 10);
  const killed = Math.floor(rand() ** 2 * 40);
  filler.push({
    id: 100 + i, type, subtypes: [], codes: codes(type),
    date: { start: day, end: null, precision: 'day' },
    place: place(name, name, admin1, country, +(lat + (rand() - 0.5) * 0.2).toFixed(3), +(lon + (rand() - 0.5) * 0.2).toFixed(3)),
    perpetrators: [], targets: [],
    tolls: killed ? [{ group: 'all', outcome: 'killed', consensus: killed, min: killed, max: killed, latest: null, claims: 1 }] : [],
    fatalities: killed || null, report_count: 1, sources: ['Fixture Wire'], status: 'current',
  });
}

// ---- answers ------------------------------------------------------------------------------------
const summary = ({ reports, claims, participants, background, ...rest }) => rest;
const items = [...detailed.map(summary), ...filler].sort((a, b) => b.date.start.localeCompare(a.date.start) || b.id - a.id);

const byDay = new Map();
for (const it of items) {
  const key = `${it.date.start}\u0000${it.type}`;
  byDay.set(key, (byDay.get(key) || 0) + 1);
}
const count = (f) => items.reduce((m, it) => ({ ...m, [f(it)]: (m[f(it)] || 0) + 1 }), {});
const stats = {
  documents: Object.keys(documents).length,
  incidents: items.length,
  by_day: [...byDay].map(([k, n]) => ({ day: k.split('\u0000')[0], type: k.split('\u0000')[1], count: n }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.type.localeCompare(b.type)),
  by_type: count((it) => it.type),
  by_country: count((it) => it.place.country),
};

function spansOf(docId) {
  const spans = [];
  for (const inc of detailed) {
    for (const c of inc.claims) if (c.document_id === docId) spans.push({ ...c.evidence, kind: 'toll', incident_id: inc.id });
    for (const p of inc.participants) if (p.document_id === docId) spans.push({ ...p.evidence, kind: 'participant', incident_id: inc.id });
  }
  for (const [phrase, kind, incidentId] of EXTRA_SPANS[docId] || []) spans.push({ ...find(documents[docId].text, phrase), kind, incident_id: incidentId });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Spans no claim or participant gives: a trigger overlapping a participant, and one of another incident. */
const EXTRA_SPANS = {
  3: [['hijacked the Jaffer Express', 'trigger', 12], ['Balochistan province', 'place', 12], ['on Tuesday', 'date', 12],
    ['suicide bombing at Quetta railway station', 'trigger', 7]],
};

rmSync(dir, { recursive: true, force: true });
const write = (rel, value) => {
  const path = join(dir, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 1)}\n`);
};
write('incidents.json', { items, total: items.length, limit: items.length, offset: 0 });
write('stats.json', stats);
for (const d of detailed) {
  const { participants, ...rest } = d;
  write(`incident/${d.id}.json`, { ...rest, participants: participants.map(({ evidence, ...p }) => p) });
}
for (const [id, d] of Object.entries(documents)) write(`document/${id}.json`, { id: Number(id), ...d, spans: spansOf(Number(id)) });
write('submit.json', { document_id: 42, incidents: [summary(detailed.find((d) => d.id === 12))] });
console.log(`fixture: ${items.length} incidents (${detailed.length} detailed), ${Object.keys(documents).length} documents in ${dir}`);
