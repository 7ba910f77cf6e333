"""Typed relations from one masked sentence: coordinated actors grouped, patterns applied,
kinds checked, modality decided."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, combinations, permutations, product
from typing import Callable, Iterator

from ingest.gazetteer import key_of
from ingest.gates import Gates
from ingest.literals import anchored, required_all
from ingest.masking import SLOT, Masked
from ingest.mentions import GROUP_DESCRIPTOR, ArticleContext, Mention
from ingest.modality import AND_THEN, CLAUSE_OPENERS, modality, unconfirmed
from ingest.patterns import FOR_STANCE, OPENER_RULES, SPOUSE_ASIDE, WEAPON, compile_gates, compile_patterns
from ingest.readings import readings
from ingest.vocabulary import TYPES, canonical_pair

PREP_BEFORE = anchored(re.compile(r"\b(?:with|of|from|to|for|by|on|against|between|in|at|about|over|under|into|than|among|amongst|toward|towards)\s+(?:the\s+)?"
                         r"(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?$", re.I))  # (also "in southern «Italy»")
# "Thousands of «American» troops invaded": a count of the actor's people, not a preposition's object
COUNT_OF = re.compile(r"(?:^|[\s,])(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores|[Tt]ens\s+of\s+thousands|(?:[Ss]everal|[Aa]\s+few)\s+(?:hundred|thousand))\s+of\s+$")
# ... though "ministers of the G7 condemned" ("the twelve countries of the European Community recognised") is the G7 speaking, and in "with Erdogan accusing
# Sweden" the actor after "with" is the subject of the -ing verb
VOICE_OF = re.compile(r"\b(?:ministers|leaders|heads|chiefs|members|member\s+(?:states|countries)|countries|nations|envoys|officials|representatives|presidents|delegations?|negotiators|rulers|juntas?|"
                      r"governments?|militar(?:y|ies)|arm(?:y|ies)|nav(?:y|ies)|peoples|ministry|regime|administration|cabinet)\s+(?:of|from)\s+(?:the\s+)?$|"
                      r"\bspokes(?:person|man|woman|people|men|women)\s+(?:of|for|from)\s+(?:the\s+)?$|"  # "a spokesperson for «0»"
                      r"\b(?:rebels|fighters|forces|militants|militias|troops|coalition|alliance|groups?)\s+(?:led|headed|commanded)\s+by\s+(?:the\s+)?$|"  # "rebels led by «HTS» seized"
                      r"\b(?:jets?|fighters?|warplanes?|planes?|bombers?|aircraft|drones?|troops|soldiers|forces|units?|warships?|vessels?|ships|gunboats|submarines|tanks|guns|"
                      r"paratroopers|marines|commandos|squadrons?|battalions?|brigades?|divisions?|regiments?)\s+of\s+(?:the\s+)?$", re.I)  # "F-16 jet fighters of the Turkish army bombed"
WITH_ING = re.compile(r"\b(?:with|to)\s+(?:the\s+)?$", re.I)  # (also "a response to the Iranian regime providing …")
# "Kyiv and its Western allies have accused Moscow": Kyiv is a subject too
AND_ITS = re.compile(r"«(\d+)»\s+and\s+(?:its|their)\s+$")
ALLIES_AFTER = re.compile(r"\s+(?:allies|partners|backers)\b")
_OTHERS = "countries|nations|states|republics|monarchies|emirates"  # "Russia, China and other countries"
# "the United States, Canada and ten Western European countries", "and the five Central American republics": a counted rest of the list
_COUNTED = r"(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?:\s+(?-i:[A-Z])[\w-]+){0,2}"
# "France and the Nordic countries": unnamed members of a region, with the named one (the Baltic states are named, references.THE_BALTIC_STATES)
REGION_STATES = r"the\s+(?:Nordic|Scandinavian|Gulf|Central\s+Asian|Balkan|Pacific\s+island|Caribbean|Sahel|Sahelian)\s+(?:states|countries|nations|republics)"
# a comma before "and" only closes a list of three or more: "in Syria, and Israel has …" is two clauses
GROUP = anchored(re.compile(r"(?:\bboth\s+(?:the\s+)?|\bbetween\s+(?:the\s+)?)?«\d+»(?:\s+\((?:L|R|C|left|right|center|centre)\)|,\s+(?:left|right|centre|center),)?(?:(?:(?:\s*,\s*(?:the\s+)?|\s*/\s*)«\d+»)+,?|(?:\s*/\s*«\d+»)*)"
                   r"\s+(?:and|&|as well as|or)(?:,\s+(?:most\s+recently|more\s+recently|lately|later|finally|now|since\s+then|this\s+year|last\s+year|in\s+\d{4}),)?\s+(?:the\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|his\s+|her\s+)?(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)?\s+|(?:neighbou?ring|fellow|landlocked|[a-z]+-(?:armed|rich|torn|stricken|ravaged|hit|backed|led|run|dominated|wracked))\s+|(?:[A-Z][\w-]+\s+){0,2}(?:(?:trade|trading|economic|regional|military|security)\s+)?(?:bloc|alliance|grouping)\s+)?«\d+»"
                   # a new phrase: "war against Ukraine and Belarus' support", "between Rabat and the Algeria-backed Polisario"
                   r"(?!['’]s?\s|-(?:backed|supported|sponsored|funded|led|allied|aligned)\b)"
                   # a headline's "Russia, China sending aid"; "from Russia, China and other countries"
                   r"|(?:\A|:\s+|(?<=\bas\s)|(?<=\bafter\s)|(?<=\bwhile\s))«\d+»\s*,\s*«\d+»(?=\s+(?!and\b|or\b)[a-z]+\s)|«\d+»(?:\s*,\s*(?:the\s+)?«\d+»)*,?\s+and\s+(?:(?:(?:\w+\s+)?other|(?:several|many|some|numerous|a number of)(?:\s+\w+)?(?:\s+other)?|" + _COUNTED + r")\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:" + _OTHERS + r")|others|" + REGION_STATES + r")\b"))
# "Britain, along with Canada and Australia, imposed": the aside's actors act with the subject (the
# group takes the closing comma, so the verb follows it)
ASIDE_GROUP = re.compile(r"«\d+»,\s+(?:(?:along|together)\s+with|as\s+well\s+as)\s+(?:the\s+)?«\d+»(?:(?:\s*,\s*(?:the\s+)?«\d+»)*,?\s+and\s+(?:the\s+)?«\d+»)?,"
                        r"(?=\s+(?:[a-z]+ly\s+|also\s+)?(?:[a-z]+ed|has|have|had|will|would|[a-z]+s)\b)")
# "arms sales to «Taiwan» and «US» sanctions on …": the second actor opens a phrase of its own
NEW_PHRASE_AFTER = re.compile(r"\s+(?:sanctions|arms|troops|forces|weapons|exports|imports|officials|aid|support|tariffs)\b")
OTHERS_END = re.compile(rf"\b(?:(?:(?:other|several|many|some|numerous|a number of)(?:\s+\w+)?(?:\s+other)?|{_COUNTED})\s+(?:(?-i:[A-Z])[\w-]+\s+){{0,2}}(?:{_OTHERS})|others|{REGION_STATES})$")
RESPECTIVELY = re.compile(r"[^.;«»]{0,40}?,?\s+respectively\b", re.I)
# rules whose actors on these sides are people: both ("saw Gromyko", not "saw Russia as a threat"), or the
# first, the person a "his" or "her" points back to ("during his talks with Sadat")
PEOPLE_SIDES = {"meet.saw_person": (0, 1), "meet.poss_talks_with": (0,), "meet.put_case_to": (0, 1), "meet.left_capital_after": (0,), "meet.flew_from_capital_to": (0,), "meet.in_city_of_state": (0,)}
CONTESTED_TARGET_RULES = {"support.diplomatic_ties"}  # whose target is a state many others do not recognise
# whose target is named with its own forces after it ("fought alongside Ethiopian federal troops"): no mission
TARGET_FORCES_RULES = {"troops.fought_alongside", "troops.crews_man_army_arms", "troops.serving_with_their_forces", "troops.joined_forces", "troops.will_remain_to_train"}
# an actor after these is the object of a preposition, not the subject of the verb that follows
OUTSIDE_BEFORE = re.compile(r"\b(?:outside|beyond|across|among|amongst)\s+(?:the\s+)?$", re.I)
# "…, according to «US» intelligence": the actor is a source, never a target
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?«$", re.I)
# whose source is named, not "its": in "juntas in Mali and Niger expelled its forces" the forces are another's
# a state's mention read from its armed forces ("the Syrian army")
ARMY_MENTION = re.compile(r"\b(?:army|military|armed\s+forces|air\s+force|navy)\b", re.I)


LODGED_WITH = re.compile(r"\b(?:with|to)\s+(?:the\s+)?$")


def _names_army(mention, article: str, _ctx: ArticleContext) -> bool:
    return ARMY_MENTION.search(article, mention.start, mention.end) is not None


# rules whose target must be named in one way: (mention, article, context) -> whether it is
TARGET_NAMED = {
    # "lodged a protest with NATO": a body a protest is lodged with hears it ("a protest against the EU" is at it)
    **dict.fromkeys(("condemn.protest", "condemn.objected"),
                    lambda m, article, ctx: not (all(ctx.kind(i) == "Organization" for i in m.ids) and
                                                 LODGED_WITH.search(article, max(0, m.start - 12), m.start))),
    "attack.hits_organ": lambda m, _, __: m.form == "organ",  # a state's ministry, army or government
    "troops.joined_forces": lambda m, article, _: m.form in ("organ", "demonym") or article.startswith(("'s", "’s"), m.end),  # troops join an army, not a state
    # "a garrison near Abidjan", not "near Syria"; a leader who "left Moscow after talks", not "left Russia"
    **dict.fromkeys(("troops.garrison_near_capital", "meet.left_capital_after", "meet.flew_from_capital_to"),
                    lambda m, _, __: m.form == "capital"),
    # a city recognised is no state ("recognition of Jerusalem"), though recognition extended "to Khartoum" is the state's
    "support.recognition_of": lambda m, _, __: m.form not in ("capital", "seat"),
    **dict.fromkeys(("troops.on_island", "troops.stationed_on_island"),  # troops "on Cyprus", not "on Russia"
                    lambda m, _, ctx: m.form == "name" and len(m.ids) == 1 and bool(ctx.prop(m.ids[0], "island"))),
    # an army is armed, a state merely supplied ("has supplied the Syrian army"); troops serve with, train or fly for its army
    **dict.fromkeys(("arms.supplied_army", "troops.serving_with_army", "troops.instructors_training_army", "troops.crews_man_army_arms",
                     "attack.drove_army_out"), _names_army),
}
# a named state's planes or ships that carried what is then said to come "from" a place
CARRIER_BEFORE = re.compile(r"«\d+»\s+(?:(?:[\w-]+\s+)?(?:planes|aircraft|jets|ships|vessels|flights|convoys|trucks|transports)\s+)?(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?"
                            r"(?:flown|flew|fly|ferried|carried|transported|moved|shipped|brought|relocated|redeployed|withdrawn|withdrew|pulled)\b")
NAMED_SOURCE_RULES = {"troops.expelled_by"}
ACTOR_LED_RULES = {"meet.passive", "meet.arrived", "condemn.passive"}  # whose first actor is the one received, arriving or condemned, so no preposition's object ("arms sales to «Taiwan» were condemned")
ACTOR_KINDS = ("State", "Organization", "Bloc")
# which kinds may stand at each end (after leaders are mapped to their states where noted)
ENDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "SUPPLIES_ARMS": (ACTOR_KINDS, ACTOR_KINDS), "DEPLOYS_TROOPS": (ACTOR_KINDS, ACTOR_KINDS),
    "TRADES_WITH": (ACTOR_KINDS, ACTOR_KINDS), "VETOES": (("State",), ACTOR_KINDS),
    "SANCTIONS": (ACTOR_KINDS, ACTOR_KINDS + ("Leader",)), "ALLIED_WITH": (ACTOR_KINDS, ACTOR_KINDS),
    "MEMBER_OF": (("State",), ("Organization",)), "ATTACKS": (ACTOR_KINDS, ACTOR_KINDS),
    "MEETS": (ACTOR_KINDS + ("Leader",), ACTOR_KINDS + ("Leader",)),
    "CONDEMNS": (ACTOR_KINDS + ("Leader",), ACTOR_KINDS + ("Leader",)),
    "SUPPORTS": (ACTOR_KINDS + ("Leader",), ACTOR_KINDS + ("Leader",)),
}
# the object is a person: "met Ukraine's foreign minister" is no meeting with Ukraine itself
PERSON_OF = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:minister|ambassador|envoy|spokes\w+|official|officials|diplomats?|"
                       r"delegation|counterpart|secretary|chief|commander|general|adviser|advisor)\b", re.I)
# ... and a state's people of a rank ("met the Israeli and Palestinian prime ministers"; not "met EU foreign
# ministers", who meet as the organisation)
# "accused Russian generals of arming the separatists": a state's generals act as its army (a charge against the state)
ARMY_CHIEFS_OF = re.compile(r"\s+(?:army\s+|military\s+)?(?:generals|commanders)\s+(?:of\s+[a-z]+ing|for)\b")
PERSONS_OF = re.compile(r"(?:\s+and\s+«\d+»)?\s+(?:[\w-]+\s+)?(?:ministers|ambassadors|envoys|counterparts|chiefs|commanders|generals|advis[eo]rs)\b", re.I)
PERSON_OBJECT_TYPES = {"MEETS", "CONDEMNS", "SUPPORTS"}
# "postponed a summit with the EU …, in protest at Sarkozy's plan": a protest that names another than the object
# (nor its head) does not condemn the object
PROTESTED_AFTER = re.compile(r"\s(?:[^;.«»]|«\d+»){0,100}?\bin\s+(?:protest|response|retaliation)\s+(?:at|over|against|to)\s+(?:the\s+)?«(\d+)»")
IN_PROTEST_RULES = {"condemn.cancelled_in_protest", "condemn.cut_with_in_protest"}
# ... and an actor's kin, rival or aides are other people: "had received Macron's far-right rival Marine Le Pen",
# "a French judge accused Kagame's aides of shooting down the plane"
KIN_AFTER = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:rival|opponent|challenger|wife|husband|son|daughter|father|mother|brother|sister|widow|"
                       r"predecessor|successor|nephew|niece|cousin|uncle|aide|bodyguard|associate|lawyer)s?\b(?!['’])", re.I)
# ... and "soldiers to NATO partner Lithuania" go to Lithuania
HEAD_TARGET_TYPES = PERSON_OBJECT_TYPES | {"DEPLOYS_TROOPS", "SUPPLIES_ARMS", "ATTACKS", "SANCTIONS", "TRADES_WITH"}
DELEGATION_AFTER = re.compile(r"\s+delegations?\b")  # (though meeting or accusing a state's delegation is meeting or accusing the state)
ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$")
COUNTERPART_AFTER = re.compile(r"\s+counterparts?\b")
NOT_VETO_TARGETS = ("org:UN",)
# how far past `pre` a trigger verb reaches; a veto's object ("an attempt to extend sanctions") is content
TRIGGER_CHARS = {"VETOES": 8}
# an actor that is the second half of a hyphenated pair ("the «India»-«China» understanding") is no subject
HYPHENED = re.compile(r"«\d+»\s*[-–]\s*$")
# ... nor one that is told something ("India told the «IMF» that it supports ...")
TOLD_BEFORE = re.compile(r"\b(?:told|tells|informed|assured|notified|conveyed\s+to|wrote\s+to|reminded)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# ... nor the backer of those who act ("targeted by «Iranian»-backed militias")
BACKER = re.compile(r"-(?:backed|supported|sponsored|aligned|allied|funded|armed|linked)\b")
# a state's opposition, rebels or press are not the state
# ... nor do a state's private people judge or boycott for it: "American soybean farmers complained that …",
# "The British companies persuaded buyers to boycott Mexican oil" (they may trade for it)
PRIVATE_GROUP = re.compile(r"\s+(?:[\w-]+\s+)?(?:farmers|growers|companies|firms|businesses|investors|consumers|shoppers|traders|merchants|retailers|"
                           r"workers|dockers|unions|activists|protesters|students|academics|analysts|experts|voters|citizens|tourists|fans|exporters|importers|producers)\b", re.I)
PRIVATE_NOT_FOR = {"CONDEMNS", "SUPPORTS", "SANCTIONS"}
NOT_THE_STATE_ITSELF = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:opposition|rebels?|insurgents?|separatists?|dissidents?|critics?|"
                                  r"protesters?|exiles?|opponents?|media|press|newspapers?)\b", re.I)
# rules narrower than their type's ends: "NATO ally Turkey" is membership, "US ally Japan" an alliance
_STATES = (("State",), ("State",))
RULE_ENDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # a person visits a state: a guest welcomed to it, the sentence's leading person on a "first visit by" one of
    # its kind, a person sent there ("sent troops to" is no visit), one who meets an unnamed counterpart (his
    # state is met), one who chose it for a trip
    **{rule: (("Leader",), ("State",)) for rule in ("meet.welcomed_to", "meet.was_welcomed_to", "meet.first_visit_by", "meet.was_sent_to",
                                                    "meet.his_counterpart", "meet.chose_for_trip")},
    "ally.adj_ally": _STATES, "ally.is_demonym_ally": (ACTOR_KINDS, ("State", "Bloc")), "support.recognised": (ACTOR_KINDS + ("Leader",), ("State",)), "ally.its_named_allies": _STATES, "ally.fought_alongside": _STATES, "ally.exercises_in": _STATES, "ally.apposition_its": _STATES,
    "support.ratified_bid": (("State", "Bloc", "Leader"), ACTOR_KINDS + ("Leader",)),  # (an organisation approving a membership admits: "the WTO approved China's membership")
    "troops.host_bases": (ACTOR_KINDS, ("State",)),  # (an organisation hosts no base: "the CSTO, which hosts a Russian air base")
    "troops.completed_withdrawal_from": (ACTOR_KINDS, ("State",)),  # ("completed its withdrawal from the European Union": a membership, not troops)
    "troops.joined_forces": (ACTOR_KINDS, ("State",)),  # ("French troops joined NATO forces in Romania": the alliance's, not a state's war)
    "support.evacuated_person": (ACTOR_KINDS + ("Leader",), ("Leader",)),  # (a state "evacuated" is left, not helped)
    "troops.from": (ACTOR_KINDS, ("State",)),  "troops.presence": (ACTOR_KINDS, ("State",)),  # ("troops from Rwanda fighting alongside the M23": a side, not a place)
    "condemn.attacked_leader": (ACTOR_KINDS + ("Leader",), ("Leader",)), "condemn.dismissed_his_idea": (ACTOR_KINDS + ("Leader",), ("Leader",)), "condemn.summon_envoy": (ACTOR_KINDS, ("State", "Organization")), "condemn.envoy_summoned_by": (ACTOR_KINDS, ("State", "Organization")),
    # meetings read from what two people do together ("signed", "told", "attended", "at X's residence"): leaders only
    **{rule: (("Leader",), ("Leader",)) for rule in ("meet.toured_with", "meet.rode_with", "meet.leaders_signed", "meet.his_summit_with", "meet.did_to_at_summit", "meet.told_leader", "meet.guest_of", "meet.in_place_told", "meet.attended_by",
                                                     "meet.urging_during_their", "meet.signed_with_counterpart", "meet.agreed_with_in",
                                                     "meet.act_signing_with", "meet.handed_leader_thing", "meet.came_from_where_met", "meet.rode_with_in",
                                                     "meet.pair_attended", "meet.pair_together", "meet.at_residence", "meet.joined_leader",
                                                     "meet.called_on", "meet.pair_watched", "meet.stood_alongside",
                                                     "meet.addressed_during_visit", "meet.delivered_letter",
                                                     "meet.attended_with", "meet.presented_to")},
    "meet.subject_visit": (ACTOR_KINDS + ("Leader",), ("State", "Organization", "Leader")),  # ("his first visit to the West": a region, no one met)
    "meet.gathered_in": (("Leader",), ("State",)),  # ("Leaders from 20 countries and the United Nations gathered in Jakarta": not the UN)
    "member.signed_org_treaty": (("State",), ("Organization",)),
    "attack.group_fighting": (("Organization",), ACTOR_KINDS),  # ("troops in Somalia fighting al-Shabaab": a place, not the group)
    "meet.first_to_visit": (("Leader",), ACTOR_KINDS + ("Leader",)),  # ("the first foreign leader to call on the new president")
    "ally.poss_adj_ally": (("State",), ("State",))}  # ("Sweden's NATO ally" is a fellow member, not NATO itself)
# "Zelensky attacked Orbán, accusing him of …": a person attacked in words, not in war
ATTACKED_BEFORE = re.compile(r"\b(?:attack|ambush)(?:s|ed|ing|es)?\s+(?:the\s+)?$")  # a leader "ambushed" in a meeting
BACKER_BY = re.compile(r"\b(?:backed|supported|funded|financed|armed|sponsored|trained|equipped|aligned|allied|created|founded)\s+by\s+(?:the\s+)?$")
BLOCKED_VERB = re.compile(r"\bblock(?:s|ed|ing)?\b", re.I)
UN_BODIES = {"org:UN", "org:UNSC", "org:UNGA"}
INDEPENDENT_AFTER = re.compile(r"\s+(?:(?:independent|human\s+rights|rights|sanctions)\s+)?(?:experts|investigators|rapporteurs?|special\s+rapporteurs?)\b")
FORCES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:troops|soldiers|commandos|paratroopers|marines|warships?|frigates?|destroyers?|warplanes|bombers)\b(?!\s+(?:chief|commander|officers?|delegation|minister)\b)")
REBELS_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:rebels|insurgents|guerrillas|separatists|dissidents|exiles)\b")
VICTIMS_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:deaths|dead|victims|casualties|losses|hostages|civilians|children|lives|refugees)\b")
VICTIMS_PRE = re.compile(r"\b(?:were|was|been|are|is)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|hit|targeted)\b")
NOUN_THEN_PARTICIPLE = re.compile(r"(?:['’]s?\s+)?(?![a-z]+ed\s)[^,]+,\s+")  # (not a past verb's phrase: "the «US» followed on Tuesday, recognising")
CLASS_TITLE_PRE = re.compile(r"\s*(?:president|leader|prime\s+minister|premier|chancellor|head\s+of\s+(?:state|government)|monarch|king|queen|emir)\s+to\s+")
# an unknown acronym between an actor and its verb is likely the verb's own subject ("Sudan's government
# claims the RSF has launched …")
UNKNOWN_SUBJECT = re.compile(r"(?<!\()\b(?:the\s+)?[A-Z]{2,6}s?\b(?![-)])")  # not "(PCG)", the subject's own
# "the resolution condemning X", "a convoy delivering arms to Y": an -ing verb right after a noun
# phrase has that noun as its subject, not the actor before it
REDUCED_RELATIVE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$", re.I)
# ... or right after a noun ("a UN resolution condemning X", "troops supporting Y"): the last word
# before the -ing verb is none of the words that carry a subject's own -ing ("is", "began", "denied"…)
NOUN_BEFORE_ING = re.compile(r"\b(?!(?:is|are|was|were|be|been|being|keeps?|kept|keeping|continues?|continued|began|begins?|begun|"
                             r"start(?:s|ed)?|stopp?(?:s|ed)?|also|still|now|already|not|of|for|by|after|before|while|whilst|when|upon|since|"
                             r"in|from|and|without|den(?:y|ies|ied)|accus(?:es|ed)|over|about|on|against|resum(?:es|ed|e)|finish(?:es|ed)?|"
                             r"end(?:s|ed)|quit|avoid(?:s|ed)|consider(?:s|ed)|admit(?:s|ted)|risk(?:s|ed)?|"
                             r"regime|government|authorities|leadership|junta|administration)\b)[a-z]+(?<!ly)(?<![a-z]{3}ed)\s+$")  # ("the Iranian regime providing": the state)  # "confirmed striking": a verb
# ... unless a subordinator stands right before the -ing verb ("announced the ceasefire after hosting talks")
SUBORDINATOR_END = re.compile(r"\b(?:after|before|while|whilst|when|since|upon|without)\s+$")
# "Chinese companies it accused of helping Iran": the verb has a subject of its own (a pronoun
# after a noun); "Russia said it supplied" keeps Russia, the pronoun standing after a reporting verb
# an actor right after a verb, then "after accusing …", is that verb's object, not the accuser
# an envoy summoned (or expelled) "to protest": the purpose is the summoner's; one invited, urged or
# asked "to visit" has not visited
INFINITIVE_PRE = re.compile(r"(?:[\w-]+\s+){0,2}?to\s+")
# "Bonn had angered «Cairo» by shipping tanks to Israel": an object's "by" and gerund are its clause subject's
# (and "voted to quit the «Warsaw Pact» in protest": the object's "in protest" too)
BY_GERUND_PRE = re.compile(r"(?:by|in)\s+")
OBJECT_VERB_BEFORE = re.compile(r"\b(?!(?:and|or|but|nor|then|that|which|who)\b)[a-z]+\s+(?:the\s+)?$")
SUMMONED_OR_SENT_BEFORE = re.compile(r"\b(?:summon|expel|call(?:ed|s|ing)?\s+in|recall)\w*\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+)?$"
                             # "sent military advisers, drones and «Syrian» fighters to support …": the sender supports
                             r"|\b(?:sen[dt]s?|sending|dispatch(?:ed|es|ing)?|deploy(?:s|ed|ing)?)\s+(?:[^«»;.]{0,60}?(?:,|\band)\s+)?$")
# the one charged with the sending: "Yerevan accuses «Ankara» of sending …"
CHARGED_SENDER = re.compile(r"«(\d+)»\s+(?:of|for)\s+(?:sending|dispatching|deploying)\s+(?:[^«»;.]{0,60}?(?:,|\band)\s+)?$")
SOME_MEMBERS_BEFORE = re.compile(r"\b(?:[Ss]ome|[Ss]everal|[Mm]any|[Aa] few|[Ff]ew|[Cc]ertain|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Mm]ost)\s+$")
MENTION_END = re.compile(r"«(\d+)»\s+$")
MEMBERS_AFTER = re.compile(r"\s+(?:countries|members|member\s+states|member\s+countries|states|nations|governments)\b")
SUBORDINATOR_PRE = re.compile(r"(?:after|before|while|since|when|upon|without)\s+$")
OBJECT_THEN_SUBORDINATOR = re.compile(r"\s*(?:a|an|the)\s+[^,]*?\b(?:after|before|while|since|when|upon|without)\s+$")
OBJECT_BEFORE = re.compile(r"\b(?!(?:and|or|but|that|which|who|then|also)\b)[a-z]{2,}\s+(?:the\s+)?$")
# "polling suggesting 70% support Ukraine's membership": the share is the verb's subject
PERCENT_SUBJECT = re.compile(r"\d\s*(?:%|percent|per cent)(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+$")
OTHER_SUBJECT = re.compile(r"\b(?!(?:said|says|say|saying|announced|confirmed|added|stated|insisted|warned|claimed|"
                           r"argued|noted|declared|believes|believed|hopes|hoped|expects|expected|thinks|thought|"
                           r"admitted|acknowledged|denied|denies|told|reported|revealed|and|that|reporters|journalists|"
                           r"lawmakers|parliament|senators|audience|media|press|crowd|supporters|diplomats|him|her|them|us)\b)[a-z]+\s+"
                           r"(?:it|they|he|she|we)\s")
# "warned it against supplying weapons to Moscow", "urged them to send troops": the pronoun does the verb
TOLD_PRONOUN_TO = re.compile(r"\b(?:warn|urg|press|ask|told|tell|call\w*\s+on|caution|advis|encourag|push)\w*\s+(?:it|them|him|her)\s+(?:not\s+)?(?:against|to|from)\s")
# ("warned Pacific states against deepening military ties with Washington": so do the states named by kind)
# (a warning only: "called on member states to back the government of Chad" is the caller's support)
TOLD_OTHERS_TO = re.compile(r"\b(?:warn|caution|advis)\w*\s+(?:(?:other|its|their|the|all|fellow|many|some)\s+)?(?:[\w-]+\s+)?"
                            r"(?:states|countries|nations|governments|allies|neighbou?rs|members|partners)\s+(?:against|not\s+to|from)\s")
# "warned «China» about their defence treaty with …": "their" is others', so the actor is an object
THEIR_AFTER_PREPOSITION = re.compile(r"(?:about|over|regarding)\s+their\s")
# "«Western» officials say are armed by …": officials of the actor report what others are
REPORTERS_SAY = re.compile(r"(?:officials?|sources|experts|analysts|diplomats|intelligence)\s+(?:\w+ly\s+)?(?:say|says|said|believe|believes|claim|claims|allege|alleges)\b|"
                           r"(?:say|said|believe|claim|allege)s?\b(?=\s*$|\s+(?:are|is|was|were|have|has|had)\b)")  # "rebels, which Kinshasa and the UN say are backed by Rwanda"
# "blamed X for sheltering and supporting Y": two gerunds of a charge, not the actor's own acts
GERUNDS_OF_CHARGE = re.compile(r"(?:for|of)\s+\w+ing\s+and\s+$")
# "accused China and Hong Kong-based firms of helping Russia": the verb after "of" is the charge's
CHARGE_OF_END = re.compile(r"\b(?:of|for)\s+$")
# "makers that the US said directly helped Russia": the actor only reports the verb's act
REPORTER_OF_VERB = re.compile(r"\b(?:said|says|say|claims?|claimed|alleged|believes?)\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:\w+ly\s+)?(?:been\s+)?$")
# a noun phrase whose head follows the actor: "NATO ally Greece", "EU member Hungary"
HEAD_AFTER = re.compile(r"\s+(?:ally|allies|member|member state|partner|neighbou?r)\s+«(\d+)»")
# "sanctions on Afghanistan's Taliban militia", "backs Yemen's Houthi rebels": the state only says where the group is
OWNED_GROUP_AFTER = re.compile(r"['’]s" + GROUP_DESCRIPTOR.pattern + r"«(\d+)»")
# "Serbia, as one of three countries supplying arms": the noun before the -ing verb is the actor's class
CLASS_OF_SUBJECT = re.compile(r"(?:,\s+)?(?:as|is|are|was|were|among)\s+(?:among\s+|one of\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
                              r"(?:countries|states|nations|governments|powers|leaders|dignitaries|guests|heads of state)\s+$")
# "US officials say it has shipped missiles": officials are plural, so "it" is someone else
OFFICIALS_SAY_IT = re.compile(r"(?:[\w-]+\s+)?(?:officials|diplomats|sources|analysts|experts|media|intelligence|reports)\s+"
                              r"(?:\w+\s+)?(?:say|said|says|believe|believed|claim|claimed|allege|alleged|think)\s+(?:that\s+)?it\s")
# "Western accusations of supplying weapons": the accuser is not the one said to supply
ACCUSATION_OF = re.compile(r"\b(?:accusations?|allegations?|charges|claims|suspicions?)\s+(?:that\s+it\s+was\s+|of\s+)$")
# "Chinese jets that have been used in strikes": the weapons' user is someone else
USED_BY_OTHER = re.compile(r"\bused\s+(?:in|for|to|by|against)\b")
# "Hezbollah has used «Iranian» rocket launchers to strike": the weapons' origin, not the striker
USER_BEFORE = re.compile(r"\b(?:used|uses|using|with)\s+(?:the\s+|its\s+|their\s+)?$")
WEAPON_TO_PRE = re.compile(r"(?:[\w-]+\s+){0,2}?" + WEAPON + r"\s+to\s+$", re.I)
ARTICLE_END = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.I)
ED_WORD = re.compile(r"[a-z]+ed\b")  # after an article, an adjective: "the occupied territories"
# ... and after "a"/"an" (and an adjective) a word that is also a noun is the noun: "demanding the UK … in a fierce
# rebuke over X" (the condemnation verbs that double as nouns)
INDEFINITE_END = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", re.I)
NOUN_VERB = re.compile(r"(?:rebuke|protest|censure|blast|slam|attack)\b")
# "The United States and its allies have sent …": the actor is still the subject
# "«0» and intelligence chief Hussein Salameh met …": a person the dictionary lacks is a co-subject
NAMED_CO_SUBJECT = re.compile(r"and\s+(?:(?:his|her|its|their|the)\s+)?(?:[a-z]+\s+){0,3}[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+(?:(?:also|jointly|together|both|have|has|had)\s+){0,2}|"
                              + SPOUSE_ASIDE + r"(?:[a-z]+\s+){0,2}")
ALLIES_TOO = re.compile(r"and\s+(?:(?:dozens|scores|hundreds)\s+of\s+|(?:more\s+than\s+|about\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:its|their|his|her|other|some|several|many|western|european)\s+(?:[\w-]+\s+)?"
                        r"(?:allies|partners|neighbou?rs|members|member (?:states|countries)|backers|proxies|countries|nations|states|governments)\s", re.I)
# "Chinese leaders and diplomats have condemned", "Russian missiles and drones pounded", "Chinese troops backed
# by tanks and artillery attacked": two kinds of the state's people, or of its forces and weapons, one subject
_PEOPLE = r"(?:officials|leaders|diplomats|lawmakers|ministers|politicians|authorities|envoys|generals|commanders)"
_MEANS = r"(?:missiles|drones|rockets|jets|warplanes|aircraft|bombers|helicopters|warships|ships|gunboats|artillery|troops|forces|soldiers|tanks|infantry|paratroopers|marines|commandos|planes|seaplanes|fighters|fighter-bombers|destroyers|frigates|cruisers|submarines|boats|units|guns|mortars|police|sailors|airmen|cavalry|armou?r)"
PEOPLE_AND = re.compile(rf"\s*(?:[\w-]+\s+)?(?:{_PEOPLE}\s+and\s+(?:[\w-]+\s+)?{_PEOPLE}|(?:{_MEANS}\s+(?:backed|supported|accompanied|escorted|covered)\s+by\s+(?:[\w-]+\s+)?)?{_MEANS}\s+and\s+(?:[\w-]+\s+)?{_MEANS})\s")
# an actor followed by its verb: the subject of a clause
# past tenses that do not end in "-ed" (CLAUSE_SUBJECT, OWN_FIRST_VERB)
IRREGULAR_PAST = r"sent|sold|gave|given|took|taken|made|struck|fought|built|bought|brought|led|met|held|flew|shot|drove|won|cut|hit"
CLAUSE_SUBJECT = re.compile(r"«(\d+)»\s+(?:\w+ly\s+)?(?:(?:has|have|had|also|then|later)\s+)?(?=[a-z]+(?:ed|s)\b|(?:" + IRREGULAR_PAST + r")\b)")
# an aside, a participle clause or a "when …ing" clause between a subject and its verb
CLAUSE_BEFORE_VERB = anchored(re.compile(rf",|\b(?:{CLAUSE_OPENERS})\s+$"))
RELATIVE_PRE = re.compile(r",\s+(?:which|who)\s")
RELATIVE_END = re.compile(r"\b(?:that|which|who)\s+(?:(?:has|have|had)\s+)?(?:(?:\w+ly|also)\s+)?$")  # "an initiative that has supplied": its own verb
OF_END = re.compile(r"\bof\s+$")  # "after five days of fighting": a gerund after "of" has no subject
# "are in the process of donating": the -ing word is the subject's own
SUBJECTS_GERUND = re.compile(r"\b(?:process|midst|middle|business) of\s+$")
# "Spain approved a decree on Monday banning arms sales to Israel": what the decree does, its maker does
OWN_INSTRUMENT = re.compile(r"\b(?:approv|adopt|pass|sign|issu|enact|introduc|publish)\w*\s+(?:an?|the|its|their|new)\s+(?:[\w-]+\s+)?"
                            r"(?:decree|law|bill|order|regulation|legislation|resolution|measure|motion|ordinance|proclamation|executive\s+order|declaration|statement)\s+(?:(?:on|last|this|in)\s+\w+\s+|(?:today|yesterday|tonight)\s+)?$")
# an -ing verb right after the pre-verb words ("during", "according" are prepositions)
ING_VERB = re.compile(r"(?!(?:during|according|including|following|regarding|concerning|notwithstanding|policing|housing|clothing|wedding|morning|evening)\b)\w+ing\b")  # (nor a noun: "struck policing agreements")
# "Russia and China urged talks and blamed the US": a second verb of the same subject
# "until «Hamas» renounced violence and recognised «Israel»": in a subordinate clause, the actor's own past verb before the "and" makes it the subject of both
OWN_FIRST_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:[a-z]+ed|" + IRREGULAR_PAST + r")\s+(?:[^«»;,.]){0,40}?\band\s+")
# words that open a subordinate clause (SUBORDINATOR_BEFORE, SUBORDINATE_SUBJECT)
SUBORDINATORS = r"after|before|when|while|because|since|until|once"
SUBORDINATOR_BEFORE = re.compile(r"\b(?:" + SUBORDINATORS + r"|unless|if)\s+(?:the\s+)?$")  # (a reported clause's second verb may be the reporter's)
VERB_AFTER_AND = re.compile(AND_THEN + r"(?:(?:has|have|had)\s+)?(?:(?:\w+ly|long)\s+)?$")  # (also "and strongly denounced", "and has long backed")
# "struck Iranian-backed groups": the actor only qualifies the target
QUALIFIER_AFTER = re.compile(r"»-(?:backed|supported|sponsored|allied|aligned|funded|armed|linked|affiliated|friendly|made|built|designed|manufactured|"
                             r"patrolled|monitored|brokered|mediated)\b")  # "the U.N.-patrolled buffer zone"
# ... and one visits a place a state holds, not the state: "a visit to the Turkish-held north of the island"
HELD_AFTER = re.compile(r"»-(?:held|occupied|controlled|administered)\b|»\s+(?:rival\s+|warring\s+|opposition\s+)?(?:factions|parties|groups|rebels|militias|sides)\b"
                        r"|»\s+(?:embassy|consulate|pavilion)\b")  # (nor a state's embassy abroad: "visited the Chinese embassy in Islamabad")
# ... unless the rule is about what the qualifier says: "warned of Kremlin-backed interference"
QUALIFIED_TARGET_RULES = {"condemn.says_wrong", "condemn.attributed_to"}  # ("attributed the attack to "Serbian-sponsored criminals"")
# an act against a state's backers is not against the state: "blamed Kyiv's Western backers"
BACKERS_AFTER = re.compile(r"»['’]s\s+(?:[\w-]+\s+|«\d+»\s+)?(?:backers|allies|supporters|sponsors|patrons)\b")
AGAINST_TYPES = {"CONDEMNS", "ATTACKS", "SANCTIONS"}
# "the second NATO country to send jets": the organisation only qualifies its member, the actor
ORG_AS_QUALIFIER = re.compile(r"\s+(?:country|member(?:\s+state)?|state|nation|ally)\b")
MEMBERSHIP_TYPES = {"MEMBER_OF", "ALLIED_WITH"}
# "attacked Germany for its stance": words, not arms (condemn.attacked_for_stance's)
STANCE_AFTER = re.compile(FOR_STANCE)
# a statement of arms is no "support short of arms", and an arms export no plain trade
SUBSUMED_BY_ARMS = {"SUPPORTS", "TRADES_WITH"}
# ... but backing, help to fight, advice and shelter from criticism are more than the arms or troops beside them:
# "X is Y's main backer and arms supplier", "sent troops … to help Kinshasa fight", "sent commanders to advise the
# Iraqi government", "Sri Lanka's biggest arms supplier, has shielded Colombo from criticism"
NEVER_SUBSUMED = frozenset({"support.backer", "support.extended_to_help", "support.armed_and_backed", "support.sent_to_advise", "support.shielded_from", "support.where_sent_to_help", "support.clause_in_support_of"})
# acts a minister does for the state served ("Germany's foreign minister, Guido Westerwelle, summoned the American
# ambassador"), and the envoys a head sends, who go for his state ("President Siad Barre sent his foreign minister to Kampala")
STATE_ACT_RULES = {"condemn.summon", "meet.sent_delegation"}
# ... of which the person's own act too: a head or minister who summons an envoy protests himself, for his state
# ("President Bourguiba summoned the American ambassador")
OWN_AND_STATE_ACT_RULES = {"condemn.summon"}
TRADE_FLOW_RULES = {"trade.imports", "trade.exports", "trade.nominal_flow"}
ORG_EVENT_AFTER = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:summit|meeting|ministerial|conference|session|gathering)\b")
# a second number of troops with the place they are in, the troops left out: "3,000 troops in Jordan and 2,500 in Iraq"
TROOPS_ALSO_IN = re.compile(r"\s*,?\s+and\s+(?:(?:about|some|nearly|around|almost|over|more\s+than|another)\s+)?\d[\d,.]*"
                            r"(?:\s+(?:more|others))?\s+(?:in|to|into)\s+(?:the\s+)?«(\d+)»")
# a qualifier states its relation whatever the sentence's mood: "hoping to crush the Iranian-backed Houthis";
# so do a denied accusation (it was made) and a past meeting named as the time of something else
# ... and so do rules whose own verb is the condemnation ("urged X to stop its provocations", "dismissed X's
# remarks as baseless") and a speaker's quote, whatever mood its content has ("will protect us from
# illegitimate actions by the ICC," Rubio said)
# two leaders who sign or attend together meet; a longer list only shared an occasion
TWO_ONLY_RULES = {"meet.pair_signed_at", "meet.pair_watched", "meet.signed_by_pair", "meet.attended_by", "meet.leaders_signed", "meet.pair_attended", "meet.pair_together"}
# ... but three leaders who sign together held a trilateral meeting ("Yeltsin, Kravchuk and Shushkevich signed the agreement")
SIGNING_RULES = {"meet.pair_signed_at", "meet.signed_by_pair", "meet.leaders_signed"}
# a pact signed "in separate ceremonies" in two capitals: the signers did not meet
SEPARATE_SIGNINGS = re.compile(r"\b(?:in\s+separate\s+(?:ceremonies|signings|capitals)|separately)\b", re.I)
# a rule whose relation holds whatever the mood of its verb: "vowed to back Manila under its Mutual Defense
# Treaty", "wanted to raise bilateral trade to $15 billion", "a promise to evict Indian troops", "will close
# the border amid concerns that Moscow is …" (the treaty, the trade, the troops and the concern are there)
PRESUPPOSING_RULES = {"condemn.said_tried_to_change_status_quo", "attack.pair_fighting_between_them", "troops.driven_out", "veto.blocked_by_veto", "member.barred_from_bodies_of", "arms.purchase_of", "troops.it_had_sent", "member.membership_was_suspended", "sanctions.halted_in_retaliation", "condemn.end_to_acts_by", "trade.apposition_its", "member.suspended_membership", "member.voting_rights_of_suspended", "member.suspended_its_voting_rights", "member.stripped_of_voting_rights", "member.frozen_participation", "member.org_suspended", "member.suspended_from", "member.suspended_apposition", "attack.after_strikes_subject", "meet.subject_visited_by", "trade.its_partner", "trade.apposition", "member.apposition_of", "member.org_apposition", "member.poss_apposition", "ally.under_treaty", "ally.under_agreement_with", "condemn.cannot_remain_in_power", "ally.treaty_commitments_to", "meet.during_talks", "ally.its_ally", "sanctions.lift_what_it_imposed", "sanctions.asked_to_lift_its", "trade.agreement_pair_concluded", "trade.raise_supplies_to", "member.presidency_of", "member.holds_presidency", "member.holds_poss_presidency", "sanctions.cut_supplies", "condemn.until_it_stops", "trade.pair_ties", "troops.expelled_by", "condemn.amid_concerns_that", "troops.withdraw_from", "troops.placed_under", "trade.what_it_pays", "troops.pull_out_of", "troops.to_leave", "troops.withdrawal_of", "condemn.cancelled_in_protest", "condemn.to_stop_poss_act",  # "agreed to withdraw its troops from Congo": they are there
                      "support.backed_adj", "condemn.names_provocation", "condemn.drop_its_hostile", "condemn.quoted_provocation", "condemn.says_wrong", "condemn.fronted_participle", "attack.fight_against", "meet.pair_following", "sanctions.evaded_by", "sanctions.evaded", "condemn.denied_accusations", "condemn.denied_poss_accusations", "meet.pair_when_they",
                      "condemn.urged_to_stop", "condemn.urged_to_answer", "condemn.rejected_bid", "condemn.dismissed_as", "ally.commits_pair",
                      "condemn.case_brought_by",  # ("the court dismissed a suit filed by Iran accusing …": the suit was filed)
                      "member.as_the_member",
                      "condemn.quoted_judged_act", "condemn.quoted_judged_by", "condemn.judged_acts_by", "condemn.quoted_attack",
                      "condemn.raising_tensions",  # (the warning is made; what it says may be hedged: "would deepen strife")
                      "condemn.in_protest_at",  # "cut ties in protest at X": the cutting is the protest, not its negation
                      "condemn.said_failed",  # "said X had failed to protect …": the failure is the blame
                      "sanctions.goods_under",  # "would no longer allow Russian goods that are under EU sanctions": they are
                      "support.among_supporters",
                      "sanctions.none_may_go",  # "no oil may be shipped from Britain to Rhodesia": the ban is in force
                      "ally.its_national_allies",  # "promised to do everything necessary for its North Vietnamese ally": they are allies
                      "condemn.considers_judged", "arms.poss_act_of_selling", "condemn.made_error_said_by", "condemn.provocation_by_said", "condemn.in_what_called",
                      "member.member_that_is", "member.as_member", "member.fronted_as_member", "member.lifted_suspension", "member.org_lifted_suspension",  # "the last NATO member that has not approved the bid is Hungary": a member all the same
                      "ally.its_bloc_allies_particularly", "ally.poss_joint_exercises_with", "ally.patrols_by_pair",  # "aims to rely on its Western allies, particularly France": they are allies  # "considers X's action in selling arms a violation": a judgment; the sale is its premise
                      "meet.urging_during_their",  # "urging X to … during their meeting": the meeting took place
                      "meet.pair_during_visit", "meet.pair_when_visited", "meet.called_on",  # "agreed to start talks during Kishida's visit"
                      "support.poss_decision_to_back", "trade.raise_investment_in",  # "Germany's decision to defend Israel": the decision is made
                      "condemn.called_its_act", "condemn.demanded_that", "condemn.demanded_apology", "condemn.said_and_demanded_apology", "condemn.dismissed_as_staged_by",  # the words are said
                      "sanctions.first_to_ban_arms", "support.first_to_recognise",  # "became the first EU country to ban …": it did
                      "troops.asked_to_leave", "troops.will_remain_to_train",  # "asked French troops to leave": they are there
                      # "called on the world to condemn", "considers the YPG a terrorist group", "wants to renegotiate its trade
                      # agreement with": the condemnation and the agreement stand whatever the mood of the verb before them
                      "condemn.urged_others_to_condemn", "condemn.regards_as_terrorist", "trade.renegotiate_with",
                      "condemn.poss_complaint_that", "arms.urged_to_cut_its"}  # ("due to rule on Nicaragua's complaint that …": the complaint was made; "urged Washington to reduce its arms sales to Taiwan": it sells)
# "the foreign minister of Sri Lanka thanked India for its support": the support went to his state
STATE_BENEFICIARY_RULES = {"support.thanked_for", "condemn.summon_envoy", "condemn.envoy_summoned_by"}
# whose target is named by its nationality ("abandoned by their American allies")
NATIONAL_TARGET_RULES = {"ally.its_national_allies"}
# "the clash between Trump and Zelensky in the Oval Office": a clash of two people is words, not their states' war
PEOPLE_STAY_PEOPLE = {"attack.clashes_between_pair"}
MAP_LEADERS_TO_STATES = {"SUPPLIES_ARMS", "DEPLOYS_TROOPS", "TRADES_WITH", "VETOES", "SANCTIONS",
                         "ALLIED_WITH", "ATTACKS", "MEMBER_OF"}
# the acts a former head did for the state ("the embargo imposed by President Carter"), not a person's own ties ("Hariri, an ally of the Saudis")
FORMER_HEADS_ACTS = MAP_LEADERS_TO_STATES - {"ALLIED_WITH", "MEMBER_OF"}


@dataclass(frozen=True)
class Found:
    type: str
    source: str
    target: str
    rule: str
    modality: str
    span: tuple[int, int]   # article offsets of the matched words
    detail: str | None = None
    verb: int | None = None  # article offset of the trigger word, where the rule marks one


Entry = tuple[str, str, re.Pattern, "re.Pattern | str | None", "tuple[str, ...] | None"]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, str, re.Pattern]]:
    return compile_patterns()


@lru_cache(maxsize=1)
def patterns() -> dict[str, list[Entry]]:
    """Compiled patterns grouped by relation type, in their declared order: (type, rule, regex, the
    gate of its own — a key of `Gates.found`, or a regex; None when the type's gate is all it needs —
    and the keys of the sets of strings the regex cannot match without, the most telling first, or None)."""
    by_type: dict[str, list[Entry]] = {}
    own_gates, needs = gates().of_rule, gates().need_of
    for type_name, rule, regex in _compiled():
        by_type.setdefault(type_name, []).append((type_name, rule, regex, own_gates.get(rule), needs.get(rule)))
    return by_type


@dataclass(frozen=True)
class RuleIndex:
    """The rules filed by the gate key each cannot run without (its own gate, else its needs), so a
    sentence tries only the rules whose key it holds, not every rule of its open types. Each entry
    comes with its place in the declared order, which candidates keep (the first rule to find an
    edge names it)."""
    by_key: dict[str, list[tuple[int, Entry]]]
    ungated: dict[str, list[tuple[int, Entry]]]  # per type: the rules its gate alone lets in


@lru_cache(maxsize=1)
def rule_index() -> RuleIndex:
    by_key: dict[str, list[tuple[int, Entry]]] = {}
    ungated: dict[str, list[tuple[int, Entry]]] = {}
    order = {name: i for i, name in enumerate(gates().types)}
    for type_name, entries in patterns().items():
        for i, entry in enumerate(entries):
            place = (order[type_name] << 12) + i
            gate, need = entry[3], entry[4]
            key = gate if type(gate) is str else need[0] if need else None
            assert key is not None or entry[1] not in OPENER_RULES, f"an opener needs words of its own: {entry[1]}"
            (by_key.setdefault(key, []) if key is not None else ungated.setdefault(type_name, [])).append((place, entry))
    return RuleIndex(by_key, ungated)


def candidates(present: set[str], open_types: list[str]) -> tuple[Entry, ...]:
    """The rules a reading must try, in the declared order: those of its open types whose key it
    holds, then those of closed types whose own gate is enough (`patterns.OPENER_RULES`: "Xi told Yunus
    on Friday that …" has no meeting word) and whose key it holds."""
    keys = frozenset(present & rule_index().by_key.keys())
    return _candidates(keys, tuple(open_types))


@lru_cache(maxsize=4096)  # (sentences share their gate words: "said", "in", a type's verbs; the choice is made once)
def _candidates(keys: frozenset[str], open_types: tuple[str, ...]) -> tuple[Entry, ...]:
    index = rule_index()
    chosen = [item for name in open_types for item in index.ungated.get(name, ())]
    closed: list[tuple[int, Entry]] = []
    by_key = index.by_key
    for key in keys:
        for item in by_key[key]:
            if item[1][0] in open_types:
                chosen.append(item)
            elif item[1][1] in OPENER_RULES:
                closed.append(item)
    chosen.sort()  # (places are unique: the entries themselves are never compared)
    closed.sort()
    return tuple(entry for _, entry in chain(chosen, closed))


@lru_cache(maxsize=1)
def gates() -> Gates:
    return compile_gates({rule: required_all(regex) for _, rule, regex in _compiled()})


# "between India and China, which has funded roads": a relative clause with a singular verb is the last member's
# (so is an apposition naming one thing: "between Armenia and Azerbaijan, its closest ally")
SINGULAR_RELATIVE = re.compile(r",\s+(?:which\s+(?:\w+ly\s+|also\s+)?(?:has|is|was|does)\b|its\s+(?:[\w-]+\s+){0,2}?(?:ally|partner|neighbou?r|rival|enemy|backer|patron|supplier|creditor|protector)\b(?!s))")


def group_mentions(masked: Masked, ctx: ArticleContext | None = None) -> list[Mention]:
    """Merge "A, B and C" / "both A and B" / "between A and B" into one group mention. A list
    mixing people and states is no group ("During his visit to Pakistan, Xi and Pakistani leaders"):
    it is tried again from its second member."""
    mentions = list(masked.mentions)
    merged: list[Mention] = []
    used: set[int] = set()
    for match in ASIDE_GROUP.finditer(masked.text) if ", along with " in masked.text or ", together with " in masked.text or ", as well as " in masked.text else ():
        indices = [int(i) for i in re.findall(r"«(\d+)»", match.group())]
        members = [masked.mention(i) for i in indices]
        every = [i for m in members for i in m.ids]
        if _no_list(every, ctx) or any(m.form == "town" for m in members):
            continue
        merged.append(Mention(members[0].start, masked.orig(match.end(), at_end=True), tuple(every), "group"))
        used.update(indices)
    pos = 0
    while (match := GROUP.search(masked.text, pos)) is not None:
        indices = [int(i) for i in re.findall(r"«(\d+)»", match.group())]
        if used.intersection(indices):
            pos = masked.text.index("»", match.start()) + 1
            continue
        members = [masked.mention(i) for i in indices]
        every = [i for m in members for i in m.ids]
        if _no_list(every, ctx, all(m.form == "capital" for m in members)) or SINGULAR_RELATIVE.match(masked.text, match.end()) or \
                any(m.form == "town" for m in members) or \
                (PREP_BEFORE.search(masked.text, 0, match.start()) and NEW_PHRASE_AFTER.match(masked.text, match.end())
                 and not all(m.form == "demonym" for m in members)):  # ("on Israeli and Turkish weapons": both the weapons')
            pos = masked.text.index("»", match.start()) + 1
            continue
        pos = match.end()
        ids = tuple(dict.fromkeys(i for m in members for i in m.ids))
        # "China, Turkey, and other countries also buy": the others belong to the subject too
        end = masked.orig(match.end(), at_end=True) if OTHERS_END.search(match.group()) else members[-1].end
        # ("with both the United States and China": "both" is the group's own word)
        start = masked.orig(match.start()) if match.group()[:4].lower() == "both" else members[0].start
        sides = (members[0].ids, members[1].ids) if len(members) == 2 and max(len(m.ids) for m in members) > 1 else None
        merged.append(Mention(start, end, ids, "group", sides=sides))
        used.update(indices)
    return [m for i, m in enumerate(mentions) if i not in used] + merged


def _no_list(every: list[str], ctx: ArticleContext | None, cities: bool = False) -> bool:
    """Whether actors named together are no list: one named twice ("sanctions on Russia, New Delhi and
    Moscow agreed"; but in a list of cities, an itinerary, "visited London, Bonn, West Berlin and Rome", two may
    be one state's), or people mixed with states ("During his visit to Pakistan, Xi and Pakistani leaders")."""
    return (len(set(every)) < len(every) and not cities) or (ctx is not None and len({ctx.kind(i) == "Leader" for i in every}) > 1)


def _ends(type_name: str, ids: tuple[str, ...], side: int, ctx: ArticleContext, rule: str = "") -> list[str]:
    allowed = RULE_ENDS.get(rule, ENDS[type_name])[side]
    out = []
    for entity_id in ids:
        kind = ctx.kind(entity_id)
        if kind == "Leader" and rule not in PEOPLE_STAY_PEOPLE and (type_name in MAP_LEADERS_TO_STATES or (side == 1 and rule in STATE_BENEFICIARY_RULES)
                                                                    or (side == 0 and rule in STATE_ACT_RULES)) \
                and not (type_name == "SANCTIONS" and side == 1):  # sanctions on a head of state target the person
            # (a former head's acts named by their old title were the state's: "the embargo imposed by President Carter")
            person = entity_id
            entity_id = ctx.state_served_by(entity_id) or (ctx.state_once_led(entity_id) if side == 0 and type_name in FORMER_HEADS_ACTS else None) or entity_id
            if rule in OWN_AND_STATE_ACT_RULES and entity_id != person and person not in out:
                out.append(person)
            # (the Commission's president signs for the Union: "von der Leyen and Carney signed a defence partnership")
            entity_id = ctx.prop(entity_id, "partOf") or entity_id
            kind = ctx.kind(entity_id)
        if kind in allowed:
            out.append(entity_id)
    return out


CIVIL_BUYER = re.compile(r"\s+(?:state(?:-owned)?\s+)?(?:airlines?|air\s+carriers?)\b")
# the "and" or "but" before a second verb of the same subject
COORDINATED_AND = re.compile(r"\s(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?$")
PLACE_NOUN_PRE = re.compile(r"(?:territory|soil|airspace|land|waters|bases|ports|airfields|air\s+bases|airports|facilities)\b")


def extract(masked: Masked, ctx: ArticleContext) -> list[Found]:
    """Every relation the sentence states, asserted or not."""
    abroad = _spoke_abroad(masked, ctx) if ctx.places and (" in " in masked.text or " at " in masked.text) else []
    abroad += _was_in(masked, ctx) if " in «" in masked.text else []
    if len({i for m in masked.mentions for i in m.ids}) < 2:
        return abroad  # every other relation joins two distinct actors named as actors
    found: dict[tuple, Found] = {}
    for text, to_masked, cuts in readings(masked):
        _extract_from(masked, text, to_masked, ctx, found, cuts)
    if (gapped := GAPPED.search(masked.text)) if (" and " in masked.text or " while " in masked.text or " whereas " in masked.text) else None:
        # (after a year the second actor may be an object: "attacked Ukraine in 2014 and Georgia in 2008";
        # it is a subject only where it could not be the object: "joined NATO in 2017 and North Macedonia in 2020")
        if not (gapped.group("year") and COMPARED_BEFORE.search(masked.text, 0, gapped.start())):
            _gapped_subject(masked, gapped, found, unlike=ctx if gapped.group("year") else None)
    elif (ranked := RANKED_NEXT.search(masked.text)) if " followed by " in masked.text or " ahead of " in masked.text or ", after «" in masked.text or ", behind «" in masked.text else None:
        _gapped_subject(masked, ranked, found, symmetric=True)
    elif (along := ALONG_WITH.search(masked.text)) if (" with «" in masked.text or " by «" in masked.text or " as did «" in masked.text or " as ha" in masked.text or " so d" in masked.text or " so ha" in masked.text) else None:
        # (with no comma, "along with" after an object may name more objects: "sanctions on Iran along with
        # Russia"; only an actor of another kind than the object is another subject: "entered the EU along with Cyprus")
        _gapped_subject(masked, along, found, unlike=ctx if along.group().lstrip().startswith("along") else None)
    elif (contrast := BUT_SUBJECT_HAS.search(masked.text)) if " but «" in masked.text or " while «" in masked.text or " whereas «" in masked.text else None:
        _contrasted_subject(masked, contrast, found)
    out = _without_subsumed(list(found.values()))
    if any(f.type == "MEETS" for f in out):
        out += _capital_visits(out, masked, ctx)
    have = {(f.type, f.source, f.target) for f in out}
    return out + [f for f in abroad if (f.type, f.source, f.target) not in have]


# rules whose rejection is a court's ruling when a court rejects
RULING_RULES = {"condemn.rejects_stance"}
COURT_NAME = re.compile(r"\b(?:Court|Tribunal)\b")


# "Trump announced in Riyadh that …", "Putin told reporters in Beijing", "addressed parliament in Westminster": a leader speaking in another state's capital is there
SPOKE_IN = re.compile(r"«(\d+)»\s+(?:\w+ly\s+)?(?:said|announced|declared|told\s+(?:reporters|journalists|an?\s+(?:[\w-]+\s+)?(?:news\s+conference|press\s+conference|audience|crowd|rally|forum|gathering)|"
                      r"(?:(?:«\d+»|the)\s+)?(?:students|workers|businessmen|business\s+leaders|veterans|exiles|emigr[eé]s|community|lawmakers|legislators|parliament|party\s+members|supporters))|spoke|"
                      r"(?:received|was\s+given|was\s+accorded|got)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:welcome|reception)|"  # ("received a tumultuous welcome in Cairo")
                      r"(?:addressed|attended|signed)(?:\s+(?!in\b|on\b)(?:[\w'’-]+|«\d+»(?:['’]s)?)){1,6})\s+(?:(?:on\s+)?\w+day\s+)?(?:(?:in|at|during)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+)?(?:speech|address|news\s+conference|press\s+conference|rally)\s+)?(?:in|at)\s+$")  # ("attended Russia's Victory Day parade in Moscow")


# "In Seoul, Trump praised South Korea": a fronted capital, then its leader acting
FRONTED_IN = re.compile(r"\A[\s“\"]*(?:(?:On|Later|Earlier)\s+(?:\w+day|that\s+day)\s*,?\s+)?[Ii]n\s+$")
SUBJECT_AFTER_PLACE = re.compile(r"\s*,\s+«(\d+)»\s+(?:\w+ly\s+|also\s+|then\s+)?(?:(?:has|had)\s+)?[a-z]+(?:ed|s)\b")


def _spoke_abroad(masked: Masked, ctx: ArticleContext) -> list[Found]:
    """A visit read from where a leader spoke or acted (the capital is a place there, not an actor)."""
    out, have = [], set()
    for place in ctx.places:
        if not masked.start <= place.start < masked.end:
            continue
        at = masked.masked_pos(place.start)
        spoke = SPOKE_IN.search(masked.text, 0, at)
        if spoke is None and FRONTED_IN.match(masked.text, 0, at):
            spoke = SUBJECT_AFTER_PLACE.match(masked.text, masked.masked_pos(place.end))
        if spoke is None:
            continue
        speaker = masked.mention(spoke.group(1))
        visit = _visit(ctx, speaker, place, "meet.spoke_in_capital")  # (NATO's head in Brussels is at home)
        if visit is not None and (visit.source, visit.target) not in have:
            have.add((visit.source, visit.target))
            out.append(visit)
    return out


def _visit(ctx: ArticleContext, who: Mention, where: Mention, rule: str) -> Found | None:
    """A leader's visit to a state not the one the leader serves, with its evidence spanning both."""
    if len(who.ids) != 1 or len(where.ids) != 1 or ctx.kind(who.ids[0]) != "Leader":
        return None
    home = ctx.state_served_by(who.ids[0])
    if home is None or ctx.kind(home) != "State" or home == where.ids[0]:
        return None
    source, target = canonical_pair("MEETS", who.ids[0], where.ids[0])
    return Found("MEETS", source, target, rule, "asserted", (min(who.start, where.start), max(who.end, where.end)), None, None)


# "Rubio, who was also in Turkey, met …", "Modi was in Japan on Friday": a leader in another state is there
WAS_IN = re.compile(r"«(\d+)»(?:\s*,\s+who|\s+)\s*(?:was|is|had\s+been|has\s+been)\s+(?:also\s+|already\s+|then\s+|still\s+|briefly\s+)?in\s+(?:the\s+)?«(\d+)»(?!['’]s|\s*-)")


def _was_in(masked: Masked, ctx: ArticleContext) -> list[Found]:
    """A visit read from a leader's being in another state."""
    visits = (_visit(ctx, masked.mention(found.group(1)), masked.mention(found.group(2)), "meet.was_in")
              for found in WAS_IN.finditer(masked.text) if ctx.kind(masked.mention(found.group(2)).ids[0]) == "State")
    return [visit for visit in visits if visit is not None]


NOT_IN_PERSON = re.compile(r"\b(?:calls?|calling|phoned?|telephoned?|video|virtual(?:ly)?|(?:spoke|speaks|speaking)(?!\s+at\s)|talked|talking|talks\s+by|wrote|letter)\b", re.I)


PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?=[A-Z])")
TIME_CLAUSE = re.compile(r",\s+(?:[\w-]+\s+){0,3}?(?:after|before|since|when|while|as)\b")
HOSTED_FOR_VISIT = re.compile(r"\b(?:hosted|hosts|hosting|welcomed|welcomes|received|receives)\s+(?:the\s+)?«(?P<guest>\d+)»(?:\s+[^«»;.,]{0,40}?)?(?:\s|(?=,))"
                              r"(?:for|on|during|,\s+(?:the\s+)?(?:start|first\s+day|beginning|highlight)\s+of)\s+"
                              r"(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:(?:state|official)\s+visit|(?:informal|bilateral)\s+summit)\b")  # ("…, the start of a second state visit", "… for an informal summit")
HOSTED_IN_TOWN = re.compile(r"\b(?:hosted|hosts|hosting)\s+(?:the\s+)?«(?P<guest>\d+)»\s+(?:(?:on|last|this)\s+\w+\s+)?in\s+(?P<town>(?-i:[A-Z])[\w'’-]+)\b(?!\s*(?:'s|’s))")
# "in Tajikistan's northern city of Khujand", "in the Kyrgyz capital, Bishkek": a place in that state
CITY_OF = re.compile(r"\b(?:in|at|near)\s+(?:«(\d+)»(?:'s|’s)|the\s+«(\d+)»(?=\s+(?:[\w-]+\s+)?(?:city|town|port|resort)\s+of\s+(?-i:[A-Z])|\s+capital\b))\s+(?:(?:[\w-]+\s+){0,2}?(?:city|town|port|resort|capital|region|province)\b|(?:Far\s+East|far\s+east|(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b))")


def _capital_visits(found: list[Found], masked: Masked, ctx: ArticleContext) -> list[Found]:
    """Two leaders who met in the capital of one of them, or a city named as in that state: the other
    visited that state ("Afwerki hosted Sisi in Asmara", "Putin met Xi in Beijing", "joined them in
    Tajikistan's northern city of Khujand")."""
    cities = [*CITY_OF.finditer(masked.text)] if "s " in masked.text or " of " in masked.text or "» capital" in masked.text else []
    city_at = [(masked.orig(m.start()), masked.mention(m.group(1) or m.group(2)).ids[0]) for m in cities]
    city_states = {state for _, state in city_at}
    places = {place.ids[0] for place in ctx.places} | city_states
    near = [place.start for place in ctx.places] + [at for at, _ in city_at]
    # "Starmer hosted Macron for a three-day state visit": the guest visited the host's state
    guests = {i for m in HOSTED_FOR_VISIT.finditer(masked.text) for i in masked.mention(m.group("guest")).ids} \
        if " visit" in masked.text or " summit" in masked.text else set()
    # "Lee hosted Trump in Gyeongju": a town the dictionary does not know is taken to be the host's
    guests |= {i for m in HOSTED_IN_TOWN.finditer(masked.text) if key_of(m.group("town")) not in ctx.gaz.surfaces
               for i in masked.mention(m.group("guest")).ids} if "host" in masked.text else set()
    out, have = [], {(f.type, f.source, f.target) for f in found}

    def visit(f: Found, guest: str, place: str) -> None:
        source, target = canonical_pair("MEETS", guest, place)
        if ("MEETS", source, target) not in have:
            have.add(("MEETS", source, target))
            out.append(Found("MEETS", source, target, f.rule, "asserted", f.span, f.detail, f.verb))
    for f in found if places or guests else ():
        if f.type != "MEETS" or f.modality != "asserted" or ctx.kind(f.source) != "Leader" or ctx.kind(f.target) != "Leader" \
                or NOT_IN_PERSON.search(masked.article, f.span[0], f.span[1]):
            continue
        if (elsewhere := PLACE_AFTER.match(masked.article, f.span[1])) and \
                not any(elsewhere.start() < m.start <= elsewhere.end() for m in masked.mentions) and \
                not any(f.span[1] < at <= f.span[1] + 60 for at in near) and f.source not in guests and f.target not in guests:
            continue  # "hosted Zelensky at the White House, three days after his summit with Putin in Alaska": met there
        states = {person: ctx.state_served_by(person) for person in (f.source, f.target)}
        # (a place named in a later time clause is that clause's: "met Biden at the White House, a month after rioters
        # stormed government buildings in Brasilia")
        here = {place.ids[0] for place in ctx.places
                if place.start < f.span[1] or not TIME_CLAUSE.search(masked.article, f.span[1], place.start)} | city_states
        # ("Jiang and Yeltsin met in the Kyrgyz capital, Bishkek": a third state's city right after the meeting, both visited it)
        third = {state for at, state in city_at if f.span[1] <= at <= f.span[1] + 60 and ctx.kind(state) == "State"} - set(states.values())
        for state in third:
            for person in (f.source, f.target):
                if states[person] is not None:
                    visit(f, person, state)
        for host, guest in ((f.source, f.target), (f.target, f.source)):
            place = states[host]
            if (place in here or guest in guests) and place is not None and states[guest] is not None and states[guest] != place:
                visit(f, guest, place)
    return out


# a second subject whose verb and object are the first's, left out: "France has about 1,500 troops in
# Niger, and the United States about 1,100"
GAPPED = re.compile(r",?\s+(?:and|while|whereas)\s+(?:the\s+)?«(\d+)»\s+(?:(?:(?:about|some|around|nearly|roughly|almost|just|over|"
                    r"more\s+than|at\s+least|fewer\s+than)\s+)?[$€£]?[\d][\d,.]*(?:\s*(?:%|percent|per\s+cent|million|billion|bn))?"
                    # "Montenegro joined NATO in 2017 and North Macedonia in 2020"
                    r"|(?P<year>(?:in|since|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d))\s*[.;]?[\s”\"]*$")


# "Slovenia recognised a Palestinian state last year, along with Spain, Ireland and Norway", "…, as did
# France": more subjects of the same act, named last (not "along with" right after the object: "sanctions on
# Iran, along with Russia" names more objects; "as did", "and so does" name subjects only; with no comma, at the
# sentence's end, "along with" is read by the kinds: "entered the EU along with Cyprus")
LATER = r"(?:hours|days|weeks|months|a\s+day|a\s+week)\s+later"  # a time after the act: "… hours later"
ALONG_WITH = re.compile(r"(?:(?:(?<!»),\s+|(?<=»)\s+(?=along\s))(?:(?:along|together)\s+with|followed\s+(?:later\s+|soon\s+|shortly\s+|\w+ly\s+)?by)|,\s+as\s+(?:did|have|has)|,?\s+and\s+(?:\w+ly\s+)?so\s+(?:does|do|did|has|have)"
                        r"|(?<=»),\s+followed\s+by(?=\s+(?:the\s+)?«\d+»\s+" + LATER + r"))\s+(?:the\s+)?«(\d+)»"
                        r"(?:\s+(?:" + LATER + r"|soon\s+after|shortly\s+after(?:wards)?|later))?\s*[.;]?[\s”\"]*$")  # ("recognised Palestine, followed by Portugal hours later": a subject, by the time)

# "The United States is by far the largest supplier of weapons to Israel, followed by Germany": the next
# in a ranking is a subject too (after the object as well)
RANKED_NEXT = re.compile(r"\b(?:(?:largest|biggest|main|top|leading|most)\b[^;]*,\s+(?:followed\s+(?:closely\s+)?by|ahead\s+of)|"
                         r"(?:second|third)[- ](?:largest|biggest)\b[^;]*,\s+(?:after|behind))\s+(?:the\s+)?«(\d+)»\s*[.;]?[\s”\"]*$")  # ("the second-largest buyer of Russian crude, after China")

# "became the third and fourth Arab states to recognise Israel, after Egypt in 1979 and Jordan in 1994": the
# actor after "and" is another of those compared with, not a second object
COMPARED_BEFORE = re.compile(r"\b(?:after|before|following|like|unlike|joining)\s+(?:the\s+)?«\d+»\s+(?:in|since|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*$")


def _gapped_subject(masked: Masked, gapped: re.Match, found: dict[tuple, Found], symmetric: bool = False,
                    unlike: ArticleContext | None = None) -> None:
    """The asserted directed relations of the sentence's first actor, stated again of the gapped one
    (and its symmetric ones, when asked: "China is Cambodia's biggest trading partner, followed by Vietnam")."""
    first = re.search(r"«(\d+)»", masked.text)
    if first is None or first.start() > 40 or first.group(1) == gapped.group(1):
        return
    subject, others = masked.mention(first.group(1)).ids, masked.mention(gapped.group(1)).ids
    start, end = masked.orig(first.start()), masked.end
    for f in list(found.values()):
        if f.modality != "asserted" or (TYPES[f.type].symmetric and not symmetric):
            continue
        received = False
        if f.source in subject:
            target = f.target
        elif f.target in subject and (TYPES[f.type].symmetric or unlike is None):
            # (symmetric, or a subject that receives: "Pakistan buys its weapons from China, and so does Bangladesh";
            # not after a year, where the second may be another actor: "sanctioned by the US in 2018 and the EU in 2019")
            target, received = f.source, not TYPES[f.type].symmetric
        else:
            continue
        for other in others:
            # (an object left with its year where it could be one: "attacked Georgia in 2008 and Ukraine in 2014")
            source, target_ = (f.source, other) if received or (unlike is not None and unlike.kind(other) == unlike.kind(target)) else (other, target)
            a, b = canonical_pair(f.type, source, target_)
            if source != target_ and (f.type, a, b) not in found:
                found[(f.type, a, b)] = Found(f.type, a, b, f.rule, f.modality, (start, end), f.detail, f.verb)


# "Neither Washington nor London has recognised the Taliban government, but Moscow has": what the clause
# before denies of its actors, the one named last did
BUT_SUBJECT_HAS = re.compile(r",\s+(?:but|while|whereas)\s+(?:the\s+)?«(\d+)»\s+(?:has|have|had|did|does|do)(?:\s+(?:so|too|already))?\s*[.;]?[\s”\"]*$")


def _contrasted_subject(masked: Masked, contrast: re.Match, found: dict[tuple, Found]) -> None:
    """The negated relations of the actors named before `contrast`, asserted of the actor it names."""
    before = {i for m in re.finditer(r"«(\d+)»", masked.text[:contrast.start()]) for i in masked.mention(m.group(1)).ids}
    others = masked.mention(contrast.group(1)).ids
    for f in list(found.values()):
        if f.modality != "negated":
            continue
        for other in others:
            if f.source in before:
                source, target = other, f.target
            elif TYPES[f.type].symmetric and f.target in before:
                source, target = f.source, other
            else:
                continue
            a, b = canonical_pair(f.type, source, target)
            if a != b and (f.type, a, b) not in found:
                found[(f.type, a, b)] = Found(f.type, a, b, f.rule, "asserted", (masked.start, masked.end), f.detail, f.verb)


TARGET_RELATIVE = re.compile(r"(?:\s+[\w-]+){0,2}\s+(?:that|which|who)\s")


def _matches(regex: re.Pattern, text: str) -> Iterator[re.Match]:
    """The regex's matches, each search resuming at the target of the last when it follows the subject and heads
    a relative clause: the object of one clause is the subject of the next ("destroyed the «Japanese» divisions
    that invaded «Mongolia»")."""
    pos = 0
    while (match := regex.search(text, pos)) is not None:
        yield match
        target = match.start("t") - 1 if "t" in regex.groupindex and match.start("t") > match.start() else -1
        relative = target > match.start() and TARGET_RELATIVE.match(text, match.end("t") + 1) is not None
        pos = max(match.start() + 1, target) if relative else max(match.end(), match.start() + 1)


def _extract_from(masked: Masked, text: str, to_masked: Callable[[int], int], ctx: ArticleContext,
                  found: dict[tuple, Found], cuts: list[tuple[int, int]]) -> None:
    sentence = masked.article[masked.start:masked.end]
    for a, b in cuts:  # a negation or hedge inside a left-out aside is not this reading's
        a, b = masked.orig(a) - masked.start, masked.orig(b) - masked.start
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]

    def orig(pos: int, at_end: bool = False) -> int:
        return masked.orig(to_masked(pos), at_end=at_end)
    lowered = text.lower()
    present = gates().found(lowered)
    open_types = [name for name in gates().types if name in present]
    shut: dict[re.Pattern, bool] = {}  # rules share gates: each regex gate is searched once per reading
    for type_name, rule, regex, gate, need in candidates(present, open_types):
        if need is not None and not present.issuperset(need):
            continue
        if type(gate) is str:
            if gate not in present:
                continue
        elif gate is not None:
            closed = shut.get(gate)
            if closed is None:
                closed = shut[gate] = gate.search(lowered) is None
            if closed:
                continue
        for match in _matches(regex, text):
            groups = match.groupdict()
            if rule in ACTOR_LED_RULES and _after_preposition(text, match.start()):
                continue  # "the request from «0» was received by «1»", "police officers from «0» arrived in «1»"
            if type_name == "SUPPLIES_ARMS" and groups.get("t") is not None and CIVIL_BUYER.match(text, match.end("t") + 1):
                continue  # "for Airbus to sell 160 aircraft to Chinese airlines": airliners, no arms
            if type_name in ("SUPPLIES_ARMS", "TRADES_WITH") and groups.get("pre") and RESTRICTED_PRE.search(groups["pre"]):
                continue  # "banned exports of weapons to Israel", "tightened controls on exports of …": a restriction, no supply
            if groups.get("pre") is not None and groups.get("t") is not None and match.start() == match.start("t") - 1 and \
                    re.fullmatch(r"»\s*", text[match.end("t"):match.start("pre")]) and OUTSIDE_BEFORE.search(text, 0, match.start()):
                continue  # "from countries outside the «EU» and is funded by «Germany»": the object of a preposition funds nothing
            if groups.get("p") is not None:
                if groups.get("pre") is not None and match.start() == match.start("p") - 1 and _pair_not_subject(text, match):
                    continue
                ids = masked.mention(groups["p"]).ids
                if groups.get("own") is not None and not set(masked.mention(groups["own"]).ids) <= set(ids):
                    continue  # "«A and B» agreed during «C»'s visit": the visitor is not one of the pair
                if rule == "meet.pair" and WHERE_BEFORE.search(text, max(0, match.start("p") - 61), match.start("p") - 1) and \
                        re.match(r"\s*meet\b", text[match.end("pre"):]):
                    continue  # "near the point where Manchukuo, Korea and the Soviet Far East meet": borders meet, not states
                if rule in SIGNING_RULES and SEPARATE_SIGNINGS.search(text):
                    continue  # "in separate ceremonies at the White House and in the Kremlin, Ford and Brezhnev signed"
                if rule in TWO_ONLY_RULES and len(ids) > (3 if rule in SIGNING_RULES and all(i.startswith("person:") for i in ids) else 2):
                    continue  # "the summit was attended by King Abdullah, President Abbas and Emir Tamim": no pairwise meetings
                # in a directed type a pair acts on each other ("fought", "traded insults"); symmetric
                # types take each pair once and are made canonical below
                pairs = list(combinations(ids, 2) if TYPES[type_name].symmetric else permutations(ids, 2))
                if (sides := masked.mention(groups["p"]).sides) is not None:
                    pairs = list(product(*sides)) + ([] if TYPES[type_name].symmetric else list(product(sides[1], sides[0])))
            else:
                source_slot = groups["s"]
                if (opened := RELATIVE_OPEN_BEFORE.search(text, 0, match.start("s") - 1)) and RELATIVE_CLOSED_AFTER.match(text, match.end("s")) and \
                        not (groups.get("t") is not None and match.start("t") < match.start("s")):  # (not the clause's own object: "Maduro, who retains the backing of «Moscow», …")
                    # "The «US», which backs the «SDF» in the fight against «IS», has 2,000 troops": the clause's head has them
                    source_slot = opened.group(1)
                if source_slot == groups["s"]:  # ("«Hezbollah» in «Lebanon», which gets its missiles from Iran, fired at": the group)
                    source_slot = _group_owning_clause(text, masked, ctx, match.start("s"), match.end("s")) or source_slot
                if masked.mention(source_slot).form == "act":
                    continue  # "condemned the attack during a meeting with Putin": the attack meets no one
                if masked.mention(source_slot).form == "town":
                    continue  # a town struck is the place struck, never the one acting
                if groups.get("t") is not None and match.start("s") < match.start("t") and BACKER_BY.search(text, 0, match.start("s") - 1):
                    continue  # "Iraqi militias backed by «Tehran» have launched attacks on «US» bases": the backed act, not the backer
                if INDEPENDENT_AFTER.match(text, match.end("s") + 1) and ctx.kind(masked.mention(source_slot).ids[0]) == "Organization":
                    continue  # "accused by UN experts": independent experts are not the organisation speaking
                if SOME_MEMBERS_BEFORE.search(text, 0, match.start("s") - 1) and MEMBERS_AFTER.match(text, match.end("s") + 1):
                    continue  # "some EU countries feigned solidarity while helping Russia": a few members are not the bloc
                if (named := MENTION_END.search(text, 0, match.start("s") - 1)) and MEMBERS_AFTER.match(text, match.end("s") + 1) \
                        and ctx.kind(masked.mention(source_slot).ids[0]) == "Organization":
                    source_slot = named.group(1)  # "Hungary and Slovakia, the two «EU» members still importing Russian oil": the two act
                if groups.get("own") is not None and not _owns(ctx, masked.mention(source_slot).ids, masked.mention(groups["own"]).ids):
                    continue  # "«Britain» sent «Ukrainian» troops": not its own (a head's own are: "«Bush» ordered «American» troops")
                if groups.get("pre") is not None and re.fullmatch(r"»\s*", text[match.end("s"):match.start("pre")]):
                    # a subject-verb pattern: the subject is not the object of a preposition, and in
                    # "A backs B's plan and condemns C" the subject of "condemns" is A, not B
                    if _after_preposition(text, match.start("s") - 1 if rule in THING_FIRST_RULES else match.start()) and not re.match(r",\s+(?:which|who)\s", groups["pre"]) \
                            and not (WITH_ING.search(text, 0, match.start()) and not groups["pre"].strip()
                                     and ING_VERB.match(text, match.end("pre"))):
                        continue
                    if _someone_else(groups["pre"]) or _weapons_origin(text, match.start("s") - 1, groups["pre"]):
                        continue
                    if PLACE_NOUN_PRE.match(groups["pre"]) and masked.mention(source_slot).form in ("demonym", "coref") and " and " not in groups["pre"]:
                        continue  # "to use Belarusian territory to invade Ukraine": a place, not Belarus acting
                    if groups["pre"].lstrip().startswith("that ") and TOLD_BEFORE.search(text, 0, match.start("s") - 1):
                        continue  # "India told the «IMF» that it supports ...": the IMF is told, India speaks
                    if HYPHENED.search(text, 0, match.start("s") - 1):
                        continue  # "the «India»-«China» understanding, accusing ...": China is no subject
                    if SUBORDINATOR_PRE.match(groups["pre"]) and OBJECT_BEFORE.search(text, 0, match.start()) or OBJECT_THEN_SUBORDINATOR.match(groups["pre"]):
                        continue  # "Macron met «Scholz» after accusing China": Scholz is the object of "met" (so is China in "granted «China» a licence after hosting")
                    if ARTICLE_END.search(groups["pre"]) and ED_WORD.match(text, match.end("pre")):
                        continue  # after an article the -ed word qualifies a noun: "and the occupied territories of"
                    if type_name == "CONDEMNS" and INDEFINITE_END.search(groups["pre"]) and NOUN_VERB.match(text, match.end("pre")):
                        continue
                    # (after an article the -ing word is a noun: "held a meeting with")
                    if ING_VERB.match(text, match.end("pre")) and not ARTICLE_END.search(groups["pre"]) and \
                            not SUBJECTS_GERUND.search(groups["pre"]) and not CLASS_OF_SUBJECT.match(groups["pre"]) and \
                            not OWN_INSTRUMENT.search(groups["pre"]) and \
                            ((REDUCED_RELATIVE.search(groups["pre"]) and not SUBORDINATOR_END.search(groups["pre"]))
                             or NOUN_BEFORE_ING.search(groups["pre"])):
                        continue
                    if GERUNDS_OF_CHARGE.match(groups["pre"]):
                        continue  # "blames the Taliban for sheltering and supporting the TTP": the charge's content
                    if type_name == "ATTACKS" and VICTIMS_PRE.search(groups["pre"]):
                        continue  # "Three «US» soldiers were killed in a drone attack on a base in «Jordan»": the victims
                    if NOUN_THEN_PARTICIPLE.fullmatch(groups["pre"]) and "«" in text[:match.start("s") - 1] and \
                            not _own_possessive(masked, text, source_slot, match.start("s") - 1):
                        continue  # "sanctions on X, founder of «Georgia»'s ruling party, accusing him": the participle is the clause subject's
                    if CLASS_TITLE_PRE.fullmatch(groups["pre"]):
                        continue  # "the first sitting «US» president to visit «Angola»": a class, not the state acting
                    before = match.start("s") - 1
                    if (summoned := INFINITIVE_PRE.fullmatch(groups["pre"]) and SUMMONED_OR_SENT_BEFORE.search(text, 0, before)) \
                            or (BY_GERUND_PRE.fullmatch(groups["pre"]) and OBJECT_VERB_BEFORE.search(text, 0, before)):
                        # the source is an object of the clause, whose subject acts: "Warsaw summoned the «Ukrainian» ambassador to
                        # protest against …" (or the one charged: "accuses «1» of sending «2» mercenaries to …"), "Bonn had angered
                        # «Cairo» by shipping tanks to Israel"
                        subject = (summoned and CHARGED_SENDER.search(text, 0, before)) or _clause_subject(text, before)
                        if subject is None or subject.group(1) == source_slot:
                            continue
                        source_slot = subject.group(1)
                    if re.search(r"\band\s", groups["pre"]) and not ALLIES_TOO.match(groups["pre"]) \
                            and not NAMED_CO_SUBJECT.fullmatch(groups["pre"]) and not PEOPLE_AND.match(groups["pre"]) \
                            and not CHARGE_OF_END.search(groups["pre"]):  # ("accused China and Hong Kong firms of helping Russia": China's charge)
                        first = _clause_subject(text, match.start("pre"), PARTICIPLE_ONLY.match(text, match.end("pre")) is not None)
                        if VERB_AFTER_AND.search(groups["pre"]) and OWN_FIRST_VERB.fullmatch(text, match.end("s") + 1, match.end("pre")) \
                                and SUBORDINATOR_BEFORE.search(text, 0, match.start("s") - 1):
                            first = SLOT.match(text, match.start("s") - 1)  # (its own two verbs)
                        if first is None or (first.group(1) == source_slot and (not VERB_AFTER_AND.search(groups["pre"])
                                                                                 or _object_then_and(text, match.start("s") - 1, groups["pre"]))):
                            continue
                        source_slot = first.group(1)
                target_slot = groups["t"]
                if groups.get("pre") is not None and LED_OR_NOTHING.fullmatch(text, match.end("t"), match.start("pre")) and \
                        re.search(r"\band\s", groups["pre"]) and (_after_preposition(text, match.start("t") - 1)
                                                                 or masked.mention(groups["t"]).form == "demonym"):
                    # "cut cooperation with «France» and turned to «Russia»", "expelled «French» troops and turned
                    # to «Russia»", "froze its part in the «Russian»-led bloc and bought artillery": France and Russia
                    # are no subjects; the first verb's subject is ("conferred an honour on «Modi» and thanked «India»
                    # for its support": the giver of the honour thanks)
                    first = _clause_subject(text, match.start("pre"))
                    if first is None or first.group(1) == target_slot or first.start() > match.start("t"):
                        continue
                    target_slot = first.group(1)
                if target_slot == groups["t"]:  # ("the «Houthi» movement in «Yemen», which gets its rockets from Tehran": the movement)
                    target_slot = _group_owning_clause(text, masked, ctx, match.start("t"), match.end("t")) or target_slot
                if groups.get("pre") is not None and re.fullmatch(r"»\s*", text[match.end("t"):match.start("pre")]) and \
                        REPORTERS_SAY.match(groups["pre"]):
                    continue  # "fighters, who «Western» officials say are armed by Iran": the actor only reports
                if groups.get("pre") is not None and re.fullmatch(r"»\s*", text[match.end("t"):match.start("pre")]) and \
                        SUBORDINATOR_PRE.search(groups["pre"]) and _after_preposition(text, match.start("t") - 1):
                    continue  # "Ankara was expelled from the «US» F-35 programme after buying «Russian» S-400s": Ankara buys
                if _not_the_target(text, match.end("t"), type_name, rule):
                    continue
                if rule in NATIONAL_TARGET_RULES and masked.mention(target_slot).form != "demonym":
                    continue  # "Latvia asked its NATO allies": allies within the organisation, not allied with it
                if groups.get("pre") and UNKNOWN_SUBJECT.search(groups["pre"]):
                    continue
                if source_slot == groups["s"] and _others_act(text, match.end("s") + 1, type_name,
                                                              masked.mention(source_slot).ids, ctx):
                    continue
                sources = masked.mention(source_slot).ids
                also = AND_ITS.search(text, 0, match.start("s") - 1)
                said = masked.mention(source_slot)
                if also and (ALLIES_AFTER.match(text, match.end("s") + 1)
                             or re.search(r"\b(?:allies|partners)$", masked.article[said.start:said.end])):
                    sources = masked.mention(also.group(1)).ids + sources
                if groups.get("force") is not None:  # "French soldiers of a «European Union» force": the force's too
                    sources = (*sources, *masked.mention(groups["force"]).ids)
                targets = masked.mention(target_slot).ids
                if masked.mention(target_slot).form == "town" and type_name != "ATTACKS":
                    continue  # ("condemned the shelling of Kharkiv": the shelling's doer is condemned, not the town's state)
                if masked.mention(groups["t"]).form == "act" and type_name not in ("CONDEMNS", "SUPPORTS"):
                    continue  # "welcomed the decision": an act stands for its doers only as what is judged
                if type_name == "ATTACKS" and ATTACKED_BEFORE.search(text, 0, match.start("t") - 1) and \
                        all(ctx.kind(t) == "Leader" for t in targets):
                    continue  # (the words' attack is condemn.attacked_leader's)
                head = HEAD_AFTER.match(text, match.end("t") + 1) if target_slot == groups["t"] else None
                if head and type_name in HEAD_TARGET_TYPES:  # "accused NATO ally Greece": Greece is accused
                    targets = masked.mention(head.group(1)).ids
                elif (owned := OWNED_GROUP_AFTER.match(text, match.end("t") + 1)) and target_slot == groups["t"] and \
                        all(ctx.kind(t) == "State" for t in targets) and \
                        all(ctx.prop(t, "orgType") == "armed group" for t in masked.mention(owned.group(1)).ids):
                    targets = masked.mention(owned.group(1)).ids
                # unless the pattern itself took in the title ("summoned Russia's ambassador")
                # (but "accused its Chinese counterpart": an agency's counterpart is the other state's agency)
                if type_name in PERSON_OBJECT_TYPES and match.end() <= match.end("t") + 1 and \
                        (PERSON_OF.match(text, match.end("t") + 1) or (PERSONS_OF.match(text, match.end("t") + 1) and
                                                                        all(i.startswith("state:") for i in masked.mention(groups["t"]).ids))) and \
                        not _agency_counterpart(text, match) and \
                        not (type_name in ("MEETS", "CONDEMNS") and DELEGATION_AFTER.match(text, match.end("t") + 1)) and \
                        not (type_name == "CONDEMNS" and ARMY_CHIEFS_OF.match(text, match.end("t") + 1)):
                    continue
                if rule in IN_PROTEST_RULES and (other := PROTESTED_AFTER.match(text, match.end("t") + 1)) and \
                        _protests_another(masked.mention(other.group(1)).ids, masked.mention(groups["t"]).ids, ctx):
                    continue
                if ("'s " in text or "’s " in text) and any(groups.get(slot) is not None and KIN_AFTER.match(text, match.end(slot) + 1)
                                                            for slot in ("s", "t")):
                    continue
                if rule in TARGET_NAMED and not TARGET_NAMED[rule](masked.mention(groups["t"]), masked.article, ctx):
                    continue
                if rule in RULING_RULES and all(COURT_NAME.search(ctx.name(s)) for s in sources):
                    continue  # "the World Court rejected Tripoli's claim": a court's ruling, not a condemnation
                if rule in PEOPLE_SIDES and not all(ctx.kind(i) == "Leader" for side in PEOPLE_SIDES[rule] for i in (sources, targets)[side]):
                    continue
                if type_name == "MEETS" and groups.get("s") is not None and FORCES_AFTER.match(text, match.end("s") + 1):
                    continue  # "Egyptian commandos who flew to Cyprus": soldiers sent, no visit (troops.presence reads them)
                if type_name == "CONDEMNS" and masked.mention(groups["t"]).form == "demonym" and VICTIMS_AFTER.match(text, match.end("t") + 1):
                    continue  # "deplored the Israeli deaths": the state's dead are mourned, not the state condemned
                if type_name == "ATTACKS" and masked.mention(groups["t"]).form == "demonym" and REBELS_AFTER.match(text, match.end("t") + 1):
                    continue  # "battling Burundian rebels": the state's own foes are fought, not the state
                if type_name == "MEETS" and ORG_EVENT_AFTER.match(text, match.end("t") + 1) and \
                        all(ctx.kind(t) == "Organization" for t in targets):
                    continue  # "before Japan hosts the G7's summit": a member hosts its group's meeting, no one meets the group
                if ACCORDING_TO.search(text, max(0, match.start("t") - 20), match.start("t")):
                    continue  # "bought Chinese drones, according to «US» intelligence": a source, not a target
                if rule in CONTESTED_TARGET_RULES:
                    # ties with Taipei recognise Taiwan; ties with Paris are no support
                    targets = tuple(t for t in targets if ctx.prop(t, "recognition") == "partial")
                if rule in NAMED_SOURCE_RULES and masked.mention(groups["s"]).form == "coref":
                    continue
                if rule == "arms.from_to" and CARRIER_BEFORE.search(text, 0, match.start()):
                    continue  # "Russian planes have flown weapons from Syria to Mali", "Russia has moved equipment from Syria to Libya": Syria is where they came from
                if rule == "meet.welcome" and (into := WELCOMED_INTO.match(text, match.end("t"))) and \
                        (into.group(1) is None or all(ctx.kind(i) == "Organization" for i in masked.mention(into.group(1)).ids)):
                    continue  # "welcomed Finland to NATO", "welcomed Timor-Leste as a member": a new member, not a guest
                if type_name == "VETOES" and BLOCKED_VERB.search(match.group()) and "resolution" not in lowered and \
                        not any(i in UN_BODIES for m in masked.mentions for i in m.ids):
                    continue  # "blocked its bid to become a partner of BRICS": a block outside the UN is no veto
                if type_name == "VETOES":
                    targets = tuple(t for t in targets if not t.startswith(NOT_VETO_TARGETS))
                if type_name == "DEPLOYS_TROOPS" and target_slot == groups["t"] and \
                        (more := TROOPS_ALSO_IN.match(text, match.end("t") + 1)):
                    targets = (*targets, *masked.mention(more.group(1)).ids)  # "3,000 troops in «Jordan» and 2,500 in «Iraq»"
                pairs = list(product(sources, targets))
                if len(sources) == len(targets) > 1 and RESPECTIVELY.match(text, match.end()):
                    pairs = list(zip(sources, targets))  # "imposed sanctions on Russia and North Korea, respectively"
            start, end = orig(match.start()), orig(match.end(), at_end=True)
            if start > end:  # (a reading that put its subject first: the whole sentence is the evidence)
                start, end = masked.start, masked.end
            # the trigger verb stands right after `pre`; what follows it (a resolution's purpose) is content
            pre = groups.get("pre")
            trigger_end = orig(match.end("pre") + TRIGGER_CHARS.get(type_name, 20)) if pre is not None else end
            if pre is not None and trigger_end < end and masked.article[trigger_end].isalnum():
                verb_at = orig(match.end("pre"))
                while trigger_end > verb_at and masked.article[trigger_end - 1].isalnum():
                    trigger_end -= 1  # no word cut short: "sent Greece a sharp no|te" says no "no"
            # a second verb ("... and accused"), a participle after a comma, a relative clause's verb
            relative = RELATIVE_PRE.match(pre) if pre else None
            if relative and pre.rstrip().endswith(","):  # "Russia, which has pressed for a treaty …, said": the clause closed
                verb_start = orig(match.end("pre")) - masked.start
            elif relative:  # "Trump, who threatened to halt trade talks with": the relative clause's own verb
                verb_start = orig(match.start("pre") + relative.end()) - masked.start
            elif pre and (VERB_AFTER_AND.search(pre) or RELATIVE_END.search(pre)):
                verb_start = orig(match.end("pre")) - masked.start
            else:
                verb_start = None
            if verb_start is None and pre is not None and groups.get("s") is not None and \
                    CLAUSE_BEFORE_VERB.search(masked.article, masked.mention(groups["s"]).end, orig(match.end("pre"))):
                verb_start = orig(match.end("pre")) - masked.start  # after an aside, or a participle after a comma
            if verb_start is None and pre is not None and groups.get("s") is not None and \
                    COORDINATED_AND.search(masked.article, masked.mention(groups["s"]).end, orig(match.end("pre"))):
                verb_start = orig(match.end("pre")) - masked.start  # the second verb of a coordinated pair has its own mood
            if verb_start is None and groups.get("v") is not None:  # a rule that marks its verb
                verb_start = orig(match.start("v")) - masked.start
            mood = ("negated" if unconfirmed(sentence, start - masked.start, end - masked.start) else
                    "hedged" if pre and THREAT_END.search(pre) else "asserted") if rule in PRESUPPOSING_RULES else \
                modality(sentence, start - masked.start, min(end, trigger_end) - masked.start, type_name, verb_start,
                         end - masked.start)
            detail = _detail(type_name, masked.article[start:end])
            kind = _deployment_or(type_name, match.group(), sentence,
                                  masked.mention(groups["t"]).form if groups.get("t") is not None else None)
            for a, b in pairs:
                pair_kind = _armed_person_or(kind, b, ctx)
                for src in _ends(pair_kind, (a,), 0, ctx, rule):
                    for tgt in _ends(pair_kind, (b,), 1, ctx, rule):
                        if src == tgt or (pair_kind in OWN_STATE_TYPES and _own_state(ctx, src, tgt)):
                            continue
                        src2, tgt2 = canonical_pair(pair_kind, src, tgt)
                        key = (pair_kind, src2, tgt2)
                        if key not in found or (found[key].modality != "asserted" and mood == "asserted"):
                            found[key] = Found(pair_kind, src2, tgt2, rule, mood, (start, end), detail,
                                               orig(match.end("pre")) if pre is not None else None)


def _armed_person_or(type_name: str, target: str, ctx: ArticleContext) -> str:
    """Arms sent to a person who heads no state are backing for him ("Iraq has shipped tanks to General
    Michel Aoun's forces"): only states, organisations and blocs take arms in the graph."""
    if type_name == "SUPPLIES_ARMS" and ctx.kind(target) == "Leader" and ctx.state_served_by(target) is None:
        return "SUPPORTS"
    return type_name


def _deployment_or(type_name: str, matched: str, sentence: str, target_form: str | None = None) -> str:
    """Jets or warships deployed, sent on a mission or sent to a city, stay the sender's: a deployment,
    not an arms transfer ("deployed additional fighter jets to Poland", "its air policing mission over
    Poland, sending Eurofighter jets to the country", "sent a warship and a submarine to Havana"); so do
    warships, bombers and surveillance planes sent anywhere. Jets donated are given away, wherever they are
    sent ("sent fighter jets to Kyiv, donating 13 MiG-29s"); non-lethal supplies are help, no arms."""
    if type_name == "SUPPLIES_ARMS" and NON_LETHAL.search(matched):
        return "SUPPORTS"  # "13 million dollars in non-lethal military supplies": help, no arms
    if type_name == "SUPPLIES_ARMS" and (DEPLOYED_PLATFORMS.search(matched) or (
            (SENT_SHIPS_OR_WATCH.search(matched) or SENT_WITH_TROOPS.search(matched) or (SENT_PLATFORMS.search(matched) and (MISSION.search(sentence) or target_form in ("capital", "seat"))))
            and not GIVEN_AWAY.search(sentence))):
        return "DEPLOYS_TROOPS"
    return type_name


DEPLOYED_PLATFORMS = re.compile(r"\b(?:deploy\w*|redeploy\w*|station\w*)\s+(?:[\w-]+\s+){0,4}?(?:jets|warplanes|fighter\s+jets|fighters|warships?|frigates?|destroyers?|carriers?|submarines?|squadrons?|bombers)\b", re.I)
SENT_PLATFORMS = re.compile(r"\b(?:sen[dt]\w*|deploy\w*|dispatch\w*)\s+(?:[\w-]+\s+){0,4}?(?:jets|aircraft|warplanes|planes|fighters|bombers|warships?|frigates?|destroyers?|corvettes?|carriers?|submarines?|squadrons?|typhoons|eurofighters|f-\d+s?)\b", re.I)
NON_LETHAL = re.compile(r"\bnon-?lethal\b", re.I)
# arms sent along with the soldiers who use them stay their army's ("sent about 1,200 soldiers and a squadron of helicopters to Oman",
# "sent six helicopters and several hundred troops")
_WITH_TROOPS = r"(?:helicopters|gunships|jets|aircraft|planes|warplanes|squadrons?|tanks|artillery)"
_SOLDIERS = r"(?:troops|soldiers|marines|paratroopers|commandos|airmen|sailors)"
SENT_WITH_TROOPS = re.compile(r"\b(?:sen[dt]\w*|deploy\w*|dispatch\w*|flew|flown)\s+(?:[\w,-]+\s+){0,4}?(?:" + _SOLDIERS + r"\s+(?:and|with|along\s+with)\s+"
                              r"(?:an?\s+|some\s+|several\s+|[\d,]+\s+)?(?:[\w-]+\s+){0,3}?" + _WITH_TROOPS + r"|" + _WITH_TROOPS + r"\s+and\s+(?:[\w,-]+\s+){0,3}?" + _SOLDIERS + r")\b", re.I)
# warships and watching aircraft sent somewhere stay their navy's and air force's ("sent a warship to Guyana",
# "sent two AWACS surveillance planes to Egypt")
_WATCHING = r"bombers|AWACS|(?:surveillance|reconnaissance|spy|early[- ]warning)\s+(?:planes|aircraft|jets)"
SENT_SHIPS_OR_WATCH = re.compile(r"\b(?:sen[dt]\w*|dispatch\w*)\s+(?:[\w-]+\s+){0,4}?(?:warships?|frigates?|destroyers?|corvettes?|(?:aircraft\s+)?carriers?|submarines?|"
                                 + _WATCHING + r")\b|\b(?:flew|flown)\s+(?:[\w-]+\s+){0,4}?(?:" + _WATCHING + r")\b", re.I)
GIVEN_AWAY = re.compile(r"\b(?:donat(?:e|ed|es|ing|ion)|gift(?:ed|ing)?|handed\s+over|transferr(?:ed|ing))\b", re.I)
MISSION = re.compile(r"\b(?:air\s+policing|policing\s+mission|(?:nato|peacekeeping|training|naval|air|defen[cs]e)\s+mission|rotation|eastern\s+flank|"
                     r"(?:bolster|reinforce|strengthen)\w*\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:air\s+)?(?:defen[cs]es?|presence)|stationed|exercises|drills|"
                     r"to\s+(?:join|take\s+part\s+in|carry\s+out|conduct|fly)\s+(?:the\s+|any\s+|possible\s+)?(?:[\w-]+\s+)?(?:strikes|raids|attacks|bombing|sorties|missions?|air\s+war))\b", re.I)  # ("sent Tornado jets to Kuwait to join the strikes")


PRONOUN_START = re.compile(r"[\s“\"]*(?:He|She|They|It|We|I)\s")


REPORTED_BEFORE = re.compile(r"\b(?:said|says|say|insisted|argued|claimed|believes|believed)\s+(?:that\s+)?$")
PARTICIPLE_ONLY = re.compile(r"(?:flown|gone|taken|given|done|seen|written|begun|driven|drawn|spoken|chosen|broken|frozen|shown|known|"
                             r"thrown|ridden|risen|fallen|beaten|forgotten|hidden|sworn|torn|withdrawn|undertaken|overtaken|forbidden)\b")
REPORTED_SUBJECT_END = re.compile(r"\b(?:said|says|reported|announced|claimed)\s+(?:that\s+)?(?:the\s+)?«(\d+)»\s*$")
AUX_AFTER_AND = re.compile(r"\s*and\s+(?:has|have|had)\b")


def _clause_subject(text: str, before: int, participle: bool = False) -> re.Match | None:
    """The subject of the verb an "and" before `before` joins: the last actor before it followed by
    a verb ("after «1» visited a «2» air base and accused «3»": «1»), else the sentence's first — or,
    when that verb is a past participle, the reported clause's subject ("said «1» had cut short his trip
    and flown to …": «1»; "said «1» had shown courage and praised them": the sayer)."""
    subjects = [*CLAUSE_SUBJECT.finditer(text, 0, before)]
    if len(subjects) > 1 and AUX_AFTER_AND.match(text, before) and REPORTED_BEFORE.search(text, 0, subjects[-1].start()):
        # "Orban has said «Ukraine» is not ready … and has criticised the bloc": the reporter's own second verb
        subjects = [m for m in subjects if not REPORTED_BEFORE.search(text, 0, m.start())] or subjects
    if subjects:
        return subjects[-1]
    if participle and (reported := REPORTED_SUBJECT_END.search(text, 0, before)) is not None:
        return reported  # "Cairo radio said «1» had cut short his trip and flown to …": the reported clause's subject
    # "He also acknowledged «0» as … and lauded «1»": a pronoun subject is no actor of ours
    return None if PRONOUN_START.match(text) else re.search(r"«(\d+)»", text)


# no one meets, condemns, attacks, sanctions or supports the state he heads or serves ("Erdogan condemned
# the attack" is no condemnation of Turkey, whatever attack "the attack" was taken for)
OWN_STATE_TYPES = {"MEETS", "CONDEMNS", "ATTACKS", "SANCTIONS", "SUPPORTS"}


def _weapons_origin(text: str, before: int, pre: str) -> bool:
    """Whether an actor names where weapons another used come from ("Hezbollah has used «Iranian» rocket
    launchers to strike"), not who strikes."""
    return pre.endswith(" to ") and USER_BEFORE.search(text, max(0, before - 20), before) is not None \
        and WEAPON_TO_PRE.match(pre) is not None


def _own_possessive(masked: Masked, text: str, slot: str, before: int) -> bool:
    """Whether an actor is the clause subject's own "its" ("«Russia» has expanded «its» presence, sending
    instructors": the subject's possession, so the subject's participle)."""
    if masked.mention(slot).form != "coref":
        return False
    first = _clause_subject(text, before)
    return first is not None and masked.mention(first.group(1)).ids == masked.mention(slot).ids


def _protests_another(protested: tuple[str, ...], target: tuple[str, ...], ctx: ArticleContext) -> bool:
    """Whether the one a protest is at is neither the target nor its head ("in protest at Macron's remarks" after France)."""
    return not set(protested) & set(target) and not any(ctx.kind(p) == "Leader" and ctx.state_once_led(p) in target for p in protested)


def _own_state(ctx: ArticleContext, a: str, b: str) -> bool:
    """"Mulino and Panama's officials met", "Wang Yi … during his visit to China": no one meets the
    state he heads or serves."""
    def own(person: str, state: str) -> bool:  # (headed or served, as the article or the dictionary has it)
        return state in (ctx.state_of_leader(person), ctx.serves.get(person)) or \
            any(role.of == state and role.active_on(ctx.day) for role in ctx.gaz.roles_of("leader", person))
    return any(person.startswith("person:") and own(person, state) for person, state in ((a, b), (b, a)))


def _agency_counterpart(text: str, match: re.Match) -> bool:
    """"accused its «0» counterpart": the other state's agency, not a person."""
    return bool(ITS_BEFORE.search(text, 0, match.start("t") - 1) and COUNTERPART_AFTER.match(text, match.end("t") + 1))


# rules whose match opens on the thing acted on, before the subject ("Bayraktar drones, it has also sold them
# to Poland"): the subject is the one not to follow a preposition
THING_FIRST_RULES = {"arms.sold_them"}


# a verb whose object the people named after it are ("spoke to the leaders of", "hosted the leaders of")
HOST_VERB_BEFORE = re.compile(r"\b(?:met|meets|hosted|hosts|received|welcomed|phoned|called|thanked|urged|told)\s+(?:the\s+)?$")


def _owns(ctx: ArticleContext, actor: tuple[str, ...], owner: tuple[str, ...]) -> bool:
    """Whether the troops or weapons of `owner` are the actor's own: the same actors, or one head and its state."""
    return actor == owner or (len(actor) == len(owner) == 1 and _own_state(ctx, actor[0], owner[0]))


def _after_preposition(text: str, pos: int) -> bool:
    """Whether the actor at `pos` is the object of a preposition ("the request from «0»"), unless it
    names whose people speak ("ministers of «0»") or a number of them act ("Thousands of «0» troops")."""
    if PREP_BEFORE.search(text, 0, pos) is None or COUNT_OF.search(text, max(0, pos - 40), pos):
        return False
    voice = VOICE_OF.search(text, 0, pos)
    # ("spoke to the leaders of «0»": the leaders are themselves an object, so the people named are too)
    return voice is None or PREP_BEFORE.search(text, 0, voice.start()) is not None or HOST_VERB_BEFORE.search(text, 0, voice.start()) is not None


def _object_then_and(text: str, actor_start: int, pre: str) -> bool:
    """"he visited «Laos and Cambodia» and met «Putin»": an object followed by "and" and a verb is
    not that verb's subject (the visitor is)."""
    return bool(AND_ONLY.fullmatch(pre) and OBJECT_BEFORE.search(text, 0, actor_start))


AND_ONLY = re.compile(r"and\s+(?:\w+ly\s+)?")


def _pair_not_subject(text: str, match: re.Match) -> bool:
    """A pair that leads a subject-verb pattern is not the verb's subject after a preposition ("the
    ceasefire brokered by «0»"), and a gerund after "of" has none ("after five days of fighting")."""
    if _after_preposition(text, match.start()):
        return True
    pre = match.group("pre")
    if _object_then_and(text, match.start("p") - 1, pre):
        return True
    return bool(ING_VERB.match(text, match.end("pre")) and OF_END.search(pre) and not SUBJECTS_GERUND.search(pre))


def _others_act(text: str, after_source: int, type_name: str, source: tuple[str, ...], ctx: ArticleContext) -> bool:
    """Whether the words right after the source make others the actor: "the UK's opposition
    Conservative party criticised" (not the UK), "targeted by Iranian-backed militias" (not Iran,
    though Iran does back them), "the second NATO country to send jets" (a member, not NATO)."""
    return bool(NOT_THE_STATE_ITSELF.match(text, after_source)
                or (type_name in PRIVATE_NOT_FOR and PRIVATE_GROUP.match(text, after_source))
                or (type_name != "SUPPORTS" and BACKER.match(text, after_source))
                or (type_name not in MEMBERSHIP_TYPES and ORG_AS_QUALIFIER.match(text, after_source)
                    and all(ctx.kind(i) == "Organization" for i in source)))


WELCOMED_INTO = re.compile(r"»\s+(?:(?:to|into)\s+(?:the\s+)?«(\d+)»|as\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:members?|coordinators?|partners?|chair|observers?)\b)")
# "supports the «EU» membership applications of X": the support is X's, the bloc is only joined
MEMBERSHIP_OF_AFTER = re.compile(r"»\s+(?:membership|accession)(?:\s+(?:applications?|bids?|requests?|talks|negotiations|process|aspirations))?\s+(?:of|for)\s")


# "soldiers in the UN mission": the organisation's mission, not a place the troops were sent to
MISSION_AFTER = re.compile(r"»\s+(?:[\w-]+\s+)?(?:mission|missions|peacekeeping|force|forces|operation|operations|contingent|coalition)\b")


def _not_the_target(text: str, after_target: int, type_name: str, rule: str) -> bool:
    """Whether the words right after the target make it something else: "the U.N.-patrolled buffer
    zone" (unless the rule is about the qualifier), "blamed Kyiv's Western backers" (an act against the
    backers), "attacked Germany for its stance" (words, condemn.attacked_for_stance's)."""
    return bool((QUALIFIER_AFTER.match(text, after_target) and rule not in QUALIFIED_TARGET_RULES)
                or (type_name == "MEETS" and HELD_AFTER.match(text, after_target))
                or (type_name in AGAINST_TYPES and BACKERS_AFTER.match(text, after_target))
                or (type_name == "ATTACKS" and STANCE_AFTER.match(text, after_target + 1))
                or (type_name == "SUPPORTS" and MEMBERSHIP_OF_AFTER.match(text, after_target))
                or (type_name == "DEPLOYS_TROOPS" and rule not in TARGET_FORCES_RULES and MISSION_AFTER.match(text, after_target)))


# "accused Russia of retaliating after the panel criticised …", "that Beijing had cut after Nancy Pelosi
# visited Taiwan": a subordinate clause's own subject (a name the dictionary lacks)
SUBORDINATE_SUBJECT = re.compile(r"\b(?:" + SUBORDINATORS + r"|although|though)\s+"
                                 r"(?:(?:the|a|an|its|their)\s+(?:[\w-]+\s+){1,2}|(?:(?![A-Z][a-z]+day\b)[A-Z][\w'’-]+\s+){1,3}"
                                 # ("plants after mobs attacked": a bare plural's own clause)
                                 r"|(?!(?:years|months|weeks|days|hours|decades|talks|years'|months')\s)[a-z]{3,}s\s+)$")


# (a presupposing rule's own verb threatened or planned: "Fico threatened to cut off electricity exports to Ukraine")
THREAT_END = re.compile(r"\b(?:threaten(?:s|ed|ing)?\s+to|plans?\s+to|planning\s+to|vow(?:s|ed)?\s+to)\s+$", re.I)
# an actor inside a relative clause that closes before the verb: "The «US», which backs the «SDF» against «IS», has …"
RELATIVE_OPEN_BEFORE = re.compile(r"«(\d+)»\s*,\s+(?:which|who)\s+(?:[^«»;,.]|«\d+»)*$")
RELATIVE_CLOSED_AFTER = re.compile(r"»\s*,\s+(?:still\s+)?(?:has|have|had|keeps|kept|maintains|maintained)\b")
# an armed group placed in a state just before a relative clause: the clause is the group's
GROUP_IN_BEFORE = re.compile(r"«(\d+)»\s+(?:(?:movement|group|rebels|militia|militias|fighters|insurgents|guerrillas)\s+)?in\s+(?:the\s+)?$")
RELATIVE_AFTER = re.compile(r"\s*,\s+(?:which|who)\s")


def _group_owning_clause(text: str, masked: Masked, ctx: ArticleContext, slot_start: int, slot_end: int) -> str | None:
    """The armed group placed in the state whose slot (the digits at slot_start:slot_end) a relative
    clause follows: "the «Houthi» movement in «Yemen», which gets its rockets from Tehran" is the group's."""
    group = GROUP_IN_BEFORE.search(text, 0, slot_start - 1)
    if group is None or not RELATIVE_AFTER.match(text, slot_end + 1):
        return None
    return group.group(1) if all(ctx.prop(i, "orgType") == "armed group" for i in masked.mention(group.group(1)).ids) else None
LED_OR_NOTHING = re.compile(r"»(?:-led\s+(?:[\w-]+\s+){0,2}?)?\s*")  # between a target and its verb phrase
# a restriction before an export or a sale: "banned exports of weapons to", "tightened controls on exports of"
RESTRICTED_PRE = re.compile(r"\b(?:bann(?:ed|ing)|bans?|restrict(?:s|ed|ing)?|tighten(?:s|ed|ing)?|curb(?:s|ed|ing)?|embargo(?:es|ed|ing)?)\b[^«»]*$", re.I)
# "Kyiv had helped rebels ambush Malian soldiers": the helped do the verb
HELPED_OTHERS = re.compile(r"\b(?:helped|helping|helps|help|enabled|enabling|assisted|assisting|allowed|allowing|let|trained|training)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:rebels|militants|fighters|insurgents|separatists|militias?|groups?|jihadists|terrorists|proxies)\s+(?:to\s+)?$")
# "the point where China, Russia and Mongolia meet": a place where lands meet (present tense, after "where")
WHERE_BEFORE = re.compile(r"\bwhere\s+(?:[^;.«»]|«\d+»)*$")
# "accused Burkina Faso of backing the mutinous soldiers who seized Bouake": a new phrase's fighters act in their own clause
OTHERS_WHO = re.compile(r"\s(?:the|a|an|some|those)\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|rebels|mutineers|fighters|militants|insurgents|gunmen|militias?|"
                        r"guerrillas|separatists|mercenaries|tribesmen|raiders|exiles|dissidents|militiamen|paramilitaries|irregulars|men)\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?$")
# "King Fahd asked for help in defending the kingdom": the help asked for is another's
ASKED_FOR_HELP = re.compile(r"\b(?:asked|asking|asks|appealed|appealing|appeals|called|calling|calls|begged|pleaded|requested|requesting|sought|seeking)\s+"
                            r"(?:for\s+)?(?:[\w-]+\s+){0,2}?(?:help|assistance|aid|support)\s+(?:in|with|to)\s+$")


def _someone_else(pre: str) -> bool:
    """Whether the words between an actor and the verb make someone else the verb's subject."""
    return bool(OTHER_SUBJECT.search(pre) or USED_BY_OTHER.search(pre) or OFFICIALS_SAY_IT.match(pre) or REPORTER_OF_VERB.search(pre)
                or ACCUSATION_OF.search(pre) or PERCENT_SUBJECT.search(pre) or THEIR_AFTER_PREPOSITION.match(pre)
                or SUBORDINATE_SUBJECT.search(pre) or HELPED_OTHERS.search(pre) or ASKED_FOR_HELP.search(pre) or OTHERS_WHO.search(pre)
                or (("it " in pre or "them " in pre or "him " in pre or "her " in pre) and TOLD_PRONOUN_TO.search(pre))
                or ((" against " in pre or " not to " in pre or " from " in pre) and TOLD_OTHERS_TO.search(pre) is not None))


def _without_subsumed(found: list[Found]) -> list[Found]:
    """Drop support (or import/export trade) between the same two actors as an asserted arms
    transfer or troop deployment stated in overlapping words: "a military aid package for X including
    tanks", "deployed troops to support Russia"."""
    arms = [f for f in found if f.type in ("SUPPLIES_ARMS", "DEPLOYS_TROOPS") and f.modality == "asserted"]
    if not arms:
        return found

    def subsumed(f: Found) -> bool:
        if f.type not in SUBSUMED_BY_ARMS or (f.type == "TRADES_WITH" and f.rule not in TRADE_FLOW_RULES) \
                or f.rule in NEVER_SUBSUMED:
            return False
        # ("X has been one of Y's staunchest backers and has sent tanks to Y": the backing ends before the verb)
        # (training soldiers is more than a troop presence: "Turkey trains Somali soldiers and runs a base in Mogadishu")
        # (support only in the transfer's direction: "Denmark's delivery of F-16s … was hailed by Kyiv" is Kyiv's praise)
        return any(((a.source, a.target) == (f.source, f.target) if f.type == "SUPPORTS" else {a.source, a.target} == {f.source, f.target})
                   and a.span[0] < f.span[1] and f.span[0] < a.span[1]
                   and (a.verb is None or f.span[1] > a.verb) and not (f.rule == "support.trains" and a.type == "DEPLOYS_TROOPS")
                   for a in arms)
    return [f for f in found if not subsumed(f)]


def _detail(type_name: str, text: str) -> str | None:
    """A veto's resolution, as the matched words name it."""
    if type_name != "VETOES":
        return None
    at = text.lower().find("resolution")
    return text[max(0, text.rfind(" ", 0, max(at - 12, 0))):].strip() if at >= 0 else None
