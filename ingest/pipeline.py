"""The extraction pipeline: Document -> actors, typed relations with evidence, and claims.

`extract_document` works on one article and needs no database; `GraphBuilder` merges articles
into one graph (one relation per source/type/target, all its evidence) that serialises to JSON.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from ingest import sentences
from ingest.dates import sentence_date
from ingest.gazetteer import Gazetteer, key_of, load, slug
from ingest.masking import Masked
from ingest.mentions import ArticleContext, dictionary_mentions
from ingest.model import Claim, Document, Entity, Evidence, Relation
from ingest.people import opens_with_last_person, resolve_people
from ingest.references import names_a_pair, remember_lists, remember_stated_acts, resolve_references
from ingest.relations import extract, group_mentions
from ingest.vocabulary import TYPES

# the words an apposition introducing an organisation ends on
ORG_KINDS = r"(?:alliance|organi[sz]ation|bloc|grouping|union|pact|forum|coalition|group|militia|movement|faction)"
ORG_APPOSITION = re.compile(
    r"(?:the\s+)?(?P<name>(?:[A-Z][\w-]+\s+){1,5}[A-Z][\w-]+)(?:\s+\((?P<abbr>[A-Z]{2,6})\))?,\s+an?\s+(?:[\w-]+\s+){0,6}?"
    + ORG_KINDS + r"\b")
# "the Rapid Support Forces (RSF)": a named force, front or movement introduced with its acronym (a
# "People's" starts a name: "Uganda's People's Defence Forces (UPDF)" is Uganda's)
ORG_ACRONYM = re.compile(
    r"(?:(?P<owner>[A-Z][\w-]*)['’]s\s+)?(?P<name>(?:People['’]s\s+)?(?![A-Z][\w-]*['’]s\s|The\s)(?:[A-Z][\w'’-]+\s+){1,5}"
    r"(?:Forces|Front|Army|Movement|Group|Brigades?|Alliance|Militia|Corps|Party))\s+\((?P<abbr>[A-Z]{2,6})\)")
# "Iran's Islamic Revolutionary Guard Corps (IRGC)": a state's own armed force speaks for the state
# ("Sudan's Rapid Support Forces" and "Pakistan's Balochistan Liberation Army" are no state's own)
STATE_FORCE = re.compile(r"(?:Guards? Corps|Armed Forces|Defen[cs]e Forces)$")


@dataclass
class ArticleResult:
    document: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


# the words the introductions end on: found first, so the name patterns only run around them (two
# searches, the word's start checked after: a pattern led by "\b" or by an alternation of two kinds
# of start is searched position by position, three times slower over a whole article)
ORG_KIND_WORD = re.compile(ORG_KINDS + r"\b")
ACRONYM_MARK = re.compile(r"\([A-Z]{2,6}\)")


def _kind_words(text: str) -> list[re.Match]:
    words = [m for m in ORG_KIND_WORD.finditer(text) if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")]
    return sorted(words + list(ACRONYM_MARK.finditer(text)), key=lambda m: m.start())


def _organisation_intros(text: str):
    """ORG_APPOSITION and ORG_ACRONYM matches, looked for only before a kind word or an acronym."""
    seen = -1
    for kind in _kind_words(text):
        start = max(seen + 1, kind.start() - 200)
        window = text[start:kind.end()]
        pattern = ORG_ACRONYM if window.endswith(")") else ORG_APPOSITION
        for match in pattern.finditer(window):
            if match.end() == len(window):
                seen = start + match.end() - 1
                yield match


THE_BEFORE = re.compile(r"\A[Tt]he\s+")


def _discover_organisations(text: str, ctx: ArticleContext) -> None:
    """Organisations the dictionary lacks, from "Name, a ... alliance/organisation ..." appositions;
    a name sharing its first two words with a known organisation's longer name is that one."""
    for match in _organisation_intros(text):
        name = match.group("name")
        key = key_of(name)
        if key in ctx.gaz.surfaces or key_of(THE_BEFORE.sub("", name)) in ctx.gaz.surfaces:
            continue  # (a known name, after the sentence's "The": "The Collective Security Treaty Organization, a Moscow-led alliance")
        owner = ctx.gaz.surfaces.get(key_of(match.groupdict().get("owner") or ""))
        if owner and ctx.kind(owner[0].entity_id) == "State" and STATE_FORCE.search(name):
            ctx.extra_surfaces[key] = ctx.extra_surfaces[key_of(match.group("abbr"))] = owner[0].entity_id
            continue
        org_id = None
        for entity in ctx.gaz.entities.values():
            full = key_of(entity.name)
            if entity.kind == "Organization" and len(full) >= 3 and full[:2] == key[:2]:
                org_id = entity.id
                break
        if org_id is None:
            org_id = "org:" + slug(name).upper()
            ctx.new_entities[org_id] = Entity(org_id, "Organization", name)
        ctx.extra_surfaces[key] = org_id
        if match.group("abbr") and key_of(match.group("abbr")) not in ctx.gaz.surfaces:
            ctx.extra_surfaces[key_of(match.group("abbr"))] = org_id


def extract_document(doc: Document, gaz: Gazetteer | None = None) -> ArticleResult:
    """Every actor and relation one article states, each relation with its evidence sentence."""
    gaz = gaz or load()
    ctx = ArticleContext(gaz=gaz, day=doc.date)
    result = ArticleResult(doc)
    _discover_organisations(doc.text, ctx)
    relations: dict[str, Relation] = {}
    for start, end in sentences.split(doc.text):
        ctx.sentence_no += 1
        mentions = dictionary_mentions(doc.text, start, end, ctx)
        if not mentions and not names_a_pair(doc.text, start, end) and not opens_with_last_person(doc.text, start, ctx):
            continue
        masked = Masked(doc.text, start, end, mentions)
        mentions, facts = resolve_people(masked, ctx)
        mentions = resolve_references(masked, mentions, ctx)
        if mentions != masked.mentions:  # rebuild the masked text only when people or references changed it
            masked = Masked(doc.text, start, end, mentions)
        grouped = group_mentions(masked, ctx)
        if grouped != masked.mentions:
            masked = Masked(doc.text, start, end, grouped)
        remember_lists(grouped, ctx, doc.text, start)
        found = [("LEADS", f.leader, f.of, "leads.title", "asserted", (f.start, f.end), None) for f in facts]
        found += [(f.type, f.source, f.target, f.rule, f.modality, f.span, f.detail) for f in extract(masked, ctx)]
        if not found:
            continue
        ctx.leader_pair = next(((f[1], f[2]) for f in reversed(found) if f[0] == "MEETS" and f[4] == "asserted"
                                and ctx.kind(f[1]) == ctx.kind(f[2]) == "Leader"), ctx.leader_pair)
        remember_stated_acts(found, ctx, doc.text)
        sentence = doc.text[start:end]
        when = sentence_date(sentence, doc.date)
        for type_name, source, target, rule, mood, span, detail in found:
            if _private_party(ctx, type_name, source, target):
                continue
            evidence = Evidence(doc.id, sentence, start, end, span[0], span[1], rule, when, detail)
            if mood != "asserted":
                result.claims.append(Claim(source, target, type_name, mood, evidence))
                continue
            relation = relations.setdefault(f"{type_name}|{source}|{target}",
                                            Relation(source, target, type_name))
            if all(e.key() != evidence.key() for e in relation.evidence):
                relation.evidence.append(evidence)
    result.relations = list(relations.values())
    used = {r.source for r in result.relations} | {r.target for r in result.relations}
    for entity_id in used:
        result.entities[entity_id] = gaz.entities.get(entity_id) or ctx.new_entities[entity_id]
    return result




def _private_party(ctx: ArticleContext, type_name: str, source: str, target: str) -> bool:
    """Whether a relation involves a private person ("oligarch X") other than as the one sanctioned
    or condemned: such people are in the graph for what is done to them, not for what they do."""
    if not ctx.private:
        return False
    private = ctx.private - set(ctx.leads.values()) - set(ctx.serves)
    return source in private or (target in private and type_name not in ("SANCTIONS", "CONDEMNS"))


class GraphBuilder:
    """Merges article results: one node per entity, one relation per (type, source, target)."""

    def __init__(self) -> None:
        self.nodes: dict[str, Entity] = {}
        self.relations: dict[str, Relation] = {}
        self.claims: list[Claim] = []
        self.articles: list[Document] = []

    def add(self, result: ArticleResult) -> None:
        self.articles.append(result.document)
        self.nodes.update(result.entities)
        self.claims.extend(result.claims)
        for relation in result.relations:
            merged = self.relations.setdefault(relation.key, Relation(relation.source, relation.target,
                                                                      relation.type))
            merged.evidence.extend(relation.evidence)

    def to_json(self) -> dict:
        return {
            "nodes": [e.as_node() for e in sorted(self.nodes.values(), key=lambda e: e.id)],
            "relationships": [relationship_json(r) for r in sorted(self.relations.values(), key=lambda r: r.key)],
            "claims": [{"source": c.source, "target": c.target, "type": c.type, "modality": c.modality,
                        "evidence": asdict(c.evidence)} for c in self.claims],
            "articles": [{"id": d.id, "title": d.title, "url": d.url,
                          "date": d.date.isoformat() if d.date else None} for d in self.articles],
        }


def relationship_json(relation: Relation) -> dict:
    kind = TYPES[relation.type]
    dates = sorted(e.date for e in relation.evidence if e.date)
    return {"source": relation.source, "target": relation.target, "type": relation.type,
            "symmetric": kind.symmetric, "cameo": kind.cameo, "plover": kind.plover,
            "count": len(relation.evidence), "firstDate": dates[0] if dates else None,
            "lastDate": dates[-1] if dates else None,
            "evidence": [asdict(e) for e in relation.evidence]}
