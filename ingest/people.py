"""Leaders introduced by title ("North Korean leader X", "X, the prime minister of Y"), and
references back to people and regimes within the article."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Callable, Iterator

import ahocorasick

from ingest.gazetteer import HEAD_OFFICES, slug
from ingest.literals import anchored
from ingest.masking import Masked
from ingest.mentions import (GENERAL_GRADES, GRADES_BEFORE_GEN, MOVEMENT_HEADS, NAME, TITLE_WORDS, TITLES, WEEKDAYS, _NOT_NAMES, ArticleContext, Mention,
                             _new_leader, is_head_title)
from ingest.patterns import OFFICE_GIVEN
from ingest.references import TWO_LEADERS

_PRE = r"(?:\d{2,3}-year-old\s+)?(?:(?P<former>former|then|late|ex-|outgoing|incoming)\s*[- ]?\s*)?(?:(?:new|acting|interim|transitional|caretaker|current|[Uu]nion|junta|military|(?:democratically\s+)?elected|chief|lead)\s+)?"
# how a head may be described before the title: "Venezuela's socialist dictator Nicolás Maduro"
_DESCRIBED = (r"(?:(?:ruling\s+)?[Cc]ommunist\s+[Pp]arty(?:['’]s)?\s+)?"  # "Vietnam's Communist Party General Secretary"
              r"(?:(?:Foreign|Defen[cs]e|Interior)\s+Ministry\s+(?=[Ss]pokes))?"  # "Russia's Foreign Ministry spokeswoman, Maria Zakharova"
              r"(?:(?:first\s+(?=[a-z-]+\s+[a-z]))?(?:socialist|communist|nationalist|populist|authoritarian|embattled|veteran|long-serving|longtime|long-time|"
              r"hardline|far-left|far-right|leftist|libertarian|centrist|top|right-wing|left-wing|conservative|liberal|reformist|de facto|political|spiritual|paramount|"
              r"aging|ageing|ailing|elderly|frail|young|youthful|powerful|popular|unpopular|beleaguered|charismatic|flamboyant|reclusive|mercurial|"
              r"influential|moderate|radical|civilian|military|wartime|revolutionary|pro-(?:Western|Soviet|Moscow|Russian|American|Beijing|Chinese))\s+)?"
              r"(?:first\s+(?:female\s+|woman\s+|black\s+|(?:democratically\s+|freely\s+|popularly\s+)?elected\s+|civilian\s+)?|newly\s+(?:elected|appointed)\s+)?"
              # "Japan's first female Prime Minister"; "Taiwan's deputy foreign minister X" (a minister, no head)
              r"(?:(?:first\s+)?(?:deputy|vice)\s+(?=(?!prime\b)[a-z]+(?:\s+affairs)?\s+minister\b))?")
_WHO = rf"(?:(?:[A-Z][a-zà-ÿ]+\.?\s+|[A-Z]\.\s*){{0,3}}(?:[ae]l-)?«(?P<lid>\d+)»|{NAME})"  # "Muhammad «Shehbaz Sharif»", "U. «Khurelsukh»"
# "Iraq's ambassador to the UN, X": whom an envoy is sent to belongs to the title, not the name
ENVOY_TO = r"(?:(?:(?<=mbassador)|(?<=nvoy)|(?<=epresentative))\s+(?:to|at)\s+(?:the\s+)?«\d+»)?"
# "Iran's President X", "the Eritrean government of President X" (a word between qualifies the title: "Bosnian Serb leader X"; after
# a comma, no possessive: "the Security Council's president, Cambodia's prime minister, Hun Manet")
INTRO_OF_TITLE_NAME = re.compile(rf"«(?P<of>\d+)»(?:\s+\(«\d+»\))?(?:'s|’s|['’](?=\s))?\s+(?:(?:[Gg]overnment|[Rr]egime|[Aa]dministration)\s+(?:of|under|led by)\s+)?"
                                 rf"{_PRE}{_DESCRIBED}(?P<qual>[A-Z][a-z]+\s+)??(?P<title>{TITLES}){ENVOY_TO}(?P<comma>,)?\s+{_WHO}(?(comma)(?!['’]s\b))")
# "Gabon's Brice Clotaire Oligui Nguema was sworn in as president"
INTRO_SWORN_IN = re.compile(rf"«(?P<of>\d+)»(?:'s|’s)\s+{_WHO}\s+(?:was|has\s+been|had\s+been|is)\s+(?:formally\s+|officially\s+)?sworn\s+in\s+as\s+"
                            rf"(?:the\s+(?:country['’]s|nation['’]s)\s+)?(?:new\s+)?(?P<title>{TITLES})\b")
# "Lebanon's parliament elected army commander Joseph Aoun as president"
INTRO_ELECTED = re.compile(rf"«(?P<of>\d+)»(?:(?:'s|’s)?\s+(?:parliament|lawmakers|legislature|congress|national\s+assembly|voters))?\s+(?:(?:has|had|have)\s+)?"
                           rf"(?:elected|chose|named|appointed|confirmed)\s+(?:[a-z-]+\s+){{0,3}}?{_WHO}\s+as\s+(?:the\s+(?:country['’]s|nation['’]s)\s+)?(?:new\s+)?(?P<title>{TITLES})\b")
# "Syria's transitional government, led by President Ahmed al-Sharaa"
INTRO_LED_BY = re.compile(rf"«(?P<of>\d+)»(?:'s|’s)?\s+(?:[\w-]+\s+){{0,2}}?(?:government|administration|cabinet|(?P<party>delegation|team)),?\s+(?:led|headed)\s+by\s+(?:the\s+)?"
                          rf"{_PRE}(?P<title>{TITLES})\s+{_WHO}")
# "Prime Minister Mette Frederiksen of Denmark", "President Daniel Ortega Saavedra of Nicaragua" (a second family name)
INTRO_TITLE_NAME_OF = re.compile(rf"(?<![\w«»’'])(?P<title>{TITLES})\s+{_WHO}(?:\s+[A-Z][a-zà-ÿ]+)?\s+of\s+(?:the\s+)?«(?P<of>\d+)»(?:\s+\(«\d+»\))?")
# "President of China Xi Jinping", "Prime Minister of India Narendra Modi" ("the leader of the Polish Communist Party,
# Mieczyslaw Rakowski": a party's head, who serves the state)
INTRO_TITLE_OF_NAME = re.compile(rf"(?<![\w«»’'])(?P<title>{TITLES})\s+of\s+(?:the\s+)?«(?P<of>\d+)»(?:\s+\(«\d+»\))?"
                                 rf"(?P<party_of>\s+(?:[A-Z][\w-]+\s+){{0,2}}?(?:Party|Front|Movement|League))?,?\s+{_WHO}")
INTRO_NAME_TITLE = re.compile(
    rf"{_WHO},\s+(?:who\s+(?:took over|has served|became|was (?:appointed|elected|sworn in))\s+as\s+)?(?:the\s+|an?\s+)?{_PRE}(?:«(?P<of>\d+)»(?:'s|’s)?\s+(?:(?P<former2>former|then|late|ex-|outgoing|incoming)\s*[- ]?\s*)?{_DESCRIBED}(?:[A-Z][a-z]+\s+)??)?(?P<title>{TITLES})(?!['’]s\b)"  # (not "X, the Indian leader's hand")
    # ("Lien Chan, the chairman of Taiwan's Nationalist Party": a party's head, serving the state but not heading it)
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?«(?P<of2>\d+)»(?P<party_of>(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?(?:Party|party|Movement|movement|Front|Congress|League)\b)?|{ENVOY_TO})?")
# "Mengistu Haile Mariam, the head of Ethiopia's military government", "Daniel Ortega, the coordinator of Nicaragua's ruling junta" (not "of the Ethiopian …": a demonym after "of" may be
# a name's); "Xuan Thuy, the head of Hanoi's delegation": its envoy, not its head
# ("Xuan Thuy, who heads the Hanoi delegation": the same)
INTRO_NAME_HEAD_OF_RULE = re.compile(rf"{_WHO},\s+(?:who\s+(?=(?:heads|leads)\s)|(?:the\s+)?(?!(?:heads|leads)\s))(?P<title>head|leader|lead|chairman|coordinator)(?:(?<=d)s|\s+of)\s+"
                                     r"(?:«(?P<of>\d+)»(?:'s|’s)\s+(?:(?:military|ruling|interim|transitional|revolutionary|provisional)\s+)?(?:government|regime|junta|military\s+council)\b"
                                     r"|(?:the\s+)?«(?P<of2>\d+)»(?:'s|’s)?\s+(?P<party_of>(?:negotiating\s+|peace\s+)?(?:delegation|team|mission))\b)")
HEAD_OF_CUES = (" head of «", " leader of «", " head of the «", " leader of the «", ", who heads ", ", who leads ")  # (INTRO_NAME_HEAD_OF_RULE's cheap test)
# what may stand between "sworn in as its/X's" and the title: "first female", "new interim"
_SWORN_QUALIFIERS = r"(?:(?:new|interim|acting|caretaker|transitional|provisional|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|female|woman|black|leftist|left-wing|right-wing|conservative|socialist|youngest|oldest)\s+)*"
# a person, maybe with an aside ("X, a former president,"; "Her son, X,"; "X, the speaker of the Chamber," whose
# title the name took), and the "was" of the office given to him
_WHO_WAS = rf"{_WHO}(?:,\s+(?:an?|the)\s+[^«»,;.]{{1,40}},|\s+of\s+(?:the\s+)?[^«»,;.]{{1,40}},|,)?\s+(?:was|has\s+been|had\s+been|is)\s+(?:formally\s+|officially\s+)?"
# "Sushila Karki was sworn in as Nepal's interim prime minister"
SWORN_IN_AS = re.compile(rf"{_WHO_WAS}sworn\s+in\s+(?:(?:on\s+)?\w+day\s+)?as\s+«(?P<of>\d+)»(?:'s|’s)\s+"
                         rf"{_SWORN_QUALIFIERS}(?P<title>{TITLES})\b")
_GIVEN_OFFICE = rf"(?:{OFFICE_GIVEN}|proclaimed|sworn\s+in)"
# "Nur Mohammad Taraki was named president of the Revolutionary Council and prime minister of the new Democratic Republic of Afghanistan"
NAMED_AS = re.compile(rf"{_WHO_WAS}{_GIVEN_OFFICE}\s+(?:(?:on\s+)?\w+day\s+)?(?:as\s+)?(?:[^«»;.,]{{0,60}}?\s+and\s+)?(?:the\s+)?"
                      rf"{_SWORN_QUALIFIERS}(?P<title>{TITLES})\s+of\s+(?:the\s+)?(?:new\s+)?(?:(?:[A-Z][\w'’]+\s+){{0,3}}Republic\s+of\s+)?«(?P<of>\d+)»")
APPOSED_PAIR = re.compile(r",\s+(?:and|or)\s+")  # the first of two people named with their offices
NAMED_CUE = re.compile(rf" {_GIVEN_OFFICE} ")
# "Zimbabwe became independent at midnight, and Robert Mugabe was sworn in as its first prime minister": the state the sentence opens with
SWORN_IN_AS_ITS = re.compile(rf"\A[\s“\"]*(?:[Tt]he\s+)?«(?P<of>\d+)»\s(?:[^«»;.]|«\d+»){{0,120}}?,\s+and\s+{_WHO}\s+(?:was|has\s+been|had\s+been)\s+sworn\s+in\s+"
                             rf"(?:(?:on\s+)?\w+day\s+)?as\s+its\s+{_SWORN_QUALIFIERS}(?P<title>{TITLES})\b")
# "Merz travelled to Paris on his first full day as German chancellor", "since becoming Japan's prime minister"
FIRST_AS = re.compile(rf"«(?P<lid>\d+)»\s(?:[^«»;.]|«\d+»){{0,100}}?\b(?:(?:his|her)\s+first\s+(?:[\w-]+\s+){{0,3}}?(?:day|days|week|weeks|trip|visit|months?|year|speech|summit|act)(?:\s+(?:abroad|overseas|(?:outside|beyond)\s+(?:the\s+)?(?:[\w-]+\s+)?«\d+»))?\s+as|"
                      rf"(?:since|after|upon|on)\s+(?:becoming|being\s+(?:sworn\s+in|re-?elected|elected|inaugurated)(?:\s+for\s+an?\s+(?:[\w-]+\s+)?term)?\s+as)|"
                      rf"(?:since|after|upon|following)\s+(?:his|her)\s+(?:re-?election|election|inauguration|swearing-in)\s+as)\s+(?:the\s+)?(?:new\s+)?«(?P<of>\d+)»(?:'s|’s)?\s+(?:new\s+)?(?P<title>{TITLES})\b")
# "Saleh, North Yemen's president since 1978, became president of the unified Yemen"; "Thatcher became Britain's first woman prime minister"
_FIRST_OF_KIND = r"(?:(?:first|new)\s+(?:(?:woman|female|black|elected|civilian)\s+)?)?"  # "first woman", "new civilian"
# the first of a demonym's heads to do something ("the first Russian leader to visit"): the head and the act that follows
_FIRST_HEAD = r"leader|president|prime\s+minister|premier|head\s+of\s+state"
_TO_ACT = r"(?:ever\s+|since\s+\d{4}\s+|in\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?(?:a|half\s+a|\w+|\d+)\s+(?:years?|decades?|generation)\s+|in\s+(?:years|decades)\s+)?to\s+(?-i:[a-z])"  # ("in six years")
# ("Medvedev on Monday became the first Russian leader to visit the Kurils": a demonym's head, first to do something;
# "Brezhnev, who became the Soviet head of state last week": a demonym's head)
BECAME_HEAD = re.compile(rf"«(?P<lid>\d+)»(?:,\s+[^«»;.,]{{0,40}}(?:«\d+»[^«»;.,]{{0,40}})?,|\s+(?:on|last|this)\s+\w+|\s*,\s+who)?\s+(?:(?:has\s+|had\s+)?became|(?:is|was)(?=\s+the\s+first\s+«))\s+(?:the\s+)?{_FIRST_OF_KIND}"
                         rf"(?:(?P<title>{TITLES})\s+of\s+(?:the\s+)?(?:(?:unified|reunified|new|newly\s+independent|independent)\s+)?«(?P<of>\d+)»"
                         rf"|«(?P<of2>\d+)»(?:'s|’s)\s+{_FIRST_OF_KIND}(?P<title2>{TITLES})\b"
                         rf"|(?<=first\s)«(?P<of3>\d+)»\s+(?P<title3>{_FIRST_HEAD})\s+{_TO_ACT}"
                         rf"|(?<!first\s)«(?P<of4>\d+)»\s+(?P<title4>{_FIRST_HEAD})\b(?!\s+(?:to|of)\s))")
# "Lee, the first Taiwanese president to visit the United States since 1979, …": the apposition names his office
# (and the opening subject's, after its clause: "Xi arrived in Seoul on Thursday, the first Chinese leader to visit …")
# ("Putin arrived in Tripoli …, the first visit to Libya by a Kremlin leader": the visit's)
# ("… welcomed Xi Jinping to Pyongyang as he began the first trip to North Korea by a Chinese head of state", "… at the
# start of the first state visit to Britain by a Russian leader")
FIRST_HEAD_APPOSITION = re.compile(r"(?:«(?P<lid>\d+)»|\A[\s“\"]*(?:[^;.«»]{0,60}?\s)??«(?P<lid2>\d+)»\s(?:[^;.«»]|«\d+»){0,120}?)(?:\s*,\s+|\s+(?:(?:as|when)\s+(?:he|she)\s+(?:began|made|paid|started)|at\s+the\s+(?:start|beginning|end|close)\s+of)\s+(?=the\s+first\s+(?:[\w-]+\s+)?(?:visit|trip)\b))"
                                   rf"(?:(?:the|its)\s+first\s+«(?P<of>\d+)»\s+(?P<title>{_FIRST_HEAD})\s+{_TO_ACT}"
                                   rf"|(?:the|his|her)\s+first\s+(?:[\w-]+\s+)?(?:visit|trip)\s+(?:to\s+(?:the\s+)?«\d+»\s+)?by\s+(?:an?\s+)?«(?P<of2>\d+)»\s+(?P<title2>{_FIRST_HEAD})\b)")
# a head's office named: "president of Russia", "Russia's president" (and, where a demonym may stand, "Soviet leader")
def _office_of(possessive: str) -> str:
    return rf"(?:(?P<title>{TITLES})\s+of\s+(?:the\s+)?«(?P<of>\d+)»|«(?P<of2>\d+)»{possessive}\s+(?P<title2>{TITLES})\b)"


_OFFICE_OF, _OFFICE_OF_OR_DEMONYM = _office_of("(?:'s|’s)"), _office_of("(?:'s|’s)?")
# "Yeltsin resigned as president of Russia and named Putin acting president": who left a head's office held it, and
# the successor he named holds it now
LEFT_HEAD = re.compile(rf"«(?P<lid>\d+)»(?:,\s+[^«»;.,]{{0,40}},)?\s+(?:has\s+|had\s+)?(?:resigned|stepped\s+down|quit|retired)\s+(?:on\s+\w+day\s+)?as\s+(?:the\s+)?"
                       + _OFFICE_OF_OR_DEMONYM +
                       rf"(?:\s+(?:on\s+\w+day\s+)?(?:and|,)\s+(?:named|appointed)\s+(?:(?:{TITLES})\s+)?«(?P<next>\d+)»\s+(?:as\s+)?(?:(?:acting|interim|caretaker)\s+(?:{TITLES})|his\s+successor|her\s+successor)\b)?")
# "Castro, who succeeded his brother Fidel as president of Cuba": the successor holds the office
SUCCEEDED_AS = re.compile(rf"«(?P<lid>\d+)»(?:\s*,\s+who)?\s+(?:has\s+|had\s+)?succeeded\s+(?:(?:his|her)\s+)?(?:[\w-]+\s+){{0,2}}?(?:«\d+»\s+)?as\s+(?:the\s+)?"
                          + _OFFICE_OF_OR_DEMONYM)
# "Zelaya remained the president of Honduras", "X is the prime minister of Y": a head said to hold the office
IS_HEAD = re.compile(rf"«(?P<lid>\d+)»\s+(?:remained|remains|(?:is|was)(?:\s+still)?)\s+(?:the\s+)?(?:(?:legitimate|rightful|lawful|elected|constitutional|legal|current|sitting)\s+)?"
                     + _OFFICE_OF)
# "Yunus took charge of Bangladesh": a person who took the head of a state's office (not "took control of")
# (and a coup's leader named by his post in the state: "Idi Amin, the commander of Uganda's army, seized power")
TOOK_CHARGE = re.compile(r"«(?P<lid>\d+)»(?:\s*,\s+who|\s*,\s+(?:the|a|an)\s+[^«»;.,]{1,80},|\s*,(?=\s+took\s+over\s))?\s+(?:took|has taken|had taken|assumed|seized|has seized|had seized)\s+(?:(?:charge|the helm|the reins|power)\s+(?:of|in)|over)\s+(?:the\s+)?«(?P<of>\d+)»|"
                         r"«(?P<lid2>\d+)»\s*,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?«(?P<of2>\d+)»(?:['’]s)?(?:\s+[\w-]+){0,3}\s*,\s+"
                         r"(?:has\s+|had\s+)?(?:seized|took|assumed)\s+power\b(?!\s+(?:of|in)\s+(?:the\s+)?«)")
# "Thailand's army chief, General Prayuth Chan-ocha, seized power": whatever his title, the one who seized the state
SEIZED_POWER_AFTER = re.compile(r",?\s+(?:(?:has|had)\s+)?(?:seized|took|grabbed)\s+power\b(?!\s+(?:in|of|over)\s+(?:the\s+)?«)")
# "Samuel Doe, the leader of the soldiers who killed President Tolbert, named himself head of state of Liberia"
SELF_NAMED = re.compile(r"«(?P<lid>\d+)»(?:\s*,\s+(?:[^«»;.]|«\d+»|(?<=\b(?:Jr|Sr|Mr|Dr|St))\.){0,100}?,)?\s+(?:(?:has|had)\s+)?(?:named|declared|proclaimed)\s+himself\s+(?:the\s+)?(?:new\s+)?"
                        r"(?:head\s+of\s+state|president|leader|ruler|prime\s+minister|emperor|king)\s+(?:of|in)\s+(?:the\s+)?«(?P<of>\d+)»")
# "Min Aung Hlaing, who leads the junta", "Kim Jong Un, who rules North Korea": a person heading a state now (or
# once: "Stalin, who ruled the Soviet Union for nearly three decades"; "Mao, who led the Communists to victory and ruled China")
WHO_LEADS = re.compile(r"«(?P<lid>\d+)»\s*,\s+who\s+(?:(?:[^«»;.,]|«\d+»){1,60}?\s+and\s+)?(?:(?:now|currently|still)\s+)?(?:leads|heads|rules|ha[sd]\s+(?:led|ruled|headed|governed|reigned\s+over)|ruled|governed|led|headed|reign(?:s|ed)\s+over)\s+"
                       r"(?:the\s+)?(?:«(?P<of>\d+)»(?!['’]|\s+(?:delegation|team|party|ministry|opposition|talks|group|committee))|(?P<junta>(?:military\s+)?junta)\b)")
# "Kim Il Sung, who founded North Korea in 1948 and ruled it": the founder who ruled what he founded
FOUNDED_AND_RULED = re.compile(r"«(?P<lid>\d+)»\s*,\s+who\s+founded\s+(?:the\s+)?«(?P<of>\d+)»(?:\s+in\s+\d{4})?\s+and\s+(?:ruled|led|governed)\s+it\b")
# "Museveni has ruled Uganda since 1986": the same, as a main clause with its duration
RULED_SINCE = re.compile(r"«(?P<lid>\d+)»\s+(?:has|had)\s+(?:\w+ly\s+)?(?:ruled|led|governed|headed)\s+(?:the\s+)?«(?P<of>\d+)»\s+(?:since|for)\b")
# "Blaise Compaore fled after mass protests ended his 27-year rule of Burkina Faso": the years a person ruled a state
HIS_RULE = re.compile(r"«(?P<lid>\d+)»\s(?:[^«»;.]|«\d+»){0,80}?\b(?:his|her)\s+(?:[\w-]+-year|decades?-long|years-long)\s+(?:rule|reign|presidency|dictatorship)\s+(?:of|over)\s+(?:the\s+)?«(?P<of>\d+)»")
# "Hungary's Viktor Orbán": a known leader named with the state or organisation the dictionary has him head
# "Milei's Argentina": the state its head is named with
LEADERS_STATE = re.compile(r"«(?P<lid>\d+)»(?:'s|’s)\s+«(?P<of>\d+)»")
# "the South Vietnamese leaders, Nguyen Van Thieu and Nguyen Cao Ky": each named one that leads the state that day
PLURAL_LEADERS_NAMED = re.compile(r"«(?P<of>\d+)»(?:'s|’s)?\s+(?:leaders|rulers)\s*,\s+«(?P<a>\d+)»(?:\s+and\s+«(?P<b>\d+)»)?")
POSSESSIVE_LEADER = re.compile(r"«(?P<of>\d+)»(?:'s|’s)\s+«(?P<lid>\d+)»|«(?P<lid2>\d+)»\s+of\s+(?:the\s+)?«(?P<of2>\d+)»")  # "Paul Kagame of Rwanda"
# "China's Foreign Ministry", "the US Treasury", "China's embassy": a state's ministry, department, mission or government acts for it (an embassy only as a subject: "stormed the Mexican embassy" is a place)
ORGAN = re.compile(r"«(?P<of>\d+)»(?:'s|’s)?\s+(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ff]inance|[Ee]conomy|[Ii]nterior|"
                   r"[Cc]ommerce|[Ss]tate|[Ee]xternal [Aa]ffairs|[Ff]oreign [Aa]ffairs)\s+(?:[Mm]inistry|[Dd]epartment|[Oo]ffice)|"
                   r"(?:[Mm]inistry|[Dd]epartment) of (?:[Ff]oreign [Aa]ffairs|(?:[Nn]ational )?[Dd]efen[cs]e|[Ff]oreign [Tt]rade|[Ee]xternal [Aa]ffairs)|"
                   r"[Tt]reasury|[Pp]residential [Oo]ffice|[Ee]mbassy(?=(?:\s+in\s+(?:«\d+»|[A-Z][\w-]+))?\s+(?:\w+ly\s+)?(?!(?:was|is|has|as)\b)(?:[a-z]+ed|said|says|[a-z]+s)\b)|[Cc]oast [Gg]uard|(?:(?<=['’]s )(?:[A-Z][a-z][\w-]*|interim|provisional|transitional|caretaker)\s+(?=[Gg]overnment\b))?[Gg]overnment|(?<!['’]s )Republic(?!\s+of\b)|[Cc]abinet|[Aa]dministration|[Mm]ilitary(?!\s+(?:ruler|strongman|dictator|leader)\b)|[Aa]rmy|[Aa]ir [Ff]orce|[Nn]avy|(?<=['’]s\s)(?:[Ww]arplanes|[Ff]ighter [Jj]ets|[Bb]ombers|[Gg]unships)(?=\s+(?:\w+ly\s+)?(?:bombed|struck|hit|attacked|pounded|shelled|raided|targeted|fired|strafed)\b)|[Pp]arliament(?!\s+(?:speaker|chairman|chair|head|members?|deputies|lawmakers))|[Nn]ational [Aa]ssembly(?!\s+(?:speaker|chairman|chair|head|members?|deputies|lawmakers))|"
                   r"(?:[Tt]op |[Ss]upreme |[Nn]ational )*[Ss]ecurity (?:[Bb]ody|[Cc]ouncil)|"
                   r"(?:[Ff]oreign\s+)?[Ii]ntelligence\s+[Ss]ervices?(?:\s+\([A-Z]{2,6}\))?|"
                   r"[Ss]overeign [Ww]ealth [Ff]und|"
                   r"[Aa]rmed [Ff]orces|[Dd]efen[cs]e [Ff]orces|[Jj]unta|(?:[Ee]lite\s+)?(?:[Ii]slamic\s+)?[Rr]evolutionary [Gg]uards?(?:\s+[Cc]orps)?(?:\s+\((?:IRGC|«\d+»)\))?)(?:\b|(?<=\)))(?!\s+(?:officials?|sources?|chief|chiefs|commanders?|experts?|advis[eo]rs|personnel|instructors|trainers|contractors|specialists|hardware|equipment|technology|supplies|aid|assistance|sales|exports|deliveries|transfers|vehicles|aircraft|actions?|operations?|campaign|offensive)\b)")
# "Israel's lawyers told the court …", "China's diplomats accused …": a state's own people speak for it
PEOPLE_OF_STATE = re.compile(r"«(?P<of>\d+)»(?:'s|’s)\s+(?:[Ll]awyers|[Dd]iplomats|[Nn]egotiators|[Dd]elegation|[Oo]fficials|[Rr]epresentatives|[Ee]nvoys)\b"
                             r"(?=\s+(?:\w+ly\s+)?(?:[a-z]+ed|said|says|told|tells|[a-z]+s)\b)")
# "Iran's «Revolutionary Guard Corps» («IRGC»)", "the European Union (EU)": one actor named twice over is one mention
SAME_ACTOR = (re.compile(r"«(\d+)»(?:'s|’s)\s+«(\d+)»\s+\(«(\d+)»\)"), re.compile(r"«(\d+)»\s+\(«(\d+)»\)"),
              re.compile(r"«(\d+)»(?:'s|’s)\s+«(\d+)»"))
# "China's UN mission", "Russia's envoy to the UN": a state's mission to an organisation speaks for it
MISSION = re.compile(r"«(?P<of>\d+)»(?:'s|’s)\s+«(?P<org>\d+)»\s+(?:mission|delegation|ambassador|envoy|representative)\b|"
                     r"«(?P<of2>\d+)»(?:'s|’s)?\s+(?:[Ee]nvoy|[Aa]mbassador|[Dd]elegation|[Rr]epresentative|[Mm]ission)\s+to\s+(?:the\s+)?«\d+»")
# "the administration of U.S. President Donald Trump", "the government of Nicaraguan President Daniel Ortega": the
# state; "the office of President Mahmoud Abbas called …": the leader himself
GOVERNMENT_OF = re.compile(r"(?P<head>\b[Tt]he\s+(?:(?P<body>[Aa]dministration|[Gg]overnment)|office)\s+of)\s+"
                           r"(?:(?:«\d+»\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor)\s+)?«(?P<of>\d+)»")
# "the East German government of Walter Ulbricht", "Greece's civilian government under Constantine Karamanlis": the
# dictionary's head of that state on the day, untitled
GOVERNMENT_OF_LEADER = re.compile(r"«(?P<of>\d+)»(?:'s|’s)?\s+(?:(?:civilian|new|military|interim|provisional|transitional|caretaker|coalition)\s+)?"
                                  r"(?:[Gg]overnment|[Rr]egime|[Aa]dministration)\s+(?:of|under|led\s+by|headed\s+by)\s+«(?P<lid>\d+)»")
GOVERNMENT_LEADER_CUE = re.compile(r" (?:of|under|led by|headed by) «")
IN_STATE_AFTER = re.compile(r"\s+in\s+«(\d+)»")
# "Israel's foreign minister accused …": an unnamed minister as a clause's subject speaks for the state
# (not "hosted Ukraine's foreign minister", "the Iranian foreign minister")
MINISTER_SUBJECT = re.compile(r"(?:\A[\s“\"]*|[,;:]\s+|\b(?:and|but|while)\s+)(?:[Tt]he\s+)?(?P<m>«(?P<of>\d+)»['’]s\s+(?:(?:(?:[Vv]ice|[Dd]eputy|[Ff]irst\s+[Dd]eputy|[Aa]ssistant)\s+)?(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Cc]ommunications|[Ii]nformation|[Ii]nterior|[Ff]inance|[Ee]conomy|[Jj]ustice|[Ee]nergy|[Oo]il|[Pp]etroleum|[Cc]ommerce|[Ii]ndustry)\s+(?:[Mm]inister|[Ss]ecretary)|"
                              r"(?:(?:UN|U\.N\.|deputy|top|chief)\s+)?(?:envoy|ambassador|representative|delegate)(?:\s+to\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|«\d+»))?))(?!['’]s|,?\s+(?:[A-Z]|«))")
# "Nationalist officials in Taipei called …": officials in a state's capital, as a clause's subject, speak for it
# (not diplomats, nor "Western officials in Moscow", who are foreigners there)
OFFICIALS_IN = re.compile(r"(?:\A[\s“\"]*|[,;:]\s+|\b(?:and|but|while)\s+)(?P<m>(?:[Tt]he\s+)?(?:(?:[Ss]enior|[Tt]op|[Gg]overnment|[Nn]ationalist|[Cc]ommunist|[Mm]inistry|[Ff]oreign\s+[Mm]inistry)\s+){0,2}"
                          r"(?:officials|spokesm[ae]n)\s+in\s+«(?P<of>\d+)»)(?=\s+(?:\w+ly\s+)?(?:[a-z]+ed|said|says|told|tells|[a-z]+s)\b)")
# "the IAEA's board of governors", "NATO's council": an organisation's own body acts for it
ORG_ORGAN = re.compile(r"«(?P<of>\d+)»(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:board(?: of governors)?|council|committee|assembly|"
                       r"secretariat|commission|governing body|executive board|(?:naval|military|training|monitoring|observer|border|police)\s+mission)\b")  # ("the EU's naval mission in the Red Sea accused …")
POLICY_DOCUMENT = re.compile(r"«(?P<of>\d+)»(?:'s|’s)\s+(?:(?:new|latest|annual|updated|first)\s+)?(?:[\w-]+\s+){0,2}?(?:strategic\s+concept|white\s+paper|security\s+strategy|defen[cs]e\s+strategy|communiqu[eé])\b"
                             r"|«(?P<of2>\d+)»(?:'s|’s)\s+(?:official\s+)?(?:statement|radio)\b")  # ("Hanoi's statement, read over its radio, accused …")
# "the Ministry of Foreign Affairs of Ukraine"
ORGAN_OF = re.compile(r"\b(?:[Tt]he\s+)?(?:[Mm]inistry|[Dd]epartment)\s+of\s+(?:[Ff]oreign\s+[Aa]ffairs|(?:[Nn]ational\s+)?[Dd]efen[cs]e|[Ff]oreign\s+[Tt]rade|"
                      r"[Tt]rade|[Ff]inance|[Ee]conomy|[Ii]nterior|[Cc]ommerce|[Ee]xternal\s+[Aa]ffairs)\s+of\s+(?:the\s+)?«(?P<of>\d+)»")
# "Presidents Felix Tshisekedi of DR Congo and Paul Kagame of Rwanda": heads' titles in the plural
PLURAL_TITLE = re.compile(r"(?<![\w«»’'])(?:[Pp]residents|[Pp]rime [Mm]inisters|[Cc]hancellors|[Kk]ings|[Ee]mirs)\s+(?=[A-Z«])")
PERSON_OF = re.compile(rf"{_WHO}\s+of\s+(?:the\s+)?«(?P<of>\d+)»")
# "the prime ministers of «Australia» and «Papua New Guinea», Anthony Albanese and James Marape": respectively
PLURAL_OF_PAIR = re.compile(r"(?<![\w«»’'])(?:[Pp]residents|[Pp]rime [Mm]inisters|[Cc]hancellors|[Kk]ings|[Ee]mirs|[Ll]eaders)\s+of\s+(?:the\s+)?"
                            r"«(?P<a>\d+)»\s+and\s+(?:the\s+)?«(?P<b>\d+)»,\s+(?=[A-Z«])")
PERSON = re.compile(_WHO)
# "Israel's far-right ministers Itamar Ben-Gvir and Bezalel Smotrich": each named one serves the state
PLURAL_MINISTERS = re.compile(rf"«(?P<of>\d+)»(?:'s|’s)?\s+{_DESCRIBED}(?:[a-z-]+\s+)?(?:ministers|officials)\s+(?=[A-Z«])")
TITLE_COMPLETE = re.compile(r"\s+of\b|,")
# "aide to the President of the Russian Federation Vladimir Medinsky": the title is someone else's
AIDE_OF = re.compile(r"\b(?:aide|adviser|advisor|assistant|envoy|spokes(?:man|woman|person)|secretary)s?\s+(?:to|of|for)\s+(?:the\s+)?$|"
                     r"\b(?:aide|adviser|advisor)s?\s+to\s+(?:the\s+)?[\w-]+,\s+$", re.I)
LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
NAME_PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "wa", "del", "dos", "das", "sheikh", "sheikha"}
HEADLINE_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")  # words of four letters or more: "of", "on", "the" stay lower-case
# the longer words a title-case headline may still leave lower-case: "Ties with Xi Jinping Amid Sanctions"
HEADLINE_LOWER = frozenset("with from into over amid after than that upon onto about against between during without "
                           "through under says said".split())
# a title right before a position: "President «Donald Trump»'s administration"
TITLE_ENDING = re.compile(rf"(?<![\w«»’'])(?:{TITLES})\s+$")
# "the boss of Russia's private Wagner mercenary force, Yevgeny Prigozhin": the head of an organisation
HEAD_OF_ORG = re.compile(rf"\b(?:boss|chief|head|leader|founder|commander)\s+of\s+(?:(?:[\w'’-]+|«\d+»['’]s)\s+){{0,4}}?«(?P<of>\d+)»(?!\s+(?:[\w-]+\s+)?(?:mission|office|agency|delegation|programme|program)\b)(?:\s+[\w-]+){{0,3}}?,?\s+{_WHO}")
# "UN chief António Guterres", "IAEA boss Rafael Grossi" (an organisation's only: "Russia's spy chief" is not its head)
ORG_CHIEF = re.compile(rf"«(?P<of>\d+)»(?:'s|’s)?\s+(?:chief|boss|commander)(?:,\s+(?=[A-Z]))?\s+{_WHO}")
# elected people below a head who act in politics: a description names them, and they act for themselves
_POLITICAL_ROLES = r"speaker|lawmaker|legislator|senator|congressman|congresswoman|governor|mayor"
# people who are neither heads nor officials, named with what they are: the individuals sanctions and
# condemnations target ("Russian oligarch Roman Abramovich", "Bidzina Ivanishvili, the founder of Georgian Dream")
_DESCRIPTIONS = (r"(?:oligarch|billionaire|businessman|businesswoman|tycoon|magnate|financier|banker|industrialist|"
                 r"entrepreneur|arms dealer|warlord|founder|co-founder|owner|(?i:parliament(?:ary)?\s+speaker|(?:house|senate)\s+speaker|" + _POLITICAL_ROLES + "|"
                 r"judge|prosecutor|(?:supreme\s+court\s+)?justice(?!\s+minister)|(?:presidential\s+)?candidate|politician|opposition\s+leader|activist|dissident|spokes(?:man|woman|person)))s?")
_DESCRIBED_BY = r"(?:(?:[a-z-]+|«\d+»(?:['’]s)?)\s+)"  # "founder of «Georgia»'s ruling political party"
# "Odumegwu Ojukwu, the leader of secessionist Biafra,": the head of a movement the dictionary has no entry for
_INSURGENT_WORDS = ("rebel", "secessionist", "separatist", "breakaway", "guerrilla", "insurgent")
_INSURGENT_HEAD = r"(?:leader|head|chief)\s+of\s+(?:the\s+)?(?:" + "|".join(_INSURGENT_WORDS) + r")\b"
_INSURGENT_LEADER = _INSURGENT_HEAD + r"[^«»,;.]{0,40}(?=,)"
DESCRIBED_PERSON = (re.compile(rf"(?:«\d+»(?:['’]s\s+(?:[a-z-]+\s+)?|\s+)(?=[a-z-]+\s|[Ss]upreme\s+[Cc]ourt\s|(?:(?:House|Senate)\s+)?Speaker\s))?\b{_DESCRIPTIONS}(?:\s+(?:of|and|for)\s+{_DESCRIBED_BY}{{0,5}}?|\s+){NAME}"),
                    # (with what the description is of, up to the apposition's comma: "X, the speaker of the Czech Senate, …")
                    re.compile(rf"(?<![\w«»]){NAME},\s+(?:(?:the|an?)\s+)?(?:{_DESCRIBED_BY}{{0,3}}?{_DESCRIPTIONS}|{_INSURGENT_LEADER})\b"
                               r"(?:\s+of\s+(?:the\s+)?(?:(?:«\d+»|[A-Z][\w-]*)\s+){0,4}?(?:[A-Z][\w-]*|«\d+»)(?=,))?"))
# "opposition leader Aung San Suu Kyi" when the dictionary knows her (by an office she held later): the words
# before a known person that describe, and are no title of, hers
DESCRIBED_KNOWN = re.compile(r"(?<![\w«»’'])(?:«\d+»\s+)?(?i:opposition\s+leader|(?:presidential\s+)?candidate|politician|activist|dissident|senator|lawmaker)s?\s+«(?P<lid>\d+)»")
AS_BEFORE = re.compile(r"\bas\s+(?:the\s+)?$")
# (a spokesperson speaks for a government; a speaker, lawmaker, governor or mayor acts in politics too, and so does a rebel leader: "Milos Vystrcil, the
# speaker of the Czech Senate, landed in Taipei")
POLITICIAN = re.compile(r"\b(?:candidate|politician|opposition\s+leader|spokes(?:man|woman|person)|" + _POLITICAL_ROLES + r")s?\b|" + _INSURGENT_HEAD, re.I)
# the words a description needs, looked for in the lower-cased sentence (plain substring tests: faster than
# one alternation searched at every position)
DESCRIPTION_WORDS = ("oligarch", "billionaire", "businessm", "businessw", "tycoon", "magnate", "financier", "banker", "industrialist",
                     "entrepreneur", "arms dealer", "warlord", "founder", "owner", "speaker", "lawmaker", "legislator", "senator", "congress",
                     "governor", "mayor", "judge", "prosecutor", "justice", "candidate", "politician", "opposition leader", "activist", "dissident", "spokes",
                     *(f"of {word}" for word in _INSURGENT_WORDS), *(f"of the {word}" for word in _INSURGENT_WORDS))
INTRO_TITLE_NAME = re.compile(rf"(?<![\w«»’'])(?P<title>{TITLES})\s+{_WHO}")
# "Ireland, whose leader Simon Harris said …", "the Wagner group, whose leader Yevgeny Prigozhin": the head of the state
# or organisation before "whose"
WHOSE_HEAD = re.compile(rf"«(?P<of>\d+)»(?:\s+(?:group|organi[sz]ation|movement|alliance|bloc|militia))?\s*,\s+whose\s+(?P<title>{TITLES}),?\s+{_WHO}")
# "Morales goes on to Venezuela, whose president, Hugo Chavez, …": a state travelled to stays the place visited
VISITED_BEFORE = re.compile(r"\b(?:visit(?:s|ed|ing)?|went|goes|go|going|gone|flew|flies|fly|flying|travell?(?:s|ed|ing)?|arriv(?:es|ed|ing)|head(?:s|ed|ing)|return(?:s|ed|ing))"
                            r"\s+(?:on\s+)?(?:to\s+|in\s+)?(?:the\s+)?$")
# "Spain, whose dictator Franco is gravely ill, has begun talks": the clause closes before the state's own verb
CLOSED_RELATIVE_AFTER = re.compile(r"\s+[^,;.«»]{1,80},\s+(?:(?:has|have|had|also|then)\s+)*(?:[a-z]+ed|is|was|are|were|has|have|had|said|says|will|would|sent|met|began|made|took|told)\b")
# "The president, Emmanuel Macron, visited": a known person after a bare title (no state named: no LEADS)
BARE_TITLE_NAME = re.compile(rf"(?<![\w«»’'])[Tt]he\s+(?:(?:new|current|sitting|interim|acting|veteran|longtime|long-time)\s+)?(?P<title>{TITLES}),\s+«(?P<who>\d+)»(?=,)")
# "Yakubu Gowon, the head of the federal military government, said Nigeria …": a known person's apposition naming the
# government he heads, not its state
NAME_HEAD_OF_GOVERNMENT = re.compile(r"«(?P<who>\d+)»,\s+(?:the\s+)?(?:head|leader|chairman)\s+of\s+the\s+(?:(?:federal|military|ruling|interim|transitional|"
                                     r"revolutionary|provisional|national|new|civilian)\s+){0,3}(?:government|regime|junta|military\s+council|(?:revolutionary\s+)?command\s+council)(?=,)")
# "Guyana …, its president, Irfaan Ali, said": the head of the state "its" points back to (or "whose" follows)
ITS_HEAD = re.compile(rf"\b(?:its|their|(?<=»,\s)whose)\s+(?:(?:longtime|long-time|veteran|current|new)\s+)?(?P<title>{TITLES})(?:,\s+|\s+(?=«))(?:{_WHO})")
# an organisation's head, never a state's: "its Secretary General" is the organisation's the sentence names before
ORG_HEAD_TITLE = re.compile(r"(?i:secretary[\s-]+general|director[\s-]+general|managing\s+director)")
# a titled person named earlier in the sentence ("President «Lula» urged his … counterpart")
TITLED_BEFORE = re.compile(rf"(?<![\w«»’'])(?P<title>{TITLES})\s+«\d+»")
# "Vaclav Klaus, the Czech prime minister, and his Slovak counterpart": a title after the name
TITLED_AFTER = re.compile(rf"«\d+»,\s+(?:the\s+)?«\d+»(?:'s|’s)?\s+(?P<title>{TITLES}),")
_WEEKDAY = "|".join(WEEKDAYS)
# "the Chinese leader", "Iran's president": the head of that day ("the first Chinese leader to visit Japan" only when he is
# named in the sentence too: a class otherwise)
ROLE_REFERENCE = re.compile(rf"(?:(?:\b[Tt]he\s+|\A)(?:(?:new|current|sitting|(?P<first>first))\s+)?«(?P<of>\d+)»(?:'s|’s)?|«(?P<of2>\d+)»(?:'s|’s))\s+"
                            rf"(?:(?:new|current|sitting|interim|acting|transitional)\s+)?(?:first\s+(?:female\s+|woman\s+)?)?(?P<title>{TITLES})\b(?!\s+«|\s+(?!(?:{_WEEKDAY})\b)[A-Z])")
# "Putin hosted his Iranian counterpart": a head's unnamed counterpart is the other state's head
COUNTERPART_TITLES = ("counterpart", "colleague")  # the other side's holder of the same office
UNNAMED_COUNTERPART = re.compile(rf"\b(?:his|her)\s+«(?P<of>\d+)»\s+(?:{'|'.join(COUNTERPART_TITLES)})\b"
                                 rf"(?!,?\s+(?:«|(?!(?:{_WEEKDAY})\b)[A-Z][a-z]))")
# "Afwerki hosted his Egyptian and Somali counterparts": each other state's head
UNNAMED_COUNTERPARTS = re.compile(rf"\b(?:his|her)\s+«(?P<a>\d+)»(?:,\s+«(?P<b>\d+)»,?)?\s+and\s+«(?P<c>\d+)»\s+(?:counterparts|colleagues)\b(?!,?\s+(?:«|[A-Z][a-z]))")
# "received the Prime Minister of Pakistan" (no name follows)
ROLE_OF = re.compile(rf"\b[Tt]he\s+(?P<title>{TITLES})\s+of\s+(?:the\s+)?«(?P<of>\d+)»(?!,?\s+(?:«|[A-Z][a-z]))")
# "the Iranian regime", "the regime in Iran", "the government in Kyiv" (or "the Government in Kyiv")
REGIME = anchored(re.compile(r"«(?P<of3>\d+)»(?:'s|’s)\s+(?:(?:new|elected|democratically\s+elected|military|civilian|interim|transitional)\s+)?(?:regime|government|administration)\b|"  # "Assad's regime"
                    r"\b[Tt]he\s+(?:regime|government|administration)\s+of\s+(?:" + TITLES + r"\s+)?«(?P<of4>\d+)»(?!['’])|"  # "the government of King Mohammed V"
                    r"\b[Tt]he\s+(?:«(?P<of>\d+)»\s+(?:regime|dynasty|government|administration|junta)\b|"
                    r"(?:(?:new|interim|transitional|provisional|military|current|civilian|elected|revolutionary|republican|royalist|leftist|left-wing|right-wing|[Mm]arxist|[Cc]ommunist|[Ss]ocialist|[Nn]ationalist|pro-Soviet|pro-Western|Sandinista|Islamist|Taliban|Houthi|internationally\s+recogni[sz]ed)\s+)?"
                    r"(?:[Rr]egime|[Gg]overnment|[Aa]uthorities|[Aa]dministration|[Ll]eadership|[Rr]ulers|[Jj]unta)\s+(?:in|on)\s+«(?P<of2>\d+)»)"))  # ("the new government in Damascus", "the Nationalist government on Formosa")
# only where "its" owns a relation noun ("its invasion of X"): elsewhere it would just split gaps
ITS = re.compile(r"\bits\b(?=\s+(?:(?:[\w-]+\s+){0,3}?(?:invasion|war|aggression|attacks?|assault|offensive|occupation|trade|purchases?|acquisitions?|(?:autonomy|peace)\s+plan|bid|candidacy|"
                 r"annexation|bombing|military operation|special operation|campaign(?=\s+against)|(?:air\s?)?strikes|airstrikes|raids|barrages?|bombardment|(?:case|lawsuit|complaint)(?=\s+against))|[\"“]?(?:[\w-]+\s+|\d{1,3}(?:,\d{3})+\s+)?[\"“]?(?:troops|forces|soldiers|(?:military\s+)?advis[eo]rs|marines|paratroopers|veto|sanctions|support|backing|presence|military|army|armed\s+forces|navy|radio|(?:state\s+)?(?:television|media|press)|(?:warplanes|fighter\s+jets|bombers|gunships)(?=\s+(?:\w+ly\s+)?(?:bombed|struck|hit|attacked|pounded|shelled|raided|targeted|fired|strafed)\b)))\b)"
                 # "Israel and the United States bombed its nuclear facilities": the struck places' owner
                 r"|(?:(?<=\bbombed )|(?<=\bstruck )|(?<=\battacked )|(?<=\bhit )|(?<=\bshelled )|(?<=\bbombing of )|(?<=\bstrikes on )|(?<=\battacks on )|(?<=\braids on )|(?<=\braid on )|(?<=\bshelling of ))its\b(?=\s+(?:[\w-]+\s+){0,2}?(?:sites?|facilities|bases?|cities|infrastructure|ports?|airports?|refiner(?:y|ies)|(?:border|frontier|police|army)\s+(?:posts|outposts|positions|guards)|outposts|positions|villages|towns)\b)"
                 # "police stormed its embassy": the embassy's state (see `STRIKER_OF_ITS`)
                 r"|(?:(?<=\bstormed )|(?<=\braided )|(?<=\battacked )|(?<=\bstorming )|(?<=\braiding )|(?<=\bsurrounded )|(?<=\bbroke into ))its\b(?=\s+(?:[\w-]+\s+)?(?:embass(?:y|ies)|consulates?)\b)"
                 # "strikes on its nuclear sites": the struck places' owner
                 r"|(?:(?<=\bon )|(?<=\bagainst ))its\b(?=\s+(?:[\w-]+\s+){0,2}?(?:sites?|facilities|territory|soil|bases?|cities|infrastructure|airspace)\b)"
                 # "Somali troops were fighting inside its territory": the land's state
                 r"|(?:(?<=\binside )|(?<=\bwithin )|(?<=\binto ))its\b(?=\s+(?:own\s+)?(?:territory|soil|airspace|territorial\s+waters)\b)"
                 # "sanctions on its oil exports": the exporter
                 r"|(?<=\bsanctions on )its\b(?=\s+(?:[\w-]+\s+){0,2}?(?:exports|imports|economy|banks|banking|energy|oil|gas)\b)")
FRONTED_PHRASE = re.compile(r"[\s“\"]*(?:After|Following|During|Before|Upon|Ahead of|On|At|In|Alongside|Beside|With|Next to|Flanked by|Joined by|Like|Unlike|[A-Z][a-z]+ing)\b[^,;«»]*$")  # ("Standing beside the Ukrainian leader, Biden announced")
MAIN_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+|was\s+|is\s+)?[a-z]+(?:ed|s)\b")
THE_NAME_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+)*$")
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")
INSTITUTION_WORDS = {"Bank", "Fund", "Council", "Organization", "Organisation", "Union", "Agency", "Court", "Commission",
                     "Group", "Forum", "Institute", "Ministry", "Committee", "Assembly", "Parliament", "Office", "Force",
                     "Brigade", "Coalition", "Federation", "Association", "Authority", "Corps", "Guard", "Company", "Corporation",
                     *MOVEMENT_HEADS}  # ("the leader of the Palestine Liberation Front": a movement, not a person)
# "Prince Norodom Sihanouk, the Cambodian leader ousted in March": a head no longer in office
OUSTED_AFTER = re.compile(r"\s+(?:who\s+was\s+)?(?:ousted|deposed|overthrown|toppled|exiled)\b")
FORMER_BEFORE = re.compile(r"\b(?:then|former|late|ex-?)\s*$", re.I)  # "then Pakistani Prime Minister X"
# (and a rank: "met Colonel Muammar Gaddafi"; not the end of a title: "Secretary General X")
HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh|Colonel|Col|(?<!Secretary\s)(?<!Secretary-)(?<!Attorney\s)(?<!Surgeon\s)(?<!Governor\s)(?<!Governor-)General|(?:" + GRADES_BEFORE_GEN + r"\s+)?Gen|" + GENERAL_GRADES + r"|(?:Field\s+)?Marshal|Admiral)\.?\s+$")
FIRST_NAMES_BEFORE = re.compile(r"(?:[A-Z][a-zà-ÿ]+\.?\s+){1,3}$")
SURNAME_AFTER = re.compile(r"(?:\s+[A-Z][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)*){1,2}(?=[\s,.;:!?'’]|$)")
# ... though after "ties with X over", "sanctions against X for", "its" is X's
# an "its" in apposition to the actor before it, naming a relation: "Baku has grown closer to Turkey, its main military ally"
RELATION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:ally|allies|partner|neighbou?r|rival|enemy|foe|backer|patron|supplier|protector|creditor|lender)\b")
OVER_ITS = re.compile(r"\b(?:with|against)\s+(?:the\s+)?«(\d+)»\s+(?:over|for|because of|due to)\s+$")
# ... nor an actor inside a relative clause: "Hezbollah, which is backed by Iran, lost its leader"
IN_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:[^,;«»]|(?<=\d),(?=\d{3}))*$")  # ("which has about 30,000 troops in")
# ... nor the striker in "Israeli and US strikes on its nuclear sites", "Ecuadorian police stormed its embassy"
# (Mexico's), "Israel and the United States bombed its nuclear facilities" (Iran's)
STRIKER_OF_ITS = re.compile(r"(?:\s+and\s+(?:the\s+)?«\d+»)?\s+(?:[\w-]+\s+){0,2}?(?:(?:strikes|airstrikes|attacks|raids|bombing|shelling)\s+(?:on|against)|(?:bombing|shelling|strikes|attacks)\s+of|"
                            r"(?:police|forces|troops|soldiers|officers|agents|commandos|jets|warplanes|drones)\s+(?:[\w-]+\s+)?(?:stormed|raided|attacked|struck|bombed|shelled|seized|entered|surrounded|broke\s+into)|"
                            r"(?:bombed|struck|attacked|hit|shelled))\s+")
# ("airstrikes on Lebanon … its campaign": Israel's; "Iraq, which Kuwait has backed throughout its war": the head's)
NOT_ANTECEDENT = re.compile(r"\b(?:from|with|against|between|than|like|at|(?:strikes|airstrikes|attacks?|raids?|bombing|bombardment|assault|offensive)\s+on)\s+(?:the\s+)?$"
                            r"|»\s*,\s+which\s+(?:the\s+)?$", re.I)
# "Due to its invasion of Ukraine, Russia has …": with nothing before, the subject after the clause
CATAPHORA = re.compile(r"(?:[^«»;.]|«\d+»)*?,\s+(?:the\s+)?«(\d+)»(?=\s+(?:has|have|had|is|was|\w+ed|\w+s)\b)")
# "he"/"she" opening a clause, before its verb: "…, as he welcomed", "where she was received by"
SUBJECT_PRONOUN = re.compile(r"(?:(?<=, )|(?<=\bas )|(?<=\bwhen )|(?<=\bwhere )|(?<=\bafter )|(?<=\bwhile )|(?<=\band )|(?<=\bsaid )|(?<=\bsays )|"
                             r"(?<=\bbut )|(?<=\bthat )|(?<=\bwhich ))(?:he|she)\b"
                             r"(?=\s+and\s+«\d+»\s+(?:met|held|spoke|talked)\b|\s+(?:\w+ly\s+)?(?:also\s+|then\s+)?(?:was|is|had|has|met|held|spoke|told|paid|made|gave|sent|took|flew|[a-z]+ed|[a-z]+s)\b)")
# "President Azali Assoumani, who chairs the African Union, said Comoros would not accept …": a head the
# dictionary lacks who speaks of what a state will do speaks for his own
SAID_OWN_STATE = re.compile(r"(?:,\s+(?:[^«»,;]|«\d+»){1,80}?,)?\s+(?:\w+ly\s+)?(?:said|says|told\s+(?:[a-z]+\s+){1,3}?|announced|declared|insisted|stressed)\s+"
                            r"(?:that\s+)?(?:the\s+)?«(\d+)»\s+(?:would|will|is|was|has|had|could|must|cannot|can|does|did|remains?|wants?|needs?)\b"
                            # (not a charge against another: "Prime Minister Shinzo Abe said South Korea had broken a promise")
                            r"(?!\s+(?:\w+ly\s+)?(?:broken|breached|violated|reneged|betrayed|lied|failed|attacked|invaded|provoked|threatened)\b)")
# "them" as the object of a judging verb, after "the two leaders" in the sentence
THEM = re.compile(r"\b(?:praised|thanked|congratulated|commended|hailed|lauded|criticised|criticized|condemned|urged|invited|welcomed)\s+(?P<ref>them)\b")
# "He"/"She" opening a sentence, before its verb: "Indian President Droupadi Murmu arrived in Paramaribo. She
# held talks with President Santokhi"
OPENING_ARTICLE = re.compile(r"[\s“\"]*(?:[Tt]he\s+)?")
# "… a young «Shamir» on a wanted poster and called him a terrorist": "him" after a verb, as its object
OBJECT_PRONOUN = re.compile(r"\b(?:called|branded|labelled|labeled|accused|blamed|praised|thanked|urged|warned|told|met|greeted|received|welcomed|embraced|hugged|"
                            r"criticised|criticized|condemned|denounced|attacked|telephoned|phoned|invited|hosted|visited)\s+"
                            r"(?P<him>him\b|her(?=\s+(?:to|on|in|at|with|about|for|as|after|before|during|and)\b|[,.;]))")
OPENING_PRONOUN = anchored(re.compile(r"(?:(?:Earlier|Later|Then|Afterwards|Meanwhile|Separately|(?:On|Last|This)\s+\w+day|(?:[Ii]n|[Aa]t)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s+)*"
                                      r"(?P<he>(?<![a-z])(?:He|She)|(?<=,\s)(?:he|she))\b(?=\s+(?:\w+ly\s+|also\s+|then\s+|later\s+){0,2}(?:was|is|had|has|met|held|spoke|told|paid|made|gave|sent|took|flew|spent|went|saw|left|led|said|brought|kept|began|struck|chose|rode|wrote|sought|won|lost|stood|became|came|[a-z]+ed)\b)"))  # (also after a fronted time or place: "Earlier, in Hangzhou, he had met Xi")
# "Afghanistan's Taliban government", "the Taliban administration in Kabul": a movement governing a state is the state
# (so is "the UN-recognised government in Tripoli", the body recognising it)
ORG_GOVERNMENT = re.compile(r"(?:«(?P<state>\d+)»(?:'s|’s)\s+|\b[Tt]he\s+)?«(?P<org>\d+)»(?:-led|-run|-recogni[sz]ed|-backed)?\s+(?:government|administration|authorities)\b"
                            r"(?:\s+in\s+«(?P<state2>\d+)»)?")
MILITARY_ORGAN = re.compile(r"(?:[Mm]ilitary|[Aa]rmy|[Aa]rmed [Ff]orces|[Jj]unta)$")
BARE_REGIME = anchored(re.compile(r"\b[Tt]he (?:rogue |isolated |hermit |reclusive |autocratic |authoritarian |military |ruling )?(?:regime|rogue state|junta)\b"))


@dataclass(frozen=True)
class LeadFact:
    leader: str
    of: str
    start: int   # article offsets of the words that state it
    end: int


def _member_leader(ctx: ArticleContext, of: str, title: str) -> bool:
    """"Orban, the EU leader with the warmest ties to Moscow": a leader of a union of states is the
    head of one of its members (an armed group's or a movement's leader heads it)."""
    entity = ctx.gaz.entities.get(of)
    return title.lower() in ("leader", "leaders") and entity is not None and entity.kind == "Organization" \
        and dict(entity.props).get("orgType") not in ("armed group", "movement", "", None)


def _office(title: str) -> str | None:
    """The office a title names ("the Chinese premier" is not the president); None for "leader"."""
    office = title.lower().replace("-", " ")
    if office in ("leader", "head", "dictator", "ruler", "de facto ruler") or office.startswith("head of "):
        return None
    return {"pm": "prime minister", "taoiseach": "prime minister", "shah": "king"}.get(office, office)  # (a shah is his state's king; the taoiseach is Ireland's prime minister)


def _head_title_before(text: str, pos: int) -> bool:
    """Whether the first titled person in text[:pos] carries a head's title ("President «Lula»")."""
    title = TITLED_BEFORE.search(text, 0, pos) or TITLED_AFTER.search(text, 0, pos)
    return title is not None and is_head_title(title.group("title"))


def _head_counterpart(masked: Masked, ctx: ArticleContext, match: re.Match) -> bool:
    """"President Lula urged his Venezuelan counterpart, Nicolás Maduro", "Anthony Albanese and his Papua
    New Guinean counterpart James Marape": a head's counterpart heads too."""
    return match.group("title").lower() in COUNTERPART_TITLES and _head_before(masked, ctx, match.start())


def _titled_head_of(ctx: ArticleContext, who: str, title: str, masked: Masked) -> tuple[str, str] | None:
    """The state whose head the dictionary has `who` be, in the office `title` names, on the article's
    day, when the sentence also names that state (its seat as a place too: "met Trump at the White
    House"); and that head (who may be named in part)."""
    seats = [place for place in ctx.places if place.form == "seat"]
    for of in dict.fromkeys(i for m in [*masked.mentions, *seats] for i in m.ids):
        holder = _holder(ctx, who, of, title)
        if holder is not None:
            return of, holder
    return None


def _holder(ctx: ArticleContext, who: str, of: str, title: str) -> str | None:
    """The dictionary's holder of the office `title` names in `of` on the article's day, when that is
    `who`, or `who` is a name the dictionary lacks that is part of the holder's ("King Salman", "UAE
    President Sheikh Mohamed" for Mohammed bin Zayed)."""
    office = _office(title)
    role = ctx.gaz.leader_of(of, ctx.day, office) if is_head_title(title) else None
    if role is None:
        return None
    if role.leader_id == who:
        return who
    new, held = ctx.new_entities.get(who), ctx.gaz.entities.get(role.leader_id)
    if new is None or held is None or not _name_parts(new.name) <= _name_parts(held.name):
        return None
    _take_surfaces(ctx, who, role.leader_id)
    return role.leader_id


RECENT_YEARS = 8  # how lately a head may have left office to be "President X" still
DAYS_AFTER_OFFICE = 7  # how lately a head may have left office to be "King Farouk of Egypt" still, in that week's news


def _left_lately(ctx: ArticleContext, who: str, of: str) -> bool:
    """Whether `who` headed `of` until a few days before the article ("King Farouk of Egypt abdicated on Saturday")."""
    if ctx.day is None:
        return False
    since = ctx.day - timedelta(days=DAYS_AFTER_OFFICE)
    return any(role.of == of and role.office in HEAD_OFFICES and role.ended_between(since, ctx.day) for role in ctx.gaz.roles_of("leader", who))


def _sitting_head(ctx: ArticleContext, who: str, title: str) -> str | None:
    """"President Lee", "Secretary of State Dulles", the state unnamed: the one person in the dictionary
    who holds that office on the article's day and bears that name (none holding it: for a head, the last
    to leave it, lately), when `who` is a one-word name the dictionary lacks."""
    new, office = ctx.new_entities.get(who), _office(title)
    if new is None or " " in new.name or office is None:
        return None
    parts = _name_parts(new.name)
    holders = {role.leader_id for role in ctx.gaz.roles_of("office", office) if role.active_on(ctx.day)
               and parts <= _name_parts(ctx.gaz.entities[role.leader_id].name)}
    if not holders and ctx.day is not None and is_head_title(title):  # "President Carter" in 1982: the one who left that office last, lately
        since = ctx.day.replace(year=ctx.day.year - RECENT_YEARS)
        past = [role for role in ctx.gaz.roles_of("office", office) if role.ended_between(since, ctx.day)
                and parts == _name_parts(ctx.gaz.entities[role.leader_id].name.split()[-1])]  # (the family name: not "Ellen Johnson Sirleaf")
        holders = {max(past, key=lambda role: role.end).leader_id} if past else set()
    if len(holders) != 1:
        return None
    holder = holders.pop()
    _take_surfaces(ctx, who, holder)
    return holder


def _take_surfaces(ctx: ArticleContext, who: str, holder: str) -> None:
    """Later mentions of the name `who` was learned from are the dictionary's `holder` too."""
    for surface, entity_id in list(ctx.extra_surfaces.items()):
        if entity_id == who:
            ctx.extra_surfaces[surface] = holder


def _name_parts(name: str) -> set[str]:
    """A name's words, spelled alike (see _skeleton); particles do not count."""
    words = re.sub(r"[^a-z ]", " ", slug(name).replace("-", " ")).split()
    return {_skeleton(w) for w in words if w not in NAME_PARTICLES}


def _full_name(masked: Masked, ctx: ArticleContext, mention: Mention, pos: int) -> bool:
    """Whether a known leader is named in full before `pos` (the words just before his mention
    included): then a capitalised word after it is a second surname ("Miguel «Díaz-Canel» Bermúdez"),
    not another person sharing his name ("«Abbas» Araghchi")."""
    entity = ctx.gaz.entities.get(mention.ids[0]) if len(mention.ids) == 1 else None
    if entity is None or " " not in entity.name:
        return False
    given = FIRST_NAMES_BEFORE.search(masked.text, 0, pos)  # (may take in a title: "Cuban President Miguel")
    said = slug((given.group() if given else "") + masked.article[mention.start:mention.end])
    return said == slug(entity.name) or said.endswith("-" + slug(entity.name))


def _skeleton(word: str) -> str:
    """A long name's consonants after its first letter, doubled letters once: the transliterations
    "Pashinian" and "Pashinyan", "Mohamed" and "Mohammed", "Zelensky" and "Zelenskyy" agree."""
    skeleton = word[0] + re.sub(r"(.)\1", r"\1", re.sub(r"[aeiouy]", "", word[1:]))
    return skeleton if len(skeleton) >= 4 else re.sub(r"(.)\1", r"\1", word)  # "Lee" is not "Li"


MINISTER_TITLE_BEFORE = re.compile(r"\b(?<![Pp]rime )(?:[Mm]inister|[Ss]ecretary)\s+(?:of\s+[A-Z][\w ]{0,30}?\s+)?$")


def _head_before(masked: Masked, ctx: ArticleContext, pos: int) -> bool:
    """Whether a head of state or government is named before `pos`: by a head's title, or as a leader
    the dictionary or the article has heading a state."""
    # (the person named last before it decides: "Starmer said …, and Defence Secretary John Healey travelled to
    # Oslo with his Norwegian counterpart": a minister's counterpart)
    people = [m for m in masked.mentions if masked.orig(pos) > m.end and _kind_ok(ctx, m, ("Leader",))]
    if people and MINISTER_TITLE_BEFORE.search(masked.article, max(0, people[-1].start - 40), people[-1].start):
        return False
    return _head_title_before(masked.text, pos) or any(ctx.state_of_leader(m.ids[0]) is not None for m in people)


@lru_cache(maxsize=1)
def _cue_finder() -> ahocorasick.Automaton:
    finder = ahocorasick.Automaton()
    for group, words in (("title", TITLE_WORDS), ("description", DESCRIPTION_WORDS)):
        for word in words:
            finder.add_word(word, finder.get(word, ()) + (group,))
    finder.make_automaton()
    return finder


def _cue_words(lowered: str) -> set[str]:
    """Which of the title and description words `lowered` holds, anywhere: one pass for both lists."""
    return {group for _, groups in _cue_finder().iter(lowered) for group in groups}


def _without_communities(masked: Masked) -> list[Mention]:
    """The sentence's mentions without two demonyms in a row: "the Greek Cypriot authorities", "Turkish
    Cypriot leaders" name a community, neither state."""
    found = sorted(masked.mentions, key=lambda m: m.start)
    community = set()
    for first, second in zip(found, found[1:]):
        if first.form == second.form == "demonym" and masked.article[first.end:second.start] == " ":
            community.update((first.start, second.start))
    return [m for m in masked.mentions if m.start not in community]


def _aide_of_leader(ctx: ArticleContext, match: re.Match, boss: str, replace, leader_id) -> None:
    """"Keith Kellogg, Donald Trump's envoy for Ukraine": a named person serving a leader serves the leader's state."""
    who = leader_id(match)
    if who is None:
        return
    replace(match, (who,), "leader")
    if state := ctx.state_served_by(boss):
        ctx.serves.setdefault(who, state)


def _kind_ok(ctx: ArticleContext, mention: Mention, kinds: tuple[str, ...]) -> bool:
    return len(mention.ids) == 1 and ctx.kind(mention.ids[0]) in kinds


def resolve_people(masked: Masked, ctx: ArticleContext) -> tuple[list[Mention], list[LeadFact]]:
    """Mentions of the sentence after people and references are resolved, and the LEADS facts."""
    mentions = _without_communities(masked)
    community = {m.start for m in masked.mentions} - {m.start for m in mentions}
    facts: list[LeadFact] = []
    taken: list[tuple[int, int]] = []

    def headline() -> bool:
        return _headline(masked.article[masked.start:masked.end])

    def leader_id(match: re.Match) -> str | None:
        if match.group("lid") is not None:
            mention = masked.mention(match.group("lid"))
            more = SURNAME_AFTER.match(masked.text, match.end())
            if more and not headline() and not _full_name(masked, ctx, mention, match.start("lid") - 1):
                # "foreign minister Abbas Araghchi": a known name is only this person's first name
                return _new_leader(masked.article[mention.start:mention.end] + more.group(), ctx)
            return mention.ids[0] if _kind_ok(ctx, mention, ("Leader",)) else None
        name = match.group("name")
        if name.split()[0] in _NOT_NAMES or (" " not in name and name.endswith("ly")):
            return None  # "Recently, Japanese leaders …": an adverb, not a name
        if name.split()[-1] in INSTITUTION_WORDS:
            return None  # "head of the BRICS New Development Bank": a body, not a person
        if headline():
            return None  # "Syria's President Condemns Israeli Strikes": in a headline every word is capitalised
        return _new_leader(name, ctx)

    def replace(match: re.Match, ids: tuple[str, ...], form: str, from_pos: int | None = None) -> Mention:
        start, end = masked.orig(match.start() if from_pos is None else from_pos), masked.orig(match.end(), at_end=True)
        if "," in match.group() and masked.text.startswith(",", match.end()) and from_pos is None:
            end += 1  # "the president of Chad, Mahamat Deby, flew": the apposition's closing comma
        new = Mention(start, end, ids, form)
        mentions[:] = [m for m in mentions if m.end <= start or m.start >= end] + [new]
        taken.append((match.start(), match.end()))
        return new

    def free(match: re.Match) -> bool:
        return not any(s < match.end() and match.start() < e for s, e in taken)

    def lead(match: re.Match, who: str, of: str, from_pos: int | None = None, as_state: bool = False) -> None:
        """The matched words (from `from_pos`, when given) name `who` as the head of `of`; `as_state`: they
        stand for the state ("recognized Cuba's new government, headed by President Urrutia")."""
        new = replace(match, (of,), "organ", from_pos) if as_state else replace(match, (who,), "leader", from_pos)
        ctx.leads[of] = who
        facts.append(LeadFact(who, of, new.start, new.end))

    text = masked.text
    lowered = text.lower()
    held = _cue_words(lowered)  # cheap tests first: most sentences need none of these
    titled = "title" in held
    of_actor = " of «" in text or " of the «" in text
    for pattern in (INTRO_OF_TITLE_NAME, INTRO_TITLE_OF_NAME if of_actor else None,
                    INTRO_TITLE_NAME_OF if of_actor else None, INTRO_NAME_TITLE,
                    INTRO_NAME_HEAD_OF_RULE if any(cue in text for cue in HEAD_OF_CUES) else None,
                    INTRO_LED_BY if " by " in text else None, INTRO_SWORN_IN if " sworn in " in text else None, SWORN_IN_AS if " sworn in " in text else None,
                    SWORN_IN_AS_ITS if " sworn in as its " in text else None,
                    NAMED_AS if NAMED_CUE.search(text) else None,
                    INTRO_ELECTED if " as " in text else None) if titled else ():
        for match in (pattern.finditer(text) if pattern else ()):
            if not free(match) or _aide(text, match):
                continue
            if pattern is INTRO_NAME_TITLE and (PLACE_BEFORE.search(text, max(0, match.start() - 8), match.start())
                                                or THE_NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())):
                continue  # "after prayers in Istanbul, the Turkish president said": a place, not his name;
                # "before the Summit Talks, the President of X": a capitalised name after "the" is no person's
            if pattern is INTRO_OF_TITLE_NAME and "," in match.group() and FRONTED_PHRASE.match(text[:match.start()]) \
                    and MAIN_VERB_AFTER.match(text, match.end()):
                continue  # "After her meeting with the Tunisian head of state, Meloni expressed …": the name
                # after the comma is the main clause's subject, not the title's holder
            of_index = match.group("of") if match.group("of") is not None else match.groupdict().get("of2")
            if of_index is None:
                if pattern is INTRO_NAME_TITLE and match.group("lid") is not None and APPOSED_PAIR.match(text, match.end()) \
                        and text.startswith(", the ", match.end("lid") + 1) and _kind_ok(ctx, masked.mention(match.group("lid")), ("Leader",)):
                    # "George P. Shultz, the Secretary of State, and …": a known person's apposition, no state named
                    replace(match, masked.mention(match.group("lid")).ids, "leader")
                continue
            of = masked.mention(of_index)
            if pattern is INTRO_NAME_TITLE and _kind_ok(ctx, of, ("Leader",)) and not is_head_title(match.group("title")):
                _aide_of_leader(ctx, match, of.ids[0], replace, leader_id)
                continue
            if not _kind_ok(ctx, of, ("State", "Organization")):
                continue
            if of.form == "demonym" and (match.group("of") is None or pattern in (INTRO_TITLE_OF_NAME, INTRO_TITLE_NAME_OF)) \
                    and not match.groupdict().get("party_of"):
                continue  # "the chairman of Georgian Dream": after "of", a demonym is part of a name
            who = leader_id(match)
            if who is None:
                continue
            if match.groupdict().get("qual") or of.start in community:
                replace(match, (who,), "leader")  # "Bosnian Serb leader X", "Israeli Opposition Leader Y", "Turkish Cypriot leader Z": not the state's
                continue
            former = match.groupdict().get("former") or match.groupdict().get("former2") or FORMER_BEFORE.search(masked.text, 0, match.start()) \
                or OUSTED_AFTER.match(masked.text, match.end())
            if (is_head_title(match.group("title")) or _head_counterpart(masked, ctx, match) or
                    (_kind_ok(ctx, of, ("State",)) and SEIZED_POWER_AFTER.match(text, match.end()))) and not former \
                    and not match.groupdict().get("party_of") and not _member_leader(ctx, of.ids[0], match.group("title")):
                lead(match, _holder(ctx, who, of.ids[0], match.group("title")) or who, of.ids[0], as_state=match.re is INTRO_LED_BY)
                if "junta" in match.group().lower() and _kind_ok(ctx, of, ("State",)):
                    ctx.junta_state = of.ids[0]  # "Myanmar's junta chief X … the junta": the state he rules
            else:
                # (a delegation's leader is named, the delegation stays its state's: "a Chinese delegation, led by …, visited")
                replace(match, (who,), "leader", from_pos=match.start("title") if match.groupdict().get("party") else None)
                if not former and _kind_ok(ctx, of, ("State",)):
                    ctx.serves.setdefault(who, of.ids[0])
                elif _kind_ok(ctx, of, ("Organization",)):  # ("EU foreign policy chief Kaja Kallas said the bloc …": named all the same)
                    ctx.remember(ctx.recent_orgs, of.ids[0])
                    if not former:
                        ctx.serves.setdefault(who, of.ids[0])  # ("the Taliban's foreign minister … in New Delhi": a visitor)
    for plural in (PLURAL_TITLE.finditer(text) if titled and of_actor else ()):
        if not FORMER_BEFORE.search(text, 0, plural.start()):  # "former Presidents X of A and Y of B"
            _plural_heads(masked, ctx, plural, free, lead, leader_id)
    for pair in (PLURAL_OF_PAIR.finditer(text) if titled and of_actor else ()):
        if not FORMER_BEFORE.search(text, 0, pair.start()):
            _respective_heads(masked, ctx, pair, free, lead, leader_id)
    for match in (GOVERNMENT_OF_LEADER.finditer(text) if ("overnment " in text or "egime " in text or "dministration " in text) and GOVERNMENT_LEADER_CUE.search(text) else ()):
        of, person = masked.mention(match.group("of")), masked.mention(match.group("lid"))
        if free(match) and _kind_ok(ctx, of, ("State",)) and _kind_ok(ctx, person, ("Leader",)) and \
                (role := ctx.gaz.leader_of(of.ids[0], ctx.day)) is not None and role.leader_id == person.ids[0]:
            lead(match, person.ids[0], of.ids[0], from_pos=match.start("lid"))
    for plural in (PLURAL_MINISTERS.finditer(text) if " ministers " in text or " officials " in text else ()):
        _plural_ministers(masked, ctx, plural, free, replace, leader_id)
    heads = [*HEAD_OF_ORG.finditer(text)] if " of " in text else []
    if "chief " in text or "boss " in text or "commander " in text:
        heads += ORG_CHIEF.finditer(text)
    for match in heads:
        of = masked.mention(match.group("of"))
        if free(match) and _kind_ok(ctx, of, ("Organization",)) and \
                (" commander" not in match.group() or ctx.prop(of.ids[0], "orgType") == "armed group"):  # (NATO's commander is not its head)
            who = leader_id(match)
            if who is not None and ctx.prop(of.ids[0], "partOf") == "org:UN" and text.endswith(("'s ", "’s "), 0, match.start("of") - 1):
                replace(match, (who,), "leader")  # "the head of Russia's Security Council": a state's own body, not the UN's
            elif who is not None:
                lead(match, who, of.ids[0])
    for pattern in DESCRIBED_PERSON if "description" in held else ():
        for match in pattern.finditer(text):
            name = match.group("name")
            if free(match) and " " in name and name.split()[0] not in _NOT_NAMES and not headline():
                who = _new_leader(name, ctx)
                replace(match, (who,), "leader")
                if who in ctx.new_entities and not POLITICIAN.search(match.group()):
                    ctx.private.add(who)  # (a candidate or opposition leader acts in politics: not a private party)
    for match in DESCRIBED_KNOWN.finditer(text) if "description" in held else ():
        known = masked.mention(match.group("lid"))
        if free(match) and known.ids[0].startswith("person:"):
            replace(match, known.ids, "leader")
    for match in (WHOSE_HEAD.finditer(text) if titled and " whose " in text else ()):
        of = masked.mention(match.group("of"))
        if free(match) and is_head_title(match.group("title")) and _kind_ok(ctx, of, ("State", "Organization")):
            who = leader_id(match)
            if who is not None:
                # ("praised the Wagner group, whose leader …": an organisation stays an actor of its own; so does a
                # state whose clause closes before its own verb: "Spain, whose dictator Franco is ill, has begun talks")
                own_verb_after = _kind_ok(ctx, of, ("Organization",)) or CLOSED_RELATIVE_AFTER.match(text, match.end()) is not None \
                    or VISITED_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
                lead(match, who, of.ids[0], match.start("title") if own_verb_after else None)
    for match in (NAME_HEAD_OF_GOVERNMENT.finditer(text) if "», the " in text and " of the " in text else ()):
        who = masked.mention(match.group("who"))
        if free(match) and _kind_ok(ctx, who, ("Leader",)) and (head := _titled_head_of(ctx, who.ids[0], "head", masked)) is not None:
            lead(match, head[1], head[0])
    for match in (BARE_TITLE_NAME.finditer(text) if titled and ", «" in text else ()):
        who = masked.mention(match.group("who"))
        if free(match) and _kind_ok(ctx, who, ("Leader",)):
            # "The Prime Minister, Harold Macmillan, said Britain …": the dictionary's head of a state the sentence names
            head = _titled_head_of(ctx, who.ids[0], match.group("title"), masked) if is_head_title(match.group("title")) else None
            if head is not None:
                lead(match, head[1], head[0])
            else:
                replace(match, who.ids, "leader")  # "The emir, Sheikh Tamim, received": the apposition is his mention
    for match in (ITS_HEAD.finditer(text) if titled and ("its " in text or "their " in text or "», whose " in text) else ()):
        if free(match) and is_head_title(match.group("title")):
            of = _its_antecedent(masked, ctx, match.start(), match.start() + 3) if not text.startswith("whose", match.start()) else \
                _last_mention(masked, ctx, match.start())  # ("the OAS, whose Secretary General, X,": the one named before)
            if of is not None and ORG_HEAD_TITLE.fullmatch(match.group("title")) and _kind_ok(ctx, of, ("State",)):
                of = _last_mention(masked, ctx, match.start(), ("Organization",)) or of  # ("the OAU … sent troops to Burundi, and its Secretary General")
            who = leader_id(match) if of is not None and _kind_ok(ctx, of, ("State", "Organization")) else None
            if who is not None:
                # ("accused the RSF … and imposed sanctions on its leader, Dagalo": the one the dictionary has him
                # lead, when the sentence names it, over the subject "its" was read as)
                known = ctx.state_of_leader(who)
                if known is None and (ever := {role.of for role in ctx.gaz.roles_of("leader", who)}) and of.ids[0] not in ever:
                    # ("Ethiopia was among the first to recognize Eritrea, and its leader, Meles Zenawi, …": out of office
                    # on the day by the dictionary, the state it has him lead at another time, when the sentence names it)
                    known = next((i for m in masked.mentions for i in m.ids if i in ever), None)
                named = known is not None and any(known in m.ids for m in masked.mentions)
                lead(match, who, known if named else of.ids[0])
    for match in POSSESSIVE_LEADER.finditer(masked.text) if "»'s «" in text or "»’s «" in text or "» of «" in text or "» of the «" in text else ():
        of = masked.mention(match.group("of") or match.group("of2"))
        who = masked.mention(match.group("lid") or match.group("lid2"))
        if free(match) and _kind_ok(ctx, of, ("State", "Organization")) and _kind_ok(ctx, who, ("Leader",)) \
                and (ctx.state_of_leader(who.ids[0]) == of.ids[0] or _left_lately(ctx, who.ids[0], of.ids[0])):
            new = replace(match, who.ids, "leader")
            facts.append(LeadFact(who.ids[0], of.ids[0], new.start, new.end))
    took = [*(TOOK_CHARGE.finditer(text) if " took " in text or " taken " in text or " assumed " in text or " seized " in text else ()),
            *(SELF_NAMED.finditer(text) if " himself " in text else ()),
            *(FIRST_AS.finditer(text) if " first " in text or " becoming " in text or " being sworn" in text or " being elected" in text
              or " being re" in text or " being inaugurated" in text or "election as " in text or "inauguration as " in text or "swearing-in as " in text else ()),
            *(BECAME_HEAD.finditer(text) if " became " in text or "» is the first «" in text or "» was the first «" in text else ()),
            *(FIRST_HEAD_APPOSITION.finditer(text) if ", the first «" in text or ", its first «" in text or " by a «" in text or " by an «" in text else ()),
            *(LEFT_HEAD.finditer(text) if " as " in text and ("resigned" in text or "stepped down" in text or " quit" in text or "retired" in text) else ()),
            *(SUCCEEDED_AS.finditer(text) if " succeeded " in text else ()),
            *(IS_HEAD.finditer(text) if "» is " in text or "» was " in text or "» remain" in text else ())]
    for match in took:  # (a title named must be a head's: "since becoming Japan's prime minister", not its foreign minister)
        groups = match.groupdict()
        who, of = masked.mention(match.group("lid") or groups.get("lid2")), masked.mention(groups.get("of") or groups.get("of2") or groups.get("of3") or groups["of4"])
        if _kind_ok(ctx, who, ("Leader",)) and _kind_ok(ctx, of, ("State",)) and \
                (match.re in (TOOK_CHARGE, SELF_NAMED) or is_head_title(groups.get("title") or groups.get("title2") or groups.get("title3") or groups["title4"])):
            facts.append(LeadFact(who.ids[0], of.ids[0], masked.orig(match.start()), masked.orig(match.end(), at_end=True)))
            if groups.get("next") and _kind_ok(ctx, nxt := masked.mention(groups["next"]), ("Leader",)):
                facts.append(LeadFact(nxt.ids[0], of.ids[0], masked.orig(match.start()), masked.orig(match.end(), at_end=True)))
    for match in ([*WHO_LEADS.finditer(text), *RULED_SINCE.finditer(text), *FOUNDED_AND_RULED.finditer(text), *HIS_RULE.finditer(text)] if " leads " in text or " rules " in text or " heads " in text
                  or " led " in text or " ruled " in text or " headed " in text or " governed " in text or " reign" in text or "long rule" in text or "year rule" in text
                  or "presidency of" in text or "dictatorship of" in text else ()):
        who = masked.mention(match.group("lid"))
        if match.re is HIS_RULE and any(ctx.kind(masked.mention(i).ids[0]) == "Leader" for i in re.findall(r"«(\d+)»", match.group(0))[1:-1]):
            continue  # ("Putin met Xi … his decade-long rule of China": "his" is the nearer leader's)
        of = masked.mention(match.group("of")).ids if match.group("of") else (ctx.junta_state,) if ctx.junta_state else ()
        if _kind_ok(ctx, who, ("Leader",)) and len(of) == 1 and ctx.kind(of[0]) in ("State", "Organization"):
            facts.append(LeadFact(who.ids[0], of[0], masked.orig(match.start()), masked.orig(match.end(), at_end=True)))
    for match in (PLURAL_LEADERS_NAMED.finditer(text) if " leaders, «" in text or " rulers, «" in text else ()):
        of = masked.mention(match.group("of"))
        if _kind_ok(ctx, of, ("State",)):
            for slot in filter(None, (match.group("a"), match.group("b"))):
                facts.extend(LeadFact(who, of.ids[0], masked.orig(match.start()), masked.orig(match.end(), at_end=True))
                             for who in masked.mention(slot).ids if ctx.state_of_leader(who) == of.ids[0])
    for match in (LEADERS_STATE.finditer(text) if "»'s «" in text or "»’s «" in text else ()):
        who, of = masked.mention(match.group("lid")), masked.mention(match.group("of"))
        if free(match) and _kind_ok(ctx, who, ("Leader",)) and _kind_ok(ctx, of, ("State",)) \
                and ctx.state_of_leader(who.ids[0]) == of.ids[0]:
            replace(match, of.ids, "name")
    for pattern in (SAME_ACTOR if "» («" in text or "»'s «" in text or "»’s «" in text else ()):
        for match in pattern.finditer(text):
            same = {masked.mention(i).ids for i in match.groups()}
            if free(match) and len(same) == 1:
                replace(match, same.pop(), "name")
    organs = [*ORGAN.finditer(text), *(PEOPLE_OF_STATE.finditer(text) if "»'s " in text or "»’s " in text else ())]
    # a clause's subject that speaks for a state: its minister or envoy, or officials in its capital
    speakers = [*(MINISTER_SUBJECT.finditer(text) if "inister" in text or "envoy" in text or "mbassador" in text or "delegate" in text
                  or "epresentative" in text or "ecretary" in text else ()),
                *(match for match in (OFFICIALS_IN.finditer(text) if " in «" in text and ("fficials" in text or "pokesm" in text) else ())
                  if masked.mention(match.group("of")).form == "capital")]
    for match in speakers:
        of = masked.mention(match.group("of"))
        if _kind_ok(ctx, of, ("State",)) and free(match):
            replace(match, of.ids, "organ", match.start("m"))
    if "inistry of" in text or "epartment of" in text:
        organs += ORGAN_OF.finditer(text)
    for match in (GOVERNMENT_OF.finditer(text) if "dministration of " in text or "overnment of " in text
                  or "office of " in text else ()):
        # (the leader's own words may already be taken by his title: "the administration of U.S. President X")
        of = masked.mention(match.group("of"))
        if match.group("body") is None:  # "the office of X"
            ids, form = (of.ids, "leader") if _kind_ok(ctx, of, ("Leader",)) else ((), "")
        else:
            state = of.ids[0] if _kind_ok(ctx, of, ("State",)) else \
                ctx.state_of_leader(of.ids[0]) if _kind_ok(ctx, of, ("Leader",)) else None
            ids, form = ((state,), "organ") if state else ((), "")
        if ids and not any(s < match.end("head") and match.start() < e for s, e in taken):
            replace(match, ids, form)
    if "»'s «" in text or "»’s «" in text or " to «" in text or " to the «" in text:
        organs += MISSION.finditer(text)
    for match in organs:
        groups = match.groupdict()
        of = masked.mention(groups.get("of") or groups["of2"])
        if free(match) and _kind_ok(ctx, of, ("State",)):
            replace(match, of.ids, "organ")
            if MILITARY_ORGAN.search(match.group()):
                ctx.junta_state = of.ids[0]  # "Myanmar's military … the junta": the state whose army rules
        elif free(match) and _kind_ok(ctx, of, ("Leader",)) and (state := ctx.state_once_led(of.ids[0])):
            # "Maduro's government" is Venezuela's, and so is "President Donald Trump's administration"
            title = TITLE_ENDING.search(text, 0, match.start())
            placed = IN_STATE_AFTER.match(text, match.end())
            if placed and masked.mention(placed.group(1)).ids == (state,) and not title:
                # "Leon Blum's government in France": the government placed in his state, he heads it
                facts.append(LeadFact(of.ids[0], state, masked.orig(match.start()), masked.orig(placed.end(), at_end=True)))
            new = replace(match, (state,), "organ", title.start() if title else None)
            # ("President Nicolas Maduro's government" in a sentence naming Venezuela: he heads it)
            head = _titled_head_of(ctx, of.ids[0], title.group().strip(), masked) if title else None
            if head is not None and head[1] == of.ids[0] and not FORMER_BEFORE.search(masked.text, 0, title.start()):
                facts.append(LeadFact(head[1], head[0], new.start, new.end))
    # an organisation's own body, and a body's own document ("NATO's new strategic concept names China …",
    # "China's defence white paper calls …"), speak for it
    for pattern, kinds in ((ORG_ORGAN, ("Organization",)), (POLICY_DOCUMENT, ("Organization", "State"))) if "»'s " in text or "»’s " in text else ():
        for match in pattern.finditer(text):
            of = masked.mention(match.group("of") or match.groupdict()["of2"])
            if free(match) and _kind_ok(ctx, of, kinds):
                replace(match, of.ids, "organ")
    for match in (INTRO_TITLE_NAME.finditer(text) if titled else ()):
        # (a lower-case title only before a name the dictionary knows: "dictator Vladimir Putin")
        if free(match) and (match.group("title")[0].isupper() or match.group("title") in COUNTERPART_TITLES
                            or match.group("lid") is not None):
            who = leader_id(match)
            if who is None:
                continue
            # "President Nicolás Maduro", his state named in the same sentence: the dictionary's head of it
            head = _titled_head_of(ctx, who, match.group("title"), masked)
            spoken = SAID_OWN_STATE.match(masked.text, match.end()) if who in ctx.new_entities and is_head_title(match.group("title")) else None
            if head is not None and not FORMER_BEFORE.search(masked.text, 0, match.start()):
                lead(match, head[1], head[0])
            elif spoken and _kind_ok(ctx, masked.mention(spoken.group(1)), ("State",)) and not FORMER_BEFORE.search(masked.text, 0, match.start()):
                lead(match, who, masked.mention(spoken.group(1)).ids[0])
            elif not FORMER_BEFORE.search(masked.text, 0, match.start()):
                replace(match, (_sitting_head(ctx, who, match.group("title")) or who,), "leader")
            else:
                replace(match, (who,), "leader")
    roles = [*ROLE_REFERENCE.finditer(text), *(ROLE_OF.finditer(text) if of_actor else ())] if titled else []
    for match in roles:
        of = masked.mention(match.group("of") if match.group("of") is not None else match.group("of2"))
        if free(match) and _kind_ok(ctx, of, ("State", "Organization")) and not AS_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            # (not "recognised Guaido as Venezuela's interim president": after "as", a role is said of someone, not named)
            who = ctx.leader_of(of.ids[0], _office(match.group("title")))
            if who is not None and is_head_title(match.group("title")) and \
                    (match.groupdict().get("first") is None or any(who in m.ids for m in masked.mentions)):
                replace(match, (who,), "coref")
    for match in (UNNAMED_COUNTERPART.finditer(masked.text) if any(word in text for word in COUNTERPART_TITLES) else ()):
        of = masked.mention(match.group("of"))
        if free(match) and _kind_ok(ctx, of, ("State",)) and _head_before(masked, ctx, match.start()):
            who = ctx.leader_of(of.ids[0])
            if who is not None:
                replace(match, (who,), "coref")
    for match in (UNNAMED_COUNTERPARTS.finditer(masked.text) if "counterparts" in text or "colleagues" in text else ()):
        states = [masked.mention(match.group(g)) for g in "abc" if match.group(g) is not None]
        if free(match) and all(_kind_ok(ctx, of, ("State",)) for of in states) and _head_before(masked, ctx, match.start()):
            heads = tuple(who for of in states if (who := ctx.leader_of(of.ids[0])) is not None)
            if len(heads) == len(states):
                replace(match, heads, "coref")
    for match in TWO_LEADERS.finditer(masked.text):
        # the last two leaders named together or meeting, while both are among the last three named
        # ("Erdogan met Sisi … Sisi ousted Morsi … the two leaders criticised"); else the last two named
        recent = list(ctx.recent_leaders)
        before = masked.orig(match.start())
        for m in sorted(mentions, key=lambda m: m.start):  # ("Lee hosted Trump in Gyeongju, where the two leaders …": named in this sentence)
            if m.end <= before and m.form != "coref" and len(m.ids) == 1 and ctx.kind(m.ids[0]) == "Leader":
                recent = [p for p in recent if p != m.ids[0]] + [m.ids[0]]
        if match.group().endswith("presidents"):  # ("the two presidents" after a chancellor is named: not him)
            presidents = [p for p in recent if any(role.office == "president" and role.active_on(ctx.day)
                                                   for role in ctx.gaz.roles_of("leader", p))]
            recent = presidents if len(presidents) >= 2 else recent
        pair = ctx.leader_pair if ctx.leader_pair and set(ctx.leader_pair) <= set(recent[-3:]) else tuple(recent[-2:])
        if len(pair) == 2:
            start, end = masked.orig(match.start()), masked.orig(match.end(), at_end=True)
            mentions.append(Mention(start, end, pair, "coref"))
            for them in THEM.finditer(masked.text, match.end()):  # "both leaders had agreed … and praised them": the same two
                start, end = masked.orig(them.start("ref")), masked.orig(them.end("ref"), at_end=True)
                mentions.append(Mention(start, end, pair, "coref"))
    for match in ORG_GOVERNMENT.finditer(masked.text) if " government" in masked.text or " administration" in masked.text else ():
        state = masked.mention(match.group("state") or match.group("state2") or match.group("org"))
        org = masked.mention(match.group("org"))
        if (match.group("state") or match.group("state2")) and _kind_ok(ctx, state, ("State",)) and \
                _kind_ok(ctx, org, ("Organization",)):
            replace(match, state.ids, "coref")
    for match in REGIME.finditer(masked.text):
        if (leader := match.group("of3") or match.group("of4")) is not None and ctx.kind(masked.mention(leader).ids[0]) != "Leader":
            continue  # "Iran's government" is the state's own mention already ("the government of Iran" too)
        inner = masked.mention(match.group("of") or match.group("of2") or leader)
        if len(inner.ids) != 1:
            continue
        state = inner.ids[0] if ctx.kind(inner.ids[0]) == "State" else ctx.state_of_leader(inner.ids[0])
        if state:
            ctx.regime_state = state
            # ("Prime Minister Pedro Sanchez's government": the title goes with the government)
            # (and so does an honorific: "General Sikorski's government")
            title = (TITLE_ENDING.search(masked.text, 0, match.start()) or HONORIFIC_BEFORE.search(masked.text, max(0, match.start() - 24), match.start())) \
                if state != inner.ids[0] else None
            replace(match, (state,), "coref", title.start() if title else None)
    for match in BARE_REGIME.finditer(masked.text):
        state = ctx.regime_state or (ctx.junta_state if match.group().endswith("junta") else None)
        if free(match) and state:
            start, end = masked.orig(match.start()), masked.orig(match.end(), at_end=True)
            if not any(m.start < end and start < m.end for m in mentions):
                mentions.append(Mention(start, end, (state,), "coref"))
    _resolve_its(masked, mentions, ctx)
    _resolve_he(masked, mentions, ctx)
    # "Mr Putin": the honorific belongs to the person's mention
    for i, mention in enumerate(mentions):
        if len(mention.ids) != 1 or ctx.kind(mention.ids[0]) != "Leader":
            continue
        before = HONORIFIC_BEFORE.search(masked.article, max(masked.start, mention.start - 24), mention.start)
        if before:
            mentions[i] = Mention(before.start(), mention.end, mention.ids, mention.form)
    for mention in sorted(mentions, key=lambda m: m.start):
        for entity_id in mention.ids:
            if ctx.kind(entity_id) == "Leader" and mention.form != "coref":
                ctx.remember(ctx.recent_leaders, entity_id)
    people = {i for m in mentions for i in m.ids if ctx.kind(i) == "Leader"}
    ctx.sole_person = (ctx.sentence_no, people.pop()) if len(people) == 1 else None
    return mentions, facts


def _plural_heads(masked: Masked, ctx: ArticleContext, plural: re.Match, free: Callable[[re.Match], bool],
                  lead: Callable[[re.Match, str, str], None], leader_id: Callable[[re.Match], str | None]) -> None:
    """"Presidents Felix Tshisekedi of DR Congo and Paul Kagame of Rwanda": each named head leads his state."""
    pos = plural.end()
    while (match := PERSON_OF.match(masked.text, pos)) is not None:
        of = masked.mention(match.group("of"))
        who = leader_id(match) if free(match) and _kind_ok(ctx, of, ("State", "Organization")) else None
        if who is not None:
            lead(match, who, of.ids[0])
        after = LIST_SEPARATOR.match(masked.text, match.end())
        if after is None:
            break
        pos = after.end()


def _aide(text: str, match: re.Match) -> bool:
    """"aide to the President of the Russian Federation Vladimir Medinsky": after "aide to", a title
    complete in itself ("of" a state, or set off by a comma) is someone else's, and the name the aide's."""
    return bool(AIDE_OF.search(text, 0, match.start())) and TITLE_COMPLETE.match(text, match.end("title")) is not None


def _respective_heads(masked: Masked, ctx: ArticleContext, pair: re.Match, free: Callable[[re.Match], bool],
                      lead: Callable[[re.Match, str, str], None], leader_id: Callable[[re.Match], str | None]) -> None:
    """"the prime ministers of A and B, X and Y": X leads A and Y leads B."""
    first = PERSON.match(masked.text, pair.end())
    joint = LIST_SEPARATOR.match(masked.text, first.end()) if first else None
    second = PERSON.match(masked.text, joint.end()) if joint else None
    if second is None:
        return
    for person, of_index in ((first, pair.group("a")), (second, pair.group("b"))):
        of = masked.mention(of_index)
        who = leader_id(person) if free(person) and _kind_ok(ctx, of, ("State",)) else None
        if who is not None:
            lead(person, who, of.ids[0])


def _plural_ministers(masked: Masked, ctx: ArticleContext, plural: re.Match, free: Callable[[re.Match], bool],
                      replace: Callable[..., Mention], leader_id: Callable[[re.Match], str | None]) -> None:
    """"Israel's ministers A and B": two or more people named after a plural title, each serving the state."""
    of = masked.mention(plural.group("of"))
    if not _kind_ok(ctx, of, ("State",)):
        return
    people, pos = [], plural.end()
    while (person := PERSON.match(masked.text, pos)) is not None:
        people.append(person)
        after = LIST_SEPARATOR.match(masked.text, person.end())
        if after is None:
            break
        pos = after.end()
    if len(people) < 2:
        return  # (one name after a plural is no list of them)
    if not all(free(person) for person in people):
        return
    named = [leader_id(person) for person in people]
    if None in named:
        return
    for who in named:
        ctx.serves.setdefault(who, of.ids[0])
    # one mention for the title and its names: "sanctions on «Israel's ministers A and B»" target the two
    replace(people[-1], tuple(dict.fromkeys(named)), "group", from_pos=plural.start())


def _headline(sentence: str) -> bool:
    """A title-case line with no closing stop, where capitals say nothing about names."""
    words = HEADLINE_WORD.findall(sentence)
    if len(words) < 4 or sentence.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    lower = [word for word in words if not word[0].isupper()]
    # "… Marape signed the Pukpuk treaty at Parliament House": two lower-case content words make it a sentence
    return len(lower) <= 0.25 * len(words) and sum(word not in HEADLINE_LOWER for word in lower) <= 1


def opens_with_last_person(text: str, start: int, ctx: ArticleContext) -> bool:
    """Whether the sentence at `start` opens with "He" or "She" right after a sentence naming one person,
    who is then its subject (a sentence naming no one else is read for that)."""
    return ctx.sole_person is not None and ctx.sole_person[0] == ctx.sentence_no - 1 and \
        OPENING_PRONOUN.match(text, start) is not None


def _resolve_he(masked: Masked, mentions: list[Mention], ctx: ArticleContext) -> None:
    """"Putin lauded the partnership, as he welcomed Li Qiang": a "he" or "she" that is the subject of a
    later clause is the sentence's one person named before it (with two, or none, it stays unresolved).
    Opening a sentence, it is the one person the sentence before named."""
    if opens_with_last_person(masked.article, masked.start, ctx):
        pronoun = OPENING_PRONOUN.match(masked.article, masked.start)
        start, end = pronoun.start("he"), pronoun.end("he")
        if not any(m.start < end and start < m.end for m in mentions):
            mentions.append(Mention(start, end, (ctx.sole_person[1],), "coref"))
    if " him" in masked.text or " her" in masked.text:
        _resolve_him(masked, mentions, ctx)
    if " he " not in masked.text and " she " not in masked.text:
        return
    for match in SUBJECT_PRONOUN.finditer(masked.text):
        start, end = masked.orig(match.start()), masked.orig(match.end(), at_end=True)
        people = {m.ids[0] for m in mentions if m.end <= start and _kind_ok(ctx, m, ("Leader",))}
        if len(people) == 1 and not any(m.start < end and start < m.end for m in mentions):
            mentions.append(Mention(start, end, (people.pop(),), "coref"))


def _resolve_him(masked: Masked, mentions: list[Mention], ctx: ArticleContext) -> None:
    """"Shara held up a photograph of a young Shamir and called him a terrorist": an object "him" is the one
    person the sentence named before it other than its subject and the verb's, or, when it names no other,
    the one person of the sentence before (with two, it stays unresolved)."""
    for match in OBJECT_PRONOUN.finditer(masked.text):
        start, end = masked.orig(match.start("him")), masked.orig(match.end("him"), at_end=True)
        before = sorted((m for m in mentions if m.end <= start and _kind_ok(ctx, m, ("Leader",))), key=lambda m: m.start)
        first = min(mentions, key=lambda m: m.start)  # the sentence's subject, when a mention opens it
        subject = first.ids[0] if OPENING_ARTICLE.fullmatch(masked.article, masked.start, first.start) else None
        verb = masked.orig(match.start())  # ("where Orban welcomed him": the verb's own subject is not its object)
        clause = {m.ids[0] for m in before if re.fullmatch(r"\s+(?:\w+ly\s+)?", masked.article[m.end:verb])}
        people = {m.ids[0] for m in before} - {subject} - clause
        if not people:  # ("Chancellor Kohl received him", "President Carter telephoned her": the one person of the sentence before)
            last = ctx.sole_person
            people = {last[1]} - {subject} - clause if last is not None and last[0] == ctx.sentence_no - 1 else set()
        if len(people) == 1 and not any(m.start < end and start < m.end for m in mentions):
            mentions.append(Mention(start, end, (people.pop(),), "coref"))


def _last_mention(masked: Masked, ctx: ArticleContext, start: int, kinds: tuple[str, ...] | None = None) -> Mention | None:
    """The last actor the sentence names before `start` (of one of `kinds`, when given), if any."""
    found = None
    for slot in re.finditer(r"«(\d+)»", masked.text[:start]):
        mention = masked.mention(slot.group(1))
        if kinds is None or _kind_ok(ctx, mention, kinds):
            found = mention
    return found


def _resolve_its(masked: Masked, mentions: list[Mention], ctx: ArticleContext) -> None:
    """"its" -> the nearest single state before it in the sentence (else organisation) that is not
    the object of "from/with/against" (those are rarely what "its" points back to): in "Russia
    vetoed a Security Council resolution condemning its annexation", "its" is Russia's."""
    for match in _its_matches(masked.text):
        if masked.text.endswith("», ", 0, match.start()) and RELATION_AFTER.match(masked.text, match.end()):
            continue  # "Baku has grown closer to Turkey, its main military ally": left for the apposition's patterns
        antecedent = _its_antecedent(masked, ctx, match.start(), match.end())
        if antecedent is not None:
            start, end = masked.orig(match.start()), masked.orig(match.end(), at_end=True)
            mentions.append(Mention(start, end, antecedent.ids, "coref"))


# every ITS match starts at the word "its": found by its letters first (ITS leads with "\\b" and
# lookbehinds, which the engine tries at every position of the sentence)
ITS_WORD = re.compile(r"its\b")


def _its_matches(text: str) -> Iterator[re.Match]:
    for word in ITS_WORD.finditer(text):
        if (match := ITS.match(text, word.start())) is not None:
            yield match


# one of a pair ("France and Spain condemned its offensive"): a plural, which "its" does not point back to
PAIRED_BEFORE = re.compile(r"«\d+»,?\s+(?:and|or)\s+(?:the\s+)?$")
PAIRED_AFTER = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?«\d+»")
OWNER_BEFORE = re.compile(r"«\d+»['’]s\s+$")  # "«Russia»'s «Wagner»": the organisation named after its owner
LEADING_ACTOR = re.compile(r"\A[\s“\"‘']*(?:[Tt]he\s+)?«(\d+)»\s")
IT_SUBJECT_BEFORE = re.compile(r"\bit\s+(?:(?:\w+ly|also|still|has|had|have)\s+)?[a-z]+\s+$")
# "Peking has backed Pakistan, and its radio calls India the aggressor": an "its" opening the next clause is the subject's
ITS_OPENS_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+$")
# "Iran fired missiles at a base in Qatar in retaliation for US strikes on its nuclear sites": the retaliator's
RETALIATION_FOR_ITS = re.compile(r"\bin\s+(?:retaliation|response|revenge)\s+(?:for|to)\s+(?:the\s+)?(?:«\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:on|against)\s+$")


def _its_antecedent(masked: Masked, ctx: ArticleContext, start: int, end: int) -> Mention | None:
    """The actor an "its" at masked.text[start:end] points back to (see `_resolve_its`)."""
    if (IT_SUBJECT_BEFORE.search(masked.text, max(0, start - 40), start) or RETALIATION_FOR_ITS.search(masked.text, max(0, start - 60), start)
            or ITS_OPENS_CLAUSE.search(masked.text, max(0, start - 12), start)) \
            and (lead := LEADING_ACTOR.match(masked.text)):
        subject = masked.mention(lead.group(1))  # "Britain has troops in Cyprus, though it withdrew its last soldiers": "it", and
        if _kind_ok(ctx, subject, ("State", "Organization")):  # so "its", is the subject leading the sentence, not Cyprus
            return subject
    reason = OVER_ITS.search(masked.text, 0, start)
    if reason and _kind_ok(ctx, masked.mention(reason.group(1)), ("State", "Organization")):
        return masked.mention(reason.group(1))  # "cut ties with the UAE over its support for the RSF"
    antecedent, state, named, owned_by_named = None, None, None, False
    for slot in re.finditer(r"«(\d+)»", masked.text[:start]):
        mention = masked.mention(slot.group(1))
        if _kind_ok(ctx, mention, ("State", "Organization", "Bloc")) and \
                not NOT_ANTECEDENT.search(masked.text, 0, slot.start()) and \
                not STRIKER_OF_ITS.fullmatch(masked.text, slot.end(), start) and \
                not (IN_RELATIVE.search(masked.text, 0, slot.start()) and "," in masked.text[slot.end():start]) and \
                not PAIRED_BEFORE.search(masked.text, 0, slot.start()) and not PAIRED_AFTER.match(masked.text, slot.end()):
            antecedent = mention
            owned_by_named = named is not None and ctx.kind(mention.ids[0]) == "Organization" and \
                OWNER_BEFORE.search(masked.text, 0, slot.start()) is not None
            if ctx.kind(mention.ids[0]) == "State":
                state = mention
                if mention.form != "demonym":  # "Iranian drones used in its war": not Iran's
                    named = mention
    if named is None and state is not None and state.form == "demonym" and antecedent is not state:
        return antecedent  # "the Russian company Wagner ... its presence": the company's, named after the adjective
    if owned_by_named:
        return antecedent  # "Russia's Wagner group has expanded its presence": the group's, its owner named before it
    antecedent = named or state or antecedent
    later = CATAPHORA.match(masked.text, end) if antecedent is None else None
    if later and _kind_ok(ctx, masked.mention(later.group(1)), ("State",)):
        antecedent = masked.mention(later.group(1))
    return antecedent
