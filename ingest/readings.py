"""The readings of a masked sentence the patterns are tried on: the sentence itself, the same without its
asides, and the same with its parts put in the order the patterns expect ("Among the countries that
have sent troops to X are A and B" read as "A and B have sent troops to X"). Each reading comes with
a map from its positions back to the masked text and the masked spans it leaves out."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain
from typing import Callable

from ingest.literals import anchored
from ingest.masking import Masked
from ingest.patterns import BECOMING, FIRST_ORDINAL, FIRST_TO, FIRST_TO_ORDINALS, OFFICE_GIVEN

Reading = tuple[str, Callable[[int], int], list[tuple[int, int]]]


# "Turkey, a NATO member, bought …", "Iran, which denies it, has sent …": an aside between an actor
# and its verb; the sentence is read a second time without it
ASIDE = anchored(re.compile(r"(?:(?<=»)|(?<=»\))|(?<=» nations)|(?<=» countries)|(?<=» states)|(?<=» members)|(?<=» officials)|(?<=» leaders)|(?<=» diplomats)|(?<=» ministers)|(?<=» foreign ministers)|(?<=» delegation)|(?<=» troops)|(?<=» militia)|(?<=» rebels)|(?<=» forces)|(?<=» soldiers)|(?<=» army)|(?<=» federal army)|(?<=» military)),\s+(?:which|who|whom|whose(?!\s+«\d+»,)|a|an|the|its|two|three|both|now|then|once|long|already|itself|being|meeting|gathered|speaking|writing|addressing|talking|leading|heading|left|right|center|centre|like|unlike|as|along with|together with|including|(?:represented|led|headed|accompanied|flanked|backed|supported|funded|financed|armed|sponsored|dominated|controlled|commanded) by|invited\s+as|(?:\w+ly\s+|better\s+|best\s+)?(?:seen|known|described|regarded|considered|viewed)\s+as|[A-Z][\w-]*(?:'s|’s)|«\d+»(?:'s|’s)|«\d+»\s+to(?=\s+(?:visit|travel|meet|address|set\s+foot)\b)|(?:more|less|much|far|[a-z]+er)\s+(?:[a-z]+\s+)?than|(?:locked|mired|embroiled|caught|engaged|entangled|angered|alarmed|stung|emboldened)\s+(?:in|by|over|with)|under|home\s+to|(?:on|during)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)|and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:allies|proxies|partners|backers|clients))\b(?:[^«»;.,]|(?<=\d),(?=\d{3})){0,80}?"
                   r"(?:«\d+»[^«»;.,]{0,60}?){0,2},\s+(?=[a-z])"))


# "Bush said in his State of the Union address on Tuesday that Iran …", "said by radio that": where, when
# or how a speaker spoke, between the verb of saying and what was said
SAID_WHERE = re.compile(r"\b(?:said|says|declared|stated|warned|insisted|argued)(?P<cut>\s+(?:(?:in|during|at)\s+(?:a|an|his|her|its|their|the)\s+[^«»;.,:]{3,60}?|"
                        r"(?:by|on|over)\s+(?:the\s+)?(?:radio|television|telephone|phone|video\s+link)(?:\s+(?:on|last|this)\s+\w+)?))(?=\s+that\s)")


# "Leaders of the G7 agreed at their summit in southern Italy to lend Ukraine $50 billion": where the deciders
# met, between them and their verb
VENUE_PHRASE = re.compile(r"(?<=[a-z])\s+(?:at|during)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|conference|gathering)\s+in\s+(?:the\s+)?"
                          r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?«\d+»(?=\s+(?:on\s+\w+day\s+)?(?:to|and)\s)")


# an office given, opening an aside after its holder's name ("Kohl, elected chancellor on Friday …,")
_GIVEN_OFFICE = r"(?:newly\s+|recently\s+)?(?:re-elected|" + OFFICE_GIVEN + r")"
# "China, which has funded roads, a sports stadium and the prime minister's office in Port Vila, is
# Vanuatu's largest creditor": a relative aside holding a list, up to the comma before the main verb
# ("Kishida, who is touring G7 countries before Japan hosts the summit, met Macron": before a past verb too;
# "Kohl, elected chancellor on Friday after the Free Democrats deserted Schmidt, flew to Paris": an office's aside)
LISTING_ASIDE = re.compile(r"(?<=»),\s+(?:(?:which|who)\s+(?:has|have|had|is|are|was|were|(?:\w+ly\s+|also\s+)?[a-z]+(?:s|ed))|" + _GIVEN_OFFICE + r")\s+"
                           r"(?:[^«»;.]|«\d+»|\.(?=\d)){0,120}?,\s+"
                           r"(?=(?:is|was|are|were|has|have|had|remains|remained|became|met|held|told|said|signed|spoke|flew|went|began|took|(?:also\s+)?[a-z]{3,}ed)\s)")
ASIDE_CUE = re.compile(r",\s+(?:which|who|" + _GIVEN_OFFICE + r")\s")


# "Among the countries that have sent troops to Congo are Burundi and South Africa": the subject named last
AMONG = re.compile(r"\s*(?:Among\s+(?:the\s+)?(?:[\w-]+\s+)?(?:countries|nations|states|governments|members|leaders|those)\s+(?:(?:that|which|who)\s+|(?=[a-z]+ing\s))"
                   r"(?P<clause>[^;«»]*?(?:«\d+»[^;«»]*?)*)\s+(?:are|were|have\s+been|include|included)\s+(?P<subj>(?:the\s+)?«\d+»)\s*[.;]?[\s”\"]*$|"
                   # "Of the countries that have sent troops to Lebanon's UN force, Italy and Indonesia contribute the most"
                   r"Of\s+the\s+(?:[\w-]+\s+)?(?:countries|nations|states|governments|members)\s+(?:that|which|who)\s+(?P<clause2>[^;,«»]*?(?:«\d+»[^;,«»]*?)*),\s+(?P<subj2>«\d+»)\s+(?=[a-z]))")

# "Several African governments, including Ghana and Guinea, protested to Brussels", "About 70 world leaders, among them Trump
# and Putin, gathered in Paris": the members named are the subject
INCLUDING_SUBJECT = re.compile(r"[\s“\"]*(?:[A-Z][\w-]*\s+)?(?:«\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:countries|nations|states|governments|members|allies|powers|neighbou?rs|leaders|heads\s+of\s+state)\s*,\s+"
                               r"(?:including|among\s+them|notably|such\s+as)\s+(?P<subj>(?:the\s+)?«\d+»(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?«\d+»)*)\s*,\s+(?=[a-z])")

# "Having signed a defence pact with Pakistan in September, Saudi Arabia …": the participle's subject follows it
HAVING = re.compile(r"[\s“\"]*Having\s+(?P<clause>(?:[^,;«»]|«\d+»)+?),\s+(?P<subj>(?:the\s+)?«\d+»)\s+(?=[a-z])")
# "Indonesia attended as a full member, having joined the bloc in January": the postposed perfect participle is the subject's
HAVING_AFTER = re.compile(r"[\s“\"]*(?P<subj>(?:the\s+)?«\d+»)\s[^;«»]*?,\s+having\s+(?:already\s+|also\s+)?(?P<clause>(?:been|[a-z]+(?:ed|en|t|n|d)|won|sold|bought|fought|met|held|struck|hit|led|paid|begun|taken|become)\b[^;]*)")
# "After years of buying American weapons, Saudi Arabia …": the gerund's subject follows it
FRONTED_GERUND = re.compile(r"[\s“\"]*(?:After|Despite|Before|Besides)\s+(?:(?:years|decades|months)\s+of\s+)?(?P<clause>[a-z]+ing\s+(?:[^,;«»]|«\d+»)+?),\s+(?P<subj>(?:the\s+)?«\d+»)\s+(?=[a-z])")
# "Trump said the US would add sanctions, after speaking by phone with Xi": a trailing gerund clause is the
# opening subject's
TRAILING_GERUND = re.compile(r"[\s“\"]*(?P<subj>(?:the\s+)?«\d+»)\s+(?=[a-z])(?:[^;«»]|«\d+»){0,160}?,\s+(?:after|before|while|when)\s+(?P<clause>[a-z]+ing\s+(?:[^,;«»]|«\d+»)+?)\s*(?=[,.;]|$)")
# "Sanctioning Russian banks, the EU has also targeted …": a bare fronted gerund is the subject's (not "During", "Following", …)
BARE_GERUND = re.compile(r"[\s“\"]*(?!(?:During|Following|Including|According|Regarding|Considering|Concerning|Excluding|Barring|Pending|Notwithstanding|Nothing|Something|Everything|Morning|Evening)\b)"
                         r"(?P<clause>(?-i:[A-Z])[a-z]+ing\s+(?:[^,;«»]|«\d+»)+?),\s+(?P<subj>(?:the\s+)?«\d+»)\s+(?=[a-z])")
# "Armed and funded by Iran, Hezbollah fought Israel": the fronted participle is the subject's
FRONTED_PASSIVE = re.compile(r"[\s“\"]*(?P<clause>(?:Armed|Backed|Funded|Supported|Supplied|Equipped|Sanctioned|Trained|Financed|Targeted|Struck|Bombed|Attacked|Hit)(?:,?\s+(?:and\s+)?(?:armed|backed|funded|supported|supplied|equipped|trained|financed))*"
                             r"\s+by\s+(?:the\s+)?«\d+»(?:\s+(?:strikes|airstrikes|missiles|drones|bombers|jets|forces|troops|attacks|sanctions))?)(?:\s+(?:since|for|in|from|during|over|after|until)\s+[^«»,;.]{1,30}?)?\s*,\s+(?P<subj>(?:the\s+)?«\d+»(?:['’]s\s+(?:[\w-]+\s+)?(?:sites|facilities|bases|cities|ports|airports|infrastructure|refineries|positions|capital|territory|plants))?)\s+(?=[a-z])")
# "The troops that Pyongyang sent to Russia …", "The treaty that Moscow and Pyongyang signed in June …": the
# relative clause's object is the head noun
OBJECT_RELATIVE = re.compile(r"[\s“\"]*(?P<head>(?:The|A|An)\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|forces|weapons|arms|missiles|drones|jets|tanks|shells|ammunition|aid|sanctions|"
                             r"treaty|pact|agreement|deal|accord|alliance|partnership|package|strikes|attacks|invasion|war|talks|summit|meeting|visit|exercises|drills))\s+"
                             r"(?:that|which)\s+(?P<subj>«\d+»)\s+(?P<verb>(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?[a-z]+)\b")
SCARE_QUOTE = re.compile(r"(?<=\s)(['‘“\"])(?=\w)|(?<=\w)['’”\"](?=[\s,.;:])")
# "India buys oil from Russia and weapons from France": the second object and its source, the verb left out
SECOND_SOURCE = re.compile(r"\b(?:buys?|bought|buying|imports?|imported|importing|receives?|received|receiving|gets?|got|sources?|sourced|purchases?|purchased)\s+"
                           r"(?P<first>[^«»;,]{1,40}?\s+from\s+(?:the\s+)?«\d+»\s+and\s+)(?=[^«»;,]{1,40}?\s+from\s+(?:the\s+)?«\d+»)")
# "buying more weapons from India than from Russia": both sell, the second read alone
SECOND_THAN = re.compile(r"\b(?:buys?|bought|buying|imports?|imported|importing|receives?|received|receiving|gets?|got|sources?|sourced|purchases?|purchased)\s+"
                         r"(?:more|fewer|less|far\s+more)\s+[^«»;,]{0,40}?(?P<first>from\s+(?:the\s+)?«\d+»\s+than\s+)(?=from\s+(?:the\s+)?«\d+»)")
# "backs the Kurdish-led SDF": a modifier naming no actor, between an article and an actor; "joined the
# China-led Asian Infrastructure Investment Bank": the leader named in the modifier, read a second time without it
# "Vietnamese forces loyal to Ho Chi Minh attacked …": the demonym's forces, whoever they are loyal to
LOYAL_MODIFIER = re.compile(r"(?<=»\s)(?:troops|forces|soldiers|units|fighters|guerrillas|militias?)(?P<cut>\s+(?:still\s+)?loyal\s+to\s+(?:the\s+)?«\d+»)(?=\s)")
LED_BY_MODIFIER = re.compile(r"(?<=\bthe )(?:(?-i:[A-Z])[a-z]+|«\d+»)-(?:led|dominated|run|controlled)\s+(?=«)")
# "the German army in Bulgaria opened an attack on …", "Russian troops in Belarus fired …", "Italian troops under
# Marshal Badoglio entered …": where a state's forces stand or who leads them, between them and their verb, read a
# second time without it (the first reading keeps where they stand)
STANDING_IN = re.compile(r"(?<=»)(?P<forces>\s+(?:army|armies|troops|forces|soldiers|units|divisions|fleet|navy|air\s+force|aircraft|warplanes|artillery))?"
                         r"(?P<cut>\s+(?:in|from|based\s+in|stationed\s+in|under(?:\s+the\s+command\s+of)?)\s+(?:the\s+)?«\d+»)(?=\s+(?:(?:had|have|has)\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|t)\s)")
SLOT_BEFORE = re.compile(r"«(\d+)»\Z")
# "depends on Russia for most of its fuel and on China for the bulk of its exports": the second "on", read alone
SECOND_ON = re.compile(r"\b(?:depends?|depended|depending|relies|rely|relied|relying|dependent|reliant|dependence|reliance)\s+(?:\w+ly\s+)?on\s+"
                       r"(?P<first>(?:the\s+)?«\d+»\s+for\s+[^«»;,]{1,50}?\s+and\s+on\s+)(?=(?:the\s+)?«\d+»\s+for\s)")
# "signed a similar deal with Australia in 2007 and with New Zealand this year": the second "with", read alone
SECOND_WITH = re.compile(r"\bwith\s+(?P<first>(?:the\s+)?«\d+»[^«»;,]{0,30}?\s+and\s+(?:also\s+)?with\s+)(?=(?:the\s+)?«\d+»)")
# "a member of NATO and of the European Union": the second body, read alone
SECOND_OF = re.compile(r"\b(?:member|members|part)\s+of\s+(?P<first>(?:the\s+)?«\d+»\s+and\s+(?:also\s+)?of\s+)(?=(?:the\s+)?«\d+»)")
# "has bought Chinese air defence systems and French Rafale jets", "is equipped with Soviet tanks and French jets": the second object, read alone
SECOND_MADE = re.compile(r"\b(?:bought|buys?|buying|purchased|purchases?|ordered|orders?|imported|imports?|uses?|used|using|operates?|operated|flies|flew|fields?|fielded|received|receives?|acquired|acquires?|(?:equipped|armed)\s+(?:\w+ly\s+)?with)\s+"
                         r"(?P<first>(?:the\s+)?«\d+»(?:-[a-z]+)?\s+(?:[\w-]+\s+){1,4}?(?:and|as\s+well\s+as)\s+)(?=(?:the\s+)?«\d+»(?:-[a-z]+)?\s+[\w-])")
# "struck a plant in Khartoum and training camps in eastern Afghanistan": the second target and its place, read alone
SECOND_STRUCK = re.compile(r"\b(?:struck|strikes?|hit|hits|bombed|bombs?|targeted|targets?|attacked|attacks?|pounded|shelled|raided)\s+"
                           r"(?P<first>(?:[^«»;,]{1,50}?\s)?(?:in|near|outside|across)\s+(?:the\s+)?«\d+»\s+and\s+)(?=(?:[\w-]+\s+){0,4}?(?:in|near|outside|across)\s)")
# "troops backed by Cuban soldiers and Soviet advisers": the second backer and its men, read alone
_MEN = r"(?:soldiers|troops|forces|advis[eo]rs|instructors|warplanes|jets|drones|mercenaries|fighters|paratroopers|pilots|special\s+forces)"
SECOND_BACKER = re.compile(r"\b(?:backed|supported|aided|assisted|helped|reinforced)\s+by\s+(?P<first>(?:the\s+)?«\d+»\s+(?:[\w-]+\s+)?" + _MEN + r",?\s+and\s+)(?=(?:the\s+)?«\d+»\s)")
# "Tanzanian troops and Ugandan exiles captured Kampala", "Ethiopian troops and forces of Somalia's government entered
# Mogadishu": a state's troops, read without the exiles, rebels or government forces of another beside them
BESIDE_TROOPS = re.compile(r"(?<=»\s)(?:troops|forces|soldiers)(?P<first>\s+and\s+(?:«\d+»\s+(?:exiles|rebels|dissidents|insurgents|militias|militiamen|guerrillas|(?:opposition|rebel)\s+(?:fighters|forces|groups))|"
                           r"(?:the\s+)?(?:forces|troops|soldiers|fighters|militias)\s+(?:of|loyal\s+to)\s+(?:the\s+)?«\d+»(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:government|army|president|regime|authorities))?))(?=\s)")
# "Soviet advisers and Cuban officers are helping the Ethiopian army", "An Iraqi division and a Jordanian brigade
# have joined": the first state's men, read without the second's beside them (the second is read as it stands)
_UNITS = (r"(?:troops|soldiers|forces|advis[eo]rs|officers|instructors|pilots|commandos|paratroopers|marines|units?|"
          r"divisions?|brigades?|battalions?|regiments?|contingents?|warplanes|jets|gunboats|warships)")
BESIDE_UNITS = re.compile(r"(?<=»\s)(?:[a-z-]+\s+)?" + _UNITS + r"(?P<first>\s+and\s+(?:an?\s+|the\s+)?«\d+»\s+(?:[a-z-]+\s+)?" + _UNITS + r")(?=\s+(?:(?:are|were|is|was|have|has|had)\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|ing|s)?\s)")
# "Syria denied any part in the plot, called the charge a fabrication by British intelligence, and expelled …":
# the middle verb of a subject's three, read without the first (the last is read after "and")
SERIAL_VERBS = re.compile(r"[\s“\"]*(?:[Tt]he\s+)?«\d+»\s+(?P<first>(?:\w+ly\s+)?[a-z]+ed\s+[^«»;,]{1,60}?,\s+)(?=(?:\w+ly\s+)?[a-z]+ed\s+[^;]*?,\s+and\s+(?:\w+ly\s+)?[a-z]+ed\b)")
# the second of two conjuncts sharing a verb, read without the first (or a state's troops without those beside
# them): (whether the sentence can hold it, the pattern whose group "first" is left out)
SECOND_CONJUNCTS = ((lambda t: " from «" in t, SECOND_SOURCE), (lambda t: " than from «" in t, SECOND_THAN), (lambda t: " and on «" in t, SECOND_ON),
                    (lambda t: " and «" in t or " as well as «" in t, SECOND_MADE), (lambda t: " with «" in t and "and with " in t, SECOND_WITH),
                    (lambda t: " and of " in t, SECOND_OF),
                    (lambda t: "» and " in t, SECOND_STRUCK), (lambda t: " by «" in t and " and «" in t, SECOND_BACKER),
                    (lambda t: "» troops and " in t or "» forces and " in t or "» soldiers and " in t, BESIDE_TROOPS),
                    (lambda t: " and «" in t or " and a «" in t or " and an «" in t or " and the «" in t, BESIDE_UNITS),
                    (lambda t: ", and " in t, SERIAL_VERBS))
# "Poland bought its tanks from South Korea, Romania its air defences from Israel": the second clause
# has left out the first one's verb (a subject straight before "its" or "their" has no verb of its own)
GAPPED = re.compile(r"[\s“\"]*(?:[Tt]he\s+)?«\d+»\s+(?P<verb>(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?[a-z]+)\s(?:[^;«»]|«\d+»)*?«\d+»,\s+(?:and\s+|while\s+)?"
                    r"(?P<second>(?:the\s+)?«\d+»)\s+(?P<obj>(?:its|their)\s+[^;«»]*?«\d+»)")
# "sells drones to both Ukraine and Russia's ally Belarus": the possessor's word before a name read without it
POSSESSED_NAME = re.compile(r"\s(?:the\s+)?«\d+»['’]s\s+(?:(?:closest|close|main|key|chief|staunchest|old|only|new|regional|biggest)\s+)?"
                            r"(?:ally|partner|neighbou?r|rival|foe|enemy|client|proxy|backer|patron)\s+(?=«\d+»)")
# "Britain trains Ukrainian soldiers; so does Canada", "…, as does Canada": the second subject takes the verb phrase
SO_DOES = re.compile(r"[\s“\"]*(?:[Tt]he\s+)?«\d+»\s+(?P<vp>(?:[^;«»]|«\d+»)*?)\s*[;,]\s+(?:and\s+)?(?:so|as)\s+(?:does|did|do|has|have|had|is|are|was|were)\s+"
                     r"(?P<second>(?:the\s+)?«\d+»)\s*[.;]?\s*$")
SO_DOES_WORDS = (" so does «", " so did «", " so do «", " so has «", " so have «", " as does «", " as did «", " as do «", " as has «", " as have «")
# "Britain, like France, has sent Ukraine long-range missiles": the one compared does the same
LIKE_SUBJECT = re.compile(r"[\s“\"]*(?:[Tt]he\s+)?«\d+»,\s+like\s+(?P<b>(?:the\s+)?«\d+»),\s+(?=[a-z])")
# "Japan condemned, and South Korea criticised, North Korea's latest missile launch"
SHARED_OBJECT = re.compile(r"(?P<a>«\d+»)\s+(?P<v1>(?:\w+ly\s+)?[a-z]+(?:ed|s))\s*,\s+(?:and|but|while)\s+(?P<b>«\d+»)\s+(?P<v2>(?:\w+ly\s+)?[a-z]+(?:ed|s))\s*,\s+(?=(?:the\s+)?«\d+»)")
# "Two countries, Iran and North Korea, have supplied …": the apposition is the subject
APPOSED = re.compile(r"[\s“\"]*(?:Two|Three|Four|Five|Several|Both|The\s+two|The\s+three|The\s+four|The\s+other\s+(?:two|three|four))(?:\s+|(?=,))(?:[\w-]+\s+)?(?:countries|nations|states|governments|powers|neighbou?rs|allies|leaders|members)?,\s+"
                     r"(?P<subj>«\d+»),\s+(?=(?:have|has|had|are|were|also|both|each|\w+ed)\b)")
APPOSED_OPENINGS = {"Two ", "Thre", "Four", "Five", "Seve", "Both", "The "}
# "'Russia is an aggressor,' the Estonian prime minister, Kristen Michal, told reporters": the quote's speaker
QUOTED_FIRST = re.compile(r"\s*[“\"‘']\s*(?P<clause>[^”\"«»]*?(?:«\d+»[^”\"«»]*?)*?)[,.!?]?\s*[”\"’']\s*,?\s+(?:the\s+)?(?:[\w-]+,?\s+|«\d+»\s+){0,4}?"
                          r"(?P<subj>«\d+»)\s*,?\s+(?:said|says|told|added|wrote|declared|insisted|warned|stressed)\b")
# "'Russia is the aggressor,' said Finnish President Alexander Stubb": the same, the verb first
QUOTED_SAID_BY = re.compile(r"\s*[“\"‘']\s*(?P<clause>[^”\"«»]*?(?:«\d+»[^”\"«»]*?)*?)[,.!?]?\s*[”\"’']\s*,?\s+(?:said|says|added|declared|insisted|warned|stressed|wrote)\s+"
                            r"(?:the\s+)?(?:[\w-]+,?\s+|«\d+»\s+){0,4}?(?P<subj>«\d+»)(?=\s*[,.;]|\s*$)")
# the actor a cleft puts in focus, in the group named: "It was Iran, not Russia, …", "It is not Ukraine but Russia …"
CLEFT_FOCUS = (r"[\s“\"]*It\s+(?:was|is)\s+(?:not\s+(?:the\s+)?«\d+»,?\s+but\s+)?(?P<{}>(?:the\s+)?«\d+»)"
               r"(?:,?\s+(?:and\s+)?not\s+(?:the\s+)?«\d+»,?)?")
# "It was Iran, not Russia, that supplied the drones": the cleft's subject
CLEFT = re.compile(CLEFT_FOCUS.format("subj") + r"\s+(?:that|who|which)\s+(?=[a-z])")
# "It is not Ukraine but Russia that China supplies with drone engines": the cleft's object, after its verb
OBJECT_CLEFT = re.compile(CLEFT_FOCUS.format("obj") + r"\s+(?:that|which|whom)\s+(?P<sv>(?:the\s+)?«\d+»\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?[a-z]+)\b")
# "Of all Ukraine's backers, Germany has sent the most air defence systems": sent to the one whose backers they are
OF_ALL_BACKERS = re.compile(r"[\s“\"]*Of\s+all\s+(?:the\s+)?(?P<t>«\d+»)(?:'s|’s)\s+(?:[\w-]+\s+)?(?:backers|allies|partners|suppliers|donors|supporters|friends)\s*,\s+"
                            r"(?P<clause>(?:the\s+)?«\d+»\s+[^;«»]*?)\s*[.;]?[\s”\"]*$")
# "Turkey, which trains Somali soldiers and runs its largest overseas base in Mogadishu, …": the relative
# clause's second verb, read with the actor it is about
RELATIVE_SECOND_VERB = re.compile(r"(?<=»),\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?[a-z]+(?:s|ed)\b(?:[^;,«»]|,(?=\d)|«\d+»){1,60}?\s+and\s+(?:also\s+)?(?=[a-z]+(?:s|ed)\b)")
# "The more drones Iran sends Russia, the more sanctions the EU imposes on Tehran": each half, its object back in place
THE_MORE = re.compile(r"\b[Tt]he\s+(?:more|fewer|less)\s+(?P<obj>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<sv>(?:the\s+)?«\d+»\s+(?:\w+ly\s+)?[a-z]+)\b(?P<rest>[^,;.]*)")
# "Long a buyer of Russian oil, India has cut its purchases": the fronted description is the subject's
FRONTED_DESCRIPTION = re.compile(r"[\s“\"]*(?P<np>(?:Long|Once|Still|Already|Now|Traditionally|Historically)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[^,;«»]|«\d+»)+?),\s+(?P<subj>(?:the\s+)?«\d+»)\s+(?=[a-z])")
# "Not only did Iran arm the Houthis, …": the inverted clause in its plain order ("Iran did arm the Houthis")
NOT_ONLY_INVERTED = re.compile(r"[\s“\"]*Not\s+only\s+(?P<aux>has|have|had|did|does|do|is|was|were|are)\s+(?P<subj>(?:the\s+)?«\d+»)\s+(?=[a-z])")
# "Saudi Arabia, whose own war against the Houthis began in 2015, …": the relative's possessive, read as "Saudi Arabia's"
WHOSE = re.compile(r"(?<=»),\s+whose\s+(?:own\s+)?(?=[a-z])")
# "What Moscow has received from Tehran is not only drones but also …": the pseudo-cleft's subject, verb,
# its first object and the phrase of the other actor, read in that order
PSEUDO_CLEFT = re.compile(r"[\s“\"]*What\s+(?P<sv>«\d+»\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:been|also|mainly|mostly|largely)\s+)?[a-z]+)"
                          r"(?:\s+(?P<pp>(?:from|to|on|against|with|for)\s+(?:the\s+)?«\d+»))?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
                          r"(?:(?:not\s+only|not\s+just|mainly|mostly|largely|chiefly|above\s+all|simply)\s+)?(?P<obj>[^;.,«»]+?)(?=\s+but\b|\s*[,.;]|\s*$)")


# "Tshisekedi is seeking another term in the election and has accused Rwanda": a long first verb phrase of the
# same subject (no actor, clause or comma in it, bar a participle's aside), read a second time without it (no modal's: "said «1» would stay in
# Berlin and accused «2»" — a past verb after "and" is not the modal's); an actor after a
# possessive is no subject ("linked its approval of «Sweden»'s «NATO» bid to … and has criticised"); a
# participle's aside may stand before the "and" ("«0» declined offers of aid, saying it could cope, and sent …"); a
# capitalised word may qualify the actor's forces ("«Chinese» Communist troops crossed … and attacked")
_AFTER_ACTOR = r"(?<=»)(?<!['’]s «\d»)(?<!['’]s «\d\d»)(?<!said «\d»)(?<!said «\d\d»)(?<!says «\d»)(?<!says «\d\d»)(?<!that «\d»)(?<!that «\d\d»)"
_COORDINATED_VP = (r"(?:['’]s\s+(?:(?:foreign|defen[cs]e|commerce|trade|economy|interior|finance)\s+ministry|government|military|embassy|mission)|\s+[A-Z][a-z]+(?=\s+(?:troops|forces|soldiers|units|guerrillas|fighters|army|warplanes|aircraft|jets|tanks|warships)\b))?\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:(?:also|then|later|first)\s+)?(?!(?:would|will|could|should|might|must|can|cannot|may|shall)\b)(?:[a-z]+ed|(?:(?<=is )|(?<=was ))«\d+»['’]s\s+(?=[a-z])|[a-z]+\b"
                   r"(?:(?!\b(?:that|which|who|whom|whose|when|where|while|because|if|as(?!\s+(?:[a-z]+,?\s+and\s+)?[a-z]+(?:,|\s+and\b)|\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:aggression|provocation|interference|act|violation|breach|crime|outrage|piracy|insult|lies?|fabrication|slander|propaganda|blackmail)\b)|(?:since|after|before)(?=[^«»;.:,]*«)|said|says|say|but|what|how|than)\b)"
                   r"(?:[^«»;.:—–,]|(?<=\d)[,.](?=\d)|,\s+(?:saying|arguing|insisting|noting|adding|explaining)\s+[^«»;.:—–,]{3,80}?(?=,\s+(?:and|but)\s)|«\d+»(?=['’]s\s)|«\d+»(?=-(?:made|built|designed|supplied|produced|backed|led)\b)|(?<=['’]s )«\d+»|«\d+»(?=\s+(?:(?:farm|agricultural|industrial|consumer|military|energy)\s+)?(?:troops|forces|soldiers|officials|diplomats|companies|firms|goods|products|aid|assistance|funding|sanctions|weapons|arms|exports|imports|tariffs|seafood|oil|gas|grain|beef|wine|steel|cars|imports|warships|ships|vessels|aircraft|planes|jets)\b)|(?:(?<=\bin )|(?<=\binto )|(?<=\bat )|(?<=\bto )|(?<=\bfrom )|(?<=\bnear )|(?<=\bwith )|(?<=\bfor )|(?<=\bof )|(?<=\bagainst )|(?<=[a-z]ed )|(?<=[a-z]ed the )|(?<=\bvisited )|(?<=\bin the )|(?<=\bto the )|(?<=\bwith the )|(?<=\bof the )|(?<=\bhis )|(?<=\bher )|(?<=counterpart )|(?<=counterpart, ))«\d+»|"
                   r"(?<=\s)«\d+»(?=\s+(?:in|on|at|last|this|during|for)\s)|(?<=\d\s)«\d+»(?=\s+(?:out|from|to|home)\b))){10,130}?)(?:,\s+(?:and|but)|\s+(?:and|but)(?![^,;.«»]{0,100}?,\s+(?:and|but)\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?[a-z]+ed\b))\s+"
                   r"(?=(?:(?:last|this|earlier\s+this|later\s+that)\s+(?:week|month|year)\s+|on\s+\w+day\s+)?(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+|later\s+|long\s+|still\s+|already\s+)?(?:[a-z]+ed|sent|sold|gave|given|struck|held|met|bought|brought|built|fought|shot|took|taken|led|paid|won|made|told|said|says|become|became|"
                   r"froze|frozen|broke|broken|cut|withdrew|withdrawn|drove|driven|overran|overrun|flew|sought|stood|swore|wrote|"
                   r"runs|keeps|holds|hosts|maintains|operates|sends|provides|buys|sells|backs|trains|counts|relies|depends|wants|plans|seeks|intends)\b|"
                   r"(?:is|are|was|were)\s+(?:also\s+)?(?:providing|sending|supplying|giving|arming|funding|training|helping|backing|supporting)\b)")
COORDINATED_VP = re.compile(_AFTER_ACTOR + _COORDINATED_VP)
# ... and after the subject's aside: "«0», who opened the meeting, proposed a dialogue … and condemned «2»'s occupation"
VP_AFTER_ASIDE = re.compile(_COORDINATED_VP)


# a second verb after a comma ("rejected the allegations as absurd, and accused …") is the sentence's
# leading subject's, not that of an actor named inside a clause ("said the Russian military was …, and announced")
COMMA_AND = re.compile(r",\s+(?:and|but)\s+$")
LEADING_SUBJECT = re.compile(r"[\s“\"]*(?:the\s+)?$", re.I)


# "Obama met «Mubarak» before the speech and flew …": an actor right after a verb is its object, no subject of
# the verb phrase after it
VERB_BEFORE_SLOT = re.compile(r"\b(?:(?!accused|blamed|urged|warned|asked|pressed|called)[a-z]+ed|met|hit|sent|saw|gave|took|won|beat|sold|bought)\s+(?:the\s+)?$")  # (not "accused «1» of …": its charge follows)

# "«0» accused «1» of aggression and said …": after a charge, a verb phrase is not the charged one's
CHARGE_BEFORE_SLOT = re.compile(r"\b(?:accused|blamed|criticised|criticized|condemned|denounced|faulted)\s+(?:the\s+)?$")
CHARGE_OF = re.compile(r"\s+(?:of|for)\s")

# "The US and Britain, but not France, struck …", "Hungary, unlike Poland, has refused …": an actor set apart
EXCEPTED = re.compile(r"(?<=»),\s+(?:(?:but\s+)?not|unlike)\s+(?:the\s+)?«\d+»,")
# "No country other than North Korea has sent troops to fight for Russia": the one named has
ONLY_ONE = re.compile(r"[\s“\"]*No\s+(?:other\s+)?(?:country|state|nation|government|member|ally|leader)\s+(?:other\s+than|but|except(?:\s+for)?|apart\s+from|besides)\s+(?P<subj>(?:the\s+)?«\d+»)\s+(?=(?:has|have|had|is|was|\w+ed)\b)")
# a photo caption's position mark after a name: "Fumio Kishida (R) greets …"
# "Washington's decision to deploy more troops to Poland was welcomed": the decision made is the act, read
# as "Washington deploy more troops to Poland" (not "decision not to …": that is a negation)
DECIDED_ACT = re.compile(r"(?<=»)['’]s\s+(?:(?:latest|recent|surprise|sudden|unilateral|controversial)\s+)?(?:decision|move)\s+to\s+(?=[a-z]+\s)(?!not\s)")
AS_SUBJECT = re.compile(r"(?:\A[\s“\"]*|(?:[,;]|\bthat|\bafter|\bwhen|\bsince|\bbefore|\bbecause|\buntil)\s+)(?:the\s+)?$", re.I)  # (the decider leads its clause)
# "sanctions on both the army chief, Abdel Fattah al-Burhan, and …": a person named after the role is the object
_ROLE_WORDS = ("chief|commander|leader|head|president|minister|ruler|general|envoy|premier|chancellor|king|emir|strongman|warlord|founder|chairman|owner|"
               "father|mother|son|daughter|brother|sister|wife|husband|widow|predecessor|successor")  # ("Kim's father, Kim Jong Il, visited China")
# what may stand between the role's comma and the name: "founder, billionaire Bidzina Ivanishvili", "chief, General X"
_BEFORE_NAME = ("billionaire", "tycoon", "oligarch", "businessman", "cleric", "General", "Gen.", "Lieutenant General", "Field Marshal", "Marshal", "Admiral", "Colonel")
ROLE_APPOSED = re.compile(r"(?:(?<=\s)|^)(?:[Tt]he\s+)?(?:«\d+»(?:['’]s)?\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?(?:[a-z][\w-]*(?:['’]s)?\s+){0,2}?(?:prime\s+minister|" + _ROLE_WORDS + r")s?,\s+"
                          r"(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _BEFORE_NAME) + r")\s+)?(?=«(?P<who>\d+)»)")
ROLE_BEFORE_NAME = re.compile(r"(?:" + _ROLE_WORDS + r")s?, (?:(?:" + "|".join(map(re.escape, _BEFORE_NAME)) + r") )?«")  # (its cheap test)
NAME_AFTER = (", «", *(word + " «" for word in _BEFORE_NAME))  # (a cheaper test before it)
# "The OAS, whose Secretary General, Joao Baena Soares, flew to Guatemala": the person named is the clause's
# subject (read without the "whose" and the comma after him)
WHOSE_HEAD = re.compile(r"(?<=»)(?P<a>,\s+whose)\s+«(?P<who>\d+)»(?P<b>,)(?=\s+(?:[a-z]+ed|flew|met|went|told|said|sent|made|took|gave|spoke|came|held)\b)")
# "Canada and Mexico are, respectively, the largest and second-largest buyers"
RESPECTIVELY = re.compile(r",\s+respectively,(?=\s)")
PHOTO_MARK = re.compile(r"(?<=»)\s+\((?:L|R|C|left|right|center|centre)\)(?=\s)")


# "Gurbanguly Berdimuhamedov, Turkmenistan's former president and father of the current leader Serdar
# Berdimuhamedov, attended …": the rest of an apposition whose first part is the person's mention
KIN_ASIDE = re.compile(r"(?<=»)\s+and\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:father|mother|son|daughter|brother|sister|wife|husband|widow|predecessor|successor|uncle|nephew|cousin|"
                       r"ally|friend|confidant|advis[eo]r|rival|critic|founder)(?:-in-law)?\s+of\s+(?:[^«»;.,]|«\d+»){0,60}?,\s+(?=[a-z])")

# "Slovenia became the first EU country to impose an arms embargo on Israel": read as "Slovenia impose …"
FIRST_TO_DO = re.compile(r"(?:(?<=» )" + FIRST_TO + r"|(?<=» )" + BECOMING + r"(?:become|became)\s+«\d+»\s+(?:(?:in|for)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:\d+|[a-z]+)\s+(?:years|decades)\s+)?to\s+|(?<=»),\s+the\s+" + FIRST_ORDINAL +
                         r"\s+(?:[^;.«»,]|«\d+»){0,30}?\s+to\s+)(?=[a-z]+\b)")  # (and apposed: "Albania, the only East European country to side with Beijing, …")
FIRST_WORDS = tuple(f" the {ordinal} " for ordinal in FIRST_TO_ORDINALS)


def _clear(match: re.Match, cuts: list[tuple[int, int]]) -> bool:
    """Whether a match overlaps none of the spans already left out."""
    return not any(a < match.end() and match.start() < b for a, b in cuts)


# "pushed into Kharkiv, Ukraine's second-largest city", "seized Goma, the largest city in eastern Congo": a city
# named with the state it is in stands for the state (a reading of its own, the city's name and description left out)
_CITY_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?,\s+"
_ORDINAL = r"(?:(?:second|third|fourth|fifth)[- ])?"
CITY_OF_STATE = re.compile(r"\b(?P<city>" + _CITY_NAME + r")«\d+»(?P<tail>['’]s\s+" + _ORDINAL +
                           r"(?:(?:largest|biggest|main|chief)\s+(?:port\s+)?(?:city|town|port)|capital(?:\s+city)?))\b|"
                           r"\b(?P<city2>" + _CITY_NAME + r"the\s+" + _ORDINAL + r"(?:largest|biggest|main|chief)\s+"
                           r"(?:port\s+)?(?:city|town|port)\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?)«\d+»")


# "responded by cancelling their air service agreements with Iran and imposing sanctions on Iran Air": the
# second gerund after "by" has the subject too
BY_GERUNDS = re.compile(r"\sby\s(?P<cut>[a-z]+ing\b(?:[^«»;.:—–]|«\d+»){5,100}?\s+and\s+)(?=[a-z]+ing\b)")

# "said Vietnamese vessels had chased Chinese boats away and that Hanoi was harming China's sovereignty": the
# second that-clause is said too (a reading of its own with the first left out)
# "NATO foreign ministers meeting in Brussels on Monday condemned …": where the subject met, read without it
GATHERED_IN = re.compile(r"(?<=»)\s+(?:[\w-]+\s+){0,2}?(?P<cut>(?:meeting|gathered|assembled)\s+in\s+(?:(?-i:[A-Z])[\w-]+|«\d+»)(?:\s+(?:on|this|last)\s+\w+)?\s)(?=[a-z]+ed\b)")
# "Carter sent Brezhnev a message over the hot line calling the Soviet intervention a grave threat": what the
# message says, its sender says (read without the sending)
MESSAGE_SAYING = re.compile(r"(?<=»)\s(?P<cut>(?:(?:has|had|have)\s+)?(?:sent|wrote|delivered|dispatched)\s+(?:«\d+»\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:message|letter|note|cable)\s(?:(?:to|over|by|via|on)\s+[^«»;.,]{0,30}?\s)?)(?=(?:calling|describing|branding|terming|condemning|denouncing|accusing|urging)\s)")
SAID_AND_THAT = re.compile(r"\b(?:said|says|added|argued|insisted|stressed|warned)\s+(?P<cut>(?:that\s+)?(?:[^;«»]|«\d+»){5,160}?\s+and\s+)that\s+(?=(?:the\s+)?«\d+»)")


def readings(masked: Masked) -> list[Reading]:
    """The masked text, and the same without its asides, each with a map to masked positions and
    the masked spans it leaves out."""
    out: list[Reading] = [(masked.text, lambda pos: pos, [])]
    cuts = [(m.start(), m.end()) for m in LISTING_ASIDE.finditer(masked.text)] if ASIDE_CUE.search(masked.text) else []
    cuts = sorted(cuts + [(m.start(), m.end()) for m in ASIDE.finditer(masked.text) if _clear(m, cuts)])
    if " that " in masked.text and (" in " in masked.text or " at " in masked.text or " during " in masked.text
                                    or "radio" in masked.text or "television" in masked.text or "phone" in masked.text or "video link" in masked.text):
        cuts = sorted(cuts + [m.span("cut") for m in SAID_WHERE.finditer(masked.text) if _clear(m, cuts)])
    if "» (" in masked.text:
        cuts = sorted(cuts + [(m.start(), m.end()) for m in PHOTO_MARK.finditer(masked.text)])
    if "«" in masked.text and (" summit " in masked.text or " meeting " in masked.text or " talks " in masked.text or " conference " in masked.text):
        cuts = sorted(cuts + [m.span() for m in VENUE_PHRASE.finditer(masked.text) if _clear(m, cuts)])
    if ", but not «" in masked.text or ", not «" in masked.text or ", unlike «" in masked.text or " not the «" in masked.text:
        cuts = sorted(cuts + [(m.start(), m.end()) for m in EXCEPTED.finditer(masked.text)])
    if ", respectively," in masked.text:
        cuts = sorted(cuts + [m.span() for m in RESPECTIVELY.finditer(masked.text) if _clear(m, cuts)])
    titled = False
    if any(before in masked.text for before in NAME_AFTER) and ROLE_BEFORE_NAME.search(masked.text):
        for m in ROLE_APPOSED.finditer(masked.text):
            if masked.mention(m.group("who")).ids[0].startswith("person:") and _clear(m, cuts):
                cuts.append(m.span())
                titled = True
                after = masked.text.index("»", m.end()) + 1  # (and the aside's closing comma before "and": "…, Burhan, and the RSF commander")
                if masked.text.startswith((", and ", ", or "), after) or \
                        (masked.text.startswith(", ", after) and not masked.text[:m.start()].strip(" “\"")):
                    cuts.append((after, after + 1))  # (and the comma closing a subject's title: "The army chief, General X, called …")
        cuts.sort()
    if "», whose «" in masked.text:  # ("the OAS, whose Secretary General, X, flew to Y": X flew)
        cuts = sorted(cuts + [span for m in WHOSE_HEAD.finditer(masked.text) if _clear(m, cuts) and
                              masked.mention(m.group("who")).ids[0].startswith("person:") for span in (m.span("a"), m.span("b"))])
    aside_cuts = list(cuts)
    if " and " in masked.text or " but " in masked.text:
        for m in chain(COORDINATED_VP.finditer(masked.text), KIN_ASIDE.finditer(masked.text)):
            if _clear(m, cuts) and not _object_pronoun_before(masked, m.start()) and \
                    (not COMMA_AND.search(m.group()) or LEADING_SUBJECT.match(masked.text, 0, masked.text.rfind("«", 0, m.start()))):
                cuts.append(_from_the_subject(masked.text, m.start(), m.end()))
        cuts.sort()
    if cuts:
        out.append(_without(masked.text, cuts))
    if aside_cuts and (" and " in masked.text or " but " in masked.text):
        for a, b in aside_cuts:  # (the verb phrase after the leading subject's aside, a reading of its own: VP_AFTER_ASIDE)
            if masked.text.endswith("»", 0, a) and masked.text.endswith(" ", 0, b) and \
                    LEADING_SUBJECT.match(masked.text, 0, masked.text.rfind("«", 0, a)) and \
                    (m := VP_AFTER_ASIDE.match(masked.text, b - 1)) and not any(x < m.end() and b < y for x, y in aside_cuts):
                out.append(_without(masked.text, sorted(aside_cuts + [(b, m.end())])))  # (the aside keeps the space the phrase starts with)
    if " by " in masked.text and "ing " in masked.text and \
            (gerunds := [m.span("cut") for m in BY_GERUNDS.finditer(masked.text) if _clear(m, aside_cuts)]):
        out.append(_without(masked.text, sorted(aside_cuts + gerunds)))  # (a reading of its own: the first gerund's object is read too)
    if " and that " in masked.text and (seconds := [m.span("cut") for m in SAID_AND_THAT.finditer(masked.text) if _clear(m, aside_cuts)]):
        out.append(_without(masked.text, sorted(aside_cuts + seconds)))
    if " meeting in " in masked.text or " gathered in " in masked.text or " assembled in " in masked.text:
        if (met := [m.span("cut") for m in GATHERED_IN.finditer(masked.text) if _clear(m, aside_cuts)]):
            out.append(_without(masked.text, sorted(aside_cuts + met)))  # "«0» foreign ministers meeting in Brussels on Monday condemned"
    if "ing " in masked.text and (" message " in masked.text or " letter " in masked.text or " note " in masked.text or " cable " in masked.text) and \
            (sent := [m.span("cut") for m in MESSAGE_SAYING.finditer(masked.text) if _clear(m, aside_cuts)]):
        out.append(_without(masked.text, sorted(aside_cuts + sent)))  # "«0» sent «1» a message … calling …": «0» calling …
    if cuts and titled and len(cuts) > len(aside_cuts):
        # ("The army chief, General X, called the RSF a rebel militia and ruled out …": the first verb
        # phrase, which the cut of a coordinated one leaves out, read with only the subject's title cut)
        out.append(_without(masked.text, aside_cuts))
    if ("-led " in masked.text or "-dominated " in masked.text or "-run " in masked.text or "-controlled " in masked.text) and \
            (modifiers := [m.span() for m in LED_BY_MODIFIER.finditer(masked.text)]):
        out.append(_without(masked.text, modifiers))  # (a reading of its own: the aside it may stand in is read too)
    if (" in «" in masked.text or " from «" in masked.text or " under «" in masked.text) and (standing := [m.span("cut") for m in STANDING_IN.finditer(masked.text)
                                                                              if m.group("forces") or _organ_at(masked, m.start())]):
        out.append(_without(masked.text, standing))
    if " loyal to " in masked.text and (loyal := [m.span("cut") for m in LOYAL_MODIFIER.finditer(masked.text)]):
        out.append(_without(masked.text, loyal))
    if "," in masked.text and ("city" in masked.text or "town" in masked.text or " port" in masked.text or "s capital" in masked.text) and \
            ("largest" in masked.text or "biggest" in masked.text or "main " in masked.text or "chief " in masked.text or "s capital" in masked.text):
        for m in CITY_OF_STATE.finditer(masked.text):
            spans = [m.span("city"), m.span("tail")] if m.group("city") else [m.span("city2")]
            out.append(_without(masked.text, spans))
    opening = masked.text.lstrip(" “\"")[:6]
    if ", including «" in masked.text or ", among them «" in masked.text or ", notably «" in masked.text or ", such as «" in masked.text:
        if (members := INCLUDING_SUBJECT.match(masked.text)) is not None:
            out.append(_without(masked.text, [(0, members.start("subj")), (members.end("subj"), members.end() - 1)]))
    if opening[:3] == "No " and (only := ONLY_ONE.match(masked.text)):
        out.append(_without(masked.text, [(0, only.start("subj"))]))  # "No country other than North Korea has sent troops"
    if (first := AMONG.match(masked.text) if opening in ("Among ", "Of the") else HAVING.match(masked.text) if opening == "Having"
            else FRONTED_GERUND.match(masked.text) if opening in ("After ", "Despit", "Before", "Beside")
            else BARE_GERUND.match(masked.text) if "ing " in masked.text[:20] else None):
        out.append(_subject_first(first))
    if (", after " in masked.text or ", before " in masked.text or ", while " in masked.text or ", when " in masked.text) and \
            (trailing := TRAILING_GERUND.match(masked.text)):
        out.append(_spliced(masked.text, [trailing.span("subj"), trailing.span("clause"), "."]))
    if opening[:1] in "ABFSTEH" and (passive := FRONTED_PASSIVE.match(masked.text)):
        # (its main clause is read in the text itself: "Sanctioned by the EU, Belarus hosts …" is not the EU hosting)
        out.append(_spliced(masked.text, [passive.span("subj"), "was " + passive.group("clause")[0].lower() + passive.group("clause")[1:] + "."]))
    if (any(word in masked.text for word in FIRST_WORDS) or "became «" in masked.text or "become «" in masked.text) and \
            (first_to := FIRST_TO_DO.search(masked.text)):  # (the first's title may be a mention: "became «the first Japanese prime minister» to")
        out.append(_without(masked.text, [first_to.span()]))
    if ", whose " in masked.text and (whose := WHOSE.search(masked.text)):
        out.append(_possessive(masked.text, whose.span()))
    if opening[:4] == "Of a" and (backers := OF_ALL_BACKERS.match(masked.text)):
        out.append(_spliced(masked.text, [backers.span("clause"), "to", backers.span("t")]))
    if (", which " in masked.text or ", who " in masked.text) and " and " in masked.text:
        for second in RELATIVE_SECOND_VERB.finditer(masked.text):
            out.append(_without(masked.text, [second.span()]))
    if "he more " in masked.text or "he fewer " in masked.text:
        for half in THE_MORE.finditer(masked.text):
            out.append(_spliced(masked.text, [half.span("sv"), half.span("obj"), half.span("rest")]))
            out.append(_spliced(masked.text, [half.span("sv"), half.span("rest"), half.span("obj")]))
    if opening[:4] in ("Long", "Once", "Stil", "Alre", "Now ", "Trad", "Hist") and (described := FRONTED_DESCRIPTION.match(masked.text)):
        out.append(_spliced(masked.text, [described.span("subj"), "is", described.span("np"), "."]))
    if opening[:4] == "Not " and (inverted := NOT_ONLY_INVERTED.match(masked.text)):
        out.append(_spliced(masked.text, [inverted.span("subj"), inverted.span("aux"), (inverted.end(), len(masked.text))]))
    if opening[:5] == "What " and (pseudo := PSEUDO_CLEFT.match(masked.text)):
        out.append(_spliced(masked.text, [pseudo.span("sv"), pseudo.span("obj"), *([pseudo.span("pp")] if pseudo.group("pp") else [])]))
    if ", having " in masked.text and (having := HAVING_AFTER.match(masked.text)):
        out.append(_spliced(masked.text, [having.span("subj"), having.span("clause")]))
    if (cleft := CLEFT.match(masked.text) if opening[:3] == "It " else APPOSED.match(masked.text) if opening[:4] in APPOSED_OPENINGS else None):
        out.append(_without(masked.text, [(0, cleft.start("subj")), (cleft.end("subj"), cleft.end())]))
    elif opening[:3] == "It " and (cleft := OBJECT_CLEFT.match(masked.text)):
        out.append(_spliced(masked.text, [cleft.span("sv"), cleft.span("obj"), (cleft.end("sv"), len(masked.text))]))
    if masked.text.lstrip()[:1] in "“\"‘'" and (quoted := QUOTED_FIRST.match(masked.text) or QUOTED_SAID_BY.match(masked.text)):
        out.append(_subject_first(quoted, "said"))
    if (relative := OBJECT_RELATIVE.match(masked.text)) if " that «" in masked.text or " which «" in masked.text else None:
        # "The troops that Pyongyang sent to Russia suffered …" read as "Pyongyang sent the troops to Russia …"
        out.append(_spliced(masked.text, [relative.span("subj"), relative.span("verb"), relative.span("head"), (relative.end("verb"), len(masked.text))]))
    if " '" in masked.text or " ‘" in masked.text or " “" in masked.text or ' "' in masked.text:
        # "declared a 'no limits' partnership": the quoted words read as plain words
        if quotes := [(m.start() - 1, m.end()) if m.group(1) else (m.start(), m.end() + (masked.text[m.end():m.end() + 1] == " "))
                      for m in SCARE_QUOTE.finditer(masked.text)]:
            out.append(_without(masked.text, quotes))
    for holds, pattern in SECOND_CONJUNCTS:  # "buys oil from Russia and weapons from France": the second read alone
        if holds(masked.text) and (second := pattern.search(masked.text)):
            out.append(_without(masked.text, [second.span("first")]))
            if aside_cuts and _clear(second, aside_cuts):  # ("Pakistan, India's rival, flies … and American F-16s": without the aside too)
                out.append(_without(masked.text, sorted(aside_cuts + [second.span("first")])))
    if ("'s " in masked.text or "’s " in masked.text) and (possessed := [m.span() for m in POSSESSED_NAME.finditer(masked.text)]):
        out.append(_without(masked.text, possessed))
    if ", like «" in masked.text and (like := LIKE_SUBJECT.match(masked.text)):
        out.append(_spliced(masked.text, [like.span("b"), (like.end(), len(masked.text))]))
    if any(words in masked.text for words in SO_DOES_WORDS) and (so_does := SO_DOES.match(masked.text)):
        out.append(_spliced(masked.text, [so_does.span("second"), so_does.span("vp")]))
    if ("» its " in masked.text or "» their " in masked.text) and (gapped := GAPPED.match(masked.text)):
        out.append(_spliced(masked.text, [gapped.span("second"), gapped.span("verb"), (gapped.start("obj"), len(masked.text))]))
    if (shared := SHARED_OBJECT.search(masked.text)) if ", and «" in masked.text or ", but «" in masked.text else None:
        # "Japan condemned, and South Korea criticised, North Korea's launch": both verbs take the object
        out.append(_without(masked.text, [(shared.end("v1"), shared.end())]))
        out.append(_without(masked.text, [(0, shared.start("b")), (shared.end("v2"), shared.end())]))
    if "s decision to " in masked.text or "s move to " in masked.text:
        if decided := [found.span() for found in DECIDED_ACT.finditer(masked.text) if AS_SUBJECT.search(masked.text, 0, masked.text.rindex("«", 0, found.start()))]:
            out.append(_without(masked.text, decided))
    if any(m.form == "act" for m in masked.mentions):
        # an act named by a noun ("called the decision a distorted move and accused the Slovenian government")
        # stands between a subject and its next verb: read once more without it
        acts = [(m.start(), m.end()) for m in re.finditer(r"«(\d+)»", masked.text) if masked.mention(m.group(1)).form == "act"]
        out.append(_without(masked.text, acts))
    return out


def _spliced(text: str, pieces: list[tuple[int, int] | str]) -> Reading:
    """The spans `pieces` of `text` in the order given, with words of their own among them (a literal
    piece maps back to the end of the span before it), joined by spaces, with a map back to `text`."""
    parts, marks, out, at = [], [], 0, 0  # marks: (position in the new text, position in `text`, fixed)
    for piece in pieces:
        if isinstance(piece, str):
            marks.append((out, at, True))
            parts.append(piece)
        else:
            marks.append((out, piece[0], False))
            parts.append(text[piece[0]:piece[1]])
            at = piece[1]
        out += len(parts[-1]) + 1
    starts = [mark[0] for mark in marks]

    def to_masked(pos: int) -> int:
        start, orig, fixed = marks[bisect_right(starts, pos) - 1]
        return orig if fixed else orig + pos - start
    return " ".join(parts), to_masked, []


def _from_the_subject(text: str, start: int, end: int) -> tuple[int, int]:
    """The verb phrase to leave out, from `start` (after an actor) to `end`; when that actor is the object
    of a verb right after the clause's subject ("«0» met «1» before the speech and flew"), from the subject on."""
    verb = VERB_BEFORE_SLOT.search(text, 0, text.rfind("«", 0, start))
    if verb is None and CHARGE_OF.match(text, start):  # "«0» accused «1» of aggression and said …": a finite verb after the charge is «0»'s
        verb = CHARGE_BEFORE_SLOT.search(text, 0, text.rfind("«", 0, start))
    if verb is not None and text[verb.start() - 1] == " ":
        subject = SUBJECT_END.search(text, 0, verb.start() - 1)
        if subject is not None:
            return subject.start() + 1, end
    return start, end


# the end of the subject before that verb: "«0»", "the «0» governments"
SUBJECT_END = re.compile(r"»(?:\s+(?:governments?|leaders?|officials|authorities|ministers?|regimes?))?$")


def _object_pronoun_before(masked: Masked, at: int) -> bool:
    """Whether the mention ending at `at` is an "it" or "them" read as an actor ("has supplied it with
    jets and pressed …"): an object, no subject of the verb phrase after it."""
    slot = masked.text.rfind("«", 0, at)
    if slot < 0:
        return False
    mention = masked.mention(masked.text[slot + 1:at - 1])
    return masked.article[mention.start:mention.end] in ("it", "them")


def _possessive(text: str, span: tuple[int, int]) -> Reading:
    """`text` with `span` read as a possessive "'s " (the positions after it map back past the span)."""
    a, b = span
    read = text[:a] + "'s " + text[b:]

    def to_masked(pos: int) -> int:
        return pos if pos < a else a if pos < a + 3 else pos - (a + 3) + b
    return read, to_masked, []


def _subject_first(found: re.Match, verb: str = "") -> Reading:
    """"Among the countries that have sent troops to X are A and B" read as "A and B have sent troops to X",
    "Having signed a pact with X, A …" as "A signed a pact with X", "'X is an aggressor,' A said" (verb
    "said") as "A said X is an aggressor"."""
    subj, clause = ("subj", "clause") if found.group("subj") is not None else ("subj2", "clause2")
    return _spliced(found.string, [found.span(subj), *([verb] if verb else []), found.span(clause)])


def _organ_at(masked: Masked, end: int) -> bool:
    """Whether the mention ending at `end` names a state's organ ("the German army")."""
    slot = SLOT_BEFORE.search(masked.text, 0, end)
    return slot is not None and masked.mention(slot.group(1)).form == "organ"


def _without(full: str, cuts: list[tuple[int, int]]) -> Reading:
    """`full` with the spans `cuts` left out, a map from its positions back to `full`'s, and the cuts."""
    text, kept = "", []  # kept: (position in the short text, position in the full text)
    cursor = 0
    for a, b in cuts:
        kept.append((len(text), cursor))
        text += full[cursor:a] + " "
        cursor = b
    kept.append((len(text), cursor))
    text += full[cursor:]
    starts = [k[0] for k in kept]

    def to_masked(pos: int) -> int:
        short, original = kept[bisect_right(starts, pos) - 1]
        return original + (pos - short)
    return text, to_masked, cuts
