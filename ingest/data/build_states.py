"""Regenerate states.json from well-kept data packages plus the hand-curated states_curated.json.

Run by a maintainer (`pip install -e .[data]; python -m ingest.data.build_states`), never at
ingest time: the ingest pipeline reads only the generated JSON. countryinfo supplies names,
alternative spellings, capitals and demonyms; pycountry the ISO 3166 official names. The curated
file adds what no package has (short forms like DPRK/ROK, seats of power like "the Kremlin",
plural demonyms, historical states and former names) and removes aliases that collide with common words.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# UN member states (ISO 3166-1 alpha-2); observers and de-facto states come from the curated file
UN_MEMBERS = """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE
GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI
LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG
PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ
TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW""".split()
UN_OBSERVERS = ["VA", "PS"]
# observers, partly recognised states, and the two states in free association with New Zealand
OBSERVERS_AND_OTHERS = [*UN_OBSERVERS, "TW", "XK", "CK", "NU"]


def _english(alias: str) -> bool:
    return bool(alias) and all(ord(c) < 0x250 for c in alias) and not re.fullmatch(r"[A-Z]{2,3}", alias)


def _package_entry(code: str) -> dict:
    import pycountry
    from countryinfo import CountryInfo

    info = CountryInfo(code)
    iso = info.iso()
    country = pycountry.countries.get(alpha_2=code)
    names = {info.name()}
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None) if country else None
        if value:
            names.add(value)
    aliases = {a for a in info.alt_spellings() if _english(a)} | names
    demonym = info.demonym() or ""
    capital = info.capital() or ""
    return {
        "id": f"state:{iso['alpha3']}", "name": info.name(), "iso2": code, "iso3": iso["alpha3"],
        "aliases": sorted(aliases - {info.name()}),
        "demonyms": [demonym] if demonym else [],
        "capitals": [capital] if capital else [],
        "un": "member" if code in UN_MEMBERS else "observer" if code in UN_OBSERVERS else "none",
        "borders": sorted(f"state:{alpha3}" for alpha3 in info.borders() or []),  # land borders ("its neighbour")
    }


def build() -> list[dict]:
    curated = json.loads((HERE / "states_curated.json").read_text(encoding="utf-8"))
    states: dict[str, dict] = {}
    for code in UN_MEMBERS + OBSERVERS_AND_OTHERS:
        try:
            states[code] = _package_entry(code)
        except Exception:  # noqa: BLE001 - a code the packages lack is filled from the curated file
            states[code] = {"id": "", "name": "", "iso2": code, "aliases": [], "demonyms": [], "capitals": []}
    for code, extra in curated["states"].items():
        entry = states.setdefault(code, {"iso2": code, "aliases": [], "demonyms": [], "capitals": []})
        for key in ("aliases", "demonyms", "capitals", "seats", "borders"):
            entry[key] = sorted(set(entry.get(key, [])) | set(extra.get(key, [])))
        for key in ("id", "name", "iso3", "un", "historical", "recognition", "period_names"):
            if key in extra:
                entry[key] = extra[key]
        for key in ("drop",):
            for alias in extra.get(key, []):
                for field in ("aliases", "demonyms", "capitals"):
                    if alias in entry.get(field, []):
                        entry[field].remove(alias)
    _add_plural_demonyms(states, set(curated.get("no_plural_demonyms", [])))
    for code in curated.get("islands", []):
        states[code]["island"] = True
    by_id = {entry["id"]: entry for entry in states.values()}
    for entry in list(states.values()):  # a border is both states' (the curated ones are written on one side)
        for other in entry.get("borders", []):
            if other in by_id and entry["id"] not in by_id[other].setdefault("borders", []):
                by_id[other]["borders"] = sorted([*by_id[other]["borders"], entry["id"]])
    for entry in states.values():
        entry["borders"] = [other for other in entry.get("borders", []) if other in by_id]  # (not Hong Kong, French Guiana)
        if not entry["borders"]:
            entry.pop("borders", None)
    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)
    return sorted(states.values(), key=lambda s: s["name"])


def _add_plural_demonyms(states: dict[str, dict], excluded: set[str]) -> None:
    """"the Libyans", "the Kenyans": the plural of a one-word demonym in -an or -i names the state as its people
    do ("accused the Libyans of training the rebels"), unless another state shares the word or the curated file
    excludes it (a people of several states or of a region: "Albanians", "Armenians", "Georgians")."""
    owners: dict[str, int] = {}
    for entry in states.values():
        for word in {*entry.get("aliases", []), *entry.get("demonyms", [])}:
            owners[word] = owners.get(word, 0) + 1
    for entry in states.values():
        plurals = {f"{word}s" for word in entry.get("demonyms", [])
                   if re.fullmatch(r"[A-Z][a-z]+(?:an|i)", word) and owners[word] == 1 and word not in excluded}
        entry["demonyms"] = sorted(set(entry["demonyms"]) | plurals)


if __name__ == "__main__":
    out = build()
    (HERE / "states.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} states")
