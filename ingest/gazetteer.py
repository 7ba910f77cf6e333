"""The actor dictionary: states, organisations, blocs and known leaders, matched token by token."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources

from ingest.model import Entity

TOKEN = re.compile(r"\w+|[^\w\s]")
_LOWER_OK = {"the", "of", "and", "for", "in", "on", "de", "da", "von", "der", "al", "bin", "el"}


@dataclass(frozen=True)
class Surface:
    entity_id: str
    form: str          # "name" | "demonym" | "capital" | "seat"
    exact: str | None  # short upper-case aliases (US, UN, EU) must match case exactly
    until: int | None = None  # the last year a former state's period name names it ("Russia" for the Soviet Union)


# offices news names by either title ("Premier Kassem" of Iraq, whose dictionary office is prime minister)
SAME_OFFICE = {office: group for group in (("premier", "prime minister"),) for office in group}


@dataclass(frozen=True)
class Role:
    leader_id: str
    office: str
    of: str
    start: str | None
    end: str | None

    def active_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        iso = day.isoformat()
        return (self.start is None or self.start <= iso) and (self.end is None or iso < self.end)

    def named_by(self, office: str) -> bool:
        """Whether a title's office names this role ("premier" and "prime minister" are one office)."""
        return any(o in self.office for o in SAME_OFFICE.get(office, (office,)))

    def ended_between(self, since: date, day: date) -> bool:
        """Whether the role ended on a day from `since` to `day`, both included."""
        return self.end is not None and since.isoformat() <= self.end <= day.isoformat()


# letters NFKD does not decompose into ASCII ("Støre" is "store", not "stre")
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l",
                               "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "œ": "oe", "Œ": "OE"})


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text).lower()).strip("-")


def key_of(text: str) -> tuple[str, ...]:
    return tuple(t.lower().replace("’", "'") for t in TOKEN.findall(text))


# "Bashar al Assad", "Abdel Fattah el Sisi": an Arabic article is written with a hyphen or without
ARTICLE_HYPHEN = {"al", "el", "ad", "ash", "as", "an", "ar", "at", "az", "ul"}


def _spellings(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`key`, the same in plain letters ("Chișinău" -> "Chisinau"), and the same without the hyphen after
    an Arabic article ("al-Assad" -> "al Assad")."""
    if not key:
        return []
    if "'" in key[1:-1] and (joined := _without_apostrophe(key)) != key:
        return list(dict.fromkeys([*_spellings(joined), *_spellings_of(key)]))
    return _spellings_of(key)


def _without_apostrophe(key: tuple[str, ...]) -> tuple[str, ...]:
    """"Sana'a" is also written "Sanaa", "N'Djamena" "Ndjamena": the apostrophe between letters left out."""
    out: list[str] = []
    for i, token in enumerate(key):
        if out and out[-1] == "'" and len(out) > 1 and out[-2].isalnum() and token.isalnum() and key[i - 1] == "'":
            out[-2:] = [out[-2] + token]
        else:
            out.append(token)
    return tuple(out)


def _spellings_of(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    plain_letters = tuple(_fold(t) or t for t in key)
    if plain_letters == key:
        return _hyphen_spellings(key)
    return list(dict.fromkeys([*_hyphen_spellings(key), *_hyphen_spellings(plain_letters)]))


def _fold(token: str) -> str:
    return unicodedata.normalize("NFKD", token.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


def _hyphen_spellings(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    if "-" not in key[1:-1]:
        return [key]
    plain = tuple(t for i, t in enumerate(key) if not (t == "-" and 0 < i < len(key) - 1 and key[i - 1] in ARTICLE_HYPHEN))
    return [key] if plain == key else [key, plain]


# a middle initial, or two, in a leader's name ("Leonid I. Brezhnev", "Jimmy E. Carter"): the walk of
# `mentions.dictionary_mentions` reads an initial after a first name as this token
INITIAL = "<initial>"


def _with_initials(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A leader's name of words ("leonid", "brezhnev") with one or two initials after the first name."""
    if len(key) < 2 or not all(t.isalpha() for t in key):
        return []
    return [(key[0], INITIAL, ".", *key[1:]), (key[0], INITIAL, ".", INITIAL, ".", *key[1:])]


class Gazetteer:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.surfaces: dict[tuple[str, ...], list[Surface]] = {}
        self.roles: list[Role] = []
        self.longest_first: dict[str, tuple[int, ...]] = {}  # first token -> lengths of the surfaces it starts, longest first
        self.prefixes: set[tuple[str, ...]] = set()  # the first two or more tokens of a surface
        self.anchors: set[str] = set()  # a word every surface contains
        self._roles_by: dict[str, dict[str, list[Role]]] = {}  # "of" or "leader" -> key -> its roles, in order

    def add(self, entity: Entity, forms: dict[str, list[str]], until: int | None = None) -> None:
        self.entities[entity.id] = entity
        for form, names in forms.items():
            keys = ((name, key) for name in names for key in _spellings(key_of(name)))
            if entity.kind == "Leader":
                keys = ((name, k) for name, key in keys for k in (key, *_with_initials(key)))
            for name, key in keys:
                exact = name if (name.isupper() and len(name) <= 5) else None
                options = self.surfaces.setdefault(key, [])
                mine = [i for i, s in enumerate(options) if s.entity_id == entity.id]
                if not mine and form == "demonym" and entity.name.lower().startswith(name.lower() + " "):
                    options.insert(0, Surface(entity.id, form, exact, until))  # ("Dominican": the Dominican Republic before Dominica)
                elif not mine:
                    options.append(Surface(entity.id, form, exact, until))
                elif options[mine[0]].exact and not exact:
                    # an alias in another case ("Nato" beside "NATO"): any capitalised form will do
                    options[mine[0]] = Surface(entity.id, options[mine[0]].form, None, options[mine[0]].until)
                self.longest_first[key[0]] = tuple(sorted({*self.longest_first.get(key[0], ()), len(key)}, reverse=True))
                self.prefixes.update(key[:n] for n in range(2, len(key) + 1))
                words = [t for t in key if (t[0].isalnum() or t[0] == "_") and t != "the"] or [key[0]]
                # one word every match of the surface contains: its longest, the one least likely to be a
                # common word ("lam" of "To Lam", not "to")
                self.anchors.add(max(words, key=len))

    @cached_property
    def towns(self) -> dict[tuple[str, ...], str]:
        """Towns and cities (towns.json, built by ingest.data.build_towns) by key: the state each lies in.
        Read on first use; a town is matched only where a sentence strikes it (`mentions.struck_towns`)."""
        towns: dict[tuple[str, ...], str] = {}
        for name, state in self._town_data["towns"]:
            for key in _spellings(key_of(name)):
                towns.setdefault(key, state)
        return towns

    @cached_property
    def _town_data(self) -> dict:
        return _data("towns.json")

    def town_state(self, state: str, day: date | None) -> str | None:
        """The state a town of today's `state` lay in on `day`: the state itself, the one it was part of
        (Kharkiv in 1960 lay in the Soviet Union), or None where the dictionary cannot tell."""
        if day is not None:
            for last_year, then in self._town_data["formed"].get(state, ()):
                if day.year <= last_year:
                    return then
        return state

    @cached_property
    def town_lengths(self) -> dict[str, tuple[int, ...]]:
        """First word of a town's key -> the lengths of the keys it starts, longest first."""
        lengths: dict[str, set[int]] = {}
        for key in self.towns:
            lengths.setdefault(key[0], set()).add(len(key))
        return {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()}

    @cached_property
    def anchor_bytes(self) -> frozenset[bytes]:
        """The anchors as UTF-8 bytes, for a sentence read as bytes (`mentions._names_no_anchor`)."""
        return frozenset(anchor.encode() for anchor in self.anchors)

    def leader_of(self, entity_id: str, day: date | None, office: str | None = None) -> Role | None:
        """The dictionary's holder of the top office of a state or organisation on `day`."""
        for role in self.roles_of("of", entity_id):
            if role.active_on(day) and (office is None or role.named_by(office)):
                if role.office in HEAD_OFFICES:
                    return role
        return None

    def roles_of(self, by: str, key: str) -> list[Role]:
        """The roles held in `key` (by="of"), by `key` (by="leader") or of the office `key` (by="office"), in the
        dictionary's order."""
        index = self._roles_by.get(by)
        if index is None:
            index = self._roles_by[by] = {}
            for role in self.roles:
                index.setdefault(role.of if by == "of" else role.office if by == "office" else role.leader_id, []).append(role)
        return index.get(key, [])


HEAD_OFFICES = {"president", "prime minister", "premier", "chancellor", "supreme leader", "leader",
                "king", "queen", "emperor", "empress", "emir", "sultan", "shah", "pope", "secretary general", "director general", "managing director", "chairman", "dictator", "head", "ruler",
                "chief adviser", "junta chief"}


def _data(name: str):
    return json.loads(resources.files("ingest.data").joinpath(name).read_text(encoding="utf-8"))


def _both_spellings(names: list[str]) -> list[str]:
    """An organisation's names in British and American spelling ("Collective Security Treaty
    Organisation" and "… Organization"), whichever the data file holds."""
    other = [n.replace("Organization", "Organisation") if "Organization" in n else n.replace("Organisation", "Organization")
             for n in names]
    return list(dict.fromkeys(names + other))


# the Arabic article a family name is written with: "el-Sisi", "al-Sisi", "Al-Sisi" are one name
ARTICLE_SPELLINGS = re.compile(r"\b(?:[ae]l|[AE]l)-(?=[A-Z])")


def _article_spellings(names: list[str]) -> list[str]:
    """A leader's names with the article of a family name in both spellings ("Abdel Fattah el-Sisi" and
    "Abdel Fattah al-Sisi")."""
    other = [ARTICLE_SPELLINGS.sub(lambda m: ("a" if m.group()[0] in "eE" else "e") + "l-", n) for n in names]
    return list(dict.fromkeys(names + other))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The dictionary, read once per process from the JSON files in ingest/data."""
    gaz = Gazetteer()
    for state in _data("states.json"):
        names = [state["name"], *state.get("aliases", [])]
        props = [(k, state[k]) for k in ("iso3", "un", "historical", "recognition", "island") if state.get(k)]
        # capitals and demonyms are searchable ("Pyongyang" finds North Korea) but are not names
        props += [(k, "; ".join(state[f])) for k, f in (("capital", "capitals"), ("demonym", "demonyms"), ("borders", "borders")) if state.get(f)]
        entity = Entity(state["id"], "State", state["name"], tuple(sorted(set(names) - {state["name"]})),
                        tuple(props))
        gaz.add(entity, {"name": names, "demonym": state.get("demonyms", []),
                         "capital": state.get("capitals", []), "seat": state.get("seats", [])})
        for period in state.get("period_names", []):  # "Russia" in 1960 is the Soviet Union, "Skopje" in 1949 Yugoslavia
            gaz.add(entity, {form: period[form] for form in ("name", "demonym", "capital") if form in period}, until=period["until"])
    for org in _data("organizations.json"):
        entity = Entity(org["id"], "Organization", org["name"], tuple(org.get("aliases", [])),
                        (("orgType", org.get("type", "")), *((("partOf", org["partOf"]),) if org.get("partOf") else ()),
                         *((("founded", org["founded"]),) if org.get("founded") else ())))
        gaz.add(entity, {"name": _both_spellings([org["name"], *org.get("aliases", [])])})
    for bloc in _data("blocs.json"):
        gaz.add(Entity(bloc["id"], "Bloc", bloc["name"], tuple(bloc["aliases"])),
                {"name": bloc["aliases"], "demonym": bloc.get("demonyms", [])})  # "Western sanctions"
    for leader in _data("leaders.json"):
        leader_id = "person:" + slug(leader["name"])
        offices = "; ".join(f"{r['office']} ({r['of'].split(':', 1)[1]})" for r in leader["roles"])
        gaz.add(Entity(leader_id, "Leader", leader["name"], tuple(leader.get("aliases", [])),
                       (("office", offices),)), {"name": _article_spellings([leader["name"], *leader.get("aliases", [])])})
        for role in leader["roles"]:
            gaz.roles.append(Role(leader_id, role["office"], role["of"], role.get("from"), role.get("to")))
    return gaz
