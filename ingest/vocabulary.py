"""The relation vocabulary: types, direction, and their CAMEO / PLOVER event codes."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RelationType:
    name: str
    symmetric: bool
    cameo: str
    plover: str
    description: str


TYPES: dict[str, RelationType] = {t.name: t for t in (
    RelationType("LEADS", False, "", "", "a person heads a state, government or organisation"),
    RelationType("SUPPLIES_ARMS", False, "072", "AID", "weapons, ammunition or military technology go from source to target"),
    RelationType("DEPLOYS_TROOPS", False, "072", "MOBILIZE", "source sends troops or military personnel to target's territory or war"),
    RelationType("TRADES_WITH", True, "061", "COOPERATE", "trade or economic partnership"),
    RelationType("VETOES", False, "125", "REJECT", "source vetoes a UN Security Council resolution concerning target"),
    RelationType("SANCTIONS", False, "163", "SANCTION", "source imposes sanctions on target"),
    RelationType("ALLIED_WITH", True, "062", "AGREE", "treaty, alliance, strategic partnership or joint exercises"),
    RelationType("MEMBER_OF", False, "", "", "a state belongs to an organisation"),
    RelationType("MEETS", True, "04", "CONSULT", "leaders or states meet, visit or hold talks"),
    RelationType("CONDEMNS", False, "111", "ACCUSE", "source condemns, criticises or accuses target"),
    RelationType("SUPPORTS", False, "05", "SUPPORT", "political, economic or military support short of arms"),
    RelationType("ATTACKS", False, "19", "FIGHT", "invasion, war or military aggression against target"),
)}


def canonical_pair(type_name: str, source: str, target: str) -> tuple[str, str]:
    """Symmetric relations are stored once, with the ends in a stable order."""
    if TYPES[type_name].symmetric and target < source:
        return target, source
    return source, target
