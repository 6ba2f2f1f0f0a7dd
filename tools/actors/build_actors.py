#!/usr/bin/env python3
"""Builds sitrep-core's Phoenix-derived actor table (actors.tsv.gz) from the PETRARCH2 dictionaries.

Run from the repository root:

    python3 tools/actors/build_actors.py [PHOENIX_DIR]

PHOENIX_DIR defaults to ../shared/data/phoenix (MIT licensed, see its LICENSE; the notice is copied next
to the output as actors-LICENSE.txt). The output is deterministic: same input, same bytes.

What is kept (and why) is described in tools/actors/README.md. In short:
  * Phoenix.MilNonState.actors.txt: every group entry (non_state_armed_group), minus the KEDS person
    entries (names ending in a double underscore) and the synonyms listed in phoenix-drop.txt;
  * Phoenix.Countries.actors.txt: only the institutions and armed or political groups, i.e. entries that
    are not country headers, not CountryInfo person records, whose code has a force / government / rebel /
    opposition role, and whose name is not a person (phoenix-drop.txt, organisation keywords);
  * Phoenix.agents.txt: generic agents with roles MIL, COP, SPY, REB, UAF, CVL (and their compounds),
    minus weapons, vehicles, places and ranks-as-equipment (phoenix-drop.txt, stop heads), with plurals.
Entries whose name or alias collides with a curated entry (actors-curated.tsv) are left out: curated wins.

Output columns (tab separated, one actor a line, UTF-8, gzip):
    code  kind  country(ISO alpha-2 or empty)  name  aliases('|' separated)
"""
import gzip
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RES = os.path.join(ROOT, "sitrep-core", "src", "main", "resources", "org", "sitrep", "resolve")

STATE_ROLES = {"MIL", "COP", "SPY"}
ARMED_ROLES = {"REB", "INS", "UAF", "IMG"}
POLITICAL_ROLES = {"OPP", "PTY"}
GOVERNMENT_ROLES = {"GOV", "LEG", "JUD"}
CIVILIAN_ROLES = {"CVL"}

ORG_WORDS = re.compile(
    r"\b(ARMY|ARMIES|ARMED|MILITARY|POLICE|NAVY|AIR FORCE|GUARDS?|INTELLIGENCE|SECURITY|FORCES?|CORPS|"
    r"MINISTRY|GOVERNMENT|PARLIAMENT|PARTY|MILITIAS?|GENDARMERIE|BRIGADES?|CONGRESS|COUNCIL|COMMAND|"
    r"SERVICES?|AGENCY|DIRECTORATE|DEPARTMENT|FRONT|MOVEMENT|COALITION|ALLIANCE|ORGANI[SZ]ATION|"
    r"JAISH|JABHAT|HARAKAT|KATAIB|KATIBAT|LIWA|LIWAA|SARAYAT|JUND|AHRAR|ANSAR|PENTAGON|CENTCOM|"
    r"DECLARATION|COMMITTEE|DOD|MILITANTS?)\b")

# Words that make a Countries-file name a person's title rather than a body.
TITLES = re.compile(r"\b(SECRETARY|DIRECTOR|OFFICIAL|CHAIRMAN|MINISTER|PRESIDENT|SPOKESMAN|COMMANDER)\b")

# Heads that make a generic agent a thing, a place or a title rather than an actor.
THING_HEADS = re.compile(
    r"(MISSILE|JET|JETS|PLANE|PLANES|AIRCRAFT|AIRLINER|JETLINER|HELICOPTERS?|GUNSHIP|DRONES?|UAV|SHIP|"
    r"CARRIER|DESTROYER|CRUISER|FRIGATE|CORVETTE|BATTLESHIP|BATTLEWAGON|WARSHIP|VESSEL|BOAT|BOMBERS?|"
    r"FIGHTER|FIGHTERS|TANK|VEHICLE|SYSTEM|BASE|BARRACKS|POSITION|FACILITY|POST|PRISON|HOUSE|DISTRICT|"
    r"VILLAGE|TOWN|SETTLEMENT|NEIGHBORHOOD|NEIGHBOURHOOD|COMMUNITY|POPULATION|REVOLT|UPRISING|"
    r"INSURGENCE|REBELLION|PRESENCE|MACHINE|GUN|ARTILLERY|HUMVEE|HMMWV|PHALANX|KFIR|MIG|"
    r"INFORMATION|ACTIVITY|CHECK|LED|SOURCE|RULE|DELEGATION|CLIQUE|WARRIOR|OSPREY|APACHE|HORNET|"
    r"RAPTOR|TYPHOON|FALCON|PREDATOR|REAPER|ORION|POSEIDON|CHINOOK|DRAGONFLY|TRAINER|CRAFT|UNIT|"
    r"RESERVE|STAFF|OFFICE|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|JUDGE|JUSTICE|TRIBUNAL|COMMISSION|"
    r"FAMILIES|PRIVATEER|PILLAGER|PLUNDERER|LOOTER|ECHELON|CHIEF|ADVISER|ADVISOR|REPRESENTATIVE|"
    r"ENGINEER|SCIENTIST|ATHLETE|CUSTOMER|CONSTITUENT|ELECTOR|ELECTORATE|VOTER|TAXPAYERS|TENANT|"
    r"LANDHOLDER|LANDOWNER|PROPERTY_OWNER|SHOPKEEPER|MOTHER|INFANT|GIRL|CHILD|CHILDREN|WOMAN|WOMEN|"
    r"MOB|RABBLE|COLONIST|EXCURSIONIST|SIGHTSEER|TOURER|BACKPACKER|HIKER|HUNTER|NATURALIZED|"
    r"REPATRIATE|NON-NATIVE|NATIVE|NATIVE_PEOPLE|ADOPTION_GROUP|CIVIC_GROUP|CIVIL_SOCIETY|PRISONER_OF_WAR)$")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def key(s):
    """Same normalisation as ActorDictionary.normalize: accents, case, punctuation, leading 'the'."""
    s = strip_accents(s).lower()
    s = re.sub(r"['\u2019.]", "", s)
    s = re.sub(r"[^0-9a-z]+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def read_lines(path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        return raw.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return raw.decode("latin-1").split("\n")


def load_iso():
    table = {}
    for line in read_lines(os.path.join(HERE, "iso3-to-iso2.tsv")):
        if line.strip():
            a3, a2 = line.split("\t")
            table[a3] = a2
    return table


def load_drop():
    drop = set()
    for line in read_lines(os.path.join(HERE, "phoenix-drop.txt")):
        line = line.split("#")[0].strip()
        if line:
            drop.add(key(line.replace("_", " ")))
    return drop


SMALL = {"of", "the", "and", "for", "in", "de", "la", "del", "el", "y", "to", "on", "a", "al", "wa", "e", "i"}


def surface(phoenix_name):
    """'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_' -> ('Aden Abyan Islamic Army', ['AAIA'])."""
    name = phoenix_name.replace("_", " ")
    acronyms = [a.strip() for a in re.findall(r"\(([^)]*)\)", name)]
    name = re.sub(r"\([^)]*\)", " ", name)
    name = re.sub(r"\s+", " ", name).strip(" -,")
    words = []
    for i, w in enumerate(name.split(" ")):
        if is_acronym_token(w, len(name.split(" "))):
            words.append(w)
            continue
        parts = re.split(r"([-'/])", w.lower())
        cased = []
        for p in parts:
            if p in ("-", "'", "/") or (p in SMALL and (i > 0 or len(parts) > 1)):
                cased.append(p)
            else:
                cased.append(p[:1].upper() + p[1:])
        words.append("".join(cased))
    out = " ".join(words)
    out = re.sub(r"'S\b", "'s", out)
    return out, [a for a in acronyms if re.fullmatch(r"[A-Z][A-Z0-9-]{1,7}", a)
                 and (len(a) <= 5 or not re.search(r"[AEIOUY]", a))]


def is_acronym_token(w, n_words):
    """Phoenix is all caps; a short lone token or a vowel-less one is most likely an acronym."""
    letters = re.sub(r"[^A-Z]", "", w)
    if w in ("US", "UK", "UN", "EU") or re.fullmatch(r"([A-Z]\.)+", w):
        return True
    if not letters or w != w.upper():
        return False
    if n_words == 1 and len(letters) <= 4:
        return True
    return len(letters) >= 2 and not re.search(r"[AEIOUY]", letters)


def parse_code(text):
    """'[PAKGOV 690325-711220]' -> ('PAKGOV', end) where end sorts open ranges last."""
    m = re.match(r"\[\s*~?([A-Z]+)\s*([^\]]*)\]", text.strip())
    if not m:
        return None
    code, dates = m.group(1), m.group(2).replace(" ", "")
    if not dates or dates.startswith(">"):
        end = 99999999
    elif "-" in dates:
        end = norm_date(dates.split("-")[1])
    elif dates.startswith("<"):
        end = norm_date(dates[1:])
    else:
        end = 99999999
    return code, end


def norm_date(d):
    d = re.sub(r"\D", "", d)
    if len(d) == 6:
        yy = int(d[:2])
        d = ("20" if yy < 30 else "19") + d
    return int(d) if d else 0


def latest(codes):
    return max(codes, key=lambda c: c[1])[0] if codes else None


def parse_actor_file(path):
    """Yields (primary, [synonyms], code, comment) blocks from a PETRARCH .actors file."""
    blocks = []
    cur = None
    for line in read_lines(path):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, comment = line.partition("#")
        if line[0] in " \t":
            c = parse_code(body)
            if c and cur is not None:
                cur["codes"].append(c)
            continue
        body = body.strip()
        codes = []
        m = re.search(r"\[[^\]]*\]", body)
        if m:
            c = parse_code(m.group(0))
            if c:
                codes.append(c)
            body = body[:m.start()].strip()
        names = [n for n in body.split("+") if n.strip(" _")]
        if not names:
            continue
        if body.startswith("+"):
            if cur is not None:
                cur["syn"].extend(n.strip() for n in names)
                cur["codes"].extend(codes)
            continue
        cur = {"name": names[0].strip(), "syn": [n.strip() for n in names[1:]], "codes": codes,
               "comment": comment.strip()}
        blocks.append(cur)
    return blocks


def kind_of(roles):
    """The first role triple that says what sort of actor this is: 'GOVMIL' is a government body."""
    for i in range(0, len(roles), 3):
        r = roles[i:i + 3]
        if r in STATE_ROLES:
            return "state_forces"
        if r in ARMED_ROLES:
            return "non_state_armed_group"
        if r in POLITICAL_ROLES:
            return "political_group"
        if r in GOVERNMENT_ROLES:
            return "government"
        if r in CIVILIAN_ROLES:
            return "civilians"
    return None


def country_of(code, iso):
    return iso.get(code[:3], "")


def first_role(code, iso):
    return code[3:6] if code[:3] in iso else code[:3]


class Table:
    def __init__(self, curated_keys, drop):
        self.rows = []
        self.taken = set(curated_keys)
        self.drop = drop
        self.collided = 0

    def add(self, code, kind, country, names):
        seen, kept = set(), []
        if not names or key(names[0]) in self.drop:
            return  # a dropped primary name drops the entry: its synonyms name the same person or word
        for n in names:
            k = key(n)
            if not k or k in self.drop or k in seen:
                continue
            seen.add(k)
            kept.append(n)
        if not kept:
            return
        if any(key(n) in self.taken for n in kept):
            self.collided += 1
            return
        self.taken.update(key(n) for n in kept)
        self.rows.append((code, kind, country, kept[0], "|".join(kept[1:])))


def names_of(block):
    out = []
    for raw in [block["name"]] + block["syn"]:
        s, acr = surface(raw)
        out.append(s)
        out.extend(acr)
    return out


def mil_non_state(path, iso, table):
    for b in parse_actor_file(path):
        if b["name"].endswith("__") or not b["codes"]:
            continue  # KEDS person records
        code = latest(b["codes"])
        table.add(code, "non_state_armed_group", country_of(code, iso), names_of(b))


def countries(path, iso, table):
    for b in parse_actor_file(path):
        if "CountryInfo" in b["comment"] or not b["codes"]:
            continue
        code = latest(b["codes"])
        if len(code) == 3 or (code[:3] in iso and len(code) == 6 and code[3:] in iso):
            continue  # a country header or a dependency: places, not actors
        kind = kind_of(code[3:])
        if kind is None or kind == "civilians":
            continue
        primary = b["name"].replace("_", " ")
        if (kind != "non_state_armed_group" and not ORG_WORDS.search(primary)) or TITLES.search(primary):
            continue  # an official or a leader, not a body
        names = [n for n in names_of(b) if (ORG_WORDS.search(n.upper()) or kind == "non_state_armed_group")
                 and not TITLES.search(n.upper())]
        table.add(code, kind, country_of(code, iso), names)


KEEP_AGENTS = {"FIGHTER", "SUICIDE_BOMBER", "ENEMY_COMBATANT"}
MASS_NOUNS = {"INTELLIGENCE", "JANJAWEED", "SOLDIERY", "INFANTRY", "POLICE", "MILITARY_POLICE",
              "PARAMILITARY_POLICE", "GENDARMERIE", "GENDARMERY", "GENDERMARIE", "INSURGENCY"}
AGENT_ROLES = {"MIL", "COP", "SPY", "REB", "UAF", "CVL"}


def plural(word):
    if word.endswith("MAN"):
        return word[:-3] + "MEN"
    if re.search(r"(S|SH|CH|X|Z)$", word):
        return word + "ES"
    if re.search(r"[^AEIOU]Y$", word):
        return word[:-1] + "IES"
    return word + "S"


def agents(path, table):
    subst = {}
    for line in read_lines(path):
        body = line.split("#")[0].strip()
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", body)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", body)
        if not m:
            continue
        phrase, plural_spec, code = m.group(1).strip(), m.group(2), m.group(3)
        if code[:3] not in AGENT_ROLES or re.search(r"\d", phrase):
            continue
        forms = [phrase]
        for var, values in subst.items():
            if var in phrase:
                forms = [phrase.replace(var, v) for v in values]
        if (THING_HEADS.search(phrase.split("_")[-1]) and phrase not in KEEP_AGENTS) or phrase.endswith("."):
            continue
        names = []
        for f in forms:
            f = f.strip("_ ")
            names.append(f)
            if plural_spec is None and not re.search(r"(S|MEN|PEOPLE|_OF_.*)$", f) and f not in MASS_NOUNS:
                names.append(plural(f))
            elif plural_spec is not None and plural_spec.strip("{} "):
                names.extend(p.strip("_ ") for p in plural_spec.strip("{}").split(","))
        kind = kind_of(code)
        names = [n.replace("_", " ").lower() for n in names if n]
        table.add(code, kind, "", names)


def curated_keys(path):
    keys = set()
    for line in read_lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        for n in [cols[3]] + [a for a in cols[4].split("|") if a]:
            keys.add(key(n))
    return keys


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "phoenix")
    iso = load_iso()
    table = Table(curated_keys(os.path.join(RES, "actors-curated.tsv")), load_drop())
    counts = {}
    for label, fn in (("MilNonState", lambda: mil_non_state(os.path.join(src, "Phoenix.MilNonState.actors.txt"), iso, table)),
                      ("Countries", lambda: countries(os.path.join(src, "Phoenix.Countries.actors.txt"), iso, table)),
                      ("agents", lambda: agents(os.path.join(src, "Phoenix.agents.txt"), table))):
        before = len(table.rows)
        fn()
        counts[label] = len(table.rows) - before
    out = os.path.join(RES, "actors.tsv.gz")
    body = "# Derived from the Phoenix/PETRARCH2 dictionaries (MIT, see actors-LICENSE.txt) by " \
           "tools/actors/build_actors.py\n# code\tkind\tcountry\tname\taliases\n" + \
           "".join("\t".join(r) + "\n" for r in table.rows)
    with open(out, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
            gz.write(body.encode("utf-8"))
    with open(os.path.join(src, "LICENSE"), "rb") as lic, open(os.path.join(RES, "actors-LICENSE.txt"), "wb") as dst:
        dst.write(b"The file actors.tsv.gz in this folder is derived from the Phoenix/PETRARCH2 dictionaries\n"
                  b"(openeventdata/petrarch2, commit 676801c, petrarch2/data/dictionaries), under this licence:\n\n")
        dst.write(lic.read())
    aliases = sum(1 + (len(r[4].split("|")) if r[4] else 0) for r in table.rows)
    print(f"{len(table.rows)} actors, {aliases} names; per source {counts}; "
          f"{table.collided} left out for curated collisions; {os.path.getsize(out)} bytes -> {out}")


if __name__ == "__main__":
    main()
