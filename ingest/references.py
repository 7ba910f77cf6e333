"""References back to states across sentences, and the speaker of a quote.

"The country has delivered tanks to Kyiv" after a sentence led by Poland is Poland; "the two
countries" or "both nations" are the last two states named; in “We condemn …,” the French foreign
ministry said, "We" is the speaker. Each becomes a mention like any name.
"""
from __future__ import annotations

import re
from itertools import chain

from ingest.literals import anchored
from ingest.masking import Masked
from ingest.mentions import ArticleContext, Mention

# a sentence led by "The country" / "The nation" (its subject): the last sentence's leading state
THE_COUNTRY = re.compile(r"\A[\s“\"‘']*(?P<ref>The (?:(?:[A-Z][\w-]+|\w+ern|landlocked|oil-rich|gas-rich|war-torn|impoverished) ){0,2}(?:country|nation))\b")
# "China … has tried to broker talks between the two neighbours": the subject is no one of the two
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$")
BROKER = re.compile(r"\b(?:broker|mediat|facilitat|host|arrang)\w*", re.I)
# "It holds joint exercises with both the United States and China" after a sentence led by Indonesia
# (not "It is unclear", "It would", "It said": an expletive, a hedge or a report)
IT_LEADS = re.compile(r"\A[\s“\"‘']*(?P<ref>It)\s+(?=(?:(?:has|had|also|still|now|already)\s+)*(?!is\b|was\b|would\b|will\b|could\b|may\b|might\b|remains?\b|seems?\b|appears?\b|says\b|said\b|adds\b|added\b|takes\b|took\b|comes\b|came\b|means\b|meant\b|shows\b|showed\b|follows\b|followed\b|marks\b|marked\b)[a-z]+(?:s|ed)\b)")
# (after an adjective or two: "the two Asian nations", "both East Asian neighbours", "the two nuclear-armed rivals")
BOTH = anchored(re.compile(r"\b(?P<ref>(?:[Bb]oth|[Tt]he two) (?:(?:[A-Z][\w-]+|neighbou?ring|\w+ern|[a-z]+-[a-z]+|rival|warring|feuding|allied) ){0,2}(?:countries|nations|states|neighbou?rs|governments|sides|militaries|armies|navies))\b(?!(?<=sides)\s+(?:in|of)\s)"))  # (not "both sides in Sudan's war": named by the war)
# "The European Union and NATO expressed solidarity with Estonia, which joined both organisations": the pair
# of organisations named before it in the sentence
BOTH_ORGS = re.compile(r"\b(?P<ref>(?:[Bb]oth|[Tt]he two) (?:organi[sz]ations|bodies|blocs|alliances|groupings))\b")
# "the two NATO members", "both EU states": the pair, members of the organisation named next
BOTH_MEMBERS = anchored(re.compile(r"\b(?P<ref>[Bb]oth|[Tt]he two)\s+«(?P<org>\d+)»\s+(?:members|allies|member\s+(?:states|countries|nations)|countries|nations|states)\b"))
# "… military action in Nigeria, accusing the country of …": a state named earlier in the sentence (or "the Red Sea
# state", a state with a word before it: not "the state media")
NATION_MODIFIER = r"(?:[A-Z][\w-]+|\w+ern|island|archipelago|small|tiny|landlocked|oil-rich|gas-rich|war-torn|impoverished|coastal)"
STATE_AS_MODIFIER = (r"media|television|tv|radio|broadcaster|news|agency|company|companies|firms?|oil|energy|gas|banks?|department|visit|dinner|banquet|"
                     r"funeral|secretary|council|legislature|governor|elections?|level|secrets?|power|apparatus|enterprises?|owned|run|controlled|"
                     r"security|prosecutor|budget|funds?|subsidies|assets|property|officials?|employees|workers|sector|capitalism|sponsors?|sponsored")
THE_NATION = anchored(re.compile(r"(?<=\s)(?P<ref>the (?:" + NATION_MODIFIER + r" ){0,2}(?:country|nation)|the (?:" + NATION_MODIFIER + r" ){1,2}state(?!\s+(?:" + STATE_AS_MODIFIER + r")\b|-))\b(?!\s+of\s+(?:the\s+)?(?:[A-Z]|«)|['’]s\b)"))  # (not "the country's": whose is unclear)
# ... nor the state whose forces are named ("the expulsion of US troops from the country": the host is meant)
# a demonym before a thing, not people ("British passports", "Russian gas", "an Indian airline")
THING_AFTER = re.compile(r"\s+(?!(?:troops|forces|soldiers|military|army|personnel|diplomats|officials|leaders|citizens|nationals|"
                         r"agents|spies|journalists|workers|students|sailors|pilots|crews?|prisoners|hostages|envoys|ministers|"
                         r"delegates|delegation|negotiators|authorities|government|rebels|fighters|militants|police|people)\b)[a-z][a-z-]+\b(?!\s+(?:who|that|of)\b)")
FORCES_AFTER = re.compile(r"\s+(?:troops|forces|soldiers|military|army|personnel|bases?|diplomats|embassy)\b")
# ... nor the state asked to take its own forces out of it ("asked India to withdraw its military personnel
# from the island nation")
WITHDRAWING_FROM = re.compile(r"\s+(?:to\s+)?(?:withdraw|pull|remove|recall)\w*\s+(?:out\s+)?(?:all\s+)?(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:troops|forces|soldiers|personnel|contingent|military)\s+(?:out\s+)?(?:of|from)\s+")
# "suspended budget support to Bangui, accusing the government of complicity": the government accused is
# that of the state named before it, as "the country" would be
ACCUSED_GOVERNMENT = re.compile(r"(?<=\s)(?:accus|blam|condemn|critici[sz]|denounc)\w*\s+(?P<ref>(?:the|its)\s+(?:(?:military|interim|transitional|central)\s+)?"
                                r"(?:government|authorities))\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:[A-Z]|«)|['’]s\b)")
VERB_BETWEEN = re.compile(r"\s+(?:\w+\s+){0,2}")
# a state that is itself a subject, alone or in a list: "the US and Portugal have sent contingents to the country"
SUBJECT_AFTER = re.compile(r"(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*){0,4}\s+(?:(?:all|both|also|each)\s+)?(?:has|have|had|is|are|was|were|will|would)\b")
# ... nor a state that sends men or arms in the sentence ("Britain sent officers to advise him, and 1,500 Senegalese
# soldiers will remain in the country": the country they went to)
SENDER_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:sent|dispatched|deployed|flew|airlifted|rushed)\b")
# a relative clause or a new clause: "Burkina Faso has rejected help from France, which had troops in both countries"
CLAUSE_BREAK = re.compile(r",\s+(?:which|who|whose|while|whereas|and|but)\b|;")
# "Britain, France and Germany triggered … The three European countries accused Iran": the last list of three
SEVERAL = re.compile(r"\b(?P<ref>(?:[Tt]he|[Aa]ll(?: the)?|[Tt]hese) (?P<n>three|four|five) (?:(?:[A-Z][\w-]+|\w+ern|military|military-led|military-ruled|junta-led|ruling|allied|neighbou?ring|member) ){0,2}(?:countries|nations|states|governments|powers|neighbou?rs|juntas|regimes))\b")
NUMBERS = {"three": 3, "four": 4, "five": 5}
# "Trump accused the three leaders of conspiring" after "Kim stood alongside Xi and Putin": the last three named together
SEVERAL_LEADERS = re.compile(r"\b(?P<ref>(?:[Tt]he|[Aa]ll|[Tt]hese) (?P<n>three|four|five) (?:(?:[\w-]+) )?leaders)\b")
TWO_LEADERS = anchored(re.compile(r"\b(?:[Tt]he two|[Bb]oth) (?:leaders|presidents|heads of state|men|women|ministers|politicians)\b"))
# two states named together
PAIR = re.compile(r"«(\d+)»\s+and\s+(?:the\s+)?«(\d+)»(?!\s*,?\s+(?:and\s+)?(?:the\s+)?«)")
# “We …,” («X» said | said «X»): the quote's first person is its speaker
QUOTE_SPEAKER = re.compile(r"\A\s*[“\"‘']\s*(?P<ref>We|I)\b[^”\"’«»]*(?:«\d+»[^”\"’«»]*)*[,.!?]?\s*[”\"’']\s*,?\s+"
                           r"(?:said\s+)?(?:the\s+)?«(?P<who>\d+)»")
SPEAKER_KINDS = ("State", "Organization", "Leader")
# "imposed sanctions on Ivanishvili, …, accusing him of undermining democracy": the person acted on before
_JUDGING = r"(?:accus|blam|call|brand|label+|describ|critici[sz])"  # the verb stems of "calling him a traitor"
# "Neither China nor India has condemned …, and both have increased …": the pair named before in the sentence
BOTH_ALONE = re.compile(r"\b(?:and|but|while)\s+(?P<ref>both)\s+(?=(?:have|has|had|are|were|also|\w+ed)\b)")
NEITHER_NOR = re.compile(r"\b[Nn]either\s+(?:the\s+)?«(\d+)»\s+nor\s+(?:the\s+)?«(\d+)»")
PLACE_BEFORE = re.compile(r"\b(?:to|in|from|into)\s+$")  # "hand Putin over to The Hague": a city there, not an actor
VENUE_BEFORE = re.compile(r"\b(?:at|before)\s+(?:the\s+)?$")  # "at the WTO", "before the ICJ": where, not who
ACCUSING_HIM = re.compile(r"(?:,\s+(?:" + _JUDGING + r"|condemn|denounc)ing|\band\s+(?:(?:has|had|have|also|then|later)\s+){0,2}(?:accus|blam|critici[sz]|condemn|denounc)e?d)\s+(?P<ref>him|her|them|it)\b")
# ("… and accused it of sharing responsibility")
# the actors a sentence opens with, listed: "South Korea, Japan and the United States condemned …"
LEADING_LIST = re.compile(r"[\s“\"]*(?:the\s+)?«\d+»(?:\s*,\s*(?:the\s+)?«\d+»)*(?:,?\s+and\s+(?:the\s+)?«\d+»)?")
# "Putin chose China for his first trip, and Xi hosted him": the person named before the host
HOSTED_HIM = re.compile(r"«(?P<host>\d+)»\s+(?:(?:\w+ly|also|then|later|had|has|have)\s+){0,2}(?:hosted|received|welcomed|greeted|met|thanked|invited|embraced|hugged|granted|offered|gave|recogni[sz]ed|"
                        r"insulted|attacked|mocked|" + _JUDGING + r"e?d|(?:voiced|expressed|declared|reiterated|offered|pledged|showed)\s+"
                        r"(?:(?:his|her|its|their|full|strong|firm)\s+){0,2}(?:support|backing|solidarity)\s+(?:for|with))\s+(?P<ref>him|her)\b")  # ("… has also voiced support for him")
# "The initiative, launched by …, is funded by Germany … It delivered 1.5 million rounds": a sentence led by a
# thing leaves "It" that thing, not the state it names first
NOUN_LED = re.compile(r"\A[\s“\"‘']*(?:The|This|That|A|An|Its|Their)\s+(?:[a-z][\w-]*\s+){0,2}?(?!country\b|nation\b|kingdom\b|island\b|government\b|regime\b|junta\b)[a-z][\w-]*\s*(?:,|\s+(?!of\b|«)[a-z])")
# "They met President Ghazouani" after "Von der Leyen and Sanchez visited Mauritania": the leaders who led the last sentence
THEY_LEAD = re.compile(r"\A[\s“\"‘']*(?P<ref>They)\s+(?=(?:(?:also|later|then|jointly|first)\s+)?(?:met|held|spoke|told|flew|went|toured|[a-z]+ed)\b)")
# "The United States still has troops in the region, though it withdrew its last soldiers from Niger": "it"
# after a subordinator is the subject that leads the sentence
IT_AFTER_CLAUSE = re.compile(r"\A[\s“\"‘']*(?:[Tt]he\s+)?«(?P<who>\d+)»\s(?:[^;.«»]|«\d+»){0,100}?,\s+(?:though|although|but|while|whereas|because|since|so)\s+(?P<ref>it)\s+"
                             r"(?=(?:(?:\w+ly|also|still|later|then)\s+)?(?:[a-z]+ed|has|had|is|was|will|would|says|said|withdrew|sent|sold|gave|struck|held|met|bought|took|made|won|led|began|kept|fought)\b)")
# "Not only has Turkey supplied Ukraine with drones, it has also sold them to Poland": "it" is the fronted clause's subject
NOT_ONLY_IT = re.compile(r"\A[\s“\"‘']*Not\s+only\s+(?:has|have|had|did|does|do|is|was)\s+(?:the\s+)?«(?P<who>\d+)»\s(?:[^;.«»]|«\d+»){0,120}?,\s+(?:but\s+)?(?P<ref>it)\s")
# "China, the junta's main backer, has supplied it with fighter jets": "it" after an apposition naming
# whose backer the subject is, is that one
PATRON_IT = re.compile(r"\A[\s“\"‘']*(?:[Tt]he\s+)?«\d+»,\s+(?:(?:the\s+)?«(?P<of>\d+)»|(?P<bare>the\s+(?:[\w-]+\s+)?(?:junta|regime)))['’]s\s+(?:[\w-]+\s+){0,2}?(?:backer|ally|patron|supplier|sponsor|"
                       r"protector|creditor|lender|benefactor)\s*,\s+(?:[^«»;.,]){0,40}?(?<!\bsaid\s)(?<!\bsays\s)(?<!\bthat\s)\b(?P<ref>it|them)\b"
                       r"(?=\s+(?:with|to|a|an|the|more|its|their|billions?|millions?|hundreds|thousands)\b|\s+[$\d]|\s*[,.;])")  # (an object: not "said it stood by Tokyo")
# what a speaker does, for "it" and "its" after the speaker
SPEAKER_VERB = r"(?:said|says|announced|announces|claimed|claims|insisted|insists|stated|states|added|argued|argues|maintained|maintains|confirmed|confirms|acknowledged|acknowledges|admitted|admits)"
# "Israel says it is fighting Hamas": "it" after a state's or organisation's saying is the sayer
SAID_IT = re.compile(r"«(?P<who>\d+)»\s+(?:(?:has|had)\s+)?(?:(?:\w+ly|also|later)\s+)?" + SPEAKER_VERB +
                     r"(?:\s+for\s+the\s+first\s+time)?(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?(?P<ref>it)\b(?=\s+(?:\w+ly\s+)?(?:(?:is|was|has|had|would|will|could|did|does|had|remained|remains)\b|[a-z]+ed\b))")
# "Britain and the Baltic states imposed travel bans": the three Baltic states, a region every reader counts
# alike (not "one of the Baltic states"; the Nordic or Gulf states are counted differently by different writers)
THE_BALTIC_STATES = re.compile(r"(?<!\bof )(?<!\bamong )\b(?P<ref>(?:[Tt]he|[Aa]ll)\s+(?:three\s+)?Baltic\s+(?:states|countries|nations|republics))\b")
BALTIC_STATES = ("state:EST", "state:LVA", "state:LTU")
# "India buys Russian oil, and Russia remains its largest arms supplier": the role is held for the
# sentence's leading actor
ITS_ROLE = re.compile(r"(?<=\sand\s)(?:the\s+)?«(?P<who>\d+)»\s+(?:is|remains|was|has\s+been|had\s+been|became|has\s+become)\s+(?:also\s+|still\s+)?(?P<ref>its)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:suppliers?|partners?|ally|customer|market|creditor|backer|lender|investor|buyer|donor|protector)\b")
# "The Israeli military said its jets had hit …": the speaker's forces
SAID_ITS = re.compile(r"«(?P<who>\d+)»\s+(?:(?:military|army|navy|government|defen[cs]e\s+ministry)\s+)?(?:(?:has|had)\s+)?(?:(?:\w+ly|also|later)\s+)?" + SPEAKER_VERB +
                      r"(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?(?P<ref>its)(?=\s+(?:[\w-]+\s+)?(?:jets|warplanes|aircraft|planes|forces|troops|soldiers|navy|army|strikes|airstrikes|missiles|drones|fighters)\b)")
# "… break relations with Israel, calling its government genocidal": the government of the state named last
ITS_GOVERNMENT = re.compile(r",\s+(?:calling|branding|describing|labell?ing|accusing|condemning|criticising|criticizing|blaming)\s+(?P<ref>its\s+(?:government|leadership|leaders|regime|rulers|authorities))\b")
# "sent trainers to the country", "access to ports in the Pacific nation": where "the country" is a destination or place
TO_BEFORE = re.compile(r"\b(?:to|into)\s+$")
PLACE_PREP_BEFORE = re.compile(r"\b(?:in|into|inside|across|throughout)\s+$")
# "Tehran said the strike was retaliation for an Israeli air raid on its consulate", "Rabat normalised
# relations with Israel in exchange for US recognition of its sovereignty": the sentence subject's (not the doer's)
ITS_PREMISES = re.compile(r"\b(?:(?:attacks?|strikes?|airstrikes?|air\s+strikes?|raids?|air\s+raids?|bombings?|bombardment|shelling|assaults?)\s+on|recognition\s+of)\s+"
                          r"(?P<ref>its)\s+(?:[\w-]+\s+)?(?:consulate|embassy|diplomatic\s+mission|bases?|soldiers|troops|forces|ships?|vessels?|"
                          r"tankers?|territory|soil|nationals|citizens|diplomats|facilities|nuclear\s+(?:sites?|facilities)|sovereignty|independence)\b")
# "North Korea said it would quit the talks, after the Security Council condemned its rocket launch": the act
# another condemns is the sentence subject's
ITS_ACT_CONDEMNED = anchored(re.compile(r"\b(?:condemn|denounc|criticis|criticiz|deplor|censur)\w*\s+(?P<ref>its)\s+(?:[\w-]+\s+){0,2}?"
                                        r"(?:launch|launches|test|tests|invasion|annexation|attack|offensive|crackdown|incursion|occupation|decision|move|programmes?|programs?|activities|conduct)\b"))
# "Yerevan has deepened ties with France, which agreed last year to sell it three radars": "it" is the
# sentence subject, given something by the relative clause's head
WHICH_GIVES_IT = re.compile(r"«(?P<head>\d+)»,\s+which\s+(?:[^«»,;.]){0,50}?\b(?:sell|sells|sold|selling|supply|supplies|supplied|supplying|deliver|delivers|delivered|"
                            r"give|gives|gave|provide|provides|provided|send|sends|sent|lend|lends|lent|offer|offers|offered|arm|arms|armed)\s+(?P<ref>it)\b")
WHOSE_COUNTRY = re.compile(r",\s+whose\s+(?P<ref>country|nation|government|administration)\b")
# "BRICS ... The bloc was formed by Brazil, Russia, India and China": the organisation named last
BLOC_NOUN = (r"[Tt]he (?:(?:regional|economic|military|trading|trade|political|security|defen[cs]e|transatlantic|\d+-(?:member|nation))\s+|(?:South|North|East|West|Central)\s+(?:American|African|Asian|European)\s+|(?:Western|Eastern)\s+)?"
             r"(?:bloc|grouping|alliance|group|forum|agency|organi[sz]ation)")
THE_BLOC = anchored(re.compile(r"\b(?P<ref>" + BLOC_NOUN + r")\b(?!['’]s\b(?!\s+(?:[\w-]+\s+)?(?:member|members|chair|chairmanship|presidency|chief|head|boss|director|secretary|spenders?|economy|army|military|expansion|enlargement|summit|(?:trading|trade)\s+partner|support|decision|policy|polic(?:y|ies)|stance|position|sanctions|(?:arms\s+|weapons\s+|oil\s+|trade\s+)?embargo(?:es)?|approach|demands?|plans?|(?:[\w-]+\s+)?(?:backers?|donors?|funders?|contributors?))\b)|\s+(?:of(?!\s+\w+ing\b)|between|with(?!\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|missiles|drones|rockets|ammunition|money|funds|cash|training|intelligence)\b))\b)"))
NAMED_AFTER = re.compile(r"\s+«\d+»")
# "after alliance helicopters attacked two checkpoints", NATO named before: the word as a modifier of
# military hardware or forces is the military alliance named last
ALLIANCE_FORCES = re.compile(r"(?<![\w-])(?P<ref>[Aa]lliance)\s+(?:helicopters|jets|warplanes|aircraft|planes|bombers|drones|warships|ships|troops|forces|soldiers|air\s*strikes|airstrikes|commanders)\b")
# "accusing the agency of a bias": after an accusing verb, "of" gives the charge, not whose bloc it is
ACCUSED_BLOC = re.compile(r"\baccus(?:ed|es|e|ing)\s+(?P<ref>" + BLOC_NOUN + r")\s+of\b")
# "a drone launched by the Iran-backed group": the armed group named last, its backer named with it
BACKED_GROUP = re.compile(r"\b[Tt]he\s+«\d+»-(?:backed|funded|aligned|allied|supported|sponsored|linked)\s+(?:[\w-]+\s+)?(?P<ref>group|militia|movement|rebels|militants)\b")
# "The council condemned the launch" after the Security Council was named: the council named last
THE_COUNCIL = anchored(re.compile(r"\b(?P<ref>[Tt]he (?:(?:\d+|fifteen)-(?:member|nation) )?[Cc]ouncil)\b(?!\s+(?:of|for|on|in)\b(?!\s+[a-z]+ing\b))"))  # ("accused the council of following": a charge)
# "The United States … rejected the court's decision" after the ICC was named: the court named last
THE_COURT = re.compile(r"\b(?P<ref>[Tt]he (?:international |world |Hague-based )?court)\b(?!\s+(?:of|in|for|on)\b)")
# "Turkey keeps 30,000 troops in the north of the island" after Cyprus was named: the island state named last
THE_ISLAND = re.compile(r"(?<![\w-])(?P<ref>[Tt]he (?:(?:self-ruled|self-governing|democratic|divided|democratically governed|Mediterranean|Caribbean|communist|tiny|small) )?(?:island(?: (?:nation|state|country|republic))?|islands|archipelago))\b(?!\s+of\b|['’]s?\s+(?:of|north|south)\b)")
# "Pakistan has long provided troops to the kingdom": the monarchy named last
THE_KINGDOM = re.compile(r"(?<![\w-])(?P<ref>[Tt]he (?:(?:Gulf|oil-rich|desert|Hashemite|Nordic|Scandinavian|North African|Arab|\w+ern) )?(?P<kind>[Kk]ingdom|[Ss]ultanate|[Ee]mirate))\b(?!\s+of\b)")
# "the army" after a state's army was named: that army ("the Sudanese army … supplied drones to the army")
ARMY_OF = re.compile(r"«(\d+)»(?:'s|’s)?\s+(?:army|military|armed\s+forces)\b(?!-)")
ARMY_NAMED = re.compile(r"\b(?:army|military|armed\s+forces)$", re.I)
THE_ARMY = re.compile(r"(?<![\w«»-])(?P<ref>the\s+(?:army|military))\b(?!-|\s+(?:of|in)\b|['’]s\b|\s+(?:chief|commander|leader|officers?|spokes\w+)\b)")
# "Iran condemned the strikes" right after a sentence stating who struck: the attackers are condemned (or welcomed)
# ("… the illegal unilateral sanctions": the sanctioner named last)
# (not one judged as a named state's: "condemned the raid as an American attempt to dominate the Gulf")
THE_STRIKES = anchored(re.compile(r"\b(?:condemn|denounc|critici[sz]|slamm?|decr(?:y|ie)|deplor|protest\w*\s+(?:against|over)|call(?=ed\s)|describ(?=ed\s)|brand(?=ed\s)|term(?=ed\s)|welcom(?=ed\s|es\s)|support(?=ed\s|s\s)|back(?=ed\s|s\s)|endors|justif|applaud|prais|hail(?=ed\s|s\s)|sa(?=id\s(?:that\s)?the\s)|sa(?=ys\s(?:that\s)?the\s)|oppos(?=ed\s|es\s))\w*\s+(?:that\s+)?"
                         r"(?P<ref>the\s+(?:(?:latest|recent|overnight|deadly|renewed|new|joint|air|missile|drone|retaliatory|illegal|unilateral|western|us|u\.s\.)\s+){0,3}"
                         r"(?P<head>strikes?|airstrikes?|air strikes?|attacks?|raids?|bombings?|bombardment|offensive|incursion|assaults?|invasion|launch(?:es)?|(?:missile\s+)?tests?|sanctions|interception|seizure|boarding|(?:military\s+|joint\s+)?(?:exercises?|drills)|decision|move|measures|"
                         r"operation|crackdown|expulsions?|deportations?|accusations?|allegations?|charges))\b"
                         r"(?!\s+(?:on|against|by|of|in(?!\s+the\s+strongest|\s+an?\s+(?:joint\s+)?(?:statement|call|letter|post|speech|interview)\b)|at|near|targeting|imposed|adopted|announced|decided|levied|approved|agreed|carried|launched|to)\b|['’]s?\b|\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?«\d+»)"))
# "North Korea launched several ballistic missiles … Seoul condemned the launches": the launcher, kept with the attackers
LAUNCHED = re.compile(r"«(\d+)»\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?(?:launched|fired|test-fired|tested|conducted)\s+"
                      r"(?:[\w,-]+\s+){0,6}?(?:missiles?|rockets?|tests?|launch(?:es)?|satellites?|ICBMs?)\b")
# "Israeli naval forces intercepted more than 40 boats … Erdogan called the interception an act of terrorism": the interceptor
INTERCEPTED = re.compile(r"«(\d+)»\s+(?:(?:naval|military|security|special|border|coast\s+guard)\s+)?(?:forces\s+|troops\s+|commandos\s+|navy\s+|authorities\s+|police\s+)?"
                         r"(?:(?:has|have|had)\s+)?(?:intercepted|seized|boarded|impounded)\s+(?:[\w,-]+\s+|«\d+»(?:-[\w-]+)?\s+){0,6}?(?:boats?|ships?|vessels?|tankers?|flotilla|cargo|shipment)\b")
# "a police operation launched by Paris … condemned the operation", "Pakistan expelled … called the expulsions
# cruel": the doer of an operation or an expulsion no relation states, remembered like a launch
OPERATION = re.compile(r"«(\d+)»\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?(?:launched|began|started|conducted|carried\s+out|stepped\s+up|expanded)\s+"
                       r"(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>operation|crackdown)\b"
                       r"|(?P<noun2>operation|crackdown)\s+(?:[\w-]+\s+){0,3}?(?:launched|conducted|led|carried\s+out|ordered|begun|started)\s+by\s+(?:the\s+)?«(\d+)»")
EXPELLED = re.compile(r"«(\d+)»\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?(?:(?P<expel>expelled|ordered\s+the\s+expulsion\s+of)|deported)\s")
# "in an attack claimed by the separatist Balochistan Liberation Army … condemned the attack": the claimant
CLAIMED_BY = re.compile(r"\b(?:attacks?|bombings?|blasts?|strikes?|raids?|assaults?|ambush)\s+(?:[\w-]+\s+){0,3}?(?:claimed|carried\s+out|perpetrated)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?«(\d+)»")
OTHER_ACTS = ("sanctions: ", "drills: ", "operation: ", "expulsion: ", "deportation: ", "accusation: ")  # (no attack: "the attack" is none of them)
# "… a summit of the Organisation of Islamic Cooperation. The final communique condemned Israel": the
# summit's document speaks for its organisation
THE_COMMUNIQUE = re.compile(r"[“\"]?(?P<ref>[Tt]he\s+(?:(?:final|closing|joint|summit['’]?s?|leaders['’])\s+){0,2}(?:communiqu[eé]|declaration))\b(?!\s+(?:of|by)\b)")
COMMUNIQUE_REACH = 5  # sentences after the summit
# "it" as the subject of a clause after a conjunction is the sentence's leading state or organisation
LEAD_ACTOR = re.compile(r"[\s“\"]*(?:The\s+)?«(\d+)»(?:\s*,\s+(?:a|an|the)\s+[^«»;,.]{1,60},)?\s+(?!and\b|or\b)[a-z]")  # (past an apposition: "Kiribati, a nation of 33 atolls, had …")
IT_AFTER = re.compile(r"\b(?:after|because|when|since|before|while|until|once|as|where)\s+(?P<ref>it)\s+(?=(?:\w+ly\s+|also\s+|had\s+|has\s+|was\s+|is\s+|have\s+)?"
                      r"(?:[a-z]+ed|bought|sold|sent|gave|struck|hit|took|made|signed|joined|won|lost|fought|met|began|refused|trains|keeps|hosts|stations|maintains|runs)\b)")
LEADERS_MEETING = re.compile(r"\bleaders\s+(?:met|meeting|gathered|gathering|convened)\b")  # a summit not called one
# "the North" / "the South" once North or South Korea is named: Korean coverage's short names
KOREA = {"North": "state:PRK", "South": "state:KOR"}
THE_KOREA = anchored(re.compile(r"(?<=\s)(?P<ref>the (?P<side>North|South))\b(?!\s+(?:[A-Z«]|of\b))"))
# "Zelensky said that India supports his country's sovereignty", "Putin blamed the West for provoking his
# invasion of Ukraine": the state of the person named last before it (for an act, an aggressor's words
# only: "his war" may be a defender's)
HIS_STATE = anchored(re.compile(r"\b(?P<ref>(?:his|her) (?:country|nation)|(?:his|her)(?=\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:invasion|aggression|occupation|annexation|special military operation)\b))\b"))

# "Nigeria cut off electricity supplies to its northern neighbour": the state named last that is not the
# one "its" is (named earlier in the sentence, else the last sentence's leading state)
PARTICIPLE_BEFORE = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+ing\s+(?:[a-z]+\s+)?$")  # a participle clause's "its" is the main subject's
ITS_NEIGHBOUR = re.compile(r"\b(?P<ref>(?:its|their) (?:(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|"
                           r"south-western|smaller|larger|tiny|giant|powerful|immediate|war-torn|troubled|landlocked) )?neighbou?r)\b(?!s|['’]s)")

def resolve_references(masked: Masked, mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """`mentions` plus the state references and quote speakers of this sentence; then the
    sentence's states are remembered for the next."""
    out = list(mentions)

    def add(match: re.Match, ids: tuple[str, ...], form: str = "coref") -> None:
        start, end = masked.orig(match.start("ref")), masked.orig(match.end("ref"), at_end=True)
        if not any(m.start < end and start < m.end for m in out):
            out.append(Mention(start, end, ids, form))

    # the sentence's leading actor before its verb, and that actor when it is one state
    lead = LEAD_ACTOR.match(masked.text)
    lead_state = masked.mention(lead.group(1)).ids[0] if lead and _one_state(masked.mention(lead.group(1)), ctx) else None
    for found in WHOSE_COUNTRY.finditer(masked.article, masked.start, masked.end) if ", whose " in masked.text else ():
        # "Prime Minister Jeremiah Manele, whose country signed a security pact with Beijing": the leader's state
        leader = next((m for m in mentions if m.end == found.start() and len(m.ids) == 1 and ctx.kind(m.ids[0]) == "Leader"), None)
        state = ctx.state_served_by(leader.ids[0]) if leader is not None else None
        if state is not None and not any(m.start < found.end("ref") and found.start("ref") < m.end for m in out):
            out.append(Mention(found.start("ref"), found.end("ref"), (state,), "coref"))
    found = THE_COUNTRY.match(masked.text) or (IT_LEADS.match(masked.text) if not ctx.noun_led else None)
    if found and ctx.leading_state:
        add(found, (ctx.leading_state,))
    if ctx.leading_pair and (found := THEY_LEAD.match(masked.text)):
        add(found, ctx.leading_pair)
    for found in [*BOTH.finditer(masked.text), *(m for m in BOTH_MEMBERS.finditer(masked.text)
                                                 if _one_of_kind(masked.mention(m.group("org")), "Organization", ctx))]:
        # (or the last pair of states named together before it in this one: "Japan and the
        # Philippines have disputes with Beijing ... the United States, a treaty ally of the two nations")
        pairs = [p for p in PAIR.finditer(masked.text, 0, found.start())
                 if all(_one_state(masked.mention(i), ctx) for i in p.groups())]
        if pairs:
            add(found, tuple(masked.mention(i).ids[0] for i in pairs[-1].groups()))
        elif found.group("ref").endswith("sides") and (foes := _foes(ctx)):
            add(found, foes)  # "both sides accused each other" after a war between two: the two at war
        elif (two := _two_states(_without_broker(mentions, masked, found.start()), masked, masked.orig(found.start()), ctx,
                                 found.group("ref").lower().endswith(("neighbours", "neighbors")))):
            add(found, two)
    for found in BOTH_ORGS.finditer(masked.text) if "oth " in masked.text or "two " in masked.text else ():
        pairs = [p for p in PAIR.finditer(masked.text, 0, found.start())
                 if all(_one_of_kind(masked.mention(i), "Organization", ctx) for i in p.groups())]
        if pairs:
            add(found, tuple(masked.mention(i).ids[0] for i in pairs[-1].groups()))
    for found in BOTH_ALONE.finditer(masked.text) if " both " in masked.text else ():
        pairs = [*NEITHER_NOR.finditer(masked.text, 0, found.start()), *PAIR.finditer(masked.text, 0, found.start())]
        if pairs:  # (the last pair named before it, "neither A nor B" or "A and B")
            ids = tuple(i for g in max(pairs, key=lambda m: m.start()).groups() for i in masked.mention(g).ids)
            if len(set(ids)) == 2:
                add(found, ids)
    for found in SEVERAL.finditer(masked.text) if ctx.last_lists and (" three " in masked.text or " four " in masked.text or " five " in masked.text) else ():
        if listed := ctx.last_lists.get(NUMBERS[found.group("n")]):
            add(found, listed[0])
    for found in SEVERAL_LEADERS.finditer(masked.text) if ctx.last_leader_lists and " leaders" in masked.text else ():
        if listed := ctx.last_leader_lists.get(NUMBERS[found.group("n")]):
            add(found, listed)
    accused = ACCUSED_GOVERNMENT.finditer(masked.text) if " the government" in masked.text or " the authorities" in masked.text \
        or " its government" in masked.text or " its authorities" in masked.text \
        or " the military" in masked.text or " the interim" in masked.text or " the transitional" in masked.text else ()
    for found in chain(THE_NATION.finditer(masked.text), accused):
        at = masked.orig(found.start("ref"))
        # (not a seat, "the Pentagon", nor the subject of the verb right before: "the U.S. gave the
        # Latin American country a bailout")
        before = [m for m in mentions if m.end <= at and m.form in ("name", "capital") and _one_state(m, ctx)
                  and not VERB_BETWEEN.fullmatch(masked.article, m.end, at)
                  and not SUBJECT_AFTER.match(masked.article, m.end)
                  and not FORCES_AFTER.match(masked.article, m.end)
                  and not SENDER_AFTER.match(masked.article, m.end)
                  and not WITHDRAWING_FROM.fullmatch(masked.article, m.end, at)]
        if lead_state and TO_BEFORE.search(masked.text, 0, found.start("ref")):
            # "Moscow sent military trainers to the country": where things are sent is not the sender, but the
            # state the last sentence is most about ("Niger's rulers … a visit to Niamey. Moscow sent …": Niger)
            before = [m for m in before if m.ids[0] != lead_state]
            others = [i for i in ctx.last_sentence_states if i != lead_state]
            if not before and others:
                add(found, (_most_named(others, ctx),))
        elif not before and PLACE_PREP_BEFORE.search(masked.text, 0, found.start("ref")) and \
                (others := [i for i in ctx.last_sentence_states if not any(i in m.ids for m in mentions)]):
            # "gives American forces access to six ports in the Pacific nation", no state it could be named before it
            # in the sentence: the one the last sentence is most about, other than those this one names
            add(found, (_most_named(others, ctx),))
        if before:
            add(found, max(before, key=lambda m: m.start).ids)
    for found in [*THE_BLOC.finditer(masked.text), *(ACCUSED_BLOC.finditer(masked.text) if "accus" in masked.text else ()), *(BACKED_GROUP.finditer(masked.text) if "»-" in masked.text else ()),
                  *(ALLIANCE_FORCES.finditer(masked.text) if "lliance " in masked.text else ())]:
        # (a bloc or alliance is no court, agency or armed group; "the group" may be an armed one; "the agency" is one)
        fits = _is_agency if found.group("ref").lower().endswith("agency") else \
            _blocs_fit if found.re is not BACKED_GROUP and not found.group("ref").lower().endswith("group") else _groups_fit
        # ("the alliance" is the last military alliance named, if any: NATO rather than the EU named after it)
        tries = (_is_alliance,) if found.re is ALLIANCE_FORCES else (_is_alliance, fits) if found.group("ref").lower().endswith("alliance") else (fits,)
        if NAMED_AFTER.match(masked.text, found.end()):
            continue  # "the South American bloc Mercosur": a description of the name that follows, no reference back
        org = next((o for test in tries for o in (_last_before(mentions, masked.orig(found.start()), "Organization", ctx, test),
                                                   next((o for o in reversed(ctx.recent_orgs) if test(o, ctx)), None)) if o), None)
        if org:
            add(found, (org,))
    for found in THE_COUNCIL.finditer(masked.text):
        council = _last_before(mentions, masked.orig(found.start()), "Organization", ctx, _is_council) or ctx.last_council
        if council:
            add(found, (council,))
    for found in THE_COURT.finditer(masked.text) if "court" in masked.text else ():
        court = _last_before(mentions, masked.orig(found.start()), "Organization", ctx, _is_court) or \
            next((o for o in reversed(ctx.recent_orgs) if _is_court(o, ctx)), None)
        if court:
            add(found, (court,))
    for found in THE_KINGDOM.finditer(masked.text) if "ingdom" in masked.text or "ultanate" in masked.text or "mirate" in masked.text else ():
        word = found.group("kind").capitalize()
        named = [m.ids[0] for m in sorted(mentions, key=lambda m: m.start)
                 if m.end <= masked.orig(found.start()) and _one_state(m, ctx)]
        monarchies = [i for i in ctx.recent_states + named if _titled(i, word, ctx)]
        if monarchies:
            add(found, (monarchies[-1],))
    for found in THE_ISLAND.finditer(masked.text) if "island" in masked.text else ():
        named = [m.ids[0] for m in sorted(mentions, key=lambda m: m.start)
                 if m.end <= masked.orig(found.start()) and _one_state(m, ctx)]
        # (named in this sentence or the last, or the state the article is most about: "the island" of a
        # piece on Okinawa is not Taiwan, named ten sentences back)
        top = max(ctx.state_counts, key=ctx.state_counts.get) if ctx.state_counts else None
        near = [i for i in ctx.recent_states if i in ctx.last_sentence_states or i == top] + named
        islands = [i for i in near if ctx.prop(i, "island")]
        if islands:
            add(found, (islands[-1],))
    for found in THE_ARMY.finditer(masked.text) if ctx.army_state and (" army" in masked.text or " military" in masked.text) else ():
        # "Egypt and Turkey have supplied drones to the army" after "the Sudanese army's last stronghold": that
        # army, named a few sentences back, when its state is one the article is most about
        state, number = ctx.army_state
        top = sorted(ctx.state_counts, key=ctx.state_counts.get)[-2:]
        if ctx.sentence_no - number <= 6 and state in top:
            add(found, (state,))
    for found in IT_AFTER.finditer(masked.text) if lead and " it " in masked.text else ():
        # "Ankara had been removed from the programme after it bought the S-400 from Russia": the subject
        if _one_state(masked.mention(lead.group(1)), ctx) or _one_of_kind(masked.mention(lead.group(1)), "Organization", ctx):
            add(found, masked.mention(lead.group(1)).ids)
    for found in THE_STRIKES.finditer(masked.text) if ctx.attacks and " the " in masked.text else ():
        if attackers := _attackers(found.group("head"), ctx):
            add(found, attackers, "act")  # (an act stands for its doers only as what is judged: no subject of a verb)
    if ctx.summit_org and ctx.sentence_no - ctx.summit_org[0] <= COMMUNIQUE_REACH and (found := THE_COMMUNIQUE.match(masked.text)):
        add(found, (ctx.summit_org[1],))
    for found in THE_KOREA.finditer(masked.text):
        state = KOREA[found.group("side")]
        if state in ctx.recent_states or any(m.ids == (state,) for m in mentions):
            add(found, (state,))
    for found in ITS_NEIGHBOUR.finditer(masked.text) if "neighbo" in masked.text else ():
        at = masked.orig(found.start())
        owner = _last_before(mentions, at, "State", ctx) or ctx.leading_state
        if lead_state and PARTICIPLE_BEFORE.search(masked.text, 0, found.start()):
            owner = lead_state  # "A cut ties with B, accusing its neighbour": A's neighbour
        named = ctx.recent_states + [m.ids[0] for m in sorted(mentions, key=lambda m: m.start) if m.end <= at and _one_state(m, ctx)]
        # (a state that borders the owner first: "Moscow's war on its neighbour" after Iranian-designed drones hit Kyiv)
        borders = (ctx.prop(owner, "borders") or "").split("; ") if owner else []
        neighbour = next((i for i in reversed(named) if i != owner and i in borders), None) or \
            next((i for i in reversed(named) if i != owner), None)
        if owner and neighbour:
            add(found, (neighbour,))
    for found in chain(ITS_PREMISES.finditer(masked.text) if " its " in masked.text else (),
                       ITS_ACT_CONDEMNED.finditer(masked.text) if " its " in masked.text else (),
                       WHICH_GIVES_IT.finditer(masked.text) if ", which " in masked.text else ()):
        doers = re.findall(r"«(\d+)»", masked.text[:found.start("ref")])
        if lead_state and doers and doers[-1] != lead.group(1):
            add(found, (lead_state,))
        elif not lead and found.re is WHICH_GIVES_IT and len(doers) == 2 and _one_state(masked.mention(doers[0]), ctx):
            # "Relations have been strained by Azerbaijan's ties with Israel, which sells it drones": the one other state
            add(found, masked.mention(doers[0]).ids)
    for found in ITS_GOVERNMENT.finditer(masked.text) if ", " in masked.text and " its " in masked.text else ():
        state = _last_before(mentions, masked.orig(found.start()), "State", ctx)
        if state and not (lead and state in masked.mention(lead.group(1)).ids):
            add(found, (state,))
    for found in HIS_STATE.finditer(masked.text):
        person = _last_before(mentions, masked.orig(found.start()), "Leader", ctx)
        state = ctx.state_served_by(person) if person else None
        if state:
            add(found, (state,))
    for found in ACCUSING_HIM.finditer(masked.text) if " him" in masked.text or " her" in masked.text or " them" in masked.text or "ing it " in masked.text or "ed it " in masked.text else ():
        at = masked.orig(found.start())
        first = min(mentions, key=lambda m: m.start, default=None)
        if found.group("ref") == "it":
            # "froze its participation in the CSTO, accusing it of failing …": the organisation or state named last,
            # not where it happens ("launched a case against China at the WTO, accusing it of …": China)
            actors = [m for m in mentions if m is not first and m.end <= at and len(m.ids) == 1
                      and ctx.kind(m.ids[0]) in ("Organization", "State") and not VENUE_BEFORE.search(masked.article, max(0, m.start - 12), m.start)
                      and not (m.form in ("capital", "seat") and PLACE_BEFORE.search(masked.article, max(0, m.start - 12), m.start))]
            if actors:
                add(found, max(actors, key=lambda m: m.start).ids)
            continue
        if found.group("ref") == "them":
            # (not the sentence's leading subjects: "South Korea, Japan and the US condemned the shipments …,
            # calling them a violation" — they would be "themselves")
            lead = LEADING_LIST.match(masked.text)
            lead_end = masked.orig(lead.end()) if lead else -1
            # (not a demonym naming what something is: "the Asians who hold British passports …, accusing them")
            if group := _last_of_one_kind([m for m in mentions if m is not first and m.end <= at and m.end > lead_end
                                           and not (m.form == "demonym" and THING_AFTER.match(masked.article, m.end))], ctx):
                add(found, group)
            continue
        person = _last_before([m for m in mentions if m is not first], at, "Leader", ctx)
        if person:
            add(found, (person,))
    for found in HOSTED_HIM.finditer(masked.text) if " him" in masked.text or " her" in masked.text else ():
        host = masked.mention(found.group("host"))
        before = [m for m in mentions if m.end <= host.start and _one_of_kind(m, "Leader", ctx) and m.ids != host.ids]
        if before:
            add(found, max(before, key=lambda m: m.start).ids)
    if "'s " in masked.text and (found := PATRON_IT.match(masked.text)):
        if found.group("of") is not None:
            add(found, masked.mention(found.group("of")).ids)
        elif owner := next((m for m in mentions if m.start == masked.orig(found.start("bare"))), None):
            add(found, owner.ids)  # ("the junta's": found among this sentence's people and regimes, not yet masked)
    if " it " in masked.text and ((found := IT_AFTER_CLAUSE.match(masked.text)) or (found := NOT_ONLY_IT.match(masked.text))):
        subject = masked.mention(found.group("who"))
        if len(subject.ids) == 1 and ctx.kind(subject.ids[0]) in ("State", "Organization"):
            add(found, subject.ids)
    for found in ITS_ROLE.finditer(masked.text) if lead_state and " its " in masked.text else ():
        if masked.mention(found.group("who")).ids[0] != lead_state:
            add(found, (lead_state,))
    for found in THE_BALTIC_STATES.finditer(masked.text) if " Baltic " in masked.text else ():
        add(found, BALTIC_STATES, "group")
    for found in chain(SAID_IT.finditer(masked.text) if " it " in masked.text else (), SAID_ITS.finditer(masked.text) if " its " in masked.text else ()):
        speaker = masked.mention(found.group("who"))
        if len(speaker.ids) == 1 and ctx.kind(speaker.ids[0]) in ("State", "Organization"):
            add(found, speaker.ids)
    found = QUOTE_SPEAKER.match(masked.text)
    if found:
        speaker = masked.mention(found.group("who"))
        if len(speaker.ids) == 1 and ctx.kind(speaker.ids[0]) in SPEAKER_KINDS:
            add(found, speaker.ids)
    _remember_acts(masked, ctx)
    sentence = masked.article[masked.start:masked.end]
    if " army" in sentence or " military" in sentence or " armed forces" in sentence:
        armies = [masked.mention(found.group(1)) for found in ARMY_OF.finditer(masked.text)]
        armies += [m for m in masked.mentions if ARMY_NAMED.search(masked.article, m.start, m.end)]  # "the «Sudanese army»"
        for army in sorted(armies, key=lambda m: m.start):
            if _one_state(army, ctx):
                ctx.army_state = (army.ids[0], ctx.sentence_no)
    _remember_states(out, ctx, masked.text)
    return out


def _most_named(states: list[str], ctx: ArticleContext) -> str:
    """The state of `states` the article has named most (the first of them on a tie)."""
    return max(states, key=lambda i: ctx.state_counts.get(i, 0))


def _last_of_one_kind(before: list[Mention], ctx: ArticleContext) -> tuple[str, ...]:
    """The actors "them" points back to ("issued warrants for Netanyahu and Gallant, accusing them"):
    the last group named, else the actors of one kind named last in a row, if more than one."""
    before = sorted(before, key=lambda m: m.start)
    if not before:
        return ()
    if len(before[-1].ids) > 1:
        return before[-1].ids
    kind, same = ctx.kind(before[-1].ids[0]), []
    for m in reversed(before):
        if len(m.ids) != 1 or ctx.kind(m.ids[0]) != kind:
            break
        same.append(m.ids[0])
    return tuple(reversed(same)) if len(same) > 1 else ()


def _without_broker(mentions: list[Mention], masked: Masked, at: int) -> list[Mention]:
    """The mentions "the two …" may be drawn from: after "between", not the sentence's subject, the
    third party ("China … has tried to broker talks between the two neighbours")."""
    if not BETWEEN_BEFORE.search(masked.text, 0, at) or not mentions or not BROKER.search(masked.text, 0, at):
        return mentions
    first = min(mentions, key=lambda m: m.start)
    return [m for m in mentions if m is not first]


def _two_states(mentions: list[Mention], masked: Masked, at: int, ctx: ArticleContext,
                neighbours: bool = False) -> tuple[str, ...]:
    """The two states "both countries" means: of those named earlier in this sentence (or else in this one
    and the last), the article's two main ones ("Thailand is an ally of the U.S., while Cambodia is one of
    China's allies. Both nations accused each other"); else the article's two main ones of all named so far."""
    named, near, here = list(ctx.recent_states), list(ctx.last_sentence_states), []
    for m in sorted(mentions, key=lambda m: m.start):
        # (not the subject acting on them: "the US and the EU have imposed sanctions on both countries")
        # (a leader named stands for his state: "Li held talks with Prime Minister Luxon … the two sides")
        if m.start < at and (state := _state_named(m, ctx)) and not (SUBJECT_AFTER.match(masked.article, m.end)
                                                                       and not CLAUSE_BREAK.search(masked.article, m.end, at)):
            for recent in (named, near, here):
                ctx.remember(recent, state)
    # (a state named later in this sentence may be one of them: "… Russia, Armenia's guarantor, was sidelined. The two
    # countries fought two wars over Nagorno-Karabakh, which Azerbaijan retook")
    later = [state for m in sorted(mentions, key=lambda m: m.start) if m.start > at and (state := _state_named(m, ctx))]
    near += [state for state in dict.fromkeys(later) if state not in near and state in named]
    pair = ctx.last_lists.get(2)
    top = sorted(named, key=lambda i: ctx.state_counts.get(i, 0))[-2:]
    minor = pair and max(ctx.state_counts.get(i, 0) for i in pair[0]) <= 1 and len(top) == 2 and \
        min(ctx.state_counts.get(i, 0) for i in top) >= 3  # (a pair named in passing: "… crosses Uzbekistan and Kazakhstan")
    if len(here) < 2 and pair and not minor and (ctx.sentence_no - pair[1] in (1, 2) or _pair_still_meant(pair, near, mentions, at, ctx)):
        return pair[0]  # "… Finland and Sweden joining NATO. Erdogan accused the two Nordic countries"
    near = here if len(here) >= 2 else [] if neighbours or minor else near  # ("the two neighbours": the article's pair, not the last sentence's)
    if len(near) >= 2:  # (on a tie, those named first)
        main = sorted(near, key=lambda i: (ctx.state_counts.get(i, 0), -near.index(i)))[-2:]
        return tuple(i for i in near if i in main)
    if len(named) >= 2:  # the article's two main states (on a tie, those named last)
        ranked = sorted(named, key=lambda i: (ctx.state_counts.get(i, 0), named.index(i)))
        if neighbours and len(ranked) > 2 and ctx.state_counts.get(ranked[-2], 0) == ctx.state_counts.get(ranked[-3], 0):
            return ()  # ("the two neighbours" with no clear second: which two border each other is not known here)
        return tuple(i for i in named if i in ranked[-2:])
    return ()


# acts no relation states, remembered with their doers for "the launches", "the seizure", "condemned the operation",
# "the expulsions": (whether the sentence can hold one, the pattern, its doer's slot, the act's kind)
ACTS = (
    (lambda t: " launched " in t or "test" in t or " fired " in t, LAUNCHED, lambda m: m.group(1), lambda m: "launch: "),
    (lambda t: "intercept" in t or " seized " in t or " boarded " in t or " impounded " in t, INTERCEPTED, lambda m: m.group(1), lambda m: ""),
    (lambda t: " by " in t and ("claimed" in t or "carried out" in t or "perpetrated" in t), CLAIMED_BY, lambda m: m.group(1), lambda m: ""),
    (lambda t: "operation" in t or "crackdown" in t, OPERATION, lambda m: m.group(1) or m.group(4), lambda m: "operation: "),
    (lambda t: " expelled " in t or " deported " in t or " expulsion " in t, EXPELLED, lambda m: m.group(1),
     lambda m: "expulsion: " if m.group("expel") else "deportation: "),
)


def _remember_acts(masked: Masked, ctx: ArticleContext) -> None:
    for holds, pattern, doer, kind in ACTS:
        for found in pattern.finditer(masked.text) if holds(masked.text) else ():
            ctx.attacks += [(ctx.sentence_no, i, kind(found) + found.group().lower()) for i in masked.mention(doer(found)).ids]


DRILL_WORDS = re.compile(r"exercise|drill|manoeuvre|maneuver|war game")
ACCUSING_WORDS = re.compile(r"accus|alleg|blam|behind|responsible")


def remember_stated_acts(found: list[tuple], ctx: ArticleContext, text: str) -> None:
    """The acts the sentence's relations state, for "the strikes", "the decision", "the exercise", "the accusations"
    later on; `found`: (type, source, target, rule, mood, span, detail) of each relation."""
    acts = [f for f in found if f[0] in ("ATTACKS", "SANCTIONS") and f[4] == "asserted"]
    stated = {(f[0], f[2]) for f in acts if ".nominal" not in f[3]}  # (in "the E3 moved to reimpose UN sanctions on
    ctx.attacks += [(ctx.sentence_no, f[1], ("sanctions: " if f[0] == "SANCTIONS" else "") + text[f[5][0]:f[5][1]].lower())
                    for f in acts if ".nominal" not in f[3] or not stated]  # Iran" the movers did it; "fired missiles … in
    # retaliation for US strikes": the act the sentence states, not the one it names in passing)
    # (accusations too, for "called the accusations absurd" after them: the accuser made them)
    ctx.attacks += [(ctx.sentence_no, f[1], "accusation: " + words) for f in found if f[0] == "CONDEMNS" and f[4] == "asserted"
                    and ACCUSING_WORDS.search(words := text[f[5][0]:f[5][1]].lower())]
    # (joint drills too, for "condemned the exercise" after them: both sides held them)
    ctx.attacks += [(ctx.sentence_no, end, "drills: " + words) for f in found if f[0] == "ALLIED_WITH" and f[4] == "asserted"
                    and DRILL_WORDS.search(words := text[f[5][0]:f[5][1]].lower()) for end in (f[1], f[2])]


def _attackers(head: str, ctx: ArticleContext) -> tuple[str, ...]:
    """Who made the attack "the strikes" names: those of the last attack stated in like words, a few sentences back."""
    stem = head.replace("air ", "").replace("air", "").rstrip("s")[:6]  # strike, attack, raid, bombin/bombar, offens, ...
    stems = ("strik", "struck", "bomb", "shell") if stem == "strike" else ("raid", "storm") if stem == "raid" else (stem[:4],)  # "Israel struck …": "the strikes"
    # "called the decision outrageous", "welcomed the move": the last sanctions stated (a policy decided, not a strike)
    generic = stem in ("decisi", "move", "measur")
    accusations = stem in ("accusa", "allega", "charge")  # "called the accusations absurd": the last accusers
    for number, _, words in reversed(ctx.attacks):
        if ctx.sentence_no - number > 5:
            break
        kind = "sanctions: " if generic else "accusation: " if accusations else None
        if kind and words.startswith(kind):
            return tuple(dict.fromkeys(a for n, a, w in ctx.attacks if n == number and w.startswith(kind)))
        if kind:
            continue
        if stem in ("attack", "incurs", "assaul") and (any(s in words for s in stems) or not words.startswith(OTHER_ACTS)):
            return tuple(dict.fromkeys(a for n, a, _ in ctx.attacks if n == number))  # "the attack", "the incursion": any
        if any(s in words for s in stems):  # (of that sentence's acts, those in like words: "struck …", not "fired missiles at …")
            return tuple(dict.fromkeys(a for n, a, w in ctx.attacks if n == number and any(s in w for s in stems)))
    return ()


def _foes(ctx: ArticleContext) -> tuple[str, ...]:
    """The two actors the last few sentences state attacking each other, if any."""
    recent = {(n, a) for n, a, _ in ctx.attacks if ctx.sentence_no - n <= 3}
    for number, attacker in sorted(recent, reverse=True):
        others = [a for n, a in recent if n == number and a != attacker]
        if len(others) == 1:
            return attacker, others[0]
    return ()


def names_a_pair(text: str, start: int, end: int) -> bool:
    """Whether a sentence without a name still refers to two or more states or leaders ("The two
    countries fought two wars", "The two leaders signed …")."""
    if text.find("two ", start, end) < 0 and text.find("oth ", start, end) < 0 and text.find("hree ", start, end) < 0 \
            and text.find("our ", start, end) < 0 and text.find("ive ", start, end) < 0:
        return False  # (most sentences: no number word, no regex)
    return any(pattern.search(text, start, end) is not None for pattern in (BOTH, SEVERAL, TWO_LEADERS, SEVERAL_LEADERS))


# a pair named only as where something lies: "Landlocked between Russia and China, Mongolia …"
PLACED_BETWEEN = re.compile(r"\b(?:landlocked|located|situated|sandwiched|wedged|lying|lies|sits|nestled|squeezed)\s+between\s+(?:the\s+)?$", re.I)


# what may stand before a sentence's leading group ("New European Council President António Costa and …")
LEADING_WORDS = re.compile(r"[\s“\"‘']*(?:(?:New|Newly[- ]\w+|Incoming|Outgoing)\s+)?")


def remember_lists(mentions: list[Mention], ctx: ArticleContext, text: str = "", start: int = 0) -> None:
    """Keep the last list of n states for "the three countries" later on, the last two leaders
    named together for "the two leaders", and the leaders leading this sentence together for "They"."""
    people = [i for m in sorted(mentions, key=lambda m: m.start) for i in m.ids if ctx.kind(i) == "Leader"]
    if len(set(people)) >= 3:  # (the leaders named in one sentence: "Kim stood alongside Xi and Putin")
        ctx.last_leader_lists[len(set(people))] = tuple(dict.fromkeys(people))
    first = min(mentions, key=lambda m: m.start, default=None)
    ctx.leading_pair = first.ids if first and len(first.ids) > 1 and first.form == "group" and \
        LEADING_WORDS.fullmatch(text, start, first.start) and all(ctx.kind(i) == "Leader" for i in first.ids) else ()
    for mention in mentions:
        two_leaders = len(mention.ids) == 2 and all(ctx.kind(i) == "Leader" for i in mention.ids)
        if mention.form != "group" and not (mention.form == "coref" and two_leaders):
            continue  # (a list, or "the two leaders": "… the two leaders criticised … Erdogan said the two countries")
        if PLACED_BETWEEN.search(text, max(0, mention.start - 40), mention.start):
            continue
        if two_leaders:
            ctx.leader_pair = mention.ids
        # (leaders listed stand for their states: "Pashinyan and Aliyev signed … The two countries")
        states = tuple(i if ctx.kind(i) == "State" else ctx.state_of_leader(i) if ctx.kind(i) == "Leader" else None
                       for i in mention.ids)
        if all(states) and len(set(states)) == len(states):
            ctx.last_lists[len(states)] = (states, ctx.sentence_no)


def _one_state(mention: Mention, ctx: ArticleContext) -> bool:
    return _one_of_kind(mention, "State", ctx)


def _one_of_kind(mention: Mention, kind: str, ctx: ArticleContext) -> bool:
    return len(mention.ids) == 1 and ctx.kind(mention.ids[0]) == kind


def _titled(entity_id: str, word: str, ctx: ArticleContext) -> bool:
    """A state named a kingdom or sultanate; an emirate is a state the dictionary has emirs of."""
    if word == "Emirate":
        return any(role.office == "emir" for role in ctx.gaz.roles_of("of", entity_id))
    entity = ctx.gaz.entities.get(entity_id)
    return entity is not None and any(word in name for name in (entity.name, *entity.aliases))


NOT_BLOCS = {"court", "UN agency", "UN organ", "UN-related", "UN peacekeeping mission", "financial", "EU institution"}


def _groups_fit(entity_id: str, ctx: ArticleContext) -> bool:
    entity = ctx.gaz.entities.get(entity_id)
    return entity is None or dict(entity.props).get("orgType") not in NOT_BLOCS


def _is_agency(entity_id: str, ctx: ArticleContext) -> bool:
    entity = ctx.gaz.entities.get(entity_id)
    return entity is not None and dict(entity.props).get("orgType") == "UN agency"  # "the agency": the WHO, the IAEA


def _blocs_fit(entity_id: str, ctx: ArticleContext) -> bool:
    entity = ctx.gaz.entities.get(entity_id)
    return _groups_fit(entity_id, ctx) and (entity is None or dict(entity.props).get("orgType") != "armed group")


def _is_alliance(entity_id: str, ctx: ArticleContext) -> bool:
    entity = ctx.gaz.entities.get(entity_id)
    return entity is not None and dict(entity.props).get("orgType") in ("military alliance", "security pact")


def _is_court(entity_id: str, ctx: ArticleContext) -> bool:
    return "Court" in ctx.name(entity_id)


def _is_council(entity_id: str, ctx: ArticleContext) -> bool:
    return "Council" in ctx.name(entity_id)


def _last_before(mentions: list[Mention], at: int, kind: str, ctx: ArticleContext, test=None) -> str | None:
    """The one actor of `kind` (passing `test`, if given) named last before `at`, if any."""
    before = [m for m in mentions if m.end <= at and _one_of_kind(m, kind, ctx) and (test is None or test(m.ids[0], ctx))]
    return max(before, key=lambda m: m.start).ids[0] if before else None


def _remember_states(mentions: list[Mention], ctx: ArticleContext, text: str = "") -> None:
    # (located capitals never reach here: dictionary_mentions drops them)
    ordered = sorted(mentions, key=lambda m: m.start)
    kinds = [ctx.kind(m.ids[0]) if len(m.ids) == 1 else None for m in ordered]
    if "Organization" in kinds:
        for m, kind in zip(ordered, kinds):
            if kind == "Organization":
                ctx.remember(ctx.recent_orgs, m.ids[0])
                if " summit" in text or (" leaders " in text and LEADERS_MEETING.search(text)):
                    ctx.summit_org = (ctx.sentence_no, m.ids[0])
        end = max(m.end for m in mentions)
        ctx.last_council = _last_before(mentions, end, "Organization", ctx, _is_council) or ctx.last_council
    states = [m.ids[0] for m, kind in zip(ordered, kinds) if kind == "State"]
    if states:
        # (a sentence led by a head of state leads with his state: "Vucic thanked Beijing … The Western Balkans
        # country" is Serbia)
        head = _state_named(ordered[0], ctx) if ctx.kind(ordered[0].ids[0]) == "Leader" else None
        ctx.leading_state = head or states[0]
        ctx.noun_led = NOUN_LED.match(text) is not None
    # (a leader stands for his state among the states named: "X met Congolese President Y … The two countries")
    named = [m.ids[0] if kind == "State" else state for m, kind in zip(ordered, kinds)
             if kind == "State" or (kind == "Leader" and (state := _state_named(m, ctx)))]
    if named:
        ctx.last_sentence_states = list(dict.fromkeys(named))
    for state in named:
        ctx.remember(ctx.recent_states, state)
        ctx.state_counts[state] = ctx.state_counts.get(state, 0) + 1


def _pair_still_meant(pair: tuple[tuple[str, ...], int], near: list[str], mentions: list[Mention], at: int,
                      ctx: ArticleContext) -> bool:
    """Whether the last pair named together, a few sentences back, is still "the two countries": no other two
    states were named since, nor another before the reference in its own sentence ("Canada and Denmark agreed …
    a signal to Russia … Both countries are members of NATO")."""
    return ctx.sentence_no - pair[1] <= 4 and len(set(near) - set(pair[0])) <= 1 and \
        all(_state_named(m, ctx) in (None, *pair[0]) for m in mentions if m.start < at)


def _state_named(mention: Mention, ctx: ArticleContext) -> str | None:
    if _one_state(mention, ctx):
        return None if _gone(mention.ids[0], ctx) else mention.ids[0]
    state = ctx.state_of_leader(mention.ids[0]) if _one_of_kind(mention, "Leader", ctx) else None
    return state if state is not None and ctx.kind(state) == "State" else None  # (the UN's head names no state)


def _gone(state: str, ctx: ArticleContext) -> bool:
    """A former state the article's day comes after ("his first trip outside the former Soviet Union" in 2023):
    no party to what "the two countries" do."""
    years = ctx.years(state)
    return years is not None and ctx.day is not None and ctx.day.year > years[1]
