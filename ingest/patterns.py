"""Relation patterns: regexes over a masked sentence, where «i» is an actor slot.

Macros: {S} source slot, {T} target slot, {P} a pair or group slot (symmetric relations),
{pre} up to a few words before a verb (where "denied", "could", "has" live), {g}/{G} short and
longer gaps without another actor, {x} a gap that may hold actors, {poss} a possessive,
{lead} the sentence start and a short lead-in.
Each pattern is (relation type, rule name, regex); roles come from the named groups.
"""
from __future__ import annotations

import re

from ingest.gates import Gates

WEAPON = (r"(?:weapons?|weaponry|arms|ammunition|munitions|shells|artillery|missiles?|rockets?|drones?|(?<!\bbody\s)armou?r(?!\s+(?:plat|piercing|division|brigade))|"
          r"UAVs?|tank(?<!fuel\stank)(?<!drop\stank)(?<!water\stank)(?<!oil\stank)(?<!gas\stank)(?<!storage\stank)(?<!think\stank)s?|fighter jets?|fighters(?<!\d\d\d\sfighters)(?<!hundreds\sof\sfighters)(?<!thousands\sof\sfighters)|jets|aircraft(?<!firefighting\saircraft)(?<!fire-fighting\saircraft)|warplanes?|war planes|(?:strategic\s+|long-range\s+)?bombers(?<!water\sbombers)|MiG(?:-\d+)?s?|helicopters(?<!firefighting\shelicopters)(?<!fire-fighting\shelicopters)|air[- ]defen[cs]es?(?: systems?)?|"
          r"military (?:equipment|hardware|technolog(?:y|ies)|supplies)|rifles|(?:sub-?)?machine[- ]?guns|(?:anti-aircraft|anti-tank|field|artillery)\s+guns|mortars|pistols|carbines|bazookas|grenades|howitzers|(?:rocket|missile|grenade) launchers?|"
          r"[A-Z]{1,4}-\d+[A-Z]{0,3}s?|F-16s?|HIMARS|Patriots?|ATACMS|THAAD|Shaheds?|bombs|warheads|arsenals?|batter(?:y|ies)|anti-missile (?:defen[cs]e )?systems?|radars?(?: systems?)?|"
          r"Rafales?|Gripens?|Eurofighters?|(?-i:Typhoons?)(?!\s+(?:relief|aid|season|victims|survivors|damage|(?-i:[A-Z])\w+))|BrahMos|Leopard(?: \d\w*)?s?|Abrams|Bradleys?|Strykers?|NASAMS|IRIS-T|SAMP/T|Bayraktars?|Tomahawks?|"
          r"Javelins?|Stingers?|NLAWs?|Storm Shadows?|Iskanders?|Kalibrs?|Kinzhals?|Scorp[eè]nes?|"
          r"(?:armou?red|fighting|combat) vehicles|armou?red personnel carriers|armou?red cars|warships?|frigates?|destroyers?|cruisers?|corvettes?|submarines?|(?:missile|attack|patrol) boats|gunboats|"
          r"patrol (?:boats|vessels|ships)|subs|lethal (?:aid|assistance|support)|"
          # "sent two AWACS surveillance planes to Egypt" (planes alone may be airliners)
          r"AWACS(?:\s+(?:[\w-]+\s+)?(?:planes|aircraft))?|(?:surveillance|reconnaissance|spy|early[- ]warning|military|combat|attack|fighter)\s+(?:(?:surveillance|reconnaissance|transport|cargo)\s+)?planes)")
TROOPS = (r"(?:troops|soldiers|forces|military personnel|servicemen|airmen|mercenaries|paratroopers|paratroops|marines|commandos|peacekeepers|combat units|battalions?|police(?: officers)?|policemen|gendarmes|security personnel|"
          r"(?:peacekeeping|expeditionary|stabili[sz]ation|rapid reaction|standby|intervention|task) force|"
          r"(?:military\s+)?instructors|military (?:trainers|specialists)|"
          r"brigades?|peacekeepers|special forces|military advisers|military advisors|army advisers|army advisors|(?:army|military)\s+training\s+teams?|units?|contingents?|"
          r"detachments?|regiments?|garrisons?(?<=»\sgarrison)|force(?<=»\sforce)(?![-\w])|garrisons(?<=»\sgarrisons)|divisions(?<=\d\sdivisions)|divisions(?<=»\sdivisions)|armies(?<=»\sarmies)|(?:army|infantry|airborne|armou?red|mechani[sz]ed|combat|marine|tank|volunteer)\s+divisions?|personnel(?<=\d\spersonnel)|advisers(?<=\d\sadvisers)|advisors(?<=\d\sadvisors)|personnel(?<=\bsent personnel)|personnel(?<=\bdeployed personnel)|personnel(?<=\bsending personnel)|personnel(?<=number of personnel)|fighters(?<=\d\d\d\sfighters)|fighters(?<=hundreds of fighters)|fighters(?<=thousands of fighters)|(?:military|security) contractors)")
# contacts whose suspension is a sanction ("suspended high-level contacts with"), for the rule and for modality
CONTACTS_WITH = (r"(?:all\s+|its\s+|their\s+|several\s+|some\s+|planned\s+)?(?:(?:high-level|ministerial|official|military|defen[cs]e|bilateral|diplomatic|political|senior|strategic|security|nuclear|economic|technical|scientific)\s+)+(?:contacts?|exchanges|dialogue|visits|cooperation(?:\s+(?:agreement|accord|pact))?)"
                 # ("suspended military cooperation and joint patrols against people smugglers with Australia")
                 r"(?:\s+and\s+(?:joint\s+)?(?:patrols|exercises|drills|operations|intelligence\s+sharing)(?:\s+(?:against|on)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?)?\s+with")
# a lifeline thrown to someone (support.lifeline, support.act_throwing_lifeline)
LIFELINE_TO = r"lifeline\s+to\s+(?:the\s+)?(?:embattled\s+|beleaguered\s+|struggling\s+|cash-strapped\s+)?{T}"
# "Sri Lanka handed over the port, after struggling to repay …": the opening subject, a borrower, up to the
# lender's loans (support.struggling_to_repay, and its "debts to" twin: {S} stands once in a pattern)
STRUGGLING_TO_REPAY = r"\A(?:[^«»;.]{0,40}?)?{T}\s(?:[^;.]|«\d+»|\.(?=\d)){0,160}?,\s+(?:(?:after|as|while|since|when)\s+)?(?:struggling|failing|having\s+failed|unable|straining|battling)\s+to\s+(?:repay|service|pay\s+(?:back|off))\s+(?:the\s+|its\s+|their\s+)?(?:[\w$.,-]+\s+){0,3}?"
REPAY_WORDS = r"repay|to service|pay back|pay off"  # (their word gate)
# a trade cut off or broken off, for sanctions.blocked_trade and modality, where it is no negation of the sanction
CUT_OFF_V = r"cut(?:s|ting)?\s+off|broke\s+off|break(?:s|ing)?\s+off|broken\s+off"
# trade cut or stopped with a state, the measure itself ("cut their trade with Yugoslavia", "stopped every kind of commerce with China")
# a message of congratulations sent ("sent a message of congratulations to", "sent Lula his congratulations")
CONGRATULATIONS = r"(?:message|letter|note|telegram|cable)\s+of\s+congratulations?|congratulations|congratulatory\s+(?:message|letter|note|telegram|cable)"
PLOT_N = (r"(?:(?:plot|fabrication|provocation|conspiracy|ploy|slander|trick|scheme|propaganda\s+(?:stunt|exercise|ploy)|manoeuvre|maneuver)s?\b|"
          r"(?:attempt|bid)s?\s+to\s+(?:bring\s+down|topple|overthrow|unseat|destabili[sz]e|undermine|subvert|sabotage|intimidate|blackmail)\b)")
_STAGED_WORDS = ("staged", "faked", "fabricated", "stage-managed", "orchestrated")
STAGED = "(?:" + "|".join(_STAGED_WORDS) + ")"
# the verbs of a charge made in words ("Libya said", "Pyongyang charged", "Bamako claimed")
_PORTS = r"(?:ports?|harbou?rs?|waters|coast(?:line)?|rivers?)"  # a state's waters that can be mined
CHARGED_V = r"(?:said|says|saying|claimed|claims|claiming|insisted|insists|charged|charges|alleged|alleges|alleging|maintained|maintains|replied|retorted|countered)"
# "what it called", "what they termed", "what he described as": a judgment put in the subject's words
WHAT_IT_CALLED_GATE = "|".join(f"what {who} {verb}" for who in ("he", "she", "it", "they") for verb in ("called", "termed", "described as"))
PLOT_GATE = r"plot|fabrication|provocation|conspirac|ploy|slander|trick|scheme|propaganda|manoeuvre|maneuver|attempt to|attempts to|bid to"  # (PLOT_N's words, for a rule gate)
# a buyer in apposition to its actor, what it buys next ("France, the former colonial power and the main buyer of")
BUYER_APPOSED = r"{S}\s*,\s+(?:[^«»;,]{0,40}?\s+and\s+)?(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:buyers?|importers?|purchasers?|customers?)\s+(?:of|for)\s+"
# a note sent to someone ("sent notes to Moscow and London …"), its addressee next
NOTE_SENT_TO = r"{S}\s+{pre}(?:sent|delivered|handed|addressed)\s+(?:an?\s+|a\s+strongly\s+worded\s+)?(?:[\w-]+\s+)?(?:notes?|letters?|messages?|protests?)\s+to\s+(?:the\s+)?"
TRADE_CUT_V = r"(?:cut|slash)\w*(?=\s+(?:(?:its|their|all|«\d+»)\s+)?trade\s+with\b)|stopp\w*(?=\s+(?:all|every\s+(?:kind|form)\s+of)\s+(?:trade|commerce)\b)"
# the links whose cutting is a sanction ("cut all transport and postal links with"), for the rule and for modality
# (or trade ties: "cut all trade ties with Denmark"; ties cut without "trade" are relations broken, no sanction)
LINKS_WITH = (r"(?:(?:(?:transport|postal|air|rail|road|sea|land|shipping|flight|banking|trade|direct),?\s+(?:and\s+)?){1,4}(?:links|connections|communications|services)\s+(?:with|to)"
              r"|(?:(?:trade|economic|commercial|business),?\s+(?:and\s+)?){1,3}(?:ties|relations)\s+with)")
# ties cut "in favour of" another, after the verb (support.ties_cut_in_favour, and modality, where the verb is no negation)
TIES_CUT = r"(?:its\s+|their\s+|diplomatic\s+|official\s+|formal\s+)*(?:ties|relations|recognition)\s+(?:with\s+|of\s+)?"
# who attends "the NATO-Russia Council" or "an EU-China summit" (meet.attended_hyphen_*)
ATTENDED_HYPHEN = r"(?:attend(?:ed|s|ing)?|join(?:ed|s|ing)?|chair(?:ed|s|ing)?|address(?:ed|es|ing)?)\s+(?:a\s+|the\s+)?(?:(?:meeting|session)\s+of\s+(?:the\s+)?)?"
HYPHEN_MEETING = r"(?:summit|council|talks|meeting|dialogue|forum)\b"
# a force stationed in a state: "the UN peacekeeping force in Haiti"
FORCE_IN = r"(?:force|mission|contingent|operation)\s+in\s+{reg}{T}"
# trade talks whose suspension is a sanction ("suspended talks on a free trade agreement with"), for the rule and for modality
TRADE_TALKS = r"(?:the\s+|its\s+|all\s+)?(?:(?:free[- ]trade|trade)\s+(?:talks|negotiations)|(?:talks|negotiations)\s+on\s+(?:an?\s+|the\s+)?(?:free[- ]trade|trade)\s+(?:agreement|deal|pact))"
# a share of a whole: "about 80%", "a third", "most" ("supplies about 80% of Pakistan's weapons")
SHARE = (r"(?:(?:about|around|nearly|almost|more\s+than|over|some|roughly|just\s+under|less\s+than)\s+)?"
         r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|(?:a|one|two)[- ](?:third|quarter|half|fifth)|(?:a|one)[- ](?:sixth|tenth)|half|two-thirds|three-quarters|most|much)")
SANCTION_N = (r"(?:sanctions|embargo(?:es)?|export controls|asset freezes?|travel bans?|penalties|restrictive measures|(?:punitive|retaliatory|coercive) measures|"
              r"measures(?<=imposed measures)|measures(?<=imposes measures)|measures(?<=imposing measures)|"
              r"(?:export|import|trade|financial|banking|visa|travel) (?:restrictions|curbs|bans))")
# what calling an actor one of these condemns it ("labelled Lai a troublemaker"): stems, for the gate too
INTEL = r"(?:intelligence|satellite\s+imagery|targeting\s+(?:data|information))"  # what a state shares or receives as support
WORKS = r"(?:roads|airports?|ports?|railways?|hospitals?|clinics|schools|scholarships|bridges?|dams?|stadiums?|infrastructure|projects|power\s+plants?|highways?)"  # works a state pays for
# the people a killing is charged for ("the officers were murdered by", "had shot thousands of Polish officers")
# the others a state asks to punish or restrain another ("appealed to the world to punish", "asked the powers to restrain"),
# for condemn.urged_to_punish and its own trigger in modality
OTHERS_ASKED = r"(?:world|international\s+community|nations|allies|(?:great\s+)?powers|[\w-]+\s+(?:nations|countries|governments|powers))"
PUNISHED_V = r"(?:punish|isolate|ostraci[sz]e|restrain|curb|rein\s+in|stop)\b"
KILLED_PEOPLE = r"(?:officers|soldiers|prisoners(?:\s+of\s+war)?|civilians|villagers|refugees|journalists|diplomats|hostages|dissidents|priests|students|workers|fishermen|men|women|children|people)"
EPITHETS = (r"lackey|stooge|henchm|barbarian|dwarf|separatist|troublemaker|paper tiger|disappointment|embarrassment|neo-colonial|neocolonial|imperialis|colonialis|repressi|oppressi|instrument of|tool of|pira|enabler|accomplice|terror|dictator|crime|criminal|corrupt|aggressor|liar|murderer|parasite|pariah|rogue|puppet|"
            r"traitor|tyrant|butcher|thug|warmonger|provocateur|menace|enem|fascist|nazi|saboteur|destabili|disgrace|failed state|shithole|"
            r"antisemit|anti-semit|racist|hate-filled|xenophob|hostile force|adversar|systemic rival|strategic rival|systemic competitor|strategic competitor|systemic challenge|challenge to|drug leader|drug lord|drug baron|drug traffick|kingpin|narco|gangster|madman|lunatic|devil|satan|mad dog|terrible|disastrous|incompetent|evil|extremist|threat to|security threat|danger to|rebel militia|mutineer|outlaw|bandit")
# what calling an act one of these condemns its doer ("described the ICC's actions as outrageous"): stems, for the gate too
# what one actor regards another as, in condemning it
VILLAINS = r"(?:dictators?|tyrants?|autocrats?|despots?|war\s+criminals?|murderers?|thugs?|aggressors?|enemy|enemies|adversary|adversaries|threats?|menace|monsters?|butchers?|killers?|terrorists?|liars?|puppets?|traitors?|idiots?|clowns?|cowards?|devils?|satan|mad\s+dogs?|sons?\s+of\s+(?:a\s+)?(?:whore|bitch))"
# "were killed in a clash with": soldiers who fell fighting
# the victims of a killing named by their state: "(at least) a dozen «Yemeni» soldiers"
VICTIMS = (r"(?:(?:at\s+least|about|some|more\s+than|nearly|almost|around|up\s+to|as\s+many\s+as|another)\s+)?(?:\d[\d,]*|a\s+dozen|dozens|hundreds|scores|"
           r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+number)?(?:\s+of)?\s*(?:the\s+)?{T}(?!{poss})\s+"
           r"(?:soldiers|troops|servicemen|sailors|(?:border|frontier|coast)\s+guards|guards|police(?:men)?|police\s+officers|officers|marines|peacekeepers|pilots|airmen|conscripts|paratroopers)\b")
KILLED_IN_CLASH = (r"(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\s+(?:on\s+\w+day\s+)?in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:clash(?:es)?|skirmish(?:es)?|fighting|battles?|firefights?|gunfights?|confrontations?|brawl)")
JUDGMENTS = (r"outrageous|an outrage|unacceptable|brutal|barbar|inhuman|savage|uncivilised|uncivilized|betrayal|treachery|unwarranted|uncalled-for|interference|meddling|dangerous|delinquent|crazy|insane|a disgrace|inadmissible|illegal|illegitimate|provocati|irresponsible|reckless|absurd|unlawful|shameful|hostile|act of hostility|"
             r"aggressi|criminal|declaration of war|null and void|violation|blackmail|genocid|war crime|ethnic cleansing|unjustified|untenable|unfounded|groundless|baseless|"
             r"direct challenge to|contrary to international law|at odds with the spirit|at odds with the letter|at odds with international|encroachment|threat to|nasty|manipulation|dishonest|meritless|without merit|affront|infringement|regrettable|unjustifiable|deplorable|cynical|disgraceful|politicised|politicized|disappointing|diktat|selfish|protectionis|bullying|coercion|coercive|hypocri|biased|inappropriate|"
             # "which Washington called an attempt to hold the world economy hostage"
             r"propaganda stunt|propaganda ploy|propaganda gesture|propaganda trick|propaganda exercise|propaganda move|propaganda ruse|propaganda show|publicity stunt|"
             r"attempt to undermine|attempt to destabili|attempt to intimidate|attempt to coerce|attempt to interfere|attempt to sabotage|"
             r"attempt to derail|attempt to provoke|attempt to blackmail|attempt to bully|attempt to hold|attempt to meddle|attempt to split|attempt to deprive|attempt to contain|attempt to suppress"
             # "called Washington's approach simplistic"
             r"|simplistic|misguided|counterproductive|counter-productive|short-sighted|shortsighted|ill-advised|arrogant|incomprehensible|inexplicable|unconscionable"
             # "called the test an act of stupidity", "a sordid act of state-backed terrorism"
             r"|stupid|foolish|premature|wrong|offensive|inflammatory|insulting|sordid|barbaric|barbarous|abhorrent|despicable|heinous|cowardly|appalling|scandalous|unfriendly act|act of terrorism|terrorist act|state-backed terrorism|state-sponsored terrorism|act of piracy|act of sabotage"
             # "called the Soviet deliveries an intervention in an African civil war"
             r"|intervention in a |intervention in an |intervention in the |intervention in its |intervention in their |intervention in «|crime against|act of cowardice|an invasion|direct invasion|outright invasion|act of invasion")
# after a state (or its named firm, "Japan's Toyota", "Russia's state diamond miner Alrosa"): forming a joint venture
JOINT_VENTURE = r"(?:{poss}\s+(?:(?:[\w-]+\s+){0,3}?(?:company|firm|miner|producer|giant|group|corporation|conglomerate|carmaker|manufacturer)(?:\s+(?-i:[A-Z])[\w-]+){0,2}|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?))?\s+{pre}(?:formed|forms|form|set\s+up|sets\s+up|setting\s+up|created|creates|launched|launches|established|establishes|signed|signs|agreed|agrees)\s+(?:to\s+(?:form|set\s+up|create|launch|establish)\s+)?an?\s+(?:[\w-]+\s+)?joint\s+ventures?\s+"
# works one state builds in another ("a rival port at Gwadar", "the Bushehr reactor")
BUILT_WORKS = (r"(?:port|railway|rail\s+line|pipeline|dam|power\s+plant|highway|motorway|bridge|airport|corridor|(?:nuclear\s+)?reactors?|"
               r"nuclear\s+(?:power\s+)?(?:plant|station)|refinery)")
# what a state is to stop before relations resume: "until Pakistan credibly and irrevocably abjures its support for terrorism"
UNTIL_STOPS = r"(?:ends?|stops?|halts?|abandons?|abjures?|ceases?|gives?\s+up|drops?)"
# a state's arm that acts for it: "the Chinese coast guard's use of water cannons"
STATE_ORGANS = r"(?:coast\s+guard|navy|army|air\s+force|armed\s+forces|military|forces|government|authorities|regime)"
# "Tuvalu is one of a dwindling number of countries that recognise …": what the subject does with others
ONE_OF_STATES = r"(?:is|was|remains|are|were)\s+(?:one\s+of|among)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:countries|states|nations|governments)\s+(?:that|which)\s+(?:still\s+|have\s+|has\s+)?"
# "... as outrageous", "... as \"unjustified\"": the judgment an act is described or dismissed as
# "Beijing said … and accused/summoned …": a said clause of the sentence's subject (or its radio's), then its second verb
SAID_THEN = (r"(?:{lead}|\A[\s“\"]*(?:the\s+)?«\d+»\s+(?:[\w-]+\s+){1,4}?){S}\s+(?:radio\s+|television\s+)?(?:(?:has|had)\s+)?(?:\w+ly\s+)?(?:said|says|told\s+(?:reporters|journalists|lawmakers|parliament))\s+"
             r"(?:on\s+\w+day\s+)?(?:that\s+)?(?:[^;.«»]|«\d+»){5,100}?\s+and\s+(?:also\s+)?")
# "cast its seventh veto", "used its veto": a veto cast
CAST_VETO = r"(?:cast|casts|casting|used|uses|using|wielded|wields|exercised|exercises)\s+(?:its|their|a|«\d+»)\s+(?:[\w-]+\s+){0,2}?veto"
VETO_TO_SHIELD = CAST_VETO + r"\s+(?:on\s+\w+day\s+)?to\s+(?:protect|shield|defend|save)"  # ("cast its seventh veto to protect")
# "... for its stance": what an attack in words is for
FOR_STANCE = r"\s+(?:for|over)\s+(?:its|their|his|her|«\d+»)\s+(?:[\w-]+\s+)?(?:stance|position|remarks|comments|statements?|views|decision|polic(?:y|ies)|support|role|criticism|response|rhetoric|vetoe?s?|votes?)\b"
JUDGED_AS = r"\s+as\s+[“\"]?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:" + JUDGMENTS + r")"
MOD = r"(?:(?:own|new|fresh|additional|further|tough|tougher|sweeping|economic|financial|targeted|secondary|international|more|wide-ranging|punishing|strict|stricter|latest|(?:decades|years|months)-long|long-standing|longstanding|crippling|harsh)\s+)*"

# "Xi and his wife, Peng Liyuan, were greeted": the spouse named after the subject leaves it the subject
SPOUSE_ASIDE = r"and\s+(?:his|her)\s+(?:wife|husband|spouse)(?:,?\s+(?:[A-Z][\w'’-]*|«\d+»)(?:\s+(?:[A-Z][\w'’-]*|«\d+»)){0,3})?,?\s+"
# "sent four C-130 aircraft carrying a field hospital and rescue teams to Kathmandu": planes or ships that carry aid are
# no arms and no deployment (support.sent_carrying_aid reads them)
# what relief planes and ships carry (support.sent_carrying_aid, NOT_CARRYING_AID)
# relief goods a stricken state accepts (support.accepted_relief_from): not "supplies" alone, which may be arms
RELIEF_GOODS = r"food|medicines?|tents|blankets|relief(?:\s+(?:goods|supplies|aid))?|rescuers|rescue\s+teams?|doctors|drinking\s+water|(?:medical|relief|emergency|humanitarian)\s+supplies"
# an urged halt of an act the urger judges (condemn.urged_halt_judged, and its mood in modality): "urged Turkey to halt
# its drilling operations, which it called provocative"
HALT_WORDS = r"halt|stop|end|cease|suspend|abandon"
WHICH_IT = r",\s+which\s+(?:it|he|she|they)"
# what an act "could not have happened without" (condemn.said_not_without_consent)
COMPLICITY_N = r"(?:consent|approval|knowledge|backing|support|complicity|help|blessing|acquiescence|involvement|assistance)"
AID_CARGO = r"rescuers|rescue\s+teams?|aid|medical|medicines?|food|supplies|doctors|relief|tents|blankets"
NOT_CARRYING_AID = r"(?!(?:\s+[\w-]+)?\s+(?:carrying|loaded\s+with|full\s+of)\s+(?:[^«»;.]){0,80}?\b(?:" + AID_CARGO + r"|field\s+hospitals?)\b)"
# a meeting between the one told and what he was told: "told Putin as they shook hands that …"
AS_THEY_MET = r"(?:(?:as|when|while)\s+(?:they|the\s+two)\s+(?:shook\s+hands|met|greeted\s+each\s+other|spoke)\s+)?"
# a deal that gives one state's troops access to another's bases (troops.deal_access_bases, ally.deal_access_bases)
DEAL_ACCESS_BASES = (r"\b(?:deal|agreement|pact|accord|treaty)\s+(?:that\s+)?(?:giving|gives|gave|granting|grants|granted|allowing|allows|allowed)\s+(?:the\s+)?{S}\s+(?:[\w-]+\s+)?"
                     r"(?:troops|forces|military|soldiers|navy|warships)\s+(?:(?:rotational|expanded|greater|more|wider)\s+)?access\s+to\s+(?:[\w-]+\s+){0,3}?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:bases|airfields|ports)\b")
MACROS = {
    "S": r"«(?P<s>\d+)»", "T": r"«(?P<t>\d+)»", "P": r"«(?P<p>\d+)»",
    # (or a clause, then a participle of the same subject: "came to the rescue, buying Russian oil")
    "pre": r"(?!(?:leaders?|countries|nations|members|member\s+states)\s+(?:that|which|who)\b)(?P<pre>(?:,\s+(?:which|who)\s+|(?-i:[a-z])[\w-]*,\s+(?:which|who)\s+|" + SPOUSE_ASIDE + r")?(?:(?:[^«»;,.:—–]|[.,](?=\d)){0,45}?(?:,\s+(?=[a-z]+ing\b)|\s))?)",
    "tpre": r"(?!(?:countries|states|nations|members|member\s+states)\s+(?:that|which|who)\b)(?P<pre>(?:,\s+(?:which|who)\s+|(?:[\w-]+\s+){0,2}?[\w-]*(?:companies|firms|producers|manufacturers|makers|exporters|importers|farmers|growers),\s+(?:which|who)\s+)?(?:(?:(?!\b(?:ban|bann|bars?\b|barred|restrict|curb|halt|block|limit|cut|suspend|stop|cease|end|tighten)\w*)[^«»;,.:]){0,45}?(?:,\s+(?=[a-z]+ing\b)|\s))?)",
    # gaps; a dot before a digit ("$2.5 billion") ends no clause
    # (a gap crosses no new clause: "bans weapons exports to countries at war, so the missiles cannot be sent to Ukraine")
    "g": r"(?:[^«»;.,]|,(?!\s+(?:so|but|yet|while|whereas|although|though)\s)|\.(?=\d)){0,45}?",
    # an amount: "four billion dollars'", "$2bn", "more than 100 million euros"
    "value": r"(?:(?:more\s+than|nearly|almost|about|some|over|up\s+to|at\s+least)\s+)?(?:[$£€]?\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several)\s*(?:[bm]illion|bn|trillion)?\s*(?:dollars|euros|pounds|rubles|roubles)?['’]?",
    "G": r"(?:[^«»;.,]|,(?!\s+(?:so|but|yet|while|whereas|although|though)\s)|\.(?=\d)){0,110}?", "x": r"(?:[^;.]|\.(?=\d)){0,90}?",
    # "the", or a compass adjective, before a place: "into northern Israel", "in eastern Congo"
    "reg": r"(?:(?:parts|areas|(?:most|much|half|all|part)(?=\s+of\s+the\b)|(?:the\s+)?(?:(?:(?-i:[A-Z])[\w-]+|(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?)\s+)?(?:provinces?|regions?|districts?|outskirts|suburbs|(?:city\s+)?cent(?:re|er)|heart|panhandle|heartland|hinterland|interior|highlands|border\s+(?:areas|regions|districts)))\s+of\s+)?(?:the\s+)?(?:neighbou?ring\s+)?(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+(?:and\s+(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?(?:of\s+(?:the\s+)?)?)?(?:neighbou?ring\s+)?",
    "poss": r"(?:'s|’s|['’](?=\s))",
    # the start of a sentence, then a short lead-in: "On Monday, «1» said ..."
    "lead": r"\A(?:[\s“\"]*(?:After|Following|Before|During|Despite|Amid|Since|Earlier|Later|In|Under|With|By)\b[^«»;.,]{0,60},\s+(?:the\s+)?|[^«»;.]{0,30}?)",  # (a fronted phrase: "Following the Port Sudan strikes, ")
    # "struck the Iran-backed Houthis": a qualifying actor before the target
    "qual": r"(?:«\d+»-(?:backed|supported|sponsored|aligned|allied|funded|armed|linked|led)\s+|«\d+»['’]s\s+(?=«))?",  # ("Saddam's Iraq": the state, not its ruler)
    # ("drone trainers", "missile experts" are people, not weapons)
    "W": WEAPON + r"(?!\s+(?:trainers|instructors|operators|experts|specialists|technicians|engineers|pilots|crews|scientists)\b)" + NOT_CARRYING_AID, "TR": TROOPS, "SN": SANCTION_N, "MOD": MOD,
}


def _v(*stems: str) -> str:
    """Verb forms of a list like 'supply|supplies|supplied|supplying'."""
    return "(?:" + "|".join(stems) + ")"


# the trade in arms a ban forbids ("the sale of arms", "exports of war material"), and the licences for it that a ban stops
# (the ban's rule and modality's own trigger)
ARMS_TRADE_OF = (r"(?:sales?|exports?|shipments?|suppl(?:y|ies)|deliver(?:y|ies))\s+of\s+"
                 r"(?:arms|weapons|munitions|war\s+materi[ae]ls?|military\s+equipment|implements\s+of\s+war)")
EXPORT_LICENCES_FOR = r"(?:granting|issuing|grant|issue)\s+(?:export\s+)?licen[cs]es\s+for"
# "ban all arms trade with", "halted weapons sales to", "impose a full embargo on arms exports to"
ARMS_BAN = (r"(?:(?:ban(?:s|ned|ning)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|(?:impos|announc|declar|introduc|order)(?:e|es|ed|ing)\s+an?\s+(?:full\s+|total\s+|complete\s+)?embargo\s+on)\s+(?:all\s+)?"
            r"(?:(?:arms|weapons?)(?:\s+(?:trade|sales|exports|transfers|deals|shipments|supplies|deliveries|equipment\s+exports))?|military\s+(?:trade|sales|exports|transfers|deals|shipments|supplies|deliveries|equipment\s+exports))"
            # "forbade the sale of arms and munitions to", "stopped granting licences for the export of war material to"
            # (a ban; not "halted all deliveries of weapons to", which may be a pause)
            r"|(?:ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|forb(?:ade|id|ids|idding)|(?:stopp(?:ed|ing)|stops?|ceased|refus(?:ed|es|ing)(?:\s+to)?)\s+" + EXPORT_LICENCES_FOR + r")"
            r"\s+(?:all\s+)?(?:the\s+)?" + ARMS_TRADE_OF +
            r"(?:\s+(?:and|or)\s+(?:arms|munitions|ammunition|war\s+materi[ae]ls?|implements\s+of\s+war|military\s+(?:equipment|aircraft)))?)\s+(?:with|to)\s+(?:the\s+)?")


# a state's envoy or mission abroad, and (where a note goes) its government
ENVOY = r"(?:ambassador|envoy|minister|charg[eé]\s+d['’]affaires|embassy|legation)"
ENVOY_OR_GOVERNMENT = r"(?:" + ENVOY + r"|government|foreign\s+ministry)"
# a note handed over, and how it is described ("handed a strongly worded protest note to")
HANDED_V = r"(?:handed|hands|handing|delivered|delivers|presented|presents|gave|gives)"
NOTE_QUALIFIER = r"(?:(?:strongly[\s-]+worded|formal|sharp|stern|written|second)\s+)?"
# a protest in writing: "a protest note", "a note demanding an apology", "a note of protest"
PROTEST_NOTE = r"(?:protest(?:\s+(?:note|letter|memorandum))?|(?:note|letter|memorandum)\s+(?:of\s+protest|protesting|demanding|condemning|objecting|denouncing|rejecting))\b"

# "formally recognised": the verb of recognition
# a crisis provoked: "said Washington's plans had provoked the test" (the rule and modality's own trigger)
PROVOKED_V = r"(?:provoked|triggered|caused|sparked|started|prompted|fuell?ed)"
# a state's agents: "charged two Libyan intelligence officers with" (the rule and modality's own trigger)
STATE_AGENTS = r"(?:military\s+)?(?:intelligence\s+(?:officers|officials|agents|operatives)|agents|operatives|spies|secret\s+(?:service\s+)?agents)"
# deliveries sped up go on: "would speed deliveries of arms to Jordan" (the rule and modality's presupposition)
SPED_UP = r"(?:speed(?:s|ed|ing)?|sped|accelerat(?:e|ed|es|ing)|hasten(?:ed|s|ing)?|expedit(?:e|ed|es|ing))(?:\s+up)?"
# an attempt crushed was made: "crushed an attempt by mercenaries to overthrow President Gayoom" (the rule and modality's own trigger)
CRUSHED_V = r"(?:crushed|foiled|thwarted|defeated|put\s+down|quashed|quelled|repulsed|beat\s+back|smashed)"
# a member's rights suspended: "suspend the voting rights of Russia's delegation"
RIGHTS_SUSPENDED_V = r"(?:suspend(?:s|ed|ing)?|revok(?:es|ed|ing)|withdr[ae]w)"
VOTING_RIGHTS = r"(?:voting|membership)\s+rights"
# a subject and its verb, also across a relative clause: "The United States, which has long regarded …"
SUBJECT_WHICH = r"{S}(?:\s+|(?=,\s+(?:which|who)\s)){pre}"
# an apology or amends demanded: "demanded an apology from President Uribe"
AMENDS_DEMANDED = r"(?:an?\s+)?(?:official\s+|formal\s+|public\s+|full\s+)?(?:apology|compensation|reparations)"
# calls made to someone: "called General Zia-ul-Haq to protest at the delay"
CALLED_UP_V = r"(?:telephoned|phoned|called|rang|wrote\s+to)"
RECOGNISE = r"(?:(?:formally|officially)\s+)?recogni[sz](?:es|ed|ing|e)\s+"
# "has become the first EU country to …": being the first to do a thing says it was done
FIRST_TO_ORDINALS = ("first", "second", "third", "latest", "only", "last", "newest", "most senior", "highest-ranking", "highest ranking",
                     "highest-level", "highest level")
FIRST_ORDINAL = r"(?:" + "|".join(w.replace(" ", r"\s+") for w in FIRST_TO_ORDINALS) + r")"
# the verbs of an office given to someone: "was named prime minister", "Kohl, elected chancellor on Friday,"
OFFICE_GIVEN = r"named|appointed|elected|installed|chosen"
# a state's own troops (not mercenaries or volunteers from it), the subject of rules that place them
STATE_TROOPS = r"{S}{poss}?\s+(?!mercenaries|volunteers){TR}"
BECOMING = r"(?:on\s+\w+day\s+)?(?:has\s+|had\s+)?"  # what may stand before "became" (or "is") the first: "on Thursday became", "has become"
FIRST_TO = (BECOMING + r"(?:become|became|is|was)\s+the\s+" + FIRST_ORDINAL + r"\s+"
            r"(?:[^;.«»]|«\d+»){0,45}?\s+to\s+")


SUPPLY_V = _v("supplie[sd]", "supply", "supplying", "resuppl(?:y|ies|ied|ying)", "rush(?:es|ed|ing)?", "airlift(?:s|ed|ing)?", "sold", "sells?", "selling", "deliver(?:s|ed|ing)?",
              "ship(?:s|ped|ping)?", "transferr?(?:s|ed|ing)?", "transport(?:s|ed|ing)?", "sent", "sends?", "sending", "provid(?:es?|ed|ing)",
              "gave", "gives?", "giving", "lent", "lends?", "lending", "loan(?:s|ed|ing)?", "export(?:s|ed|ing)?", "offer(?:s|ed|ing)?", r"hand(?:s|ed|ing)(?!\s+(?:over\s+)?(?:control|power|command|authority|responsibility|the\s+keys)\b)", "funnel(?:s|l?ed|l?ing)",
              "donat(?:es?|ed|ing)", "gift(?:s|ed|ing)?", "sourc(?:es?|ed|ing)", "procur(?:es?|ed|ing)", "bought", "buys?", "buying", "flown", "flew",
              r"fl(?:y|ies|ying)(?=\s+(?:in\s+)?(?:[\w-]+,?\s+){0,3}?(?:arms|weapons|ammunition|munitions|guns|rifles|military\s+(?:equipment|supplies|aid|hardware))\b)")  # (not aircraft, which fly themselves)
RECEIVE_V = _v("receiv(?:es?|ed|ing)", "obtain(?:s|ed|ing)?", "acquir(?:es?|ed|ing)", "bought", "buys?", "buying",
               "purchas(?:es?|ed|ing)", "import(?:s|ed|ing)?", "got", "gets?", "getting", "order(?:s|ed|ing)?",
               r"t(?:ook|akes?|aking|aken)\s+delivery\s+of")  # ("took delivery of two submarines from China")
# "supplying troops and munitions to support Russia's war": the purpose names whom they go to
# "sent troops to fight alongside American forces in Korea": the forces helped, and where (the troops are there)
# "received Soviet-designed tanks and MiG jets from Czechoslovakia": the maker named before is not the supplier named after
# (arms.receive_from reads the supplier)
NO_SUPPLIER_AFTER = r"(?![^«»;.]{0,40}?\bfrom\s+(?:the\s+)?«)"
HELPED_IN = r"«\d+»(?:\s+(?:forces|troops|soldiers|army|units))?\s+(?:in|inside)"
HELP_V = r"(?:support|help|aid|back|bolster|assist|defend|protect|reinforce|fight\s+(?:for|alongside|on\s+behalf\s+of)|give(?=\s+(?:the\s+)?«\d+»\s+(?:troops|forces|army)\s+(?:air\s+)?(?:cover|support|protection)\b))"
DEPLOY_V = _v("sent", "sends?", "sending", "(?:re)?deploy(?:s|ed|ing)?", "dispatch(?:es|ed|ing)?", "station(?:s|ed|ing)?", "suppl(?:y|ies|ied|ying)",
              "mov(?:es?|ed|ing)", "provid(?:es?|ed|ing)", "contribut(?:es?|ed|ing)", "transferr?(?:s|ed|ing)?", "order(?:s|ed|ing)?",
              # "began flying paratroopers to Chad", "airlifted troops to", "rushed troops to"
              "airlift(?:s|ed|ing)?", "fl(?:ew|own|ies|ying)", "rush(?:es|ed|ing)?", "ferr(?:y|ies|ied|ying)", "shipp(?:ed|ing)")
# "bombarded Zelensky with questions", "bombed the town with leaflets": no attack
SHOWERED_WITH = (r"(?!(?:[^.;«»]|«\d+»){0,40}?\bwith\s+(?:[\w-]+\s+)?(?:leaflets|pamphlets|questions|messages|propaganda|letters|calls|"
                 r"requests|e-?mails|criticism|complaints|offers|demands)\b)")
ATTACK_V = _v("invad(?:es?|ed|ing)", "attack(?:s|ed|ing)?", "ambush(?:es|ed|ing)?", r"bomb(?:s|ed|ing)?" + SHOWERED_WITH, r"bombard(?:s|ed|ing)?" + SHOWERED_WITH, "pound(?:s|ed|ing)", "struck", "strikes?", "striking",
              "shell(?:s|ed|ing)", "straf(?:es?|ed|ing)", "occup(?:y|ies|ied|ying)", "annex(?:es|ed|ing)?", "raid(?:s|ed|ing)?", "encircl(?:es?|ed|ing)", r"(?:went|go|goes|going|gone)\s+into\s+(?:action|battle)\s+against",
              "(?:launched|opened|mounted|unleashed) (?:an? )?(?:[\\w-]+ ){0,2}(?:attack|(?:air ?)?strike|invasion|offensive|assault|war)s? (?:on|against|into)",
              "launched (?:an? )?(?:[\\w-]+ ){0,2}invasions? (?:of|in)",
              "(?:completed|began|begun|started|extended|expanded) (?:its|their|the) (?:[\\w-]+ )?(?:occupation|invasion|conquest) of",
              "waged? war (?:on|against)", r"join(?:s|ed|ing)? (?:the |an? )?(?:[\w-]+-led )?(?:(?:air|military|bombing|aerial|ground) (?:campaign|war|operations?)|war|air ?strikes|bombing(?: campaign)?|military coalition) against", r"wag(?:es?|ed|ing) (?:an? )?(?:[\w-]+ )?(?:insurgency|rebellion|armed struggle|guerrilla (?:war|campaign)) (?:inside|in|against)", "declared war on", r"fought (?:an?\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:wars?|conflicts?|border\s+wars?) (?:with|against)", "(?:went|goes|go|going|gone) to war (?:against|with)",
              # "is fighting Hamas", "has been fighting the Houthis" (not "fighting alongside", "fighting for")
              r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\balso )|(?<=\bstill )|(?<=\bnow ))fighting(?=\s+(?:the\s+)?«\d+»(?!['’]|-))",
              # "Saudi Arabia, which fought the Houthis for years" (not "fought Brussels in court", "fought the EU over")
              r"(?:fought|fights)(?=\s+(?:the\s+)?«\d+»(?!['’]|-)(?![^.;«]{0,60}\b(?:in\s+court|courts?\b|over\b(?!\s+(?:the\s+)?(?-i:[A-Z])[a-z]+[\s,.;])|elections?\b|legal)))",
              # "China, which defeated India in a border war in 1962" (not "defeated India in the final")
              r"defeated(?=\s+(?:the\s+)?«\d+»\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:wars?|battles?|conflicts?)\b)", r"fir(?:ed|es|ing) (?:across\s+the\s+(?:border|frontier|line)\s+)?(?:on|upon)", r"fir(?:ed|es|ing) (?:across\s+the\s+(?:border|frontier|line)\s+)?at(?=\s+(?:the\s+)?«\d+»(?!\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?)))",
              # "routed an Algerian army unit", "overran a Chadian garrison", "destroyed the Japanese divisions": a state's units beaten in the field
              r"(?:routed|overran|overwhelmed|annihilated|wiped\s+out|(?:(?:encircled|surrounded)\s+and\s+)?destroyed)(?:\s+an?)?(?=\s+(?:the\s+)?«\d+»\s+(?:[\w-]+\s+)?(?:army\s+)?(?:units?|columns?|battalions?|brigades?|garrisons?|detachments?|forces|troops|patrols?|convoys?|posts?|positions|divisions?)\b)",
              # "targeted Hezbollah" (not "targeted Iran with sanctions")
              r"target(?:s|ed|ing)?(?=\s+(?:the\s+)?«\d+»(?!['’]|-)(?!\s+over\b)(?![^.;]*(?:sanction|tariff|restriction|penalt|embargo|export control|with)))")
# what rockets or shells do to what they hit: "rockets slammed into a market in"
RAMMED_INTO = r"(?:slamm|smash|plough)(?:ed|ing)\s+into|(?:slam|smash|plough)s?\s+into"
STRIKE_V = _v(r"struck(?:\s+(?:again\s+and\s+again|repeatedly|once\s+more|again))?(?=\s+at\b)", "struck", "strikes?", "striking", "hit", "hits", "hitting", "bomb(?:s|ed|ing)?", "bombard(?:s|ed|ing)?", "shell(?:s|ed|ing)", "ambush(?:es|ed|ing)?", "raid(?:s|ed|ing)?", "straf(?:es?|ed|ing)",
              "attack(?:s|ed|ing)?", "target(?:s|ed|ing)?", "pound(?:s|ed|ing)?", "fir(?:ed|es|ing) (?:on|upon|at)", RAMMED_INTO)
FREEZE_V = _v("froze", r"frozen(?<!by\sfrozen)(?<!of\sfrozen)(?<!the\sfrozen)(?<!with\sfrozen)(?<!from\sfrozen)(?<!on\sfrozen)",  # (not "a loan backed by frozen assets")
             "freez(?:es?|ing)", "seiz(?:es?|ed|ing)", "confiscat(?:es?|ed|ing)", "immobili[sz](?:es?|ed|ing)")
FIRE_V = _v("fir(?:e|es|ed|ing)", "launch(?:es|ed|ing)?", "lobb(?:ed|ing)", "rain(?:s|ed|ing)? down", "dropp(?:ed|ing)", "drops?")
# a relation named before the actor it describes: "accused neighbouring Algeria", "attacked its neighbour, Ukraine"
NEIGHBOUR = r"(?:(?:(?:its|their)\s+)?(?:neighbou?ring|(?:longtime|long-time)(?:\s+(?!(?:ally|allies|partner|partners)\b)[a-z][\w-]*){0,2})\s+|(?:its|their)\s+(?:[\w-]+\s+)?(?:neighbou?r|rival|ally|foe|enemy),?\s+)?"
# a time between a verb and its object: "met Friday evening with", "met last week with"
WHEN = (r"(?:(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|"
        r"(?:last|this|earlier|later)\s+(?:week|month|year|morning|afternoon|evening)|(?:in\s+)?(?:the\s+)?(?:morning|afternoon|evening))")
# copulas and verbs that several patterns share
# "has long been", "has historically been"
HAS_BEEN = r"(?:has|have|had)\s+(?:(?:\w+ly|long|always|also)\s+)?been"
HELD_ACCOUNTABLE = r"held\s+(?:fully\s+)?(?:accountable|responsible|to\s+account)\b"
ASYLUM_V = r"(?:gave|giv(?:es|en|ing)|grant(?:s|ed|ing)?|offer(?:s|ed|ing)|provid(?:es|ed|ing))"
# an act of the target's praised by the source: "… has been welcomed by Mogadishu"
HAILED_BY = r"\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:hailed|praised|welcomed|lauded|applauded|commended)\s+by\s+(?:the\s+)?{S}(?!{poss})"


def ranked_after(noun: str, grades: str = "") -> str:
    """"Ukraine's second-largest NOUN after the United States": the one named after "after" ranks first."""
    # (a group the ranking is within may stand before "after": "… trading partner in the European Union after Germany")
    return r"{T}{poss}\s+(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest" + grades + r")\s+" + noun + r"(?:(?:in|among|within)\s+(?:the\s+)?(?:«\d+»|(?-i:[A-Z])[\w-]+)\s+)?after\s+(?:the\s+)?{S}(?!{poss})"  # (or "largest … after")


USED_BY = r"(?:(?:have|has|had)\s+been|were|was|are|is|being)\s+(?:\w+ly\s+)?(?:used|fired|launched|flown)\s+by\s+(?:the\s+)?{T}"
# what states buy and sell: "the largest buyer of Canadian canola"
COMMODITY = (r"(?:oil|gas|crude|coal|grain|wheat|corn|maize|barley|canola|rapeseed|soybeans|soya|palm oil|sugar|cotton|coffee|cocoa|tea|rice|"
             r"beef|pork|poultry|chicken|meat|lamb|mutton|dairy|butter|cheese|milk powder|seafood|fish|lobsters?|shrimp|salmon|fruit|bananas|vegetables|wine|wool|tobacco|rubber|timber|lumber|iron ore|steel|"
             r"aluminium|aluminum|copper|nickel|cobalt|lithium|rare earths|gold|diamonds|uranium|potash|fertili[sz]ers?|minerals|goods|products|"
             r"exports|energy|electricity|LNG|biodiesel|biofuels?|ethanol|diesel|cars|vehicles|electronics|chips|semiconductors|machinery|pharmaceuticals|medicines|textiles|garments|solar panels|batteries|crops?|harvests?)")
# goods a state's name may stand before, shut out by another (sanctions.banned_state_goods, and its mood in modality)
STATE_GOODS = COMMODITY + r"|mineral\s+water|chocolates?|confectionery|flowers|apples|plums"
COPULA_PERFECT = r"(?:is|are|was|were|remains?|remained|became|become|has become|have become|" + HAS_BEEN + r")(?:\s+by\s+far)?"
BE_PASSIVE = r"(?:is|are|was|were|has been|have been|had been|being)"
COPULA = r"(?:is|are|was|were|remains?|remained|had remained|has remained|became|has become|" + HAS_BEEN + ")"
APPROVE_V = r"(?:approv|announc|authori[sz]|clear|finali[sz]|sign|seal)\w*"
# "lifted its ban on the shipment of …": a hold on a transfer ended (the transfer goes ahead)
LIFTED_HOLD = r"lift(?:s|ed|ing)?\s+(?:its|the|a)\s+(?:temporary\s+)?(?:ban|hold|freeze|suspension)"
# a strike verb used as a noun ("in retaliation for attacks against …") has no subject
# nor is a passive one ("soldiers were attacked by …": the subject is the target)
NOT_NOUN = (r"(?<!\bfor )(?<!\bof )(?<!\bunder )(?<!\bthe )(?<!\bby )(?<!\bafter )(?<!\bagainst )(?<!\bamid )(?<!\ban )(?<!\ba )"
            r"(?!(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bbeing ))(?:\w+ed|struck|hit)\b)")
EXERCISE_V = r"(?:conduct(?:s|ed|ing)?|h[eo]ld(?:s|ing)?|stag(?:es?|ed|ing)|fl(?:y|ies|ew|own|ying)|sail(?:s|ed|ing)?|perform(?:s|ed|ing)?|beg(?:an|in|ins|un)|launch(?:es|ed|ing)?|start(?:s|ed|ing)?)"
SHOT_AIRCRAFT = r"(?:(?:surveillance|reconnaissance|spy)\s+drones?\b|(?:(?:fighter|military|spy|surveillance|reconnaissance|cargo|transport)\s+)?(?:balloons?|(?:[A-Z]{1,3}|MiG|Mig)-\d+[A-Z]?s?(?:\s+(?:(?:fighter|reconnaissance|spy|surveillance|patrol|transport|cargo)\s+)?(?:jets?|planes?|aircraft|fighters?|helicopters?|bombers?))?|warplanes?|fighter jets?|jets?|planes?|aircraft|helicopters?|bombers?|fighters?)\b)"
ATTACK_N = r"(?:invasion|occupation|insurgency(?=\s+against)|rebellion(?=\s+against)|annexation|aggression|war of aggression|war|capture(?=\s+of)|seizure(?=\s+of)|(?:escalation of )?terror(?=\s+against)|(?:special\s+)?military operations?|military actions?(?=\s+against)|special operations?|(?:military |bombing |air |ground )?campaign(?=\s+against)|conflict(?=\s+against)|attacks?|offensive|assault|bombing|(?:air)?strikes?|(?:air\s+|military\s+|commando\s+|cross-border\s+)?raids?|shelling|incursion|(?:missile\s+|drone\s+|artillery\s+)?(?:barrage|bombardment)s?)"
SANCTION_V = _v("impos(?:es?|ed|ing)", "agree(?:s|d)? (?:in principle )?on", "agreeing on", r"agree(?:s|d)?(?=\s+(?:an?|the|its|new|fresh|\d+\w*)\s)",
                r"reach(?:es|ed|ing)? (?:a\s+)?(?:consensus|(?:an?\s+)?agreement|(?:a\s+)?deal) on", "slapp?(?:s|ed|ing)?", "lev(?:y|ies|ied|ying)", "announc(?:es?|ed|ing)", "introduc(?:es?|ed|ing)",
                "adopt(?:s|ed|ing)?", "approv(?:es?|ed|ing)", "extend(?:s|ed|ing)?", "renew(?:s|ed|ing)?", "initiat(?:es?|ed|ing)", "maintain(?:s|ed|ing)?", "re-?impos(?:es?|ed|ing)", "enforc(?:es?|ed|ing)", "expand(?:s|ed|ing)?",
                "tighten(?:s|ed|ing)?", "plac(?:es?|ed|ing)", "issu(?:es?|ed|ing)", "put", "puts", "enact(?:s|ed|ing)?", "unveil(?:s|ed|ing)?", "order(?:s|ed|ing)?",
                r"trigger(?:s|ed|ing)?\s+the\s+(?:return|reimposition|re-imposition|restoration|snapback)\s+of",
                r"(?:kept|keeps?|keeping)(?=\s+(?:(?:their|its|an?)\s+)?(?:own\s+)?(?:[\w-]+\s+)?(?:sanctions|embargo)\b)",
                # "has an arms embargo on Iran", "has had sanctions on Cuba since 1962": in force
                r"(?:has|have|had)(?:\s+(?:long\s+)?had)?(?=\s+(?:an?\s+|its\s+|their\s+)?(?:(?!(?:no|not|never|few|little)\s)(?![\w-]*(?:ed|ing)\s)[\w-]+\s+){0,2}?(?:sanctions|embargo)\s+(?:on|against)\b)")
CONDEMN_V = _v("condemn(?:s|ed|ing)?", "deplor(?:es?|ed|ing)", "insult(?:s|ed|ing)?", "complain(?:s|ed|ing)? (?:about|of|over|that)", "protest(?:s|ed|ing)? that", r"confront(?:s|ed|ing)?(?!\s+(?:by|with)\b)", "denounc(?:es?|ed|ing)", "critici[sz](?:es?|ed|ing)", "accus(?:es?|ed|ing)",
               "blam(?:es?|ed|ing)", r"slam(?:s|med|ming)?(?!\s+into\b)", "rebuk(?:es?|ed|ing)", "censur(?:es?|ed|ing)",
               "castigat(?:es?|ed|ing)", "lambast(?:s|ed|ing)?", "blast(?:s|ed|ing)?", "lash(?:es|ed|ing)? out (?:at|against)", r"call(?:s|ed|ing)? out(?=\s+(?:the\s+)?«)", "rail(?:s|ed|ing)? against", "hit out at", "hits out at", "hitting out at", "hit back at", "hits back at", "hitting back at", r"charg(?:es?|ed|ing)(?=\s+(?:the\s+)?«\d+»\s+(?:(?:(?:last|this)\s+(?:week|month|year)|on\s+\w+day|in\s+\d{4}|again|repeatedly|publicly|openly)\s+)?with\b)", "decr(?:y|ies|ied)", "chastis(?:es?|ed|ing)",
               r"(?<!\bfaces\s)(?<!\bfaced\s)(?<!facing\s)(?<!\bamid\s)(?<!sparked\s)(?<!\bdrew\s)(?<!\bmass\s)(?<!street\s)protest(?:s|ed|ing)?",  # (not the noun: "faces protests over")
               "decertif(?:y|ies|ied|ying)", "mock(?:s|ed|ing)?", "ridicul(?:es?|ed|ing)", "derid(?:es?|ed|ing)")
# a leader who came from a place that the clause after names ("had arrived from Havana, where he …")
CAME = r"(?:arrived|arrives|flew|flies|flown|came|comes|travell?ed|returned)"
# a journey's verb and its start ("flew from Bonn to London", "travelled on Monday from")
JOURNEY_FROM = r"(?:flew|flies|flown|travell?ed|travels|drove|sailed|went|came|returned)\s+(?:(?:on\s+)?\w+day\s+)?from\s+"
CAME_FROM_WHERE = CAME + r"\s+(?:in\s+)?(?:(?:on\s+)?\w+day\s+)?from\s+(?:the\s+)?«\d+»,\s+where\s+"
# a call for a state's expulsion from a body ("called for Spain's expulsion from", "demanded the suspension of Russia from")
SOUGHT_EXPULSION = r"(?:call(?:s|ed|ing)\s+for|demand(?:s|ed|ing)|s(?:eeks|ought|eeking)|urg(?:es|ed|ing)|propos(?:es|ed|ing)|push(?:es|ed|ing)\s+for)"
EXPELLED = r"(?:expulsion|suspension|exclusion|removal|ouster)"
EXPULSION = r"(?:immediate\s+)?" + EXPELLED
# the state a reported charge is about, after the verb of saying: "said on Friday that the United States had …"
REPORTED_T = r"(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?(?:the\s+)?{T}"
# the meal a guest is toasted at ("at a New Year's Eve banquet")
AT_BANQUET = r"(?:at|during)\s+(?:an?\s+|the\s+|«\d+»['’]s\s+)?(?:[\w'’-]+\s+){0,4}?(?:banquet|dinner|reception|luncheon|lunch|feast|gala)"
# what leaders ride in together ("rode in a gilded carriage with", "rode with Queen Elizabeth in a carriage")
VEHICLE = r"(?:carriage|car|limousine|motorcade|golf\s+cart|cart|boat|train|helicopter|jeep|vehicle)"
# a sale and the sum sold ("sold the United States $34 billion more", "exported $3 billion worth of machinery to Iran")
SOLD = r"(?:sold|sells|selling|exported|exports|exporting|shipped|ships)"
SUM_SOLD = r"(?:(?:about|some|nearly|almost|more\s+than|over|roughly|around)\s+)?[$€£¥][\d.,]+\s*(?:billion|million|bn|m)?"
SUPPORT_V = _v("support(?:s|ed|ing)?", "congratulat(?:es?|ed|ing)", r"sponsor(?:s|ed|ing)?(?=\s+(?:the\s+)?«)", "back(?:s|ed|ing)?", "endors(?:es?|ed|ing)", "commend(?:s|ed|ing)?", "laud(?:s|ed|ing)?",
               "prais(?:es?|ed|ing)", "aid(?:s|ed|ing)?", "assist(?:s|ed|ing)?", "help(?:s|ed|ing)?", "fund(?:s|ed|ing)?", "financ(?:es|ed|ing)", "bankroll(?:s|ed|ing)?",
               "st(?:ands?|ood) (?:(?:firmly|squarely|resolutely|shoulder to shoulder) )?(?:by|with)", "sid(?:es?|ed|ing) with", r"prop(?:s|ped|ping)? up", r"(?<!treaty to )(?<!treaties to )defend(?:s|ed|ing)?",
               r"thr(?:ow|ows|ew|own|owing) (?:its|their|his|her|«\d+») (?:full )?(?:weight|support|backing) behind",
               # "sent 2,500 troops to fight for Amin": whom the troops are sent to fight for
               r"(?:(?<=troops to )|(?<=soldiers to )|(?<=forces to )|(?<=fighters to )|(?<=mercenaries to ))fight (?:for|alongside|on behalf of)")
# "met the tough conditions", "to meet the targets": satisfying, not meeting
NOT_SATISFY = (r"(?!\s+(?:the\s+|its\s+|their\s+|all\s+|these\s+)?(?:[\w\"“”-]+\s+){0,3}?"
               r"(?:targets?|requirements?|conditions|demands?|needs|deadlines?|goals?|criteria|costs|obligations|standards|expectations|thresholds?)\b)")
MEET_V = _v("met" + NOT_SATISFY, "meets?" + NOT_SATISFY, "meeting with", r"b(?:id|ade|ids|idding) farewell to", "hosted", "hosts?", "hosting", "visit(?:s|ed|ing)?",
            r"h(?:e|o)ld(?:s|ing)? (?:[\w-]+\s+){0,2}?(?:talks|discussions|consultations|meetings?|summits?|(?:phone |telephone |video )?calls?) (?:in (?:the )?«\d+» )?with", r"(?<!accession )(?<!membership )(?:(?<!\bin )(?<!\bfor )(?<!\bof )(?<!\babout )(?<!\binto )talk(?:s|ed|ing)?|sp(?:oke|oken|eaks?|eaking))(?: by (?:tele)?phone| over the (?:tele)?phone)? (?:with|to)",
            r"ha(?:d|s|ve|ving) (?:an? )?(?:[\w-]+\s+){0,2}?(?:meeting|encounter|talks?|conversation|lunch|dinner|breakfast|supper|tea|coffee|audience) (?:(?:after|before|during|following) (?:the |a |an |their )?[\w-]+ )?with", "phoned", "telephoned", r"brief(?:ed|s|ing)?(?=\s+(?:the\s+)?«\d+»)", r"sh(?:akes?|ook|aking) hands with", r"(?:(?:walk|stroll|breakfast)(?:s|ed|ing)?|din(?:es?|ed|ing)|lunch(?:es|ed|ing)?) (?:together )?with(?=\s+(?:the\s+)?«\d+»)", r"(?:tour|visit)(?:s|ed|ing)? (?:[\w-]+\s+){0,5}?with(?=\s+(?:the\s+)?«\d+»)", r"(?:hugg(?:ed|ing)|hugs?|embrac(?:es?|ed|ing))(?=\s+(?:the\s+)?«\d+»)", r"h(?:olds?|eld|olding) (?:the )?hands? of", r"h(?:olds?|eld|olding) hands with",
            r"(?:participat|tak|took)(?:es|ed|ing|e)? (?:part )?in (?:an?|the) (?:[\w-]+\s+){0,2}?(?:signing|meeting|summit|talks|ceremony|news conference|press conference) with", r"called(?=\s+(?:the\s+)?«\d+»(?:[,.;]|\s+(?:on|to|about|over|for|and|after|before|late|early|this|last|yesterday|today|\w+day)\b))",
            r"confer(?:red|s|ring)? (?:for (?:[\w-]+ ){1,3}?|(?:at length|privately|briefly|separately|again) )?with", r"(?:came|comes|coming|returned|returns|returning|got) (?:back |home )?from (?:(?:his|her|their) )?(?:[\w-]+ ){0,2}?(?:talks|meetings?|a meeting|discussions) with", r"negotiat(?:ed|es|ing) (?:[^«»;.,]{0,40}? )?with(?=\s+(?:the\s+)?«\d+»)", r"sp(?:ent|ends?|ending) (?:the|a|an|two|three|four|several|many) (?:[\w-]+ )?(?:day|days|hours?|evening|morning|afternoon|night|weekend) with(?=\s+(?:the\s+)?«\d+»)", "s(?:at|its|itting) down with", r"s(?:at|its|itting) (?:down )?(?:at|around) the same (?:negotiating )?table (?:with|as)", "received", r"receiv(?:es?|ing)(?=\s+(?:the\s+)?«\d+»(?:[,.;]|\s+(?:at|in|on|for|with|and|to|who|during|after|before|upon|as|\w+day)\b|$))", "greet(?:s|ed|ing)?", "trave?ll?(?:ed|ing|s)? (?:on )?to", "fl(?:ew|ying) (?:on )?to", r"(?:fl(?:ew|ying)|shuttl(?:ed|ing)|trave?ll?(?:ed|ing)) (?:back and forth )?between(?=\s+(?:the\s+)?«\d+»)", r"(?:(?<=\bhad )|(?<=\bhas )|(?<=\bhave )|(?<=\bhaving )|(?<=\band ))flown (?:on )?to", "flies to", "came to", "comes to", "went (?:on )?to", "goes (?:on )?to")
# "the world's biggest cyber attacker", "the principal source of regional instability": a state called the worst of wrongdoers
WORST_WRONGDOER = (r"(?:the|a|an)\s+(?:(?:world['’]s|region['’]s|real|true|biggest|largest|greatest|main|chief|worst|number[- ]one|principal|primary|leading)\s+){1,3}"
                   r"(?:[\w-]+\s+)?(?:attacker|aggressor|threat|bully|hypocrite|violator|menace|troublemaker|destabili[sz]er|warmonger|sponsor\s+of\s+terror\w*|"
                   r"hacker|abuser|polluter|perpetrator|source\s+of\s+(?:[\w-]+\s+)?instability)s?\b")
ALLY_N = (r"(?:treat(?:y|ies) of (?!peace and friendship\b(?! and))(?:[\w-]+,? ){0,2}?(?:friendship|alliance|mutual (?:defen[cs]e|assistance))(?: and (?:[\w-]+ ){0,2}?(?:cooperation|assistance|partnership))?|treaty(?<!peace treaty)(?<!trade treaty)(?<!trading treaty)(?<!investment treaty)(?<!tax treaty)(?<!extradition treaty)(?<!border treaty)(?<!boundary treaty)(?<!frontier treaty)(?<!limitation treaty)(?<!control treaty)(?<!reduction treaty)(?<!proliferation treaty)(?<!ban treaty)(?! of peace and friendship\b(?! and))|treaties(?<!peace treaties)(?<!trade treaties)(?<!trading treaties)(?<!investment treaties)(?<!tax treaties)(?<!extradition treaties)(?<!border treaties)(?<!boundary treaties)(?<!frontier treaties)(?<!limitation treaties)(?<!control treaties)(?<!reduction treaties)|alliances?|no[- ]limits? partnership|partnership with no limits|pact(?<!trade pact)(?<!trading pact)(?<!economic pact)(?!\s+(?:capping|limiting|banning|restricting|reducing|curbing|to\s+(?:cap|limit|ban|restrict|reduce|curb))\b)|pacts(?<!trade pacts)(?<!trading pacts)(?<!economic pacts)|(?:comprehensive )?strategic (?:cooperative )?partnership|military partnership|(?:defen[cs]e|security) partnership|"
          r"(?:comprehensive |strategic |new )?partnership(?<!economic partnership)(?<!trade partnership)(?<!investment partnership) (?:deal|agreement|treaty|pact)|mutual[- ](?:defen[cs]e(?: assistance)?|aid|assistance) (?:deal|agreement|pact|treaty)|"
          r"(?:reciprocal|visiting forces|status of forces) (?:access )?agreements?|access(?<!market access)(?<!trade access)(?<!market-access) (?:agreements?|deals?|pacts?)|(?:(?:defen[cs]e|military|security) and )?(?:defen[cs]e|military) cooperation (?:agreements?|deals?|pacts?|memorand(?:um|a|ums))|"
          r"military (?:(?:training|consultancy|assistance)(?: and [\w-]+)? )?(?:agreements?|pacts?)|"
          r"(?:defen[cs]e|defensive) (?:framework )?(?:agreements?|accords?|pacts?|treat(?:y|ies)|frameworks?)|(?:security|policing|police) (?:cooperation )?(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|a|ums))|(?:security|defen[cs]e) and [\w-]+ (?:treat(?:y|ies)|pacts?|agreements?)|mutual[- ]defen[cs]e (?:treaty|pact|agreement)|[Uu]nion [Ss]tate)")
NOT_AN_EVENT = (r"(?!['’]?s?\s+(?:[\w-]+\s+)?(?:exercises?|drills?|manoeuvres|maneuvers|patrols?|operations?|missions?"
                r"|summits?|talks|meetings?|efforts?|statements?|calls?|allies|partners|counterparts|leaders|officials"
                r"|members|forces|troops|coalition|sanctions|declaration|initiative)\b)")
TRADE_N = (r"(?:trade|commerce|(?:economic|energy) (?:ties|relations|cooperation|partnership)|trade (?:ties|relations|deal|agreement|links|cooperation)|"
           r"free[- ]trade (?:agreement|deal)|bilateral trade|trade (?:deficit|surplus|imbalance|gap)|customs union)")
# "sanctions on three «Iranian» companies": a state's firms, people or assets stand for the state
OF_ACTOR = (r"(?:[\w,$-]+\s+){0,4}?{T}\s+(?:[\w-]+\s+)?(?:companies|firms|entities|individuals|officials|banks|targets|"
            r"oligarchs|businesses|exporters|refiners|refineries|refinery|vessels|tankers|nationals|generals|lawmakers|ministers|"
            r"military|government|leaders|officers|suppliers|networks|company|firm|entity|individual|bank|official|"
            r"oligarch|businessman|vessel|tanker|airline|carrier|supplier|network|manufacturer|manufacturers|politicians|politician|organi[sz]ations|NGOs|"
            r"minister|commander|commanders|officer|spokes(?:man|woman|person)|general|leader)\b")
# "sanctions on seven people and four companies in China, Russia and Turkey"
IN_ACTOR = (r"(?:[\w,$-]+\s+){0,8}?(?:companies|firms|entities|individuals|people|organi[sz]ations|businesses|banks|networks|makers|producers|"
            r"manufacturers|suppliers|regime|government|authorities|leadership|junta|judges|prosecutors|officials|members|executives|commanders)\s+(?:based\s+|registered\s+|involved\s+)?(?:in|of|at|from)\s+(?:the\s+)?{T}")
STRIKE_OBJECTS = (r"(?:targets?|supply\s+(?:lines?|routes?|columns?)|rail(?:way)?\s+(?:lines?|yards?)|marshalling\s+yards?|compounds?|positions?|sites?|air\s+defen[cs]es|defen[cs]es|facilit(?:y|ies)|bases?|infrastructure|cit(?:y|ies)|towns?|areas?|territory|"
                  r"air ?(?:bases?|fields?)|airbases?|airports?|depots?|ports?|refiner(?:y|ies)|bridges?|plants?|warships?|ships?|vessels?|(?:oil\s+)?platforms?|(?:oil\s+)?rigs?|tankers?|"
                  r"convoys?|patrols?|headquarters|barracks|fleets?|military \w+|groups|militants|militias|fighters|soldiers|troops|peacekeepers|posts?|checkpoints?|camps?|hideouts?|strongholds?|"
                  r"boats?|vehicles|launchers?|radars?|batteries|drones|missiles|officials|leaders|leadership|commanders|operatives|"
                  r"buildings?|apartments?|homes|houses|residences?|offices|embass(?:y|ies)|consulates?|hotels?|villages?|neighbou?rhoods?|"
                  r"hospitals?|schools?|markets?|churches|mosques|(?:railway\s+|train\s+)?stations?|dams?|factor(?:y|ies)|warehouses?|"
                  r"(?:power|energy|electricity)\s+(?:grid|system|network)s?|reactors?|installations?|pipelines?|oil\s?fields?)")
# "used drones to strike", "which Moscow has used to attack": the verb of a strike made with a weapon, and
# "military sites in", "air bases deep inside" before the state struck
STRIKE_TO = r"to\s+(?:strike|attack|hit|bomb|target|pound|shell)"
OBJECTS_IN = r"(?:(?:[\w-]+\s+){0,3}?" + STRIKE_OBJECTS + r"\s+(?:deep\s+|far\s+)?(?:in|across|inside)\s+)?"
# "strikes on Hezbollah-controlled areas in Beirut": the place is the target, not its holder
CONTROLLED_BY = r"(?:(?:the\s+)?«\d+»-(?:controlled|held|run|occupied|dominated)\s+(?:(?:[\w-]+\s+){0,2}?in\s+(?:[A-Z][\w-]+\s+and\s+)?)?)?"
# the verbs that call someone or something a name ("called the move a provocation", "branded him a dictator")
CALLED_V = r"(?:called|calls|describ(?:ed|es)|branded|brands|label+ed|label+s|termed|terms)"
# what a judged thing is called ("called the resolution …", "said the meeting was …"; the plots and lies it is called: PLOT_N)
CALLED_THING = (r"(?:(?:" + CALLED_V + r"|denounced|denounces|dismissed|dismisses)\s+(?:it|this|them|(?:the|these|this)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:as\s+)?|"
                r"said\s+(?:that\s+)?(?:it|this|the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:was|is|were|are)\s+(?:(?:only|just|merely|nothing\s+but)\s+)?)")
# what a treaty (not called a defence or security treaty) is for, when it is no alliance: "signed a treaty in Moscow on Monday banning nuclear tests",
# "a treaty in Vienna that restores Austria's independence", "treaties in Rome creating a common market"
TREATY_FOR_OTHER_ENDS = (r"(?:(?<=treaty)|(?<=treaties))(?<!defence treaty)(?<!defense treaty)(?<!security treaty)(?<!defence treaties)(?<!defense treaties)(?<!security treaties)"
                         r"(?:\s+(?:(?:in|at)\s+(?:the\s+)?(?:(?:headquarters|offices?|seat)\s+of\s+(?:the\s+)?)?(?:«\d+»|[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*|(?:on\s+)?\w+day))*,?\s+(?:(?:that|which)\s+(?:would\s+|will\s+)?|to\s+)?"
                         r"(?:(?:commits?|committed|commit|obliges?|obligates?|requires?|binds?)\s+(?:the\s+|both\s+|each\s+)?(?:«\d+»|sides?|countries|nations|parties|them)(?:\s+and\s+(?:the\s+)?«\d+»)?\s+to\s+)?"
                         r"(?:ban|eliminat|limit|restor|end|recogni[sz]|settl|creat|establish|abolish|prohibit|reduc|return|hand|annex|absorb|ced|renounc|outlaw|curb|freez|regulat|cut|let|allow|permit|station|legali[sz]|halt|stop|prevent)(?:e|es|ed|s|ing|ning|ned|ting|ped|ping)?\b")
ALLY_ADJ = (r"(?:(?:key|close|closest|major|staunch|staunchest|strong|reliable|longtime|long-time|longest-standing|long-standing|longstanding|loyal|important|"
            r"strategic|main|chief|principal|foremost|trusted|steadfast|top|traditional|firm|old|oldest|treaty|only|strongest|military|security|defen[cs]e|regional|most)\s+)*")
# what naming another's acts so condemns them: "Turkey's provocations", "China's bullying"
PROVOCATION_N = r"(?:provocations?|aggressiveness|bullying|intimidation|belligerence|aggressive\s+(?:behaviou?r|actions?|conduct|posture|polic(?:y|ies)|rhetoric|moves?)|hostile\s+polic(?:y|ies))"
PROVOCATION_GATE = "provocation|aggressive|bullying|intimidation|belligerence|hostile polic"
# acts welcomed that make the welcome support, not a meeting ("welcomed the Russian campaign", "the American position")
WELCOMED_OPERATIONS = r"campaign|intervention|operation|offensive|strikes|position|stance"
# sanctions named after these verbs are yet to come, not in force ("threatened to restore UN sanctions on Iran")
NOT_YET_IMPOSED = r"(?<!restore\s)(?<!reimpose\s)(?<!re-impose\s)(?<!reinstate\s)(?<!snap\sback\s)(?<!impose\s)"
# a speaker before what a passive says was hit is not what was hit: "Washington believed the ship had
# been hit by two Ukrainian missiles"
NOT_A_SPEAKER = r"(?!(?:[\w-]+\s+){0,2}?(?:believed|believes|said|says|thinks|thought|claimed|claims|insisted|insists)\s)"
# the covert harm one state says another does it: "Russian interference", "interference by Russia"
COVERT_HARM_N = r"(?:interference|meddling|disinformation|propaganda|destabili[sz]\w*|hybrid\s+(?:war|warfare|attacks)|subversion|sabotage|espionage|blackmail)"
# "a staunch critic of the Kremlin", "an opponent of Russia"
CRITIC_OF = r"(?:critic|opponent)s?\s+of\s+(?:the\s+)?"
TENSION_GATE = "raising tension|raised tension|raises tension|raise tension|escalating tension|escalate tension|stoking tension|stoke tension|fuelling tension|fueling tension|fuel tension|heighten|regional strife|inflam"
CRITIC_GATE = "critic of|opponent of|critics of|opponents of"
# the fighters a side in a clash is named by: "clashes between M23 fighters and Congolese forces"
# "clashes between", "fighting broke out between", "clashes erupted again between": fighting of two sides named next
CLASH_BETWEEN = (r"\b(?:clash(?:es)?|fighting|battles?|hostilities|conflict|war)\s+(?:(?:(?:has|have|had)\s+)?(?:broke|broken|break|breaks|erupted|erupts|flared|flares)\s+(?:out|up)\s+"
                 r"(?:again\s+|(?:early\s+|late\s+)?on\s+(?-i:[A-Z])[a-z]+day\s+|overnight\s+)?|(?:(?:has|have|had)\s+)?(?:erupted|erupts|raged|rages)\s+(?:again\s+)?)?between\s+")
FIGHTERS = r"(?:\s+(?:fighters|forces|troops|soldiers|rebels|militants|army))?"
# the participles of accusing: "…, accusing Russia of", "after accusing Pakistan"
ACCUSING = "accusing|blaming|criticising|criticizing|condemning|denouncing"
# a target, then its evading verb: "Belarus attempts to ease", "Russia has long sought to circumvent"
EVADES = r"{T}\s+(?:(?:has|have|had|is|are|was|were|\w+ly|long|been|also)\s+){0,3}(?:(?:sought|seeking|seeks|trying|tried|tries|attempts?|attempted|attempting|working|worked|works|managed|manages|wants?|wanted)\s+to\s+)?(?:eas(?:e|es|ed|ing)|evad(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|escap(?:e|es|ed|ing)|skirt(?:s|ed|ing)?|bypass(?:es|ed|ing)?|dodg(?:e|es|ed|ing)|get(?:ting)? around)\s+"
PARTNER_ADJ = r"(?:(?:key|crucial|important|vital|close|closest|reliable|indispensable|major|main|long-standing|longstanding|natural)\s+)*(?:comprehensive\s+)?"
ORDINAL = (r"(?:\d+(?:st|nd|rd|th)|newest|latest|youngest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
           r"eleventh|twelfth|\w+teenth|\w+tieth|\w+ty-\w+(?:st|nd|rd|th))")
MEMBER_N = (r"(?:(?:a|an|the)\s+)?(?:founding\s+|full\s+|full-fledged\s+|fully-fledged\s+|fully fledged\s+|permanent\s+|non-permanent\s+|key\s+|fellow\s+|complete\s+|"
            r"(?:only\s+)?" + ORDINAL + r"\s+(?:full\s+)?)?members?(?:\s+(?:state|country|nation)s?)?")

SIGNED_NAMES = r"put\s+their\s+(?:names|signatures)"  # "put their names to a treaty": signed it
# troops at another state's side or in its service, the heads of rules that differ only in how its forces are named after it
SERVING_WITH = r"{S}\s+(?:[\w-]+\s+)?(?:{TR}|officers)\s+{pre}(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:still\s+)?(?:serving|serve[sd]?|fighting|attached|work(?:s|ed|ing)?)\s+(?:alongside|with)\s+(?:the\s+)?{T}"
INSTRUCTORS_TRAINING = r"{S}\s+(?:military\s+|special\s+forces\s+)?(?:instructors|advisers|advisors|trainers|soldiers|officers|commandos|special\s+forces)\s+{pre}(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:already\s+|now\s+|still\s+)?(?:training|drilling|advising)\s+(?:the\s+)?{T}"
CREWS_MAN = r"{S}\s+(?:military\s+)?(?:pilots|crews|aircrews|air\s+crews|gunners|missile\s+crews|technicians)\s+{pre}(?:fl(?:y|ies|ew|ying)|man(?:s|ned|ning)?|operat(?:e|es|ed|ing)|crew(?:s|ed|ing)?)\s+(?:(?:many|most|some|all|part)\s+of\s+)?(?:the\s+)?{T}"
CREWED_ARMS = r"(?:missions|sorties|jets|planes|aircraft|fighters|missiles|missile\s+batteries|batteries|air\s+defen[cs]es?|radars?|warships|tanks)\b"
APPOSED_AT_WAR = r"\s*,\s+(?:(?:which|who)\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:now\s+|still\s+|already\s+|itself\s+)?at\s+war\s+with\s+(?:the\s+)?"  # "Iraq, at war with Iran since September" (read both ways)

# what another is called on to respect ("urged Moscow to respect Georgia's borders"): the call charges its breach
RESPECTED = r"(?:sovereignty|borders?|territorial\s+integrity|independence|airspace|frontiers?)\b"
# what a state sends whose dispatch may be judged ("called the dispatch of British warships an act of aggression")
DISPATCHED = r"(?:warships|troops|forces|frigates|ships|vessels|soldiers|planes|jets)"
# the wrongs a speaker names "what it called" another's ("Dominican aggression", "massive intervention by the UAR")
CALLED_WRONG = (r"(?:aggression|interference|meddling|provocations?|expansionism|imperialism|subversion|intervention|intrusions?|incursions?"
                r"|hostility|threats?|blackmail|piracy|agression|violations?|attacks?)\b")
# the wrongs a state is charged with trying to do ("said Israel was trying to terrorise the villagers"): the trying is the charge
TRIED_WRONGS = (r"(?:bribe|corrupt|divert\s+attention|distract\s+attention|cover\s+up|whitewash|intimidate|frighten|terrori[sz]e|bully|blackmail|subvert|destabili[sz]e|"
                r"undermine|overthrow|enslave|subjugate|coerce|sabotage|provoke|strangle|starve|dominate)\b")
RAW_PATTERNS: list[tuple[str, str, str]] = [
    # SUPPLIES_ARMS
    # "Russia has historically armed both Azerbaijan and Armenia"
    # "Iranian weapons components bound for the Houthis": a shipment on its way
    # (not a speaker's word for the cargo: "seized what Turkey said was military equipment bound for the Syrian army")
    ("SUPPLIES_ARMS", "arms.bound_for", r"{S}(?:{poss}|-(?:made|built|supplied|manufactured|produced))?(?!\s+(?:said|says|claimed|claims|called|calls|described|believed|believes)\b)\s+(?:[\w-]+\s+){0,2}?{W}(?:\s+(?:components|parts|shipments?|cargo|consignments?))?\s+(?:(?:that\s+)?(?:was|were|is|are)\s+)?(?:bound|destined|intended|headed)\s+for\s+(?:the\s+)?{T}"),
    # "sanctions on nine Iranian entities for supplying drones to Russia": the entities' state supplies
    ("SUPPLIES_ARMS", "arms.entities_for_supplying", r"{S}\s+(?:[\w-]+\s+)?(?:entities|companies|firms|individuals|officials|manufacturers|suppliers)\b(?:[^«»;.]|«\d+»){0,100}?\bfor\s+(?:their\s+role\s+in\s+)?(?:supplying|providing|delivering|sending|shipping|selling|transferring)\s{g}\b{W}\b{g}\s(?:to|for)\s+(?:the\s+)?{T}"),
    # "the US's action in selling weapons to Taiwan"
    ("SUPPLIES_ARMS", "arms.poss_act_of_selling", r"{S}{poss}\s+(?:[\w-]+\s+)?(?:actions?|decision|moves?|practice|polic(?:y|ies)|role)\s+(?:in|of)\s+(?:selling|supplying|sending|providing|delivering|exporting|transferring)\s{g}\b{W}\b{g}\s(?:to|for)\s+(?:the\s+)?{T}"),
    # "a US-supplied F-16 and a Chinese-made JF-17 of the Pakistani air force"
    ("SUPPLIES_ARMS", "arms.made_of_forces", r"{S}-(?:supplied|made|built|designed|manufactured)\s+(?:[\w-]+\s+){0,2}?{W}(?=(?:\s+(?:and|or)\s+(?:an?\s+)?(?:«\d+»-(?:supplied|made|built|designed|manufactured)\s+)?(?:[\w-]+\s+){0,2}?{W})?\s+(?:of|belonging\s+to|operated\s+by|flown\s+by)\s+the\s+{T}(?:\s+(?:air\s+force|army|navy|military|forces)\b)?)"),
    # "Houthi fighters, who Western officials say are armed by Iran"
    ("SUPPLIES_ARMS", "arms.who_said_armed", r"{T}(?:\s+(?:fighters|rebels|militants|forces|troops|militias?))?\s*,\s+(?:who|which)\s(?:[^;.,]|«\d+»){0,60}?\b(?:say|says|said|believe|believes|allege|alleges)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:armed|supplied|equipped)\s+by\s+(?:neighbou?ring\s+)?(?:the\s+)?{S}"),
    # "Hezbollah, which Iran has armed and funded for four decades": the object of a relative clause
    ("SUPPLIES_ARMS", "arms.which_armed", r"{T}(?:\s+(?:militias?|rebels|fighters|forces|group|movement))?\s*,\s+(?:which|whom)\s+(?:the\s+)?{S}\s+(?:(?:has|have|had)\s+)?(?:long\s+|\w+ly\s+|also\s+)?(?:re)?armed\b"),
    # "notified Congress of a $5.85 billion package to upgrade Taiwan's fleet of F-16 fighter jets": work on the other's weapons
    ("SUPPLIES_ARMS", "arms.package_to_upgrade", r"{S}\s+{pre}(?:notified|approved|announced|agreed|offered|sold|signed|cleared|unveiled|awarded)\s(?:[^«»;.]|\.(?=\d)){0,60}?\b(?:package|sale|deal|contract|programme|program)\s+(?:worth\s+(?:[^«»;.]|\.(?=\d)){1,20}?\s+)?to\s+(?:upgrade|modernise|modernize|refit|overhaul|retrofit|refurbish)\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,4}?{W}"),
    # "Russia, which has supplied the Syrian army for decades": an army supplied is armed
    # (the army is read into its state's mention, so the rule checks the mention's own words: see relations.ARMY_MENTION)
    # "released a shipment of rice and light arms ordered by Jakarta": weapons a state ordered, let go to it
    ("SUPPLIES_ARMS", "arms.shipment_ordered_by", r"{S}\s+{pre}(?:released|releases|delivered|delivers|sent|sends|shipped|ships|cleared|clears|approved|approves)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:shipments?|consignments?|cargo(?:es)?|batch(?:es)?|deliver(?:y|ies))\s+of\s+(?:[\w-]+,?\s+){0,4}?{W}\s+(?:(?:that\s+|which\s+)?(?:had\s+been\s+|was\s+|were\s+)?)?(?:ordered|bought|purchased|paid\s+for|requested)\s+by\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.supplied_army", r"{S}\s+{pre}(?:supplied|supplies|supplying|equipped|equips|equipping)\s+(?:the\s+)?(?:[\d,]+-(?:man|strong)\s+)?{T}(?=\s*[.,;]|\s+(?:for|since|in|and|with\s+(?!food|fuel|medicine|uniforms))\b)"),
    ("SUPPLIES_ARMS", "arms.armed", r"{S}\s+{pre}(?:(?:re-?)?arm(?:s|ed|ing)|(?<=\bdid\s)arm|(?<=\bdoes\s)arm)(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:trained|equipped|funded|financed|advised|paid))*\s+(?:both\s+)?(?:the\s+)?{qual}{T}"),
    # "Russia's use of Iranian UAVs": the weapons' maker supplies their user
    ("SUPPLIES_ARMS", "arms.use_of", r"{T}{poss}\s+(?:[\w-]+\s+)?use\s+of\s+{S}(?:-made|-built|-supplied)?\s+(?:[\w-]+\s+){0,2}?(?:and\s+(?:«\d+»\s+)?(?:[\w-]+\s+){0,2}?)?(?:UAVs|drones|missiles|weapons|arms|rockets|munitions|shells|tanks|jets|warplanes)\b"),
    # "Ukraine's use of American ATACMS and British Storm Shadow missiles": the second maker too
    ("SUPPLIES_ARMS", "arms.use_of_second", r"{T}{poss}\s+(?:[\w-]+\s+)?use\s+of\s+«\d+»(?:-made|-built|-supplied)?\s+(?:[\w-]+\s+){0,2}?and\s+{S}(?:-made|-built|-supplied)?\s+(?:[\w-]+\s+){0,2}?(?:UAVs|drones|missiles|weapons|arms|rockets|munitions|shells|tanks|jets|warplanes)\b"),
    # "Patriot missiles and other US-made equipment, which Washington then ships to Kyiv": the weapons first
    # "has supplied the arms that North Korea and China are using in Korea": the user of what was supplied receives it
    ("SUPPLIES_ARMS", "arms.supplied_that_used", r"{S}\s+{pre}(?:supplied|provided|sent|shipped|delivered|sold|supplies|provides|sends|delivers|sells)\s+(?:most\s+of\s+|many\s+of\s+|much\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:arms|weapons|weaponry|tanks|missiles|guns|rifles|ammunition|drones|jets|aircraft|artillery)\s+(?:that|which)\s+(?:the\s+)?{T}\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:using|used|uses|use|fir(?:ing|es|ed)|fighting\s+with|deploy(?:ing|s|ed))\b"),
    ("SUPPLIES_ARMS", "arms.which_ships", r"\b{W}\b(?:[^«»;.,]|«\d+»){0,40}?,\s+which\s+(?:the\s+)?{S}\s+(?:(?:then|also|now|later|already|\w+ly)\s+)?(?:has\s+|have\s+|had\s+|will\s+)?(?:ships?|shipped|sends?|sent|delivers?|delivered|supplies|supplied|transfers?|transferred|gives?|gave|sells?|sold|provides?|provided)\s+(?:on\s+)?to\s+(?:the\s+)?{T}"),
    # "Syria, which Russia continues to supply with weapons and fuel, …": the relative clause's object is armed
    ("SUPPLIES_ARMS", "arms.which_supplies_with", r"{T}\s*,\s+which\s+(?:the\s+)?{S}\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+|also\s+|long\s+)?(?:continues\s+to\s+|continued\s+to\s+)?(?:suppl(?:y|ies|ied)|arm(?:s|ed)?|equip(?:s|ped)?|provid(?:es?|ed))\s+with\s+(?:[\w-]+\s+){0,2}?{W}\b"),
    ("SUPPLIES_ARMS", "arms.active", r"{S}{poss}?\s+{pre}" + SUPPLY_V + r"\s{G}(?:«\d+»(?:-(?:made|built|designed|manufactured|produced|origin))?\s+(?:[\w-]+\s+){0,2}?)?\b{W}\b{g}\s(?:to|for)\s+(?:" + HELP_V + r"\s+)?(?:the\s+|both\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.provide_with", r"{S}\s+{pre}(?:" + SUPPLY_V + r"|arm(?:s|ed|ing)?|equip(?:s|ped|ping)?)\s+(?:the\s+)?{T}(?:{poss}\s+(?:armed\s+)?(?:forces|armies|army|military|troops|air\s+force|navy)|\s+(?:armed\s+)?(?:forces|armies|army|military|troops))?(?:\s+in\s+(?:(?-i:[A-Z])[\w-]+|«\d+»))?\s+with\s{g}(?:«\d+»\s+)?\b{W}\b"),
    # "Sweden agreed to send Hungary fighter jets"
    # "The US, Denmark and the Netherlands said the first F-16 fighter jets were on their way to Ukraine"
    # "Soviet and Czechoslovak weapons have been reaching Havana": a state's weapons flowing to another
    ("SUPPLIES_ARMS", "arms.weapons_reaching", r"{S}(?:\s+|\s*,\s+whose\s+)(?:[\w-]+\s+)?(?:weapons|arms|weaponry|ammunition|munitions|rifles|military\s+(?:equipment|supplies|hardware|aid))\s+{pre}(?:(?:have|has|had)\s+been\s+|(?:are|were|is|was)\s+(?:now\s+|still\s+)?|(?:began|begun|started|continued?)\s+)?(?:reach(?:ed|es|ing)?|arriv(?:ed|es|ing)\s+in|flow(?:ed|s|ing)?\s+(?:in)?to|pour(?:ed|s|ing)?\s+into|to\s+(?:reach|arrive\s+in|flow\s+(?:in)?to|pour\s+into))\s+(?:the\s+)?{T}(?!{poss})"),
    ("SUPPLIES_ARMS", "arms.said_on_way", r"{S}\s+{pre}(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:the\s+)?(?:first\s+)?(?:[\w-]+\s+){0,3}?{W}\s+(?:were|was|are|is)\s+(?:already\s+)?(?:on\s+(?:their|its)\s+way|en\s+route|being\s+(?:sent|delivered|shipped|transferred))\s+to\s+(?:the\s+)?{T}"),
    # "Turkey confirmed a $7 billion deal with the United States for 40 F-16s": the other side sells
    ("SUPPLIES_ARMS", "arms.deal_with_for", r"{T}\s+{pre}(?:signed|confirmed|struck|sealed|finali[sz]ed|clinched|inked|reached|concluded)\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}?(?:deals?|contracts?|agreements?|letters?\s+of\s+intent)\s+with\s+(?:the\s+)?{S}\s+(?:(?:last|this|next)\s+\w+\s+|in\s+\w+\s+|on\s+\w+day\s+)?(?:for|to\s+buy|to\s+purchase|on)\s+(?:the\s+(?:purchase|acquisition)\s+of\s+)?(?:(?!(?:suppl|sell|sold|deliver|provid|export|send|giv|transfer)\w*\b)[\w,$-]+\s+){0,3}?{W}\b"),
    ("SUPPLIES_ARMS", "arms.double_object", r"{S}\s+{pre}(?:(?:signed|inked|struck|sealed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|contract)\s+with\s+(?:the\s+)?«\d+»\s+to\s+)?(?:sen(?:t|ds?|ding)|gave|given|giv(?:es?|ing)|hand(?:s|ed|ing)|sold|sells?|selling|offer(?:s|ed|ing)?|deliver(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|provid(?:es?|ed|ing))\s+(?:the\s+)?{T}\s+(?:(?:(?:about|some|nearly|more\s+than|over)\s+)?(?:billions|millions|hundreds\s+of\s+millions|[$€£][\d.,]+\s+(?:[bm]illion|bn|m)?)\s+(?:of\s+dollars['’]?\s+)?(?:worth\s+of|in)\s+)?(?:(?:a\s+few|a\s+number\s+of|(?:large|huge|vast|great|considerable|significant)\s+(?:quantities|amounts|numbers)\s+of|a\s+dozen|a\s+handful\s+of|a\s+batch\s+of|a\s+squadron\s+of|an?|the)\s+)?(?:(?!(?:into|to|from|with|for|in|on|at|of|over|by|and|a|an|the)\b)(?:[\w,$-]+|«\d+»-(?:built|made|designed|manufactured|produced))\s+){0,4}?{W}\b"),
    # "London has signed an agreement with Turkey's Erdogan to sell Eurofighter jets to Ankara"
    ("SUPPLIES_ARMS", "arms.agreement_to_sell", r"{S}\s+{pre}(?:signed|reached|struck|sealed|inked|concluded)\s+(?:an?\s+|the\s+)?(?:[\w$£€.,()-]+\s+){0,6}?(?:agreement|deal|contract)\s+(?:with\s+(?:the\s+)?(?:«\d+»(?:{poss})?\s+)+)?to\s+(?:sell|supply|deliver|provide|export)\s+(?:[\w$.,-]+\s+){0,4}?{W}\b{g}\sto\s+(?:the\s+)?{T}"),
    # "Erdogan hailed a defence agreement with London to buy 20 Eurofighter jets"
    ("SUPPLIES_ARMS", "arms.agreement_to_buy", r"{T}\s+{pre}(?:sign|signs|signed|signing|reached|struck|sealed|inked|concluded|hailed|welcomed|announced)\s+(?:an?\s+|the\s+)?(?:[\w$£€.,()-]+\s+){0,6}?(?:agreement|deal|contract)\s+with\s+(?:the\s+)?{S}\s+to\s+(?:buy|purchase|acquire|procure|import)\s+(?:[\w$.,-]+\s+){0,4}?{W}\b"),
    # "Pyongyang sent troops to Russia's Kursk region and provided the Russian army with artillery shells"
    ("SUPPLIES_ARMS", "arms.and_provided_with", r"{S}\s+{pre}[a-z]+\s(?:[^«»;.]|«\d+»){0,80}?\s+and\s+(?:also\s+)?(?P<v>provid(?:ed|es|ing)|suppl(?:ied|ies|ying)|equipp(?:ed|ing)|arm(?:ed|ing))\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+){0,2}?with\s{g}\b{W}\b"),
    # "India has also become a major supplier of artillery and rocket systems to Yerevan"
    ("SUPPLIES_ARMS", "arms.supplier_of_to", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:suppliers?|providers?|exporters?|sources?)\s+of\s{g}\b{W}\b{g}\s+to\s+(?:the\s+)?{T}"),
    # "The first U.S. shipment of munitions arrived in Israel"
    ("SUPPLIES_ARMS", "arms.shipment_arrived", r"{S}\s+(?:[\w-]+\s+)?(?:shipments?|deliver(?:y|ies)|consignments?|cargo(?:es)?)\s+of\s+(?:[\w-]+\s+){0,3}?{W}\s+(?:has\s+|have\s+|had\s+)?(?:arrived|landed|reached)\s+(?:in\s+)?(?:the\s+)?{T}"),
    # "Jakarta's purchase of 42 Rafale fighter jets from France"
    ("SUPPLIES_ARMS", "arms.poss_purchase_from", r"{T}{poss}\s+(?:[\w-]+\s+)?(?:purchases?|acquisitions?|orders?|procurement|imports?)\s+of\s{g}\b{W}\b{g}\s(?:from|made\s+by|built\s+by)\s+(?:the\s+)?{S}(?!{poss})"),
    # "Britain and Norway already operate the same P-8 maritime patrol aircraft, bought from the United States"
    ("SUPPLIES_ARMS", "arms.weapon_bought_from", r"{lead}{T}\s(?:[^;.«»]){0,80}?\b{W}\b[^;.«»]{0,10}?,\s+(?:bought|purchased|acquired|imported|ordered|obtained)\s+from\s+(?:the\s+)?{S}(?!{poss})"),
    # "Israel operates the F-35, which it received from the United States": the weapon, then what the subject did to get it
    # "two Patriot systems that Washington is sending to Ukraine"
    ("SUPPLIES_ARMS", "arms.that_actor_sends", r"\b{W}\b(?:\s+(?:systems?|launchers?|batteries|units))?\s+(?:that|which)\s+(?:the\s+)?{S}\s+(?:(?:is|are|was|were|has|have|had|will)\s+(?:been\s+|be\s+)?)?(?:\w+ly\s+|already\s+|also\s+)?(?:sending|sent|sends|delivering|delivered|delivers|supplying|supplied|supplies|providing|provided|provides|shipping|shipped|ships|transferring|transferred|transfers)\s+to\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.which_it_received", r"{lead}{T}\s(?:[^;.«»]|\.(?=\d)){0,100}?\b{W}\b[^;.«»]{0,20}?,\s+(?:which|that)\s+(?:it|they)\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+|also\s+|first\s+)?" + RECEIVE_V + r"\s+(?:[^;.«»]{0,20}?\s)?from\s+(?:the\s+)?{S}"),
    # "Norway has chosen Britain's Type 26 frigate": the weapon's state supplies
    ("SUPPLIES_ARMS", "arms.chose_weapon", r"{T}\s+{pre}(?:chose|chosen|choos(?:es|ing)|selected|select(?:s|ing)?|picked|pick(?:s|ing)?|opted\s+for|opts\s+for)\s+(?:the\s+)?{S}{poss}\s+(?:[\w-]+\s+){0,3}?{W}\b"),
    # "Australia has chosen Japan's Mitsubishi Heavy Industries to build 11 new frigates": the maker's state supplies
    ("SUPPLIES_ARMS", "arms.chose_company", r"{T}\s+{pre}(?:chose|chosen|choos(?:es|ing)|selected|select(?:s|ing)?|picked|pick(?:s|ing)?)\s+(?:the\s+)?{S}{poss}\s+(?:[\w&.-]+\s+){1,5}?(?:to\s+(?:build|supply|deliver|make|produce|develop)|for\s+(?:a|an|the|its)\s+(?:[\w$.-]+\s+){0,4}?(?:contract|tender|deal|order))\s+(?:[\w$.,-]+\s+){0,4}?{W}\b"),
    # "Germany, Israel's second-largest arms supplier after the United States": the one ranked above it
    ("SUPPLIES_ARMS", "arms.supplier_after", ranked_after(r"(?:(?:arms\s+|weapons\s+|military\s+)?(?:supplier|provider|exporter)\s+(?:of\s+(?:arms|weapons)\s+)?|(?:arms|weapons|military)\s+donor\s+)", r"|most\s+important")),
    # "the military personnel who operated Indian-donated aircraft in the Maldives"
    ("SUPPLIES_ARMS", "arms.hyphen_donated_in", r"{S}-(?:donated|supplied|gifted|provided|financed)\s+(?:[\w-]+\s+){0,2}?{W}\s+(?:in|to|for)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Sweden has given Ukraine 8 billion dollars in military aid, including CV90 infantry fighting vehicles"
    ("SUPPLIES_ARMS", "arms.aid_including", r"{S}\s+{pre}(?:given|gave|giv(?:es|ing)|provided|provid(?:es|ing)|sent|sends?|sending|delivered|deliver(?:s|ing)|pledged|pledg(?:es|ing))\s+(?:the\s+)?{T}\s(?:[^;.«»]|\.(?=\d)){0,60}?\b(?:military|defen[cs]e|security|lethal)\s+(?:aid|assistance|support|equipment)\b(?:[^;.«»]|\.(?=\d)){0,30}?,?\s+including\s+(?:[\w-]+\s+){0,4}?{W}\b"),
    # "Ukraine already flies US-made F-16s donated by Denmark, the Netherlands and Norway": the donors supply the flier
    # (after other words: "Kyiv has received two more Patriot systems, paid for by Germany and delivered by the United States")
    ("SUPPLIES_ARMS", "arms.flies_donated_by", r"{lead}{T}\s(?:[^;.«»]|«\d+»-(?:made|built)){0,60}?\b{W}\b(?:[^;.«»]|«\d+»){0,60}?\s+(?:donated|supplied|provided|delivered|given|sent|transferred|gifted|shipped)\s+by\s+(?:the\s+)?{S}"),
    # "France has overtaken Russia as India's second-largest arms supplier"
    ("SUPPLIES_ARMS", "arms.overtook_as", r"{S}\s+{pre}(?:overt(?:ook|aken|akes)|replac(?:ed|es)|surpass(?:ed|es)|displac(?:ed|es)|edg(?:ed|es)\s+out)\s+(?:the\s+)?«\d+»\s+as\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:arms|weapons|military|defen[cs]e)\s+(?:supplier|exporter|provider|seller)\b"),
    # "Poland signed its biggest-ever arms contract with South Korea on Friday, ordering 180 more K2 tanks"
    ("SUPPLIES_ARMS", "arms.contract_with_ordering", r"{T}\s+{pre}(?:signed|sealed|inked|struck|concluded|finali[sz]ed)\s+(?:[\w$€£.,-]+\s+){0,6}?(?:deal|contract|agreement)\s+with\s+(?:the\s+)?{S}(?!{poss})(?:\s+(?:on\s+)?\w+day|\s+(?:last|this)\s+\w+)?,?\s+(?:ordering|buying|purchasing|to\s+(?:buy|purchase|order))\s+(?:[\w-]+\s+){0,5}?{W}\b"),
    # "Finland has chosen Israel's David's Sling system"
    ("SUPPLIES_ARMS", "arms.chose_poss_system", r"{T}\s+{pre}(?:chose|chosen|selected|picked|opted\s+for|ordered|bought|purchased|acquired)\s+(?:the\s+)?{S}{poss}\s+(?:[\w'’-]+\s+){0,3}?(?:{W}|(?:air[- ]defen[cs]e\s+)?systems?)\b"),
    # "has bought jets and bombs from the Soviet Union and armoured cars from Britain": the second seller of a list
    ("SUPPLIES_ARMS", "arms.receive_from_second", r"{T}\s+{pre}" + RECEIVE_V + r"\s(?:[^«»;.]){1,80}?\sfrom\s+(?:the\s+)?«\d+»\s+and\s+(?:[\w-]+\s+){0,2}?{W}\s+from\s+(?:the\s+)?{S}(?!{poss})"),
    # "signed a contract for 288 rocket launchers made by South Korea's Hanwha": the maker sells to the buyer (not "… made by Germany from Poland")
    ("SUPPLIES_ARMS", "arms.bought_made_by", r"{T}\s+{pre}(?:" + RECEIVE_V + r"|signed\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,3}?(?:contract|deal|agreement|order)s?\s+(?:on\s+\w+day\s+)?(?:for|to\s+buy)|agreed\s+to\s+buy)\s{G}\b{W}\b(?:\s+[\w-]+){0,2}?\s+(?:made|built|produced|manufactured)\s+by\s+(?:the\s+)?{S}(?![^«»;.]{0,40}?\bfrom\s+(?:the\s+)?«)"),
    # "Belgrade's army has been re-equipped with tanks and jets shipped from the United States" (a demonym before them: arms.army_equipped_with)
    ("SUPPLIES_ARMS", "arms.equipped_with_from", r"{T}(?:{poss}\s+(?:army|armed\s+forces|forces|military|air\s+force|navy|troops))?\s+{pre}" + BE_PASSIVE + r"\s+(?:\w+ly\s+)?(?:re-?)?(?:equipped|armed)\s+with\s{G}\b{W}\b{g}\s(?:(?:shipped|sent|supplied|delivered|bought|flown|obtained)\s+)?from\s+(?:the\s+)?{S}"),
    ("SUPPLIES_ARMS", "arms.receive_from", r"{T}\s+{pre}" + RECEIVE_V + r"\s{G}(?:«\d+»-(?:made|built|designed|manufactured|produced)\s+{g})?\b{W}\b{g}\sfrom\s+(?:both\s+)?(?:the\s+)?{S}"),
    # ... and advisers received: "Somalia gets its arms and military advisers from the Soviet Union"
    ("DEPLOYS_TROOPS", "troops.receives_advisers_from", r"{T}\s+{pre}" + RECEIVE_V + r"\s+(?:its\s+|their\s+)?(?:(?:arms|weapons|equipment)\s+and\s+)?(?:military\s+)?(?:advisers|advisors|instructors|trainers)\s+from\s+(?:the\s+)?{S}"),
    # "has sent Uganda arms and several hundred soldiers": troops in a double object
    ("DEPLOYS_TROOPS", "troops.double_object", r"{S}\s+{pre}(?:sent|sends|sending|dispatched|dispatches)\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:[\w-]+\s+){1,3}?and\s+)?(?:(?:some|about|around|nearly|more\s+than|over|up\s+to|several|a\s+few|hundreds\s+of|thousands\s+of|dozens\s+of|[\d,]+)\s+)*(?:hundred\s+|thousand\s+)?(?:[\w-]+\s+)?{TR}\b"),
    ("SUPPLIES_ARMS", "arms.nominal", r"{S}{poss}\s{g}\b(?:suppl(?:y|ies)|deliver(?:y|ies)|transfers?|sales?|shipments?|provision|exports?|handovers?|hand-overs?)\s+of\s{g}\b{W}\b{g}\sto\s+(?:the\s+)?{T}"),
    # "Chinese military sales to Bangladesh"
    ("SUPPLIES_ARMS", "arms.military_sales", r"{S}(?:{poss})?\s+(?:military|defen[cs]e)\s+(?:sales|exports|supplies|deliveries|transfers)\s+to\s+(?:the\s+)?{T}"),
    # "Zhao urged Washington to reduce its arms sales to Taiwan": the sales the one urged makes
    ("SUPPLIES_ARMS", "arms.urged_to_cut_its", r"\b(?:urg(?:es|ed|ing)|ask(?:s|ed|ing)|press(?:es|ed|ing)|call(?:s|ed|ing)\s+on)\s+(?:the\s+)?{S}\s+to\s+(?:\w+ly\s+)?(?:reduce|cut|curb|limit|halt|stop|end|scale\s+back|phase\s+out|suspend|freeze)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:arms|weapons?|military)\s+(?:sales|supplies|exports|deliveries|shipments|transfers)\s+to\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.nominal_supply", r"{S}{poss}\s{g}\b{W}\s+(?:suppl(?:y|ies)|deliver(?:y|ies)|transfers?|sales|shipments|exports)\s+to\s+(?:the\s+)?{T}"),
    # "Iran's arming of the Houthis"
    # "The delivery of the first F-16s to Ukraine by Denmark"
    # "Arms deliveries to Israel by the United States and Germany continued"
    ("SUPPLIES_ARMS", "arms.weapon_deliveries_by", r"\b{W}\s+(?:deliveries|delivery|transfers|shipments|sales|supplies|exports)\s+to\s+(?:the\s+)?{T}\s+by\s+(?:the\s+)?{S}"),
    ("SUPPLIES_ARMS", "arms.delivery_of_by", r"\b(?:delivery|deliveries|transfer|transfers|supply|supplies|sale|sales|shipment|shipments|dispatch|donation)\s+of\s{g}\b{W}\b{g}\s+to\s+(?:the\s+)?{T}\s+by\s+(?:the\s+)?{S}"),
    # "Backed by Turkish drones, Azerbaijani forces recaptured …", "Armed with Iranian missiles, the Houthis …"
    ("SUPPLIES_ARMS", "arms.fronted_armed_with", r"\A[\s“\"]*(?:Backed|Armed|Equipped|Supplied|Supported)\s+(?:by|with)\s+(?:[\w-]+\s+){0,2}?{S}(?:-(?:made|built|supplied|designed))?\s+(?:[\w-]+\s+){0,2}?{W}\s*,\s+(?:the\s+)?{T}"),
    # "Pakistan equipped its air force with Chinese J-10C jets"
    ("SUPPLIES_ARMS", "arms.equipped_own_with", r"{T}\s+{pre}(?:equipp(?:ed|ing|s)|arm(?:ed|ing|s)|re-?equipp(?:ed|ing))\s+(?:its|their|«\d+»)\s+(?:[\w-]+\s+){0,2}?(?:army|air\s+force|navy|military|forces|troops|fleet|units)\s+with\s+(?:[\w-]+\s+){0,2}?{S}(?:-(?:made|built|supplied|designed))?\s+(?:[\w-]+\s+){0,2}?{W}"),
    # "Pyongyang's shells have become Moscow's main source of artillery ammunition"
    ("SUPPLIES_ARMS", "arms.poss_source_of", r"{S}{poss}\s+(?:[\w-]+\s+){0,2}?{W}\s+(?:have|has|had)\s+(?:become|been)\s+{T}{poss}\s+(?:(?:main|biggest|largest|key|chief|primary|top|most\s+important)\s+)?(?:source|supplier)\b"),
    # "Australia chose Mitsubishi's frigate for its navy, Japan's biggest defence export since World War Two"
    ("SUPPLIES_ARMS", "arms.chose_export", r"{T}\s+{pre}(?:chose|selected|picked|ordered|bought)\s+(?:[^«»;.]|«\d+»){0,100}?,\s+{S}{poss}\s+(?:(?:biggest|largest|first|major|most\s+significant)\s+)?(?:[\w-]+\s+)?(?:defen[cs]e|arms|military|weapons)\s+(?:export|sale|deal)s?\b"),
    # "Serbian-made artillery shells have reached Ukraine via the Czech Republic"
    ("SUPPLIES_ARMS", "arms.made_reached", r"{S}(?:-made|-built|-produced|-manufactured|{poss})\s+(?:[\w-]+\s+){0,3}?{W}\s+(?:[^«»;.]{0,60}?\s)?(?:have|has|had)\s+(?:\w+ly\s+)?(?:reached|ended\s+up\s+in|found\s+(?:their|its)\s+way\s+to|made\s+(?:their|its)\s+way\s+to|arrived\s+in)\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.arming_of", r"{S}{poss}\s+(?:(?:continued|ongoing|alleged|covert|secret)\s+)?(?:arming|rearming|equipping)\s+of\s+(?:the\s+)?{T}"),
    # (not a route: "a fighter jet escorted a Ryanair flight from Athens to Vilnius")
    ("SUPPLIES_ARMS", "arms.from_to", r"\b{W}\b(?:(?:(?!\b(?:flights?|airliners?|passengers?|route|voyage|journey|trip)\b)[^«»;.]){0,40}?\s)?(?:(?:suppl(?:y|ies)|deliver(?:y|ies)|transfers?|sales|shipments|exports)\s+)?from\s+(?:the\s+)?{S}\s+"
     r"(?:(?:are|were|is|was|now)\s+)*(?:(?:en route|on (?:their|its|the) way|heading|bound|being (?:sent|shipped|delivered|flown))\s+)?to\s+(?:the\s+)?{T}"),
    # "Redeye missiles for Sudan's air defence were also on their way from Washington": weapons for a state on their way
    ("SUPPLIES_ARMS", "arms.for_on_way_from", r"\b{W}\s+(?:for|destined\s+for|bound\s+for)\s+(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:army|armed\s+forces|forces|military|air\s+force|navy|air\s+defen[cs]es?|defen[cs]es?))?\s+"
     r"(?:(?:are|were|is|was|now|also|already)\s+)*(?:en\s+route|on\s+(?:their|its|the)\s+way|being\s+(?:sent|shipped|flown|delivered|airlifted))\s+from\s+(?:the\s+)?{S}"),
    # "a French freighter carrying Belgian arms and ammunition for the Cuban army": weapons named by maker and receiver
    ("SUPPLIES_ARMS", "arms.national_arms_for", r"{S}(?!{poss})\s+(?:[\w-]+\s+)?{W}(?:,\s+(?:[\w-]+\s+)?{W}){0,4}(?:,?\s+and\s+(?:[\w-]+\s+)?{W}(?=\s+(?:for|destined|intended)\b))?(?:\s+and\s+(?:[\w-]+\s+)?(?:ammunition|munitions|spare\s+parts|equipment|explosives))?\s+(?:for|destined\s+for|intended\s+for)\s+(?:the\s+)?{T}"),
    # "the sale of Iran's drones to Russia", "responsible for supplying Iranian-made drones to Russia":
    # with no subject of its own, the transfer's source is the weapons' maker
    ("SUPPLIES_ARMS", "arms.of_maker", r"\b(?:suppl(?:y|ies)|deliver(?:y|ies)|transfers?|sales?|shipments?|exports?|provision|deployments?)\s+of\s+(?:[\w-]+\s+){0,3}?{S}(?:{poss}|-(?:made|built|manufactured|produced|designed|developed|supplied))?\s+(?:[\w-]+\s+){0,2}?{W}\b(?!(?:[^«»;.]){0,45}?\s+and\s+(?:is|are|was|were|has|have|had)\s){g}\s(?:to|for)\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.gerund_maker", r"\b(?:for|of|in|by|over|about|with)\s+(?:\w+\s+)?(?:supplying|sending|transferring|delivering|shipping|transporting|providing|selling|exporting)\s+(?:[\w-]+\s+){0,3}?{S}(?:{poss}|-(?:made|built|manufactured|produced|designed|developed|supplied))?\s+(?:[\w-]+\s+){0,2}?{W}\b{g}\s(?:to|for)\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.approve_sale", r"{S}\s+{pre}(?:" + APPROVE_V + r"|" + LIFTED_HOLD + r"\s+on)\s+(?:the\s+|a\s+|an\s+)?(?:[\w$.,-]+\s+){0,6}?(?:sales?|deliver(?:y|ies)|transfers?|exports?|shipments?)\s+of\s{g}\b{W}\b{G}\s(?:to|for)\s+(?:the\s+)?{T}"),
    # "U.S. companies involved in selling weapons to Taiwan"
    ("SUPPLIES_ARMS", "arms.companies_selling", r"{S}\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|enterprises|contractors|manufacturers)\s+(?:involved in|engaged in|responsible for|accused of)\s+(?:selling|supplying|sending|shipping|exporting|providing)\s{g}\b{W}\b{g}\s(?:to|for)\s+(?:the\s+)?{T}"),
    # "approved the possible sale to Taiwan of Abrams tanks", "approved a record arms sale to Taiwan"
    ("SUPPLIES_ARMS", "arms.approve_sale_to", r"{S}\s+{pre}" + APPROVE_V + r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w$.,-]+\s+){0,6}?(?:sales?|deliver(?:y|ies)|transfers?|exports?|shipments?)\s+to\s+(?:the\s+)?{T}\s+of\s{g}\b{W}\b"),
    ("SUPPLIES_ARMS", "arms.approve_arms_sale", r"{S}\s+{pre}" + APPROVE_V + r"\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:ban|banning|bans|halting|suspending|prohibiting|blocking|stopping|ending|restricting|limiting|freezing|embargo)\b)[\w$.,-]+\s+){0,6}?(?:{W}|defen[cs]e|military)\s+(?:sales?|deals?|packages?|transfers?|exports?|shipments?|deliver(?:y|ies))(?:\s+worth\s+[^«»;]{0,40}?)?\s+(?:to|for)\s+(?:the\s+)?{T}"),
    # "Russia has deployed tactical nuclear weapons to Belarus" (deployed "fighters" are people)
    ("SUPPLIES_ARMS", "arms.deployed", r"{S}\s+{pre}deploy(?:s|ed|ing)?\s{G}\b(?!fighters\b){W}\b{g}\s(?:to|in|into|off)\s+(?:the\s+)?(?:coast\s+of\s+(?:the\s+)?)?{T}"),
    # "Pakistan's prime minister courted China, its biggest arms supplier"
    # "The U.S. is Taiwan's main ally and arms supplier"
    # "China supplies about 80% of Pakistan's major weapons", "Russia accounts for 36% of India's arms imports"
    ("SUPPLIES_ARMS", "arms.share_of_imports", r"{S}\s+{pre}(?:account(?:s|ed|ing)?\s+for|suppl(?:y|ies|ied|ying)|provid(?:es?|ed|ing)|ma(?:de|kes|king)\s+up)\s+" + SHARE + r"\s+of\s+(?:the\s+)?(?:total\s+|all\s+)?{T}{poss}\s+(?:[\w-]+,\s+){0,3}?(?:[\w-]+\s+){0,2}?(?:arms|weaponry|military\s+(?:imports|hardware|equipment)|{W})\b"),
    # "India chose French Rafales for its navy", "Poland opted for South Korean K2 tanks"
    ("SUPPLIES_ARMS", "arms.chose_foreign", r"{T}\s+{pre}(?:chose|chooses|choosing|selected|selects|picked|picks|opted\s+for|opts\s+for|settled\s+on)\s+(?:the\s+)?{S}(?:-(?:made|built|designed))?\s+(?:[\w-]+\s+){0,2}?{W}\b"),
    # "Turkey's Russian-made S-400 air defence systems remain in storage"
    ("SUPPLIES_ARMS", "arms.poss_foreign_made", r"{T}{poss}\s+(?:(?:new|newly\s+acquired|recently\s+delivered|first|latest|ageing|aging|own)\s+)?{S}-(?:made|built|supplied|designed|manufactured|produced)\s+(?:[\w-]+\s+){0,3}?{W}\b"),
    # "Seoul is now Washington's biggest customer for F-35 jets in Asia"
    ("SUPPLIES_ARMS", "arms.customer_for", r"{T}\s+{pre}" + COPULA + r"\s+(?:(?:now|also|still|long)\s+)?(?:the\s+|a\s+|an\s+|one\s+of\s+)?{S}{poss}\s+(?:[\w-]+\s+){0,2}?(?:customers?|buyers?|clients?)\s+(?:for|of)\s+(?:[\w-]+\s+){0,3}?{W}\b"),
    # "European allies pay for American weapons that are then shipped to Kyiv"
    ("SUPPLIES_ARMS", "arms.weapons_then_shipped", r"{S}(?:-(?:made|built))?\s+(?:[\w-]+\s+){0,2}?{W}\s+(?:that|which)\s+(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+(?:then\s+|later\s+|now\s+|being\s+|also\s+)?(?:shipped|sent|delivered|transferred|supplied|handed\s+over)\s+to\s+(?:the\s+)?{T}"),
    # "Russia has been India's biggest arms supplier, but New Delhi has been buying more from the United States": the arms left out
    ("SUPPLIES_ARMS", "arms.but_buying_more_from", r"\b(?:arms|weapons)\s+(?:supplier|exporter|seller|imports?)\b(?:[^;.«»]|«\d+»){0,40}?,\s+but\s+(?:the\s+)?{T}\s+(?:has\s+been\s+|have\s+been\s+|is\s+|are\s+)?(?:\w+ly\s+)?(?:buying|bought|buys|importing|imports|turning\s+to|turned\s+to|shifting\s+to)\s+(?:more\s+|increasingly\s+)?(?:from\s+)?(?:the\s+)?{S}"),
    ("SUPPLIES_ARMS", "arms.is_supplier", r"{S}(?:\s+{pre}" + COPULA + r"\s+(?:(?:also|still|now|already|by\s+far|long|for\s+(?:decades|years|many\s+years|a\s+long\s+time))\s+)?|\s*,\s+(?:(?:long|traditionally|historically|now|still)\s+)?)(?P<art>a\s+|an\s+|the\s+|one of\s+)?{T}(?(art){poss}|(?:{poss}|(?=\s+(?:largest|biggest|main|top|leading|chief|sole|only|second-largest|traditional)\s)))\s+(?:[\w-]+\s+){0,6}?(?:(?:arms|weapons|military|defen[cs]e)\s+(?:suppliers?|providers?|exporters?|donors?)|(?:suppliers?|providers?|exporters?|(?<=main\s)source|(?<=chief\s)source|(?<=largest\s)source|(?<=biggest\s)source|(?<=principal\s)source)\s+of\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?" + WEAPON + r")\b"),
    # "Serbia's traditional arms supplier Russia", "Serbia is shifting away from its traditional arms supplier Russia"
    # "Washington, supplier of Israel's Skyhawk attack planes, appealed for restraint"
    ("SUPPLIES_ARMS", "arms.apposed_supplier_of", r"{S}\s*,\s+(?:the\s+|a\s+|an\s+)?(?:(?:main|chief|principal|biggest|largest|leading|key|sole|traditional)\s+)?(?:supplier|provider|source|maker)\s+of\s+(?:most\s+of\s+|much\s+of\s+|all\s+of\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,3}?{W}\b"),
    ("SUPPLIES_ARMS", "arms.supplier_named", r"{T}(?:{poss}\s+|\s+{pre}(?:is|are|was|were|has|have|had|\w+ed|\w+s)\s(?:[^«»;.]){0,100}?\b(?:its|their)\s+)(?:[\w-]+\s+){0,2}?(?:arms|weapons|military|defen[cs]e)\s+(?:suppliers?|providers?|exporters?),?\s+(?:the\s+)?{S}"),
    # "… with Bayraktar drones, it has also sold them to Poland": "them" the weapons named before in the sentence
    ("SUPPLIES_ARMS", "arms.sold_them", r"\b{W}\b(?:[^;.«»]|«\d+»){0,80}?\s{S}\s+{pre}" + SUPPLY_V + r"\s+them\s+(?:to|for)\s+(?:the\s+)?{T}"),
    # "Ukraine already flies American F-16s donated by Denmark, Norway and the Netherlands": the donors supplied them
    ("SUPPLIES_ARMS", "arms.flies_given_by", r"{T}\s+{pre}(?:fl(?:y|ies|ew)|us(?:es|ed)|operat(?:es|ed)|field(?:s|ed)|receiv(?:es|ed)|deploy(?:s|ed))\s+(?:[\w-]+\s+|«\d+»(?:-\w+)?\s+){0,4}?{W}\s+(?:donated|supplied|provided|given|sent|delivered|gifted|transferred)\s+by\s+(?:the\s+)?{S}"),
    # "Pakistan, whose air force flies Chinese J-10C jets": the force's state uses the maker's weapons
    ("SUPPLIES_ARMS", "arms.forces_fly_foreign", r"{T}{poss}\s+(?:air\s+force|navy|army|military|armed\s+forces)\s+{pre}(?:fl(?:y|ies|ew)|us(?:es|ed)|operat(?:es|ed)|field(?:s|ed))\s+(?:[\w-]+\s+){0,2}?{S}(?:-(?:made|built|supplied|designed))?\s+(?:[\w-]+\s+){0,2}?{W}\b"),
    # "Hanoi has long relied on Russia for most of its weapons"
    ("SUPPLIES_ARMS", "arms.relies_on_for", r"{T}\s+{pre}(?:depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying)|lean(?:s|ed|ing)?)\s+(?:(?:heavily|largely|mainly|mostly|almost\s+entirely|entirely|increasingly)\s+)?on\s+(?:the\s+)?{S}(?!{poss})\s+for\s+(?:(?:most|much|all|some|many|part|the\s+bulk)\s+of\s+)?(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?{W}\b"),
    # ... in the other order: "relies for most of its weapons on Moscow"
    ("SUPPLIES_ARMS", "arms.relies_for_on", r"{T}\s+{pre}(?:depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying)|lean(?:s|ed|ing)?)\s+(?:(?:heavily|largely|mainly|mostly|almost\s+entirely|entirely|increasingly)\s+)?for\s+(?:(?:most|much|all|some|many|part|the\s+bulk)\s+of\s+)?(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?{W}\s+on\s+(?:the\s+)?{S}(?!{poss})"),
    # "Brussels agreed to ease checks on British food exports": lighter terms for the other's goods
    ("TRADES_WITH", "trade.eased_on_goods", r"{S}\s+{pre}(?:eas(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|relax(?:es|ed|ing)?|simplif(?:y|ies|ied|ying))\s+(?:[\w-]+\s+){0,2}?(?:checks|tariffs|duties|barriers|levies|controls)\s+(?:on|for)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:exports|imports|goods|products|food|cars|steel|produce|agricultural\s+products)\b"),
    # "Canada would diversify its trade, which is heavily dependent on the United States"
    # "Mexico is bartering its crude with Germany and Italy for machinery", "Russia trades oil with China"
    ("TRADES_WITH", "trade.goods_with", r"{S}\s+{pre}(?:trades?|traded|trading|barters?|bartered|bartering|exchanges?|exchanged|exchanging|swaps?|swapped|swapping)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:goods|products|" + COMMODITY + r")\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    ("TRADES_WITH", "trade.which_depends_on", r"{S}\s+(?:[\w-]+\s+)?(?:trade|economy|exports|imports),\s+which\s+(?P<v>is|are|was|were|remains|remain|has\s+been)\s+(?:(?:heavily|largely|mainly|highly|deeply|increasingly|still|so)\s+)?(?:dependent|reliant)\s+on\s+(?:the\s+)?{T}"),
    # "Algeria supplies much of Spain's natural gas"
    # "China is North Korea's main ally and accounts for about 90 percent of its trade": the subject's second verb
    ("TRADES_WITH", "trade.share_of_trade", r"{lead}{S}\s(?:[^;.]|«\d+»){0,80}?\band\s+(?:also\s+)?(?:account(?:s|ed|ing)?\s+for|ma(?:kes?|de|king)\s+up)\s+" + SHARE + r"\s+of\s+(?:the\s+)?{T}(?:{poss})?\s+(?:(?:foreign|external|overseas|total|international)\s+)?(?:trade|imports|exports|commerce)\b"),
    ("TRADES_WITH", "trade.supplies_share_of", r"{S}\s+{pre}(?:suppl(?:y|ies|ied)|provid(?:e|es|ed)|meets?|met|covers?|covered|ships|shipped|sells|sold)\s+" + SHARE + r"\s+of\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:gas|oil|crude|energy|electricity|imports|grain|wheat|fuel|LNG|coal|uranium|fertili[sz]ers?)\b"),
    # "Such is China's dependence on Australian iron ore that …"
    # "China buys about a quarter of the Philippines' banana exports", "Moscow bought most of Cuba's sugar"
    ("TRADES_WITH", "trade.buys_share_of_exports", r"{S}\s+{pre}(?:buys?|bought|buying|takes?|took|taking|imports?|imported|importing|absorbs?|absorbed)\s+" + SHARE + r"\s+of\s+(?:the\s+|each\s+|every\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:exports|" + COMMODITY + r")\b"),
    ("TRADES_WITH", "trade.dependence_on_goods", r"{T}{poss}\s+(?:[\w-]+\s+)?(?:dependence|reliance|dependency)\s+on\s+(?:the\s+)?{S}(?:{poss})?\s+(?:[\w-]+\s+)?(?:gas|oil|crude|energy|imports|grain|wheat|coal|LNG|fuel|fertili[sz]ers?|electricity|uranium|iron\s+ore|ore|minerals|rare\s+earths|chips|semiconductors|markets?|exports)\b"),
    # "a move that shifts Belgrade away from its dependence on Russian arms"
    # "Poland signed a deal worth $6.5 billion to purchase K2 tanks from major South Korean defense contractor Hyundai Rotem"
    ("SUPPLIES_ARMS", "arms.deal_to_buy_from", r"{T}\s+{pre}(?:signed|inked|struck|sealed|concluded)\s+(?:an?\s+|the\s+)?(?:[^\s«»;]+\s+){0,6}?(?:deal|agreement|contract)\s+(?:[^\s«»;]+\s+){0,8}?to\s+(?:buy|purchase|acquire|procure|order)\s{G}\b{W}\b{g}\sfrom\s+(?:the\s+)?(?:(?:major|leading|state-owned|state-run)\s+)?{S}"),
    ("SUPPLIES_ARMS", "arms.dependence_on", r"{T}(?:{poss}\s+|\s(?:[^«»;.]){0,60}?\b(?:its|their)\s+)(?:[\w-]+\s+)?(?:dependence|reliance|dependency)\s+on\s+(?:the\s+)?{S}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:arms|weapons|{W})\b"),
    # "Serbia has signed an agreement with France's Dassault Aviation to acquire 12 Rafale fighter jets"
    ("SUPPLIES_ARMS", "arms.deal_with_to_buy", r"{T}\s+{pre}(?:signed|inked|struck|sealed|concluded)\s+(?:an?\s+|the\s+)?(?:[^\s«»;]+\s+){0,6}?(?:deal|agreement|contract)\s+with\s+(?:the\s+)?{S}(?:{poss}\s+(?:[A-Z][\w-]+\s+){1,3})?\s*(?:worth\s+[^\s«»;.]+\s+(?:[bm]illion\s+)?)?(?:to\s+(?:buy|purchase|acquire|procure)|(?:(?:on\s+)?\w+day\s+)?for(?!\s+(?:supplying|delivering|selling|providing|the\s+(?:supply|delivery|sale|provision)\b)))\s{g}\b{W}\b(?![^«»;.]{0,40}?\bto\s+(?:the\s+)?«)"),
    # "Russia, China top arms suppliers to Myanmar military"
    ("SUPPLIES_ARMS", "arms.supplier_to", r"{S}(?:,?\s+(?:is|are|was|were|remains?|remained|became|has been|have been|as)(?:\s+(?:also|still|now|long))?|,)?\s+(?:the\s+|a\s+|an\s+|one of the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:arms|weapons|military)\s+(?:suppliers?|exporters?|providers?)\s+(?:to|of|for)\s+(?:the\s+)?{T}"),
    # "Germany is among the top foreign suppliers of equipment used by Israel's military"
    ("SUPPLIES_ARMS", "arms.suppliers_of", r"{S}(?:,?\s+(?:is|are|was|were|remains?|remained|became|has been|have been|ranks?|ranked)(?:\s+among)?)\s+(?:the\s+|a\s+|an\s+|one of the\s+)?(?:[\w-]+\s+){0,2}?(?:suppliers?|exporters?|providers?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:equipment|hardware|weapons|arms|{W})(?:,\s+(?:including|such as|notably|like)\s+[^«»;.,]{0,60},)?\s+(?:(?:used|purchased|bought|acquired|imported)\s+by|to|for)\s+(?:the\s+)?{T}"),
    # "$406 million in weapons that went to the Myanmar military from Russia"
    ("SUPPLIES_ARMS", "arms.went_to_from", r"\b{W}\b[^«»;.]{0,60}?\b(?:went|go|goes|going|flowed|flows|flowing|shipped|sent|delivered)\s+to\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?from\s+(?:the\s+)?{S}"),
    # "Two Egyptian military planes arrived at Mogadishu airport with weapons and ammunition"
    # "India gifted Seychelles a patrol vessel and a Dornier aircraft"
    ("SUPPLIES_ARMS", "arms.gave_double_object", r"{S}\s+{pre}(?:gifted|gave|given|gives|giving|donated|handed\s+over|presented|lent|lends|lending|loaned)\s+(?:the\s+)?{T}\s+(?:an?\s+|two\s+|three\s+|four\s+|several\s+|\d+\s+)?(?:(?!(?:to|approval|permission|go-ahead|licen[cs]es?|clearance)\b)[\w-]+\s+){0,5}?(?:patrol\s+(?:vessels?|boats?|ships?)|{W})\b"),
    ("SUPPLIES_ARMS", "arms.arrived_with", r"{S}\s+(?:[\w-]+\s+){0,3}?(?:planes?|aircraft|cargo planes?|flights?|ships?|warships?|vessels?|convoys?|trucks?)\s+{pre}(?:arrived|landed|docked)\s+(?:at|in)\s+(?:the\s+)?{T}(?:\s+(?:airport|port|airbase))?\s(?:(?:in|on|last|this)\s+\w+\s+)?{g}\b(?:with|carrying|loaded\s+with|bringing)\s+(?:[\w-]+\s+){0,2}?{W}\b"),
    ("SUPPLIES_ARMS", "arms.its_supplier", r"\A(?:[^«»;.]{0,40}?)?{T}(?:{poss})?\s(?:[^;.]|\.(?=\d)){0,120}?{S}\s*,\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:arms|weapons|military|defen[cs]e)\s+(?:supplier|provider|exporter)"),
    # "US arms sales to Taiwan": the seller names the sales
    # "Britain resumed arms sales to Chile": sales resumed, continued or stepped up are made
    # (or speeds them up: "would speed deliveries of arms to Jordan" — modality takes the deliveries as going on)
    ("SUPPLIES_ARMS", "arms.resumed_sales", r"{S}\s+{pre}(?:resum(?:e|ed|es|ing)|restart(?:ed|s|ing)?|continu(?:e|ed|es|ing)|stepp?(?:ed|s|ing)?\s+up|expand(?:ed|s|ing)?|" + SPED_UP + r")\s+(?:its\s+|their\s+|the\s+)?(?:{W}\s+(?:sales?|supplies|deliveries|transfers?|shipments?|exports?)|(?:sales?|supplies|deliveries|transfers?|shipments?|exports?)\s+of\s+(?:[\w-]+\s+)?{W}(?:(?:,\s+|,?\s+and\s+)(?:[\w-]+\s+)?{W}){0,4})\s+to\s+(?:the\s+)?(?:(?-i:Royal|Imperial|National)\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.adj_sales", r"{S}\s+{W}\s+(?:sales?|supplies|deliveries|transfers?|shipments?|exports?|deals?)\s+(?:to|for)\s+(?:the\s+)?{T}"),
    # "sanctions on the US for selling arms to Taiwan", "accused Iran of supplying drones to Russia"
    ("SUPPLIES_ARMS", "arms.for_selling", r"(?<!\bby\s)(?<!\bby\sthe\s){S}(?:\s+(?:Treasury|Department|government|administration))?\s+(?:for|of)\s+(?:\w+\s+)?(?:selling|supplying|sending|providing|delivering|shipping|exporting|transferring)\s{g}\b{W}\b{g}\s(?:to|for)\s+(?:the\s+)?{T}"),
    # "Russian tactical nuclear weapons had been deployed in Belarus"
    # "the flow of weapons Tehran is providing Moscow"
    ("SUPPLIES_ARMS", "arms.weapons_relative", r"\b{W}\s*(?:worth\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?[$£€]?\d[\d.,]*\s*(?:billion|million|bn|m)?(?:\s+(?:dollars|euros|pounds))?\s+)?(?:[—–,]\s*)?(?:that\s+|which\s+)?{S}\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:been\s+)?(?:(?:agreed|decided|approved)(?:\s+(?:last|this)\s+(?:week|month|year)|\s+on\s+\w+day)?\s+to\s+(?:sell|send|supply|deliver|provide|give)|providing|supplying|sending|giving|delivering|selling|shipping|donating|provides|supplies|sends|gives|delivers|sells|donates|provided|supplied|sent|gave|given|delivered|sold|shipped|donated)\s+(?:to\s+)?(?:the\s+)?{T}"),
    # "British designed, American made submarines sent to Australia"
    ("SUPPLIES_ARMS", "arms.made_sent", r"{S}[- ](?:made|built|manufactured|produced)\s+(?:[\w-]+\s+){0,2}?{W}\s+(?:(?:being|to be|were|was|are|is|have been|has been)\s+)?(?:sent|delivered|supplied|shipped|transferred|exported|sold)\s+to\s+(?:the\s+)?{T}"),
    # (weapons of a state's own forces "stationed in" another are its forces there, not a sale: only a make's
    # weapons deployed there were supplied, "Russian-made jets are deployed in Syria")
    ("SUPPLIES_ARMS", "arms.passive_deployed", r"{S}(?P<made>-(?:made|built|designed|supplied|manufactured|produced))?\s+(?:[\w-]+\s+){0,3}?{W}\s+(?:had been|have been|has been|were|was|are|is|being)\s+(?:\w+\s+)?(?:(?(made)(?:deployed|stationed)|(?!))|delivered|sent|transferred|supplied|shipped)\s+(?:in|to|into)\s+(?:the\s+)?{T}"),
    # "has used Russian-made jets and Chinese-made aircraft": the second maker too
    # "Egypt has diversified its arms suppliers over the past decade, buying Rafale fighter jets and Mistral warships from France"
    # (also "Turkey had been removed from the F-35 programme in 2019 after buying S-400 systems from Russia")
    ("SUPPLIES_ARMS", "arms.participle_bought_from", r"{lead}(?:the\s+)?{T}\s(?:[^«»;.]){0,90}?(?:,|\s(?:after|since|by|for))\s+(?:buying|purchasing|acquiring|importing|ordering|receiving)\s+(?:[\w-]+\s+){0,4}?{W}(?:\s+(?:and|as\s+well\s+as)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+from\s+(?:the\s+)?{S}(?!{poss})"),
    # "Poland has been one of the biggest suppliers of military equipment to neighbouring Ukraine"
    ("SUPPLIES_ARMS", "arms.one_of_suppliers_to", r"{S}\s+{pre}" + COPULA + r"\s+(?:\w+ly\s+)?(?:an?|the|(?:one\s+of|among)\s+the)\s+(?:[\w-]+\s+){0,3}?(?:suppliers?|providers?|donors?|exporters?)\s+of\s+(?:(?:military|defen[cs]e|lethal)\s+(?:equipment|aid|hardware|assistance)|(?:[\w-]+\s+){0,2}?{W})\s+to\s+" + NEIGHBOUR + r"(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.made_by_second", r"{T}\s+{pre}(?:us(?:es?|ed|ing)|deploy(?:s|ed|ing)?|fir(?:es?|ed|ing)|launch(?:es|ed|ing)?|operat(?:es?|ed|ing)|rel(?:ies|ied|ying) on|receiv(?:es?|ed|ing)|acquir(?:es?|ed|ing)|obtain(?:s|ed|ing)?|bought|buys?|buying)\s{g}«\d+»-(?:made|built|supplied|manufactured|produced|designed)\s{g}\b{W}\s+and\s+{S}-(?:made|built|supplied|manufactured|produced|designed)\s+(?:[\w-]+\s+){0,2}?{W}\b"),
    ("SUPPLIES_ARMS", "arms.made_by", r"{T}\s+{pre}(?:us(?:es?|ed|ing)|deploy(?:s|ed|ing)?|fir(?:es?|ed|ing)|launch(?:es|ed|ing)?|work(?:s|ed|ing)? with|operat(?:es?|ed|ing)|rel(?:ies|ied|ying) on|receiv(?:es?|ed|ing)|acquir(?:es?|ed|ing)|obtain(?:s|ed|ing)?)\s{g}{S}-(?:made|built|supplied|manufactured|produced|designed|provided|origin)\s{g}\b{W}\b" + NO_SUPPLIER_AFTER),
    ("SUPPLIES_ARMS", "arms.used_with", r"{T}\s+{pre}(?:struck|strikes?|hit|hits|attack(?:s|ed)?|target(?:s|ed)?|bomb(?:s|ed)?|shell(?:s|ed)|pound(?:s|ed)|fired|launched)\s{x}\bwith\s+(?:(?:swarms|waves|dozens|hundreds|scores)\s+of\s+)?(?:\w+\s+)?{S}(?:-(?:made|built|supplied|manufactured|provided|donated|produced|designed))?\s{g}\b{W}\b"),
    ("SUPPLIES_ARMS", "arms.buyer", r"{T},?\s+(?:" + COPULA + r"\s+(?:(?:already|now|also|still|long|by\s+far)\s+)?)?(?:a\s+|an\s+|the\s+|one of the\s+)?(?:[\w-]+\s+){0,2}?(?:buyers?|importers?|purchasers?|customers?)\s+of\s+(?:[\w-]+\s+){0,2}?{S}(?:{poss})?\s+(?:[\w-]+\s+){0,3}?{W}\b"),
    ("SUPPLIES_ARMS", "arms.passive", r"(?<!\bin\s)(?<!\bfrom\s){T}\s+{pre}" + BE_PASSIVE + r"\s+(?:\w+\s+)?(?:armed|supplied|equipped)(?:,?\s+(?:and\s+)?(?:funded|financed|trained|backed|supported))?\s+(?:with\s{g}\b{W}\b\s+)?by\s+(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:coalition|group|consortium|initiative)\s+(?:led|headed)\s+by\s+)?(?:the\s+)?{S}"),
    ("SUPPLIES_ARMS", "arms.made_used_by", r"{S}-(?:made|built|supplied|manufactured|produced|designed|provided)\s{g}\b{W}\b{g}\s(?:(?:have been|has been|were|was|are|is|being)\s+)?(?:\w+\s+)?(?:used|deployed|fired|launched|operated|flown|acquired|bought|purchased|procured|received|ordered)\s+by\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.package", r"{S}\s+{pre}(?:announc(?:es?|ed|ing)|approv(?:es?|ed|ing)|order(?:s|ed|ing)?|unveil(?:s|ed|ing)?|sen(?:t|ds?|ding)|deliver(?:s|ed|ing)?)\s{g}\b(?:package|shipment|consignment|batch|tranche)s?\s+of\s{g}\b{W}\b{g}\s(?:for|to)\s+(?:the\s+)?{T}"),
    # "Weapons supplied by Iran have been used by the Houthis", "Iranian weapons were fired by the Houthis"
    ("SUPPLIES_ARMS", "arms.supplied_used_by_target", r"{S}\s+{pre}(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|sen[dt]|sending|deliver(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,5}?{W}\s+(?:being\s+|now\s+)?used\s+by\s+(?:the\s+)?{T}"),
    # "North Korea supplied most of the artillery shells Russia fired last year"
    ("SUPPLIES_ARMS", "arms.supplied_target_fired", r"{S}\s+{pre}(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|sen[dt]|sending|deliver(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,5}?{W}\s+(?:that\s+|which\s+)?(?:the\s+)?{T}\s+(?:has\s+|had\s+|have\s+)?(?:fired|uses|used|fires|launched|launches|dropped|deployed)\b"),
    ("SUPPLIES_ARMS", "arms.supplied_used_by", r"\b{W}\s+(?:supplied|provided|delivered|sent|given|sold)\s+by\s+(?:the\s+)?{S}\s+" + USED_BY),
    ("SUPPLIES_ARMS", "arms.used_by", r"{S}(?:{poss}|-(?:made|built|supplied|designed))?\s+(?:[\w-]+\s+){0,2}?{W}\s+" + USED_BY),
    # "Ankara was removed from the F-35 programme in 2019 after buying Russia's S-400 system"
    ("SUPPLIES_ARMS", "arms.after_buying", r"{lead}{T}\s(?:[^;.«»]|«\d+»){0,100}?\b(?:after|since|for|over)\s+(?:buying|purchasing|acquiring|ordering|importing)\s+(?:[\w-]+\s+){0,2}?{S}(?:{poss}|-made|-built)?\s+(?:[\w-]+\s+){0,2}?{W}\b"),
    ("SUPPLIES_ARMS", "arms.uses_foreign", r"(?!«\d+»\s+(?:warnings?|concerns?|objections?|protests?|threats?|fears?|criticism|pressure|opposition|complaints?|appeals?|demands?)\b)(?!«\d+»\s+(?:pilots|crews|aircrews|gunners|technicians|advisers|instructors|officers)\b[^.;«»]{0,60}«\d+»['’]s\b){T}\s+{pre}(?:us(?:es?|ed|ing)|fl(?:y|ies|ew|ying)|field(?:s|ed|ing)?|fir(?:es?|ed|ing)|launch(?:es|ed|ing)?|deploy(?:s|ed|ing)?|operat(?:es?|ed|ing)|obtain(?:s|ed|ing)?|acquir(?:es?|ed|ing)|receiv(?:es?|ed|ing)|purchas(?:es?|ed|ing)|bought|buy(?:s|ing)?|import(?:s|ed|ing)?|order(?:s|ed|ing)?|rel(?:y|ies|ied|ying)\s+(?:(?:heavily|largely|mainly|mostly|increasingly)\s+)?on|t(?:ook|akes?|aking|aken) delivery of|mov(?:es?|ed|ing)|station(?:s|ed|ing)?)\s+(?:the\s+(?:first|second|last|final|initial|latest)\s+(?:parts?|batch(?:es)?|components|units|deliveries|shipments?|consignments?)\s+of\s+)?(?:{value}\s+(?:worth\s+of|of)\s+)?(?:(?!(?:against|on|at|into|towards?|over|by|from|through|across|past|near|around|within|inside)\b)[\w-]+\s+){0,2}?{S}(?:{poss}|-(?:made|built|supplied|designed|manufactured))?\s+(?:(?-i:[A-Z])[\w-]*\s+(?:and|or)\s+(?=(?-i:[A-Z])))?(?:(?!(?:and|or|but)\b)[\w-]+\s+){0,2}?{W}\b" + NO_SUPPLIER_AFTER),
    ("SUPPLIES_ARMS", "arms.deal_purchase", r"\b(?:deal|agreement|contract)s?\s+with\s+(?:the\s+)?{S}\s*,\s+{T}\s+{pre}(?:(?:is|are|was|were)\s+)?(?:purchas|buy|bought|acquir|receiv|procur|import)\w*\s{g}\b{W}\b"),
    # "Iraq, whose army is equipped mainly with Soviet tanks", "Israel's air force flies American Phantom and Skyhawk jets": the makers of an army's arms supply it
    ("SUPPLIES_ARMS", "arms.army_equipped_with", r"{T}(?:(?:{poss}|,\s+whose)\s+(?:[\w-]+\s+)?(?P<army>army|armed\s+forces|forces|military|air\s+force|navy))?\s+(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:\w+ly|still|also)\s+)?(?:re-?)?(?:equipped|armed)\s+(?:\w+ly\s+)?with|(?(army)(?:(?:still|now|also|mainly|mostly|largely)\s+)?(?:uses?|used|fl(?:y|ies|ew)|fields?|fielded|operates?|operated)|(?!)))\s+(?:the\s+)?{S}(?:-(?:made|built|supplied|designed))?\s+(?:(?-i:[A-Z])[\w-]*\s+(?:and|or)\s+(?=(?-i:[A-Z])))?(?:[\w-]+\s+){0,2}?{W}\b"),
    # "Moscow has replaced the missiles and jets that Syria lost to Israel": the losses made good
    ("SUPPLIES_ARMS", "arms.replaced_losses", r"{S}\s+{pre}(?:replac|replenish)(?:ed|es|ing)\s+(?:(?:all|most|many|much)\s+(?:of\s+)?)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:" + WEAPON + r"(?:\s*,\s+|\s+and\s+)){0,3}" + WEAPON + r"\s+(?:that\s+|which\s+)?(?:the\s+)?{T}\s+(?:had\s+)?lost\b"),
    # "Pakistani J-10C fighter jets, equipped with Chinese-made PL-15E missiles"
    ("SUPPLIES_ARMS", "arms.equipped_with_foreign", r"{T}\s+(?:[\w-]+\s+){0,3}?" + WEAPON + r",?\s+(?:equipped|armed|fitted)\s+with\s+(?:\w+\s+)?{S}-(?:made|built|supplied|designed|manufactured)\s+(?:[\w-]+\s+){0,3}?" + WEAPON + r"\b"),
    # "BrahMos missiles were delivered to the Philippines by India"
    ("SUPPLIES_ARMS", "arms.delivered_by", r"\b{W}\b\s+(?:[\w$€£.,-]+\s+){0,5}?(?:were|was|have been|has been|had been|are being|is being)\s+(?:\w+\s+)?(?:delivered|supplied|sent|shipped|transferred|sold|handed over)\s+to\s+(?:the\s+)?{T}\s+by\s+(?:the\s+)?{S}"),
    # "New Delhi had sealed the deal with the Philippines for supplying three batteries of the missile"
    ("SUPPLIES_ARMS", "arms.deal_with_to_supply", r"{S}\s+{pre}(?:signed|sealed|inked|struck|concluded|clinched|finali[sz]ed)\s+(?:an?\s+|the\s+)?(?:[\w$£€.,-]+\s+){0,4}?(?:deal|contract|agreement)\s+with\s+(?:the\s+)?{T}\s+(?:for\s+(?:supplying|delivering|selling)|to\s+(?:supply|deliver|sell)|for\s+the\s+(?:supply|delivery|sale)\s+of)\s{g}\b{W}\b(?![^«»;.]{0,40}?\bto\s+(?:the\s+)?«)"),  # (not "... with South Korea to deliver tanks to the Polish army")
    # "Indonesia signed a $8.1 billion deal for 42 French Rafale jets"
    ("SUPPLIES_ARMS", "arms.deal_for_foreign", r"{T}\s+{pre}(?:signed|sealed|inked|struck|concluded|clinched|finali[sz]ed|placed)\s+(?:an?\s+|the\s+)?(?:[\w$£€.,-]+\s+){0,4}?(?:deal|contract|agreement|order)\s+(?:for|to\s+(?:buy|purchase|acquire))\s+(?:\w+\s+)?{S}(?:-(?:made|built))?\s+(?:[\w-]+\s+){0,2}?{W}\b"),
    ("SUPPLIES_ARMS", "arms.deal_to_buy", r"{T}\s+{pre}(?:signed|sealed|inked|struck|concluded|finali[sz]ed|clinched)\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,3}?(?:deal|agreement|contract)s?\s+with\s+(?:the\s+)?{S}\s+(?:to|for the)\s+(?:purchase|buy|acquire|acquisition|procurement|import)\s+(?:of\s+)?{g}\b{W}\b"),
    ("SUPPLIES_ARMS", "arms.deployment_of", r"{S}\s+{pre}(?:announc|approv|order|authori[sz]|confirm)\w*\s+(?:the\s+)?(?:deployment|delivery|transfer|dispatch)\s+of\s{g}\b{W}\b(?:[^;.]){0,60}?\s(?:to|in|into)\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.purchase_of", r"{T}(?:{poss}|\s+(?:over|for|after|despite|following)\s+its)\s+(?:[\w-]+\s+)?(?:purchases?|acquisitions?|procurement|imports?|buying)\s+of\s+(?:[\w-]+\s+){0,2}?{S}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?{W}\b"),
    ("SUPPLIES_ARMS", "arms.participle", r"{S}\s+{pre}" + SUPPLY_V + r"\s{g}\bto\s+(?:the\s+)?{T}[^«»;.]{0,20}?,\s+(?:offering|providing|supplying|sending|delivering|including)\s{g}\b{W}\b"),
    # "the Turkish TB-2 drone is part of the armaments of Qatar, Libya, Ukraine …"
    ("SUPPLIES_ARMS", "arms.in_arsenal_of", r"{S}\s+(?:[\w-]+\s+){0,2}?{W}(?:\s+[\w-]+){0,2}?\s+(?:is|are|has been|have been)\s+(?:now\s+)?(?:part\s+of|in)\s+the\s+(?:armaments|arsenals?|inventor(?:y|ies)|fleets?)\s+of\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.aid_package", r"{S}\s+{pre}(?:announc(?:es?|ed|ing)|approv(?:es?|ed|ing)|unveil(?:s|ed|ing)?|pledg(?:es?|ed|ing)|sen(?:t|ds?|ding)|provid(?:es?|ed|ing)|deliver(?:s|ed|ing)?)\s{g}\bmilitary (?:aid|assistance)(?:\s+packages?)?\s+(?:for|to)\s+(?:the\s+)?{T}{g}\b(?:including|with|that includes|which includes)\s{g}\b{W}\b"),
    # DEPLOYS_TROOPS
    # "in deploying Ugandan soldiers to Juba"
    # "US troops have begun leaving the Ain al-Asad air base in western Iraq": troops leave where they are stationed
    ("DEPLOYS_TROOPS", "troops.leaving_base_in", r"{S}\s+{TR}\s+{pre}(?:leaving|left|leave|leaves|withdrawing\s+from|withdrew\s+from|pulling\s+out\s+of|pulled\s+out\s+of)\s+(?:the\s+|an?\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:air\s+|naval\s+|military\s+)?base\s+(?:in|at)\s+(?:(?:western|eastern|northern|southern|central|north-eastern|north-western|south-eastern|south-western)\s+)?{T}"),
    ("DEPLOYS_TROOPS", "troops.deploying_national", r"\b(?:deploying|sending|dispatching|ordered|orders|ordering)\s+{S}\s+(?!mercenaries|fighters|militiamen|volunteers)(?:(?:air|naval|ground|land|sea|combat|special)\s+(?:and\s+(?:air|naval|ground|land|sea)\s+)?)?{TR}\s+(?:(?:on\s+\w+day\s+)?(?:to|into)\s+{reg}|(?:on\s+\w+day\s+)?to\s+" + HELP_V + r"\s+(?:the\s+)?){T}"),
    # ("deployed its forces to": "its" is masked; `own` must be the subject itself, not "sent Ukrainian troops")
    ("DEPLOYS_TROOPS", "troops.active", r"{S}\s+{pre}" + DEPLOY_V + r"\s{G}(?:«(?P<own>\d+)»\s+(?:(?:air|naval|ground|land|sea)\s+and\s+(?:air|naval|ground|land|sea)\s+)?)?\b{TR}\b{g}(?:,?\s+and\s+«\d+»\s+(?:fighters|mercenaries|militiamen|troops|soldiers))?(?:\s+from\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+)?«\d+»)?\s(?:(?:to|into|in|inside|across|throughout)\s+{reg}|to\s+(?:" + HELP_V + r"|(?P<gd>guard|secure))\s+(?:the\s+)?(?:" + HELPED_IN + r"\s+(?:the\s+)?|(?!" + HELPED_IN + r"\s+(?:the\s+)?«))){T}(?(gd)(?:{poss})?\s+(?:airports?|airfields?|air\s+bases?|bases|borders?|frontiers?|capital|oil\s*fields|installations|ports?|coast(?:line)?)\b)"),  # ("to guard Ceylon's airports")
    # "agreed to place its forces in Somalia under the African Union mission": forces re-hatted are there already
    # "Australian troops took control of Dili's airport and patrolled the streets of the East Timorese capital"
    ("DEPLOYS_TROOPS", "troops.patrolled", r"{S}\s+(?:[\w-]+\s+)?{TR}\s(?:[^;.«»]|«\d+»(?=['’]s)){0,60}?\bpatroll?(?:ed|ing|s)?\s+(?:the\s+)?(?:streets|roads|capital|city|towns?|villages|border|skies|waters|coast)\s+(?:of|in|around|off)\s+(?:the\s+)?{reg}{T}"),
    ("DEPLOYS_TROOPS", "troops.placed_under", r"\b(?:plac|put|bring|brought|integrat|fold|merg|transferr?)\w*\s+{S}\s+(?:[\w-]+\s+){0,2}?{TR}\s+(?:in|inside)\s+{reg}{T}\s+under\s+(?:the\s+)?(?:[\w«»-]+\s+){0,4}?(?:mission|command|umbrella|force|flag|operation)\b"),
    ("DEPLOYS_TROOPS", "troops.provide_with", r"{S}\s+{pre}(?:" + SUPPLY_V + r")\s+{T}\s+with\s{g}\b{TR}\b"),
    # "The NATO-led Kosovo Force has almost 4,000 troops in the country", "the US-led coalition keeps 2,500 troops in Iraq"
    # "Ethiopian soldiers stationed in Somalia as part of an African Union peacekeeping mission"
    ("DEPLOYS_TROOPS", "troops.part_of_mission", r"{TR}\s+(?:(?:who\s+are|that\s+are)\s+)?(?:stationed|deployed|based|serving|operating)\s+in\s+(?:the\s+)?{T}\s+(?:as\s+part\s+of|under|with|for)\s+(?:an?\s+|the\s+)?{S}(?:-led)?\s+(?:[\w-]+\s+){0,2}?(?:mission|force|operation|contingent)\b"),
    # "Armenia has thousands of Russian troops stationed in the country"
    # "about 100 military personnel from Russia arriving in Burkina Faso"
    # "there are about 4,000 troops from Rwanda in Congo"
    ("DEPLOYS_TROOPS", "troops.from_in", r"(?:military\s+)?{TR}\s+from\s+(?:the\s+)?{S}\s+(?:(?:are|were|remain|remained)\s+)?(?:(?:stationed|deployed|based|present|operating|fighting)\s+)?in\s+(?:the\s+)?{T}"),
    ("DEPLOYS_TROOPS", "troops.from_arriving", r"(?:military\s+)?{TR}\s+from\s+(?:the\s+)?{S}\s+(?:(?:have|has|had)\s+)?(?:arriv(?:ing|ed|es?)|land(?:ing|ed|s)?)\s+in\s+(?:the\s+)?{T}"),
    ("DEPLOYS_TROOPS", "troops.host_has", r"{T}\s+{pre}(?:has|had|have|hosts?|hosted|hosting)\s+(?:[\w,]+\s+){0,3}?{S}\s+(?:military\s+)?{TR}\s+(?:stationed|based|deployed)\b"),
    # "the Kenyan-led police mission in Haiti", "the US-led coalition in Iraq": the leader's forces are there
    ("DEPLOYS_TROOPS", "troops.led_mission_in", r"{S}-led\s+(?:(?:[\w-]+|«\d+»)\s+){0,3}?(?:(?:police|peacekeeping|security|military|stabili[sz]ation|multinational|naval|training)\s+(?:[\w-]+\s+)?(?:mission|operation|contingent|deployment)|coalition|[Ff]orce)\s+(?:in|to|inside)\s+(?:the\s+)?{T}"),
    # "Kenya sent its first police officers to Port-au-Prince in June 2024, followed by contingents from Guatemala and Jamaica"
    ("DEPLOYS_TROOPS", "troops.followed_by_from", r"\b{TR}\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:[\w-]+\s+){0,2}?(?:to|in)\s+(?:the\s+)?{T}[^«»;.]{0,40}?,\s+followed\s+(?:later\s+)?by\s+(?:[\w-]+\s+){0,2}?(?:contingents?|{TR}|teams?)\s+from\s+(?:the\s+)?{S}"),
    ("DEPLOYS_TROOPS", "troops.led_force_has", r"{S}-led\s+(?:[\w«»-]+\s+){0,3}?(?:[Ff]orce|[Mm]ission|coalition|contingent|operation)\s+(?:still\s+)?(?:has|had|have|keeps?|kept|maintains?|maintained)\s+(?:[\w,-]+\s+){0,3}?{TR}\s+(?:in|inside|across)\s+(?:the\s+)?{T}"),
    # "The Rwandan troops arrived in July 2021 at the invitation of Mozambican President Filipe Nyusi": sent to the host
    # "Two Russian air force planes carrying around 100 troops landed at Caracas airport": the carriers' state sends them
    ("DEPLOYS_TROOPS", "troops.carried_landed", r"{S}\s+(?:(?:air\s+force|military|army|navy|naval|transport|cargo)\s+)?(?:planes?|aircraft|jets?|ships?|vessels?|helicopters?|flights?)\s+carrying\s+(?:[\w,-]+\s+){0,4}?{TR}\s+(?:(?:have|has|had)\s+)?(?:landed|arrived|docked)\s+(?:[\w-]+\s+)?(?:in|at)\s+(?:the\s+)?{T}"),
    ("DEPLOYS_TROOPS", "troops.at_invitation_of", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?(?!mercenaries|volunteers){TR}\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:deployed|sent|dispatched|invited)|arrived|came|went\s+in)\s(?:[^«»;.]){0,40}?\bat\s+the\s+(?:invitation|request)\s+of\s+(?:the\s+)?{T}"),
    # "has about 40,000 troops stationed across the Middle East, many of them at bases in Qatar, Bahrain and Kuwait"
    # "Manila has deepened defence ties with Washington, granting US troops access to four more military bases"
    # "American troops have access to nine Philippine military bases"
    # "The pact gives American forces access to six ports and airports in Papua New Guinea"
    ("DEPLOYS_TROOPS", "troops.given_access_to", r"\b(?:gives?|gave|given|giving|grants?|granted|granting)\s+{S}\s+(?:[\w-]+\s+)?{TR}\s+(?:rotational\s+|regular\s+|expanded\s+)?access\s+to\s+(?:[\w,-]+\s+){0,5}?(?:bases|facilities|ports|airfields|airports|sites)\s+(?:in|across)\s+{reg}{T}"),
    ("DEPLOYS_TROOPS", "troops.access_to_bases", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+{pre}(?:have|has|had|gained|gain|gains|will\s+have)\s+(?:rotational\s+|regular\s+|expanded\s+)?access\s+to\s+(?:[\w-]+\s+){0,3}?{T}\s+(?:[\w-]+\s+)?(?:military\s+|air\s+|naval\s+)?(?:bases|facilities|ports|airfields|sites)\b"),
    # (not a deal's granting: "said a deal giving American troops access to seven Colombian bases threatened his country")
    ("DEPLOYS_TROOPS", "troops.granting_access", r"{lead}(?:the\s+)?{T}\s(?:[^«»;.]|«\d+»){0,80}?(?<!\bdeal\s)(?<!\bagreement\s)(?<!\bpact\s)(?<!\baccord\s)(?<!\btreaty\s)\b(?:grant(?:ing|ed|s)?|giv(?:ing|en|es)|gave|allow(?:ing|ed|s)?|offer(?:ing|ed|s)?)\s+(?:the\s+)?{S}\s+(?:[\w-]+\s+)?(?:troops|forces|military|soldiers|navy|warships)\s+(?:(?:rotational|expanded|greater|more|wider)\s+)?access\s+to\b"),
    # "a deal giving American troops access to seven Colombian military bases": the bases' state hosts them
    ("DEPLOYS_TROOPS", "troops.deal_access_bases", DEAL_ACCESS_BASES),
    ("DEPLOYS_TROOPS", "troops.many_of_them_in", r"{S}{poss}?\s+(?:[^«»;.]){0,40}?{TR}\s(?:[^«»;.]){0,60}?,\s+(?:many|most|some|all|several\s+thousand|thousands)\s+of\s+(?:them|which)\s+(?:are\s+|were\s+)?(?:(?:stationed|based|deployed)\s+)?(?:at|in)\s+(?:(?:military\s+|air\s+|naval\s+)?bases?\s+in\s+)?(?:the\s+)?{T}"),
    # "The United States, whose Fifth Fleet is based in Bahrain", "Russia's Black Sea Fleet is based in Sevastopol": forces based abroad
    # "Damascus, whose army has garrisoned much of Lebanon since 1976"
    ("DEPLOYS_TROOPS", "troops.garrisoned", r"{S}(?:\s*,\s+whose\s+|{poss}\s+|\s+)(?:(?:army|armed\s+forces|forces|troops|soldiers)\s+)?(?:(?:has|have|had)\s+)?(?:long\s+|also\s+|still\s+)?garrison(?:ed|s|ing)\s+(?:(?:much|parts|most|part)\s+of\s+)?(?:the\s+)?{T}(?!{poss})"),
    # "the force gathering in Saudi Arabia, where the United States has sent more than 100,000 soldiers"
    # "Indian and Irish soldiers make up most of the United Nations force in the Congo"
    ("DEPLOYS_TROOPS", "troops.make_up_force", r"{S}\s+(?:[\w-]+\s+){0,2}?{TR}\s+(?:make|made|makes|making)\s+up\s+(?:(?:most|much|the\s+bulk|half|a\s+third|a\s+quarter|part|the\s+core|the\s+backbone)\s+of\s+)?(?:the\s+)?(?:«\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:force|mission|contingent|garrison|coalition)\s+(?:in|on|inside)\s+(?:the\s+)?{T}(?!{poss})"),
    # "The French army, with more than 400,000 men in Algeria, …"
    ("DEPLOYS_TROOPS", "troops.army_with_men_in", r"{S}(?:\s+(?:army|armed\s+forces|forces|military))?,\s+(?:which\s+(?:has|had|keeps|kept)\s+|with\s+)(?:(?:more|fewer)\s+than\s+|some\s+|about\s+|nearly\s+|over\s+|almost\s+)?[\d,]+\s+(?:men|troops|soldiers)\s+(?:in|on)\s+(?:the\s+)?{T}(?!{poss})"),
    ("DEPLOYS_TROOPS", "troops.where_sent", r"{T}\s*,\s+where\s+(?:the\s+)?{S}\s+(?:(?:has|have|had)\s+)?(?:(?:\w+ly|already|also|now|since|long|still)\s+)?(?:sent|deployed|stationed|posted|dispatched|keeps|kept|maintains|maintained)\s+(?:(?:more\s+than|about|some|nearly|almost|up\s+to|around|over|at\s+least|roughly)\s+)?(?:[\d,.]+\s+|thousands\s+of\s+|hundreds\s+of\s+|tens\s+of\s+thousands\s+of\s+)?(?:[\w-]+\s+)?(?:troops|soldiers|forces|marines|paratroopers|peacekeepers)\b"),
    ("DEPLOYS_TROOPS", "troops.fleet_based_in", r"{S}(?:\s*,\s+whose|{poss})\s+(?:[\w-]+\s+){0,3}?(?:[Ff]leet|navy|forces|troops|army|garrison|contingent)\s+(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:\w+ly\s+)?(?:based|stationed|headquartered|deployed)\s+in\s+(?:the\s+)?{T}"),
    # "Bahrain is home to the US Navy's Fifth Fleet"
    # "Both countries host Russian military bases"
    # "recognises the breakaway Turkish Republic of Northern Cyprus, where it keeps about 40,000 troops"
    # "Greece agreed on Sunday to withdraw about 10,000 soldiers it had secretly sent to Cyprus": the troops the subject sent
    ("DEPLOYS_TROOPS", "troops.it_had_sent", r"{lead}(?:the\s+)?{S}\s(?:[^«»;.]){0,80}?\b{TR}\s+(?:(?:that|which)\s+)?(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?(?:sent|deployed|stationed|dispatched|moved|flown|posted)\s+(?:to|in|into)\s+{reg}{T}(?!{poss})"),
    # "the Wagner group, whose fighters are already deployed in neighbouring Mali"
    ("DEPLOYS_TROOPS", "troops.whose_deployed_in", r"{S}(?:\s+group)?\s*,\s+whose\s+(?:[\w-]+\s+)?(?:{TR}|fighters|mercenaries)\s+(?:are|were|have\s+been|had\s+been|remain|remained)\s+(?:(?:already|also|now|still|long)\s+)?(?:deployed|stationed|based|present|active|fighting)\s+(?:in|inside|across)\s+{reg}{T}(?!{poss})"),
    # "France has about 5,100 soldiers in the Sahel, with their headquarters in the Chadian capital": the troops' base
    ("DEPLOYS_TROOPS", "troops.headquarters_in", r"{lead}(?:the\s+)?{S}\s(?:[^«»;.]){0,60}?\b{TR}\b(?:[^«»;.]|«\d+»){0,60}?,?\s+with\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:headquarters|command|main\s+base|base)\s+in\s+(?:the\s+)?{T}(?!{poss})"),
    # "to nearly double the United Nations force in South Sudan": an actor's force in a state (not a political "mission")
    ("DEPLOYS_TROOPS", "troops.force_in", r"\bthe\s+{S}(?:-led)?\s+(?:(?:peacekeeping|protection|intervention|stabili[sz]ation|expeditionary)\s+)?(?:force|contingent|garrison)\s+(?:in|inside)\s+{reg}{T}(?!{poss})"),
    # "Russia keeps an air base at Kant in Kyrgyzstan and its largest foreign army base in Tajikistan": the second base too
    ("DEPLOYS_TROOPS", "troops.and_its_base_in", r"{S}\s+(?:(?:also|still|already)\s+)?(?:has|have|had|keeps?|kept|maintains?|maintained|operates?|operated|runs?)\s+(?:[^«»;.]|«\d+»){0,80}?\s+and\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:bases?|garrisons?|airfields?|outposts?)\s+(?:in|on)\s+(?:the\s+)?{reg}{T}(?!{poss})"),
    ("DEPLOYS_TROOPS", "troops.where_it_keeps", r"{lead}(?:the\s+)?{S}\s(?:[^;.]|«\d+»){0,120}?(?:the\s+)?{T}\s*,\s+where\s+(?:it|they|«\d+»)\s+(?:still\s+|also\s+)?(?:keeps|has|maintains|stations|bases|deploys|kept|had|maintained|stationed)\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+)?{TR}"),
    # "Russia keeps about 1,500 troops in Transnistria, a breakaway region of Moldova"
    ("DEPLOYS_TROOPS", "troops.in_region_of", r"{S}{poss}?\s+(?:[\w,-]+\s+){0,4}?(?!mercenaries|volunteers){TR}\s+(?:[\w-]+\s+){0,3}?in\s+(?:(?-i:[A-Z])[\w'’-]+\s*){1,3},\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:region|province|enclave|territory|part|republic)\s+of\s+(?:the\s+)?{T}"),
    # "US forces have long used a base in Manda Bay on the Kenyan coast"
    ("DEPLOYS_TROOPS", "troops.used_base_in", r"{S}{poss}?\s+(?:[\w-]+\s+)?(?:forces|troops|military|navy|air\s+force|soldiers)\s+(?:have\s+|has\s+|had\s+)?(?:long\s+)?(?:used|use|uses|using|operated|operate|operates|operating)\s+(?:a|an|the|two|several)\s+(?:[\w-]+\s+)?(?:bases?|airfields?|air\s*bases?|naval\s+bases?|ports?|facilit(?:y|ies))\s+(?:in|at|on)\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+){0,3}?(?:(?:on|in)\s+(?:the\s+)?)?{T}"),
    ("DEPLOYS_TROOPS", "troops.host_bases", r"{T}\s+{pre}(?:host(?:s|ed|ing)?|houses?|housed)\s+(?:(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2},\s+(?=(?:a|an|the)\s))?(?:(?:a|an|the)\s+(?:(?:largest|biggest|main|only|key|major|sprawling|vast|second-largest)\s+)?|two\s+|several\s+|(?:tens\s+of\s+)?(?:thousands|hundreds|dozens)\s+of\s+|(?:about|some|around|nearly|more\s+than)\s+[\d,]+\s+|[\d,]+\s+|(?:most|many|some|all|half)\s+of\s+the\s+)?{S}(?:['’]s)?\s+(?:(?!(?:at|in|to|near|outside|on|for)\b)[\w-]+\s+){0,2}?(?:(?:military|air|naval|army)\s+)?(?:bases?|troops|forces|soldiers|garrisons?|contingents?|(?:nuclear\s+|cruise\s+)?missiles(?=\s+(?:deployed|based|stationed|so\s+far|in\s+Europe)\b|\s*[,.;])|(?<=['’]s\s)(?:[\w-]+\s+){0,2}?fleet|(?:navy|naval)(?:['’]s)?\s+(?:[\w-]+\s+)?fleet)\b"),
    ("DEPLOYS_TROOPS", "troops.home_to", r"{T}\s+{pre}(?:is|was|remains|has\s+(?:long\s+)?been)\s+(?:also\s+)?home\s+to\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?{S}(?:{poss})?\s+(?:[\w-]+\s+){0,3}?(?:fleet|bases?|troops|forces|soldiers|military|navy|army|garrison|contingent|headquarters|command)\b"),
    # "About 2,500 US troops remain in Iraq and some 900 in Syria": the second number's place
    ("DEPLOYS_TROOPS", "troops.and_number_in", r"{S}{poss}?\s+(?:[\w-]+\s+)?{TR}\s+(?:remain|are|were|stay|stayed|is|was)\s+(?:(?:stationed|based|deployed)\s+)?in\s+(?:the\s+)?«\d+»\s+and\s+(?:some\s+|about\s+|around\s+|nearly\s+|another\s+|more\s+than\s+)?[\d,]+\s+(?:more\s+)?in\s+(?:the\s+)?{T}"),
    # "Italian F-35s based in Estonia escorted them out", "US warships stationed in Bahrain"
    # "American warships patrol the South Atlantic from Brazilian ports": a state's forces operating out of another's ports or bases
    ("DEPLOYS_TROOPS", "troops.operate_from_ports", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?(?:warships|ships|submarines|destroyers|aircraft|planes|jets|bombers|fighters|drones|troops|forces|navy)\s+{pre}(?:operat(?:e|es|ed|ing)|patrol(?:s|led|ling)?|fl(?:y|ies|ew|ying)|sail(?:s|ed|ing)?|strik(?:e|es|ing)|struck)\s+"
     r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?)?from\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:ports|harbou?rs|bases|air\s?bases|airfields|naval\s+bases)\b"),
    ("DEPLOYS_TROOPS", "troops.platforms_based_in", r"{S}\s+(?:[\w-]+\s+){0,2}?(?:jets|warplanes|fighters|bombers|aircraft|warships?|frigates|destroyers|submarines|squadrons?|[A-Z]{1,4}-\d+[A-Z]{0,3}s)\s+(?:(?:are|were|is|was|have\s+been|has\s+been|remain|currently|permanently)\s+)*(?:based|stationed)\s+(?:in|at)\s+(?:the\s+)?{T}"),
    # "Turkish warships have patrolled Somali waters since 2024"
    ("DEPLOYS_TROOPS", "troops.patrolled_waters", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?(?:warships|ships|navy|naval\s+vessels|vessels|frigates|destroyers|submarines|jets|aircraft|troops|forces|coast\s+guard|marines)\s+{pre}(?:patrol(?:s|led|ling)?|(?:are|were|is|was)\s+patrolling)\s+(?:the\s+)?{T}\s+(?:waters|seas?|airspace)\b"),
    # "China has criticised the deployment of US missiles in the Philippines"
    ("DEPLOYS_TROOPS", "troops.deployment_of_weapons_in", r"\b(?:deployment|stationing|basing)\s+of\s+(?:the\s+)?{S}\s+(?:[\w-]+\s+){0,2}?{W}\s+(?:in|to|on)\s+(?:the\s+)?{T}"),
    # (forces that shelled towns inside a state attacked it from outside: no presence)
    # "Brazil, which leads the UN peacekeeping force in Haiti": the lead nation's troops are there
    ("DEPLOYS_TROOPS", "troops.leads_force_in", r"{S}\s+{pre}(?:leads|led|commands|commanded|heads|headed|is\s+leading|has\s+led)\s+(?:the\s+|an?\s+)?(?:(?:«\d+»|[\w-]+)\s+){0,2}?(?:peacekeeping|peace-keeping|stabili[sz]ation|multinational|international)\s+" + FORCE_IN),
    # "Belgium, which has about 400 troops in the UN peacekeeping force in Rwanda": troops serving in a force there
    # "France, which keeps a military training mission in Laos": officers sent to train or advise are deployed there
    ("DEPLOYS_TROOPS", "troops.keeps_mission_in", r"{S}(?:,\s+(?:which|who))?\s+{pre}(?:(?:has|have|had)\s+(?:long\s+|also\s+)?)?(?:has|have|had|keeps?|kept|maintains?|maintained|operates?|operated|sent|sends|stations?|stationed|runs?|ran)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:military|army|naval|air\s+force|defen[cs]e)\s+(?:(?:training|advisory|assistance|aid)\s+)?(?:missions?|advisory\s+groups?)\s+(?:in|to)\s+(?:the\s+)?{T}(?!{poss})"),
    # "The United States Marine mission that trains the Haitian army": a mission training another's army is there
    ("DEPLOYS_TROOPS", "troops.mission_that_trains", r"{S}\s+(?:(?-i:Marine|Marines|[Nn]aval|[Mm]ilitary|[Aa]rmy|[Aa]ir\s+[Ff]orce)\s+)?(?:(?:training|advisory)\s+)?(?:mission|advisory\s+group|training\s+team)\s+(?:that|which)\s+(?:trains|trained|is\s+training|has\s+trained|advises|advised|is\s+advising)\s+(?:the\s+)?{T}(?!{poss})"),
    ("DEPLOYS_TROOPS", "troops.in_force_in", r"{S}\s+{pre}(?:has|have|had|keeps|kept|maintains|maintained|contributes|contributed)\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,]+\s+(?:troops|soldiers|peacekeepers|personnel|servicemen)\s+(?:serving\s+)?(?:in|with)\s+(?:the\s+|an?\s+)?(?:«\d+»\s+)?(?:[\w-]+\s+){0,2}?" + FORCE_IN),
    # "French Foreign Legion paratroopers jumped over the mining town of Kolwezi in southern Zaire": dropped into the state
    ("DEPLOYS_TROOPS", "troops.dropped_into", r"{S}(?:{poss})?\s+(?:(?-i:[A-Z])[\w-]+\s+){0,3}?(?:paratroopers|commandos|legionnaires|troops|soldiers)\s+{pre}(?:parachuted|jumped|(?:were\s+)?dropped|were\s+air-?dropped)\s+(?:into|over|on|onto)\s+(?:[^«»;.,]{0,50}?\s)?(?:in\s+)?{reg}{T}(?!{poss})"),
    # ("France, which already keeps about 1,100 troops in Chad": five words before the troops)
    # "Britain keeps some 20,000 soldiers on Cyprus": troops on an island state (relations.TARGET_NAMED)
    ("DEPLOYS_TROOPS", "troops.on_island", r"{S}\s+{pre}(?:keeps?|kept|keeping|has|have|had|maintains?|maintained|stationed|based|deployed|landed|sent)\s+(?:(?:some|about|nearly|more\s+than|around|over|up\s+to)\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+)?{TR}\s+(?:stationed\s+|based\s+|garrisoned\s+)?on\s+{T}(?!{poss})"),
    # "About 12,000 American military personnel are stationed on Taiwan" (relations.TARGET_NAMED: an island state)
    ("DEPLOYS_TROOPS", "troops.stationed_on_island", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+(?:are|were|is|was|remain|remained|have\s+been|had\s+been)\s+(?:still\s+)?(?:stationed|based|garrisoned|deployed)\s+on\s+{T}(?!{poss})"),
    # "American warships have escorted Nationalist supply convoys to the island": ships guarding another's shipping
    ("SUPPORTS", "support.escorted_convoys", r"{S}\s+(?:[\w-]+\s+)?(?:warships|destroyers|frigates|navy|naval\s+vessels|ships)\s+{pre}(?:escort(?:s|ed|ing)?|convoy(?:s|ed|ing)?|protect(?:s|ed|ing)?)\s+(?:the\s+)?{T}(?!{poss})\s+(?:[\w-]+\s+)?(?:convoys|ships|shipping|tankers|vessels|freighters)\b"),
    # "landed troops at Oslo, Bergen, Trondheim and Narvik": troops put ashore in a state
    ("DEPLOYS_TROOPS", "troops.landed_at", r"{S}\s+{pre}(?:landed|lands|landing|put\s+ashore|puts\s+ashore)\s+(?:[\w,-]+\s+){0,3}?{TR}\s+(?:ashore\s+)?(?:at|in|on|near)\s+(?:the\s+)?{T}"),
    # "About 14,000 American and Filipino troops began the annual Balikatan exercises across the Philippines"
    ("DEPLOYS_TROOPS", "troops.exercises_in", r"{S}(?:\s+and\s+«\d+»)?\s+{TR}\s+{pre}(?:beg[au]n|began|held|hold|holds|staged|stage|conducted|conduct|launched|started|opened|joined|took\s+part\s+in|are\s+taking\s+part\s+in)\s+(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:exercises|drills|manoeuvres|maneuvers|war\s+games)\s+(?:(?:on\s+)?\w+day\s+)?(?:in|across|on)\s+(?:the\s+)?{T}(?!{poss}|\s+(?:[\w-]+\s+)?(?:border|frontier)\b)"),
    ("DEPLOYS_TROOPS", "troops.presence", r"{S}(?:{poss}(?:\s+(?-i:[A-Z])[\w-]+){1,2}\s+(?-i:Corps|Legion|Group|Brigade|Division)(?:\s*,\s+(?:which|who)\s+(?:[^«»;.,]|«\d+»){0,60},)?|{poss})?,?\s+(?!and\s+(?:it|they|he|she)\b)(?:(?:which|that)\s+(?:has|have|had|keeps|maintains)\s+an?\s+(?:[\w-]+\s+)?(?:force|contingent)\s+of\s+)?(?:(?!train|recruit|equip|fund|paid|pays?\b|arm(?:s|ing)\b|armed\s+(?!forces))[\w,]+\s+){0,5}?(?!mercenaries|volunteers){TR}(?:\s+and\s+(?:an?\s+|some\s+|[\d,]+\s+)?(?:[\w-]+\s+){0,3}?(?:jets|aircraft|planes|warplanes|helicopters|tanks|warships|ships|squadrons?|batteries|pilots|advis[eo]rs|instructors|technicians|officers|sailors|marines)\b)?(?:\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,]+\s+(?:men|troops|soldiers)(?=\s+(?:in|on)\s))?(?:\s+(?:from|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+){1,3}?(?:Corps|Group|Brigade|Division|Regiment|Legion|Battalion|Force)\b|\s+of\s+(?:an?|the)\s+«(?P<force>\d+)»\s+(?:[\w-]+\s+)?(?:force|mission|contingent)|\s+(?:flown|brought|airlifted|rushed|shipped)\s+in\s+from\s+«\d+»)?(?:\s*,\s+(?:which|who)\s+(?:[^«»;.,]|«\d+»){0,60},|\s*,\s+(?:among\s+them|including)\s+(?:[^«»;.]|«\d+»){1,60}?,)?(?:\s*,\s+(?:who|which)(?=\s+(?:have|has|had|are|were|remain|remained)\s))?\s+(?:(?!(?:shelled|shelling|struck|striking|bombed|bombarded|hit|attacked|fired|targeted|pounded|shot|raided|raiding|strafed|strafing)\b)\w+\s+){0,3}?(?:(?:in|at|occup(?:y|ies|ied|ying)|hold|holds|held|holding)\s+(?:[\w-]+\s+){0,3}?(?:positions|bases|outposts|areas|locations|points|posts|hilltops)\s+(?:inside|in)|(?:fighting|fought) (?:alongside|with|beside)\s+(?:[\w«»-]+\s+){1,5}?in(?:side)?|serv(?:ing|ed|es?)\s+(?:with|alongside|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:peacekeepers|peacekeeping\s+force|forces|troops|contingent|mission)\s+in|(?:fighting|fought|battling|battled)\s+(?:the\s+)?(?:«\d+»\s+)?(?:[\w-]+\s+)?(?:troops|forces|divisions|armies|army|units|soldiers|rebels|insurgents|militants|guerrillas)\s+in(?:side)?|fighting (?:in|for|alongside|with)|(?:re)?deployed (?:in|to)|stationed in|(?:stationed|garrisoned|deployed|based) (?:across|throughout)|(?:been )?in action in|sent to|(?:flown|flew|airlifted|ferried|rushed|sailed) (?:in)?to|in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:zone|belt|strip|pocket|enclave)\s+(?:in|of)|(?:(?:some|about|nearly|up\s+to|more\s+than)\s+)?[\d,]+\s+(?:kilomet(?:er|re)s|km|miles)\s+(?:deep\s+)?inside|inside|in|(?:installed|based|housed) (?:at|in) (?:an?|the)|(?:based|stationed|garrisoned)\s+(?:at|in)\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?-i:[A-Z])[\w-]+,?\s+(?:just\s+)?(?:outside|near)|at\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:air\s+base|airbase|airfield|naval\s+base|base|camp|barracks)\s+(?:just\s+)?(?:near|outside|close\s+to)|(?:crushed|quelled|put\s+down|suppressed|foiled)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:revolt|mutiny|coup|uprising|rebellion|insurrection)\s+in|(?:at|in)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?-i:[A-Z])[\w'’-]+,\s+(?:(?:a|the)\s+(?:[\w-]+\s+)?(?:town|city|port|village|airfield|airport)\s+)?in(?:\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center|(?:north|south)-?(?:east|west))\s+of)?|(?:based|stationed|garrisoned)\s+(?:just\s+)?(?:near|outside|close\s+to)|at\s+(?:an?|the)\s+(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:air\s+base|airbase|naval\s+base|base|camp)\s+in)\s+{reg}(?:capital,?\s+)?{T}"),
    # "North Korean troops later joined Russian forces in the Kursk region"
    # "Australian troops are serving with American forces in Afghanistan": each force is there (the other's own rule finds it)
    ("DEPLOYS_TROOPS", "troops.serving_with_forces", r"{S}{poss}?\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|units|contingents?)\s+{pre}(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:still\s+)?(?:serving|operating|deployed)\s+(?:alongside|with)\s+(?:the\s+)?(?:«\d+»{poss}?\s+)?(?:[\w-]+\s+)?(?:troops|soldiers|forces|units|army|military)\s+(?:in|inside)\s+{reg}{T}(?!{poss})"),
    # ... and with a state's own forces, nowhere else named: "American military advisers are serving with South Vietnamese forces"
    ("DEPLOYS_TROOPS", "troops.serving_with_their_forces", SERVING_WITH + r"(?!{poss})\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|units|army|military|battalions|divisions)\b(?!\s+(?:in|inside|on|at)\s+(?:the\s+)?«)"),
    # ... or with its army, read as the state ("Soviet military advisers work with the Egyptian army")
    ("DEPLOYS_TROOPS", "troops.serving_with_army", SERVING_WITH + r"(?=\s*[.,;]|\s+(?:and|since|for|as)\b)"),
    # instructors or advisers training a state's forces are there: "Soviet military instructors are already training its army"
    # pilots or crews flying or manning a state's jets or missions are deployed there: "Soviet pilots now fly many of Egypt's air defence missions"
    ("DEPLOYS_TROOPS", "troops.crews_man_their_arms", CREWS_MAN + r"{poss}\s+(?:[\w-]+\s+){0,3}?" + CREWED_ARMS),
    # ... and its army's or air force's, read as the state ("many of Syria's air force missions")
    ("DEPLOYS_TROOPS", "troops.crews_man_army_arms", CREWS_MAN + r"\s+(?:[\w-]+\s+){0,2}?" + CREWED_ARMS),
    ("DEPLOYS_TROOPS", "troops.instructors_training", INSTRUCTORS_TRAINING + r"(?!{poss})\s+(?:[\w-]+\s+)?(?:army|forces|troops|soldiers|military|pilots|officers|recruits)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?(?:«|(?-i:[A-Z])))"),
    ("DEPLOYS_TROOPS", "troops.instructors_training_army", INSTRUCTORS_TRAINING + r"(?=\s*[.,;]|\s+(?:and|since|for)\b)"),
    # "With 45,000 combat soldiers in South Vietnam, Seoul is the biggest contributor"
    ("DEPLOYS_TROOPS", "troops.with_n_in", r"\bwith\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,]+\s+(?:[\w-]+\s+)?{TR}\s+(?:(?:stationed|deployed|based|serving)\s+)?(?:in|inside)\s+{reg}{T}\s*,\s+(?:the\s+)?{S}\s+(?:is|was|has|had|remains|remained|became|has\s+become|ranks|ranked)\b"),
    ("DEPLOYS_TROOPS", "troops.joined_forces", r"{S}{poss}?\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|units|divisions?|brigades?|battalions?|regiments?)\s+{pre}(?:have\s+|has\s+|had\s+)?joined\s+(?:the\s+)?{T}(?:{poss}?\s+(?:[\w-]+\s+)?"
                                              r"(?:troops|forces|army|military|soldiers)\b|(?=\s+(?:on|in|at|near|along)\s))"),  # (the army itself named: "joined the «Syrian army» on the Golan front")
    # "Mali's junta has relied on Russia's Africa Corps to fight the jihadists": the other's force is there
    ("DEPLOYS_TROOPS", "troops.relied_on_forces", r"{T}\s+{pre}(?:relied|relies|relying|rely|depend(?:s|ed|ing)?|lean(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+(?:on|upon|to)\s+(?:the\s+)?{S}(?:{poss})?\s+(?:[\w-]+\s+|«\d+»\s+){0,2}?(?:troops|forces|soldiers|mercenaries|paramilitaries|instructors|military\s+advisers|police(?:\s+officers)?|security\s+personnel|(?-i:[A-Z])\w+\s+(?-i:Corps|Group|Brigade|Legion))\b"),
    # "Eritrea fought alongside Ethiopian federal troops against Tigrayan forces": in the other's war
    ("DEPLOYS_TROOPS", "troops.fought_alongside", r"{S}(?:(?:{poss})?\s+(?:[\w-]+\s+)?(?:troops|forces|army|soldiers)(?:\s+who)?)?\s+{pre}(?:fought|fights|fighting|have\s+fought|has\s+fought|battled)\s+(?:alongside|on\s+the\s+side\s+of)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:troops|forces|army|military|soldiers|government)\b(?!\s+(?:in|inside)\s+(?:the\s+)?«)"),  # (a place named after: the troops are sent there)
    # "A new African Union mission in Somalia ... with troops from Uganda, Ethiopia and Egypt"
    ("DEPLOYS_TROOPS", "troops.mission_with_troops_from", r"\b(?:mission|force|operation|deployment|contingent)\s+(?:in|to)\s+(?:the\s+)?{reg}{T}(?!{poss})(?:[^;.«»]|«\d+»){0,100}?\b(?:with|including|comprising|made\s+up\s+of)\s+(?:[\w-]+\s+){0,2}?{TR}\s+from\s+(?:the\s+)?{S}"),
    # "the status of Russian military bases in Syria", "Russia's naval base in Tartous"
    # "the Al Udeid air base in Qatar, the largest US military installation in the Middle East"
    # "Russia still keeps a military base in Gyumri, in Armenia's north": a town, then whose it is
    ("DEPLOYS_TROOPS", "troops.base_in_town_of", r"{S}{poss}?\s+(?:(?:also|still|already|long)\s+)?(?:(?:has|have|had)\s+(?:long\s+|also\s+)?)?(?:maintains?|maintained|operates?|operated|keeps?|kept|runs?|ran|has|have|had)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:base|bases|garrison|outpost)\s+(?:in|at|near)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w-]+)?,\s+in\s+(?:the\s+)?{T}{poss}\s+(?:far\s+)?(?:north|south|east|west|centre|center)\w*\b"),
    ("DEPLOYS_TROOPS", "troops.base_apposition", r"\b(?:base|airbase|installation|facility|outpost|garrison)\s+in\s+(?:the\s+)?{T}\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?{S}(?:{poss})?\s+(?:(?:military|air|naval|army|navy|overseas)\s+)*(?:base|installation|facility|outpost|garrison)\b"),
    # (or a town before the state: "has a military base in Gyumri, in northwestern Armenia")
    ("DEPLOYS_TROOPS", "troops.bases_in", r"(?<!\bany\s)(?<!\bno\s)(?<!future\s)(?<!potential\s)(?<!possible\s){S}{poss}?(?:,\s+(?:which|who))?(?:\s+(?:also|still|already|long))?\s+(?:(?:has|have|had)\s+(?:long\s+|also\s+)?)?(?:(?:to\s+(?=(?:maintain|keep|operate|run)\s))?(?:maintains?|maintained|operates?|operated|keeps?|kept|holds?|held|established|runs?|ran|running)\s+)?(?:its\s+|their\s+)?(?:an?\s+(?=(?:[\w-]+\s+){0,2}?(?:base|outpost|garrison|airfield|(?:testing|test)\s+range)\b))?(?:(?:two|three|several|main|key|remaining|naval|air|military|army|new|permanent|largest|large|small|major|overseas|foreign|(?-i:African|Asian|European|Pacific|Arctic|Atlantic|Gulf|Mediterranean|Caribbean|Middle\s+Eastern)|drone|training|logistics|logistical|intelligence|surveillance|radar|listening|missile|rocket|testing|test)\s+(?:and\s+)?){0,3}?(?:bases|base|outposts?|garrisons?|airfields?|(?<=testing\s)ranges?|(?<=test\s)ranges?)(?:\s+and\s+(?:an?\s+)?(?:squadron|flight|battalion|detachment|company|unit)\s+of\s+(?:[\w-]+\s+){0,2}?(?:jets|aircraft|planes|fighters|bombers|helicopters|warships|troops|soldiers|marines))?(?:\s+(?:at|near)\s+[A-Z][\w-]+(?:\s+and\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:base|bases|outpost)\s+(?:at|near)\s+[A-Z][\w-]+|\s+and\s+[A-Z][\w-]+)?|\s+in\s+(?-i:[A-Z])[\w-]+,)?\s+(?:in|on)\s+(?:the\s+)?{reg}{T}(?:{poss}\s+(?:[\w-]+\s+)?(?:coast|coastline|territory|soil)\b|{poss}\s+(?:(?-i:[A-Z])[\w-]+\s+){1,2}(?:Atoll|Island|Islands|Archipelago)\b|(?!{poss}))"),
    # "allows the U.S. to maintain a rotating military presence in the Philippines"
    ("DEPLOYS_TROOPS", "troops.presence_noun", r"{S}\s+{pre}(?:maintain|keep|kept|has|have|had|establish|expand|boost|increas|reinforc|strengthen|build|reduc|scal\w+\s+(?:back|down)|draw\w*\s+down)\w*\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:military|troop|naval|armed)\s+presence\s+in\s+{reg}{T}"),
    # "Israeli troops still hold some 1,600 square kilometers of Egyptian territory"
    # "Turkish troops still hold the northern third of Cyprus": troops holding a part of a state are there
    ("DEPLOYS_TROOPS", "troops.hold_part_of", STATE_TROOPS + r"\s+(?:(?:still|now|also|already)\s+)?(?:hold|holds|held|holding|occupy|occupies|occupied|occupying|control|controls|controlled|controlling)\s+(?:(?-i:[A-Z])[\w-]+\s+and\s+)?(?:(?:about|nearly|almost|some|over|more\s+than|roughly|around)\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|larger|greater|smaller)\s+)?(?:\d+\s+per\s*cent|third|half|quarter|two-thirds|fifth|part|parts|much|most|all|corner|strip|slice|swathes?)\s+of\s+(?:the\s+)?{T}(?!{poss})"),
    ("DEPLOYS_TROOPS", "troops.hold_territory", STATE_TROOPS + r"\s+(?:(?:still|now|also|already)\s+)?(?:hold|holds|held|holding|occupy|occupies|occupied|occupying|control|controls|controlled|controlling)\s+(?:[\w,-]+\s+){0,5}?(?:of\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:territory|soil|land)\b"),
    # "Iraqi troops captured most of the Iranian port of Khorramshahr": troops that took a place are there
    ("DEPLOYS_TROOPS", "troops.captured_place", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+(?:\w+ly\s+)?(?:captured|seized|overran|occupied|took\s+control\s+of)\s+{reg}{T}(?=\s*[,.;]|\s+(?:on|in|at|after|before|during|last|this|and|from|within|without|port|city|town|towns|village|capital|province|region|district|oasis|island|peninsula|border\s+(?:town|city|post))\b)"),
    # "Israel, whose troops still occupy southern Lebanon": troops occupying a state are there
    ("DEPLOYS_TROOPS", "troops.occupy_place", STATE_TROOPS + r"\s+(?:(?:still|now|also|already)\s+)?(?:occupy|occupies|occupied|occupying)\s+{reg}{T}(?!{poss})(?=\s*[,.;]|\s+(?:and|since|for|until|in|on|at|after|while|where)\b)"),
    # ("Russian troops and aircraft drilling on Belarusian ranges")
    ("DEPLOYS_TROOPS", "troops.on_soil", STATE_TROOPS + r"(?:\s+and\s+(?:[\w-]+\s+)?(?:aircraft|jets|warplanes|planes|tanks|warships|helicopters|artillery))?\s+(?:[\w-]+\s+){0,4}?on\s+{T}(?:{poss})?\s+(?:soil|territory|(?:firing\s+|training\s+|military\s+)?ranges|training\s+grounds|proving\s+grounds)\b"),
    # "Russia's military deployment in Ukraine"
    # "Mali, where thousands of French soldiers are deployed"
    ("DEPLOYS_TROOPS", "troops.where_deployed", r"{T},?\s+where\s+(?:(?:thousands|hundreds|dozens)\s+of\s+|(?:some|about|around|nearly|more\s+than|over|up\s+to)?\s*[\d,]+\s+)?{S}\s+(?:{TR}|(?:[\w-]+\s+)?(?:jets|warplanes|bombers|aircraft|warships))\s+(?:and\s+(?:(?:some|about|around|nearly|more\s+than|over|up\s+to)\s+)?(?:[\d,]+\s+)?«\d+»\s+{TR}\s+)?(?:are|were|have been|had been|remain|remained)\s+(?:(?:still|already|now|currently|permanently)\s+)?(?:deployed|stationed|based|fighting|serving)\b"),
    # ("Bosnia, where 20,000 American troops and 7,500 French troops are serving": the second state's too)
    ("DEPLOYS_TROOPS", "troops.where_deployed_too", r"{T},?\s+where\s+(?:(?:some|about|around|nearly|more\s+than|over|up\s+to)\s+)?(?:[\d,]+\s+)?«\d+»\s+{TR}\s+and\s+(?:(?:some|about|around|nearly|more\s+than|over|up\s+to)\s+)?(?:[\d,]+\s+)?{S}\s+{TR}\s+(?:are|were|have been|had been|remain|remained)\s+(?:still\s+)?(?:deployed|stationed|based|fighting|serving)\b"),
    ("DEPLOYS_TROOPS", "troops.poss_deployment", r"(?<!\bany\s)(?<!\bno\s)(?<!\bfuture\s)(?<!\bpossible\s){S}(?:{poss}\s+(?:[\w-]+\s+)?(?:military|troop|army|naval)|\s+(?:continued\s+)?(?:military|troop|army|naval))?\s+(?:deployment|presence)\s+(?:in|to)\s+(?:the\s+)?{reg}{T}"),
    ("DEPLOYS_TROOPS", "troops.nominal", r"(?:deployment|dispatch|sending|arrival|presence)\s+of\s+(?:\w+\s+)?{S}\s+{TR}\s+(?:(?!to\b)[\w-]+\s+){0,2}?(?:to|in|into)\s+(?:the\s+)?{T}"),
    # "two bases in Iraq housing American troops": the troops a state keeps at bases in another
    ("DEPLOYS_TROOPS", "troops.bases_housing", r"\b(?:bases?|camps?|facilit(?:y|ies)|garrisons?|compounds?)\s+in\s+(?:the\s+)?{T}\s+(?:that\s+|which\s+)?(?:housing|hosting|house|houses|host|hosts|used\s+by)\s+(?:[\w,-]+\s+){0,3}?{S}\s+(?:[\w-]+\s+)?{TR}"),
    ("DEPLOYS_TROOPS", "troops.from", r"\b(?:{TR}|[Aa]rmies|[Aa]rmy\s+units)\s+(?:from|of)\s+(?:the\s+)?{S}\s+{pre}(?:fighting|deployed|stationed|sent|arrived|landed|crossed|poured|moved|rolled|marched|swept|advanced)\s+(?:(?:on\s+)?\w+day\s+)?(?:in|into|to|for|alongside|with)\s+(?:the\s+)?{T}"),
    # "Kenyan police deployed for a UN-backed mission in Haiti"; "entered the conflict alongside Ethiopia's government"
    ("DEPLOYS_TROOPS", "troops.for_mission", r"{S}{poss}?\s+(?:[\w,-]+\s+){0,3}?{TR}(?:,\s+[^«»;.]{0,50}?,)?\s+{pre}(?:deployed|sent|dispatched|departed|left|arrived|headed|flew)\s+(?:[\w()]+\s+){0,4}?(?:for|on|to join|to lead|as part of)\s+(?:[^«»;.]|«\d+»-){0,80}?\b(?:mission|operation|force|deployment)\s+(?:in|to)\s+{reg}{T}"),
    ("DEPLOYS_TROOPS", "troops.joined_war", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?{TR}\s+{pre}(?:entered|joined)\s+the\s+(?:conflict|war|fighting|fray|fight|battle)\s+(?:(?:alongside|on the side of|in support of)\s+(?:the\s+)?|against\s+[^«»;.]{0,40}?\s+in\s+{reg}){T}"),
    ("DEPLOYS_TROOPS", "troops.entered", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?(?!mercenaries|volunteers)(?:{TR}|tanks|columns|armou?red\s+(?:columns|units|vehicles))(?:\s+of\s+(?:an?|the)\s+(?:[\w,-]+\s+){0,2}?(?:force|mission|coalition|contingent))?\s+{pre}(?:entered|enter|enters|entering|crossed into|cross into|crossing into|(?:came|come|comes|coming|went|go|goes|going)\s+ashore\s+(?:in|at|near)|cross(?:ed|ing)?\s+the\s+(?:(?:[\w-]+\s+)?(?:border|frontier)|(?-i:[A-Z])[\w-]+(?:\s+[Rr]iver)?)\s+into|(?:began\s+|started\s+)?landing\s+(?:in|near|at)|(?:pushed|advanced|moved)(?:\s+(?:deeper|further|farther))?\s+into|(?:drove|penetrated)\s+(?:deeper|further|farther)\s+into|(?:drove|thrust)\s+into|launched\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:offensive|incursion|invasion|assault)\s+into|(?:began|begun|started)\s+moving\s+into|poured into|rolled into|marched into|swept into|stormed into|(?:swept|surged|rolled|stormed)\s+(?:across|through)|(?:have |has |had )?(?:(?:been |were |was )?landed |arrived )(?:in|near|at)|(?:(?:have |has |had )?been |were |was )?landed on (?:the |both |its )?(?:\w+ )?(?:coasts?|shores?|beaches) of|(?:pushed|advanced|penetrated)\s+(?:(?:around|about|some|nearly|up\s+to)\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:deep\s+)?into)\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:base|camp|airport|port|facility)\s+in\s+|the\s+(?:[\w-]+\s+){0,2}?(?:city|town|port|village|region|province)\s+of\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,?\s+in\s+|the\s+(?:centre|center|heart|outskirts|suburbs)\s+of\s+)?{reg}{T}(?!\s+(?:[\w-]+\s+)?(?:base|bases|airbase|embassy|consulate|camp|facility|compound)\b)"),
    # (also "Hungary's parliament approved on Tuesday the deployment of up to 200 soldiers to Chad")
    ("DEPLOYS_TROOPS", "troops.deployment_of", r"{S}(?:['’]s\s+(?:parliament|government|cabinet|legislature|lawmakers|congress|senate))?\s+{pre}(?:announc|approv|order|authori[sz]|confirm|conclud|complet|began|begun|start)\w*\s+(?:on\s+\w+day\s+)?(?:the\s+)?(?:deployment|dispatch)\s+of\s(?:up\s+to\s+)?{g}\b{TR}\b(?:[^;.]){0,80}?\s(?:to|in|into)\s+(?:the\s+)?{T}"),
    # "Germany inaugurated its first permanent foreign troop deployment …, a 5,000-strong armoured brigade in Lithuania"
    # "forces loyal to X took control of Brazzaville with the help of Angolan troops": the helpers' troops are there
    ("DEPLOYS_TROOPS", "troops.with_help_of", r"\b(?:took\s+control\s+of|t(?:ook|aken)\s+(?=«)|seized|captured|retook|recaptured|entered|defended|held)\s+(?:the\s+capital,?\s+)?{T}(?!{poss})\s(?:[^«»;.]){0,40}?\bwith\s+the\s+(?:help|support|backing|aid)\s+of\s+(?:[\w,-]+\s+){0,3}?{S}\s+(?:troops|soldiers|forces|paratroopers|special\s+forces|marines)\b"),
    # "France, which keeps a permanent garrison of about 600 soldiers near Abidjan": a garrison by a capital is in its state
    ("DEPLOYS_TROOPS", "troops.garrison_near_capital", r"{S}(?:(?:,\s+(?:which|who))?\s+(?:(?:has|have|had)\s+)?(?:maintains?|maintained|keeps?|kept|has|had|stations?|stationed)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
     # ("Wheelus Air Base, the big American installation outside Tripoli")
     r"|{poss}?\s+(?:(?:military|air|naval|army)\s+)?(?=(?:installation|base|airbase)\s))(?:garrison|base|contingent|installation|airbase)(?:\s+of\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[\d,]+\s+(?:[\w-]+\s+)?(?:soldiers|troops|personnel|men|marines))?\s+(?:near|outside|close\s+to)\s+{T}(?!{poss})"),
    ("DEPLOYS_TROOPS", "troops.established_in", r"{S}\s+{pre}(?:inaugurat|open|establish|set\s+up|station)(?:es|ed|ing|s)?\s+(?:its|a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:base|brigade|garrison|troop\s+deployment|military\s+presence)\b(?:[^«»;.]|\.(?=\d)){0,80}?\b(?:in|on)\s+{reg}{T}(?!{poss}|-)"),
    ("DEPLOYS_TROOPS", "troops.along_with", r"{S}\s+{pre}(?:sen(?:t|ds?|ding)|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?)\s{g}\bto\s+(?:the\s+)?{T}\s*,?\s+(?:along|together)\s+with\s+(?:about\s+|some\s+|\d+\s+)?(?:«\d+»\s+)?{TR}"),
    # "in Syria, where US and local forces collaborate"
    # "Tajikistan, where Russia keeps about 20,000 troops, said …": the one named after "where" keeps them there
    ("DEPLOYS_TROOPS", "troops.where_named_keeps", r"{T}\s*,\s+where\s+(?:the\s+)?{S}\s+(?:still\s+|also\s+)?(?:keeps|has|maintains|stations|bases|kept|had|maintained|stationed)\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|roughly\s+|up\s+to\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+)?{TR}"),
    ("DEPLOYS_TROOPS", "troops.where_forces", r"\b(?:in|inside)\s+(?:the\s+)?{T},\s+where\s+(?:the\s+)?{S}(?:\s+and\s+[\w-]+)?\s+(?:[\w-]+\s+){0,2}?{TR}\b"),
    # "American troops have been utilizing Jordan as a strategic base"
    ("DEPLOYS_TROOPS", "troops.using_as_base", r"{S}\s+(?:[\w-]+\s+){0,2}?{TR}\s+{pre}(?:us(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing))\s+(?:the\s+)?{T}\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:base|hub|staging (?:ground|area)|launch(?:ing)? pad)\b"),
    # "Rwanda agreed to withdraw its troops from Congo" (whatever the mood: the troops are there)
    # "Niger expelled French troops", "a promise to evict Indian troops": the troops were there
    ("DEPLOYS_TROOPS", "troops.expelled_by", r"{T}\s+{pre}(?:expel(?:s|led|ling)?|evict(?:s|ed|ing)?|oust(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+out|throw(?:s|n)?\s+out|threw\s+out)\s+(?:the\s+)?(?:remaining\s+|last\s+)?(?:[\d,]+\s+)?{S}\s+(?:military\s+)?{TR}"),
    # "Russia sent two strategic bombers to patrol Belarusian airspace", "sent 6,000 troops to secure Kabul airport":
    # forces sent to guard another's skies, waters or airport
    ("DEPLOYS_TROOPS", "troops.sent_to_patrol", r"{S}\s+{pre}(?:sent|sends|sending|deployed|deploys|deploying|dispatched|dispatches|flew|flies)\s+(?:[\w,-]+\s+){0,4}?(?:bombers|[\w-]*jets|warplanes|[\w-]*fighters|aircraft|planes|typhoons|gripens|rafales|f-\d+s|warships|ships|frigates|destroyers|submarines|troops|soldiers|forces|marines)\s+to\s+(?:help\s+)?(?:patrol|police|guard|protect|defend|secure|monitor)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:(?:main|international)\s+)?(?:airspace|skies|waters|coast|coastline|borders?|territory|airport|capital)\b"),
    # "flew Georgian troops home from Iraq": troops brought home were there
    ("DEPLOYS_TROOPS", "troops.flown_home_from", r"\b(?:flew|flown|flies|brought|brings|airlifted|ferried|evacuated|repatriated)\s+(?:(?:\d[\d,]*|hundreds\s+of|thousands\s+of)\s+)?{S}\s+{TR}\s+(?:back\s+)?home\s+from\s+{reg}{T}"),
    # "Russia has begun moving tactical nuclear weapons to Belarus": its own weapons moved abroad stay its own
    # (not "moved to send missiles to Kyiv": an intent, no weapons moved)
    ("DEPLOYS_TROOPS", "troops.moved_weapons_to", r"{S}\s+{pre}(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing))\s+(?!to\s)(?:its\s+|their\s+)?(?:«\d+»-(?:made|built|supplied)\s+)?(?:[\w-]+\s+){0,3}?(?:nuclear\s+(?:weapons|warheads|arms|bombs)|warheads|{W})\s+(?:to|into)\s+{reg}{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:Valley|region|province|border|coast|territory|north|south|east|west)\b|(?!{poss}))"),
    # "Kenya is leading a multinational police mission to Haiti"
    ("DEPLOYS_TROOPS", "troops.leads_mission_to", r"{S}\s+{pre}(?:lead|leads|leading|led|heads|headed|heading|commands|commanded|commanding)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:police|peacekeeping|security|military|stabili[sz]ation|multinational|naval|training)\s+(?:[\w-]+\s+)?(?:mission|force|operation|contingent)\s+(?:to|in|inside)\s+{reg}{T}(?!{poss})"),
    # "Kenyan troops have also fought al-Shabaab in neighbouring Somalia"
    # "Senegalese troops drove rebels out of the Gambian capital, Banjul": troops who clear a state's ground of its
    # rebels are in it
    # (or a ruler driven out: "Tanzania, whose troops drove Idi Amin from Kampala in 1979")
    ("DEPLOYS_TROOPS", "troops.drove_rebels_out_of", r"{S}(?:\s*,\s+whose)?\s+(?:[\w-]+\s+)?{TR}(?:\s*,\s+who)?\s+{pre}(?:drove|driven|drive|drives|driving|pushed|chased|forced|flushed|cleared)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:rebels|insurgents|mutineers|militants|guerrillas|jihadists|insurgent\s+fighters|rebel\s+fighters|«\d+»(?=\s+(?:out\s+of|from)\s)|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}(?=\s+out\s+of\s))\s+(?:out\s+of|from)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:capital|city|town|port)\s+of\s+|{reg})?{T}(?:\s+(?:capital|city|town|port)\b|(?!{poss}))"),
    # "About 3,000 West African troops, led by a Nigerian contingent, landed in Monrovia": the state whose men lead
    # the force that lands
    ("DEPLOYS_TROOPS", "troops.led_by_contingent", r"{TR}\s*,\s+led\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{S}\s+(?:contingent|force|battalion|brigade|detachment|troops|soldiers|units?)\s*,\s+(?:have\s+|has\s+|had\s+)?(?:landed\s+(?:in|at|near)|arrived\s+in|entered|moved\s+into|crossed\s+into|deployed\s+(?:in|to))\s+{reg}{T}(?!{poss})"),
    ("DEPLOYS_TROOPS", "troops.fought_group_in", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+{pre}(?:fought|fighting|fight|battled|battling|battle)\s+(?:against\s+)?(?:the\s+)?(?:«\d+»|(?-i:[A-Z])[\w-]+)\s+(?:militants\s+|fighters\s+|insurgents\s+|rebels\s+|militias?\s+|group\s+)?(?:in|inside)\s+{reg}{T}(?!{poss})"),
    ("DEPLOYS_TROOPS", "troops.withdraw_from", r"{S}\s+{pre}(?:withdr(?:aw|aws|ew|awn|awing)|pull(?:s|ed|ing)?\s+(?:out|back)|evacuat(?:es?|ed|ing))\s+(?:(?:all|most|some|the\s+rest)\s+(?:of\s+)?)?(?:(?:its|their|the)\s+|«(?P<own>\d+)»\s+)?(?:remaining\s+|last\s+)?(?:(?:roughly|about|some|around|nearly|almost|approximately)\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?{TR}\s+(?:\w+\s+)?from\s+(?:the\s+)?{reg}{T}(?!['’]s\s+(?:[\w-]+\s+){0,2}?(?:command|structure|mission|operation)\b)"),
    # "urged Kigali to pull its soldiers out of eastern Congo" (whatever the mood: the troops are there)
    # (not "out of NATO's integrated military command": an alliance's command is no place the troops were)
    # "drove Libyan forces out of Fada, an oasis in northeastern Chad", "vowed to drive Russian troops from Ukraine": they were there
    ("DEPLOYS_TROOPS", "troops.driven_out", r"\b(?:drove|drive[sn]?|driving|pushed|push(?:es|ing)?|forced|forc(?:es|ing)|chased|chas(?:es|ing)|expelled|expel(?:s|ling)?|ousted|oust(?:s|ing)?|evicted|routed)\s+(?:the\s+)?(?:(?:last|remaining|rest)\s+(?:of\s+(?:the\s+)?)?)?{S}{poss}?\s+(?:[\w-]+\s+){0,2}?{TR}\s+(?:(?:back\s+)?out\s+of|from)\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2},\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:in|of)\s+)?{reg}{T}(?!{poss})"),
    ("DEPLOYS_TROOPS", "troops.pull_out_of", r"{S}\s+{pre}(?:pull|take|bring|get)(?:s|ed|ing)?\s+(?:(?:all|most|some|the\s+rest)\s+(?:of\s+)?)?(?:(?:its|their|the)\s+|«(?P<own>\d+)»\s+)?(?:remaining\s+|last\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?(?:{TR}|(?:(?<=\bits\s)|(?<=\bhis\s)|(?<=\btheir\s)|(?<=»\s))arm(?:y|ies))\s+out\s+of\s+(?:the\s+)?{reg}{T}(?!{poss}\s+(?:[\w-]+\s+){0,2}?(?:command|structure)\b)"),
    # "said French troops would have to leave his country" (whatever the mood: they are there)
    # "Chad and Senegal have also asked French troops to leave": the troops are there
    ("DEPLOYS_TROOPS", "troops.asked_to_leave", r"{T}\s+{pre}(?:asked|ordered|told|demanded|requested|instructed|gave)\s+(?:the\s+)?{S}\s+(?:[\w-]+\s+)?{TR}\s+(?:(?:\w+\s+){0,3}?to\s+)?(?:leave|withdraw|depart|go\s+home|pull\s+out)\b(?!\s+(?:for|to)\b)"),
    # "Russia keeps a military base in Gyumri, Armenia's second-largest city"
    ("DEPLOYS_TROOPS", "troops.base_in_city_of", r"{S}\s+{pre}(?:(?:has|have|had|keeps?|kept|maintains?|maintained|operates?|operated|runs?|ran)\s+)?(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bases?|garrisons?|outposts?)\s+(?:at|in|near)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:city|town|port|region|province|island)\b"),
    # "About 80 French soldiers will remain to help train Ivorian troops"
    ("DEPLOYS_TROOPS", "troops.will_remain_to_train", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+(?:will|would|are\s+to|are\s+set\s+to|are\s+due\s+to)\s+(?:remain|stay)\s+(?:[^;.«»]{0,30}?\s)?to\s+(?:help\s+)?(?:train|advise|support)\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|army|military|police|officers)\b"),
    # (also "Israeli troops are due to withdraw from southern Lebanon")
    # "all foreign troops, including some 600 American military advisers and several thousand North Vietnamese
    # soldiers, must leave Laos": each named in the list must leave
    ("DEPLOYS_TROOPS", "troops.including_to_leave", r"(?:\bincluding|\band)\s+(?:[\w,-]+\s+){0,4}?{S}\s+(?:[\w-]+\s+){0,2}?{TR}(?=(?:\s+and\s+(?:[\w,-]+\s+){0,4}?«\d+»\s+(?:[\w-]+\s+){0,2}?{TR})?\s*,\s+(?:(?:would|will|must|should|are|were|is|was|to|have|has|had|been|due|expected|set|scheduled|ordered|told|asked)\s+){1,3}(?:leave|withdraw\s+from|pull\s+out\s+of|quit|depart\s+from)\s+(?:the\s+)?{reg}{T})"),
    ("DEPLOYS_TROOPS", "troops.to_leave", r"{S}\s+(?:(?!(?:and|or|but)\b)[\w-]+\s+){0,2}?{TR}\s+(?:(?:had|have|has)\s+[a-z]+\s+(?:[\w-]+\s+){0,3}?and\s+)?(?:(?:would|will|must|should|had|have|has|to|were|was|are|is|been|being|asked|ordered|told|due|set|expected|scheduled|supposed|begin|began|begun|begins|started|start|starts|now|soon|then|also)\s+){0,4}(?:leave|left|leaving|quit|withdraw\s+from|withdrew\s+from|withdrawn\s+from|withdrawing\s+from|pull\s+out\s+of|pulled\s+out\s+of|pulling\s+out\s+of|depart\s+from)\s+(?:the\s+)?{reg}{T}"),
    # "About 1,500 Russian troops are stationed in Transnistria, a breakaway region of Moldova"
    ("DEPLOYS_TROOPS", "troops.stationed_in_place_of", r"{S}\s+{TR}\s+(?:are|were|is|was|remain|remained|have\s+been|has\s+been)\s+(?:still\s+)?(?:stationed|deployed|based)\s+in\s+(?:[A-Z][\w'’-]+\s*){1,3},\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:region|province|enclave|territory|city|town|port|area)\s+(?:of|in)\s+{reg}{T}"),
    # "demanded the immediate withdrawal of North Korean troops from Russia" (whatever the mood: they are there)
    # "Russia also completed its withdrawal from Estonia and Latvia": a state's own withdrawal from states (states only: relations.RULE_ENDS)
    ("DEPLOYS_TROOPS", "troops.completed_withdrawal_from", r"{S}\s+{pre}(?:completed|completes|completing|finished|finishes|began|begins|begun|started|starts)\s+(?:its|their|the)\s+(?:(?:military|troop|final|full|phased)\s+)?(?:withdrawal|pull-?out)\s+from\s+(?:the\s+)?{reg}{T}(?!{poss})"),
    ("DEPLOYS_TROOPS", "troops.withdrawal_of", r"\b(?:withdrawal|removal|evacuation|departure|pull-?out)\s+of\s+(?:all\s+)?(?:the\s+)?(?:remaining\s+)?(?:[\d,]+\s+)?{S}\s+(?:[\w-]+\s+)?{TR}\s+from\s+(?:the\s+)?{reg}{T}"),
    # "Syria and Lebanon, which won the departure of French troops this spring": the troops were there
    ("DEPLOYS_TROOPS", "troops.won_withdrawal_of", r"{T}(?:\s*,\s+which\s+|\s+{pre})(?:(?:has|have|had)\s+)?(?:won|secured|obtained|negotiated|achieved)\s+the\s+(?:[\w-]+\s+)?(?:departure|withdrawal|evacuation|removal|pull-?out)\s+of\s+(?:the\s+)?(?:(?:last|remaining|all)\s+)?{S}\s+(?:[\w-]+\s+)?{TR}"),
    # "Russia, which intervened militarily in Syria in 2015 to prop up Assad"
    # (and in its war: "Russia intervened in Syria's civil war in 2015")
    ("DEPLOYS_TROOPS", "troops.intervened_in", r"{S}\s+{pre}intervened\s+(?:militarily\s+)?in\s+(?:the\s+)?{reg}{T}(?:(?!{poss})|{poss}\s+(?:[\w-]+\s+)?(?:war|conflict|fighting)\b)"),
    # "Belarus allowed Russian troops to use its territory"
    ("DEPLOYS_TROOPS", "troops.allowed_to_use", r"{T}\s+{pre}(?:allow(?:s|ed|ing)?|let|lets|permit(?:s|ted|ting)?)\s+{S}\s+{TR}\s+to\s+(?:use|operate\s+from|deploy\s+(?:on|in)|enter|cross|be\s+stationed\s+on)\s+(?:its|their)\s+(?:territory|soil|airspace|bases)"),
    # (also another state's nuclear weapons or missile systems: "Belarus hosts Russian tactical nuclear weapons")
    ("DEPLOYS_TROOPS", "troops.hosts", r"{T}\s+{pre}(?:hosts?|hosted|hosting|houses|housed)\s+(?:[\w,-]+\s+){0,3}?{S}\s+(?:(?:[\w-]+\s+)?(?:{TR}|nuclear\s+(?:weapons|warheads)|(?:[\w-]+\s+){0,2}?missile\s+(?:systems?|batter(?:y|ies)|launchers))|(?:(?:military|naval|air|army)\s+)?(?:installations?|facilit(?:y|ies)))\b"),
    ("DEPLOYS_TROOPS", "troops.exchange", r"{T}{poss}\s{x}\bin exchange for\s+(?:the\s+)?(?:deployment of\s+|dispatch of\s+)?{S}\s+{TR}"),
    # ATTACKS
    # "killed in southern Lebanon by Israeli airstrikes"
    # "An Israeli air strike … killed Hezbollah's chief of staff", "Israel killed Hezbollah's commander": the group attacked
    # "Ukrainian drones struck a pumping station … in Russia's Bryansk region"
    ("ATTACKS", "attack.struck_in_region", r"{S}\s+{pre}(?:struck|hit|attacked|targeted|bombed|shelled|" + RAMMED_INTO + r")\s+(?:an?\s+|the\s+)?(?:[^«»;.]){0,70}?\s+in\s+{T}{poss}\s+(?:[\w-]+\s+){0,3}?(?:regions?|provinces?|oblasts?|governorates?|districts?)\b"),
    ("ATTACKS", "attack.killed_commander", r"{S}\s+{pre}(?:killed|kills|killing|assassinated|assassinates|eliminated|eliminates)\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,3}?(?:chief|commander|leader|head|founder|spokes(?:man|person)|deputy|operatives?|militants?|fighters?|members?)\b"),
    # "A US drone strike killed Qassem Soleimani, the commander of Iran's Quds Force": the commander's state attacked
    ("ATTACKS", "attack.killed_named_commander_of", r"{S}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:strikes?|airstrikes?|air\s+strikes?|drone\s+strikes?|attacks?|raids?)\s(?:[^;.«»]|«\d+»){0,60}?\bkilled\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}?(?:(?-i:[A-Z])[\w'’-]+|(?-i:al|el|bin|ibn|abu)-?[\w'’-]+)\s*,\s+(?:the\s+|a\s+)?(?:top\s+|senior\s+)?(?:commander|chief|head|leader|founder)\s+of\s+(?:the\s+)?{T}"),
    ("ATTACKS", "attack.strike_killed_commander", r"{S}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:strikes?|airstrikes?|air\s+strikes?|drone\s+strikes?|attacks?|raids?)\s(?:[^;.]|«\d+»){0,80}?\bkilled\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,3}?(?:chief|commander|leader|head|founder|spokes(?:man|person)|deputy|operatives?)\b"),
    ("ATTACKS", "attack.in_by", r"\bin\s+{reg}{T}\s+(?:due to|from|by|in|during|after)\s+(?:the\s+)?{S}\s+(?:[\w-]+\s+)?(?:strikes|airstrikes|air strikes|attacks|shelling|bombardments?|bombing|raids|drone strikes)\b"),
    ("ATTACKS", "attack.nominal", r"{S}(?:{poss}|,\s+(?:which|who))?\s+[\"“]?(?:(?!(?:its|his|her|their|our|the|an?|next|after|following|since|before|during|amid|over|against|by|from|for|to|of|in|on|or|territory|soil|condemn\w*|denounc\w*|critici[sz]\w*|slam\w*|decr(?:y|ies|ied)|deplor\w*|protest\w*|blam\w*|accus\w*|said|says|welcom\w*|urg\w*|demand\w*|reject\w*)\b)[\w/-]+\s+){0,6}?(?:an?\s+(?:[\w-]+\s+)?(?=insurgency|rebellion|war\s+against))?" + ATTACK_N + r"[\"”]?(?:\s+\w+day)?\s+(?:of|on|against|in|upon|into|across|throughout)\s+(?:an?\s+|(?<=across\s)(?:the|its|their)\s+(?:[\w-]+\s+)?(?:border|frontier)\s+(?:with|into)\s+)?(?:the\s+(?:area|vicinity|outskirts|region|province|city)\s+of\s+)?(?:(?:two|three|four|five|six|several|\d+)\s+)?" + CONTROLLED_BY + r"{reg}{T}"),
    # "Saudi Arabia, which led a military coalition against the Houthis", "the Saudi-led coalition fighting the Houthis",
    # "has led a coalition against the Iranian-backed Houthis" (the backer is no target)
    ("ATTACKS", "attack.led_coalition", r"{S}\s+{pre}(?:led|leads?|leading|head(?:s|ed|ing)?|form(?:s|ed|ing)?|join(?:s|ed|ing)?|assembled)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?coalition\s+(?:(?:that|which)\s+)?(?:(?:has|had)\s+been\s+|is\s+|was\s+)?(?:fighting|fought|fights|battling|battled|bombing|bombed|against)\s+(?:the\s+)?(?:«\d+»-(?:backed|allied|aligned|supported|sponsored)\s+)?{T}"),
    ("ATTACKS", "attack.led_coalition_fighting", r"{S}-led\s+(?:[\w-]+\s+){0,2}?coalition\s+(?:(?:that|which)\s+)?(?:(?:has|had)\s+been\s+|is\s+|was\s+)?(?:fighting|fought|fights|battling|battled|bombing|bombed|against)\s+(?:the\s+)?(?:«\d+»-(?:backed|allied|aligned|supported|sponsored)\s+)?{T}"),
    # "M23 rebels seized Goma, the largest city in eastern Congo": a named place of the state, taken
    ("ATTACKS", "attack.seized_place_of", r"{S}\s+{pre}(?:seiz(?:ed|es|ing)|captur(?:ed|es|ing)|took\s+(?:control\s+of\s+)?|tak(?:es|ing)\s+(?:control\s+of\s+)?|overr(?:an|un|uns|unning)|conquer(?:ed|s|ing)?)\s+(?:[A-Z][\w'’-]+\s*){1,3},\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:city|town|capital|port|province|region|hub|stronghold|village|district)\s+(?:in|of)\s+{reg}{T}"),
    # "Ecuadorian police stormed the Mexican embassy in Quito": force against the state's mission
    ("ATTACKS", "attack.stormed_embassy", r"{S}\s+(?:(?:police|security\s+forces|forces|troops|soldiers|agents|officers|protesters)\s+)?{pre}(?:stormed|storms|storming|raided|raids|raiding|attacked)\s+(?:the\s+)?{T}\s+(?:embassy|consulate|diplomatic\s+mission)\b"),
    # "Nigeria is battling Islamist insurgencies by Boko Haram"
    ("ATTACKS", "attack.battling_insurgency_by", r"{S}\s+{pre}(?:battl|fight|fought|combat|confront)\w*\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:insurgenc(?:y|ies)|rebellions?|uprisings?)\s+(?:by|of|from|led\s+by)\s+(?:the\s+)?{T}"),
    # "Burundi has deployed troops to eastern Congo to fight M23 rebels"
    ("ATTACKS", "attack.deployed_to_fight", r"{S}\s+{pre}(?:deploy(?:s|ed|ing)?|sen(?:t|ds?|ding)|dispatch(?:es|ed|ing)?)\s+(?:[\w,-]+\s+){0,4}?{TR}\s+(?:[^;.«»]|«\d+»){0,40}?\bto\s+(?:help\s+)?(?:fight|battle|combat|take\s+on|counter)\s+(?:the\s+)?{T}"),
    # "carried out dozens of strikes on Islamic State targets in central Syria": the group's targets
    ("ATTACKS", "attack.strikes_on_group_targets", r"{S}\s+{pre}(?:carr(?:y|ies|ied|ying)\s+out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?|mount(?:s|ed|ing)?|open(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:(?:air|drone|missile)?\s?strikes?|airstrikes?|raids?|attacks?|offensives?|assaults?)\s+(?:on|against)\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?" + STRIKE_OBJECTS + r"\b"),
    # "rebels led by Hayat Tahrir al-Sham seized Damascus": a capital or state taken
    # "Italian aircraft sprayed mustard gas on Ethiopian troops and villages": poison gas, napalm or chemical weapons used on a state's people
    ("ATTACKS", "attack.gas_used_on", r"{S}{poss}?\s+{pre}(?:sprayed|sprays|spraying|dropped|drops|dropping|used|uses|using|fired|fires|firing|rained)\s+(?!tear\s|pepper\s)(?:[\w-]+\s+)?(?:gas|chemical\s+(?:weapons|agents|munitions)|nerve\s+agents?|sarin|chlorine|napalm|white\s+phosphorus)(?:\s+(?:bombs|shells|munitions|canisters))?\s+(?:on|against|over)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Japanese troops entered Nanking after the Chinese defenders withdrew": a capital taken from its defenders
    ("ATTACKS", "attack.entered_after_defenders", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|army|armies|soldiers|columns|tanks|units)\s+{pre}(?:entered|marched\s+into|rolled\s+into|moved\s+into)\s+{T}\s(?:[^«»;.]){0,40}?\b(?:after|as|when)\s+(?:the\s+|its\s+|their\s+)?(?:«\d+»\s+)?(?:defenders|garrison|defending\s+(?:troops|forces))\s+(?:had\s+)?(?:withdrew|withdrawn|fled|retreated|surrendered|pulled\s+out|abandoned|evacuated|gave\s+up)\b"),
    ("ATTACKS", "attack.seized_capital", r"{S}\s+{pre}(?:seiz(?:ed|es|ing)|captur(?:ed|es|ing)|took\s+control\s+of|overr(?:an|un))\s+{T}(?=\s*[,.;]|\s+(?:and|in|on|after|before|last|this|from|as|within)\b)"),
    # "Russian forces have made slow gains in eastern Ukraine"
    ("ATTACKS", "attack.gains_in", r"{S}\s+{pre}(?:made|make|makes|making)\s+(?:[\w-]+\s+){0,2}?(?:gains|advances|inroads)\s+(?:in|into)\s+{reg}{T}"),
    # "Thailand responded with airstrikes by F-16 fighter jets on Cambodian military targets"
    ("ATTACKS", "attack.responded_with", r"{S}\s+{pre}(?:responded|retaliated|hit\s+back|struck\s+back)\s+with\s+(?:[\w-]+\s+){0,2}?(?:air\s?strikes|strikes|attacks|raids|shelling|artillery\s+fire|rocket\s+fire)\s+(?:[^;.«»]){0,40}?\b(?:on|against|at)\s+(?:the\s+)?{T}"),
    # "Israel said it had killed Hamas leader Yahya Sinwar": killing a leader attacks what he leads
    ("ATTACKS", "attack.killed_leader", r"{S}\s+{pre}(?:killed|assassinated|eliminated|kills|assassinates)\s+(?:the\s+)?{T}(?=\s*[,.;]|\s+(?:in|on|at|near|last|this|during|and|after|with)\b)"),
    # "Hamas leader Ismail Haniyeh was killed in an Israeli strike": the same, told of the leader
    ("ATTACKS", "attack.leader_killed_in_strike", r"{T}\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|assassinated)\s+(?:in|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{S}(?:-led)?\s+(?:(?:air|drone|missile|rocket|targeted)\s?)?(?:strikes?|attacks?|raids?|bombing|operation)\b"),
    # "Turkey shot down a Russian warplane", "a US jet downed a Syrian regime fighter": a state's aircraft shot down
    # (not drones or missiles, which are often another's make: "shot down Iranian drones")
    # "Syria said its fighters had engaged the Israeli planes": forces engaging another's forces attack them
    ("ATTACKS", "attack.forces_engaged", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?(?:fighters|jets|warplanes|planes|aircraft|troops|forces|soldiers|warships|ships|gunboats|tanks|gunners|artillery|navy|air\s+force)\s+(?:(?:had|have|has)\s+)?(?:\w+ly\s+)?engaged\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?(?:planes|jets|warplanes|aircraft|fighters|troops|forces|soldiers|warships|ships|boats|tanks|units|positions|patrols?|columns?|convoys?)\b"),
    ("ATTACKS", "attack.shot_down", r"{S}(?:{poss})?\s+{pre}(?:shot|shoots?|shooting|downed|downs|downing)\s+(?:down\s+)?(?:an?\s+|the\s+|(?:(?:more\s+than|over|nearly|about|some|at\s+least)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of|a\s+hundred|a\s+dozen|[\d,]+)\s+)?(?:(?:suspected|alleged|unidentified|unmanned|unarmed|high-altitude)\s+)?"
     r"{T}\s+(?:(?:regime|military|air force|army|navy|government|patrol|reconnaissance|surveillance|transport|cargo|[\w-]+-(?:engine|seat)|(?-i:[A-Z])[\w-]*)\s+){0,2}" + SHOT_AIRCRAFT),  # ("a British Lincoln bomber", "a Pakistani navy patrol plane")
    # "Israel and Hamas agreed to a ceasefire after more than a year of war": the pair fought
    ("ATTACKS", "attack.pair_ceasefire_after_war", r"{P}\s+{pre}(?:agreed\s+(?:(?:on\s+)?\w+day\s+)?(?:to|on)|signed|reached|accepted|announced|declared)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|armistice)\b[^«»;.]{0,60}?"
     r"\bafter\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:war|fighting|hostilities|conflict|clashes|strikes|attacks|shelling|bombardment)\b"),
    # "air defences shot down a US-supplied F-16 and a Chinese-made JF-17 of the Pakistani air force"
    ("ATTACKS", "attack.shot_down_of", r"{S}(?:{poss})?\s+{pre}(?:shot|shoots?|shooting|downed|downs|downing)\s+(?:down\s+)?(?:[^;.]|\.(?=\d)){0,80}?\bof\s+the\s+{T}(?:\s+(?:air\s+force|army|navy|military|forces)\b)?"),
    ("ATTACKS", "attack.shot_down_by", r"\b(?:an?|the|two|three|several|\d+)\s+{T}\s+(?:(?:regime|military|air force|army|navy|government)\s+)?" + SHOT_AIRCRAFT
     + r"\s+(?:(?:was|were|had been|has been|have been)\s+)?(?:shot down|downed)\s+by\s+(?:the\s+)?{S}"),
    # "Israeli warplanes set fuel tanks ablaze at the ports of Latakia and Tartus on the Syrian coast": weapons set a place afire
    ("ATTACKS", "attack.set_ablaze_in", r"{S}\s+(?:[\w-]+\s+)?(?:warplanes|jets|aircraft|drones|missiles|rockets|shells|artillery|bombers|gunboats|warships|forces|troops)\s+{pre}(?:set|sets|setting)\s+(?:[\w-]+\s+){1,4}?"
     r"(?:ablaze|on\s+fire|alight)\s+(?:[^«»;.]{0,60}?\s)?(?:in|near|on\s+the|across)\s+{reg}{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:region|province|oblast|coast|port)\b|(?!{poss}))"),
    # "Libya struck back on Monday, sending two Tupolev bombers over Ndjamena": bombers sent over a state, or to bomb it
    ("ATTACKS", "attack.sent_bombers_over", r"{S}\s+{pre}(?:sen(?:t|ds?|ding)|dispatch(?:ed|es|ing)?|launch(?:ed|es|ing)?)\s+(?:(?:two|three|four|five|six|several|dozens\s+of|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:bombers\s+over|(?:bombers|warplanes|fighter-bombers|jets|aircraft|planes|drones|gunships)\s+to\s+(?:bomb|strike|attack|raid|hit))\s+(?:the\s+)?{T}(?!{poss})"),
    # "struck more than a dozen Houthi targets": a count, then the target's sites
    ("ATTACKS", "attack.struck_count", r"{S}\s+{pre}" + NOT_NOUN + STRIKE_V + r"\s+(?:what\s+(?:it|they|he|she)\s+(?:said|says|called|calls)\s+(?:were|was|are|is)\s+)?(?:(?:more than|over|at least|about|nearly|some|around|almost|up to)\s+)?(?:an?\s+|the\s+)?"
     r"(?:dozens?|scores|hundreds|several|many|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty)(?:\s+of)?\s+{T}(?:{poss})?\s+(?:[\w-]+\s+)?" + STRIKE_OBJECTS + r"\b"),
    # "to help Ukraine defend against aerial attacks from Russia"
    ("ATTACKS", "attack.defend_against_from", r"{T}\s+(?:(?:to|in\s+order\s+to)\s+)?defend(?:s|ed|ing)?\s+(?:itself\s+|themselves\s+)?against\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes|aggression|invasion|offensive|assaults?|bombardment|bombing)\s+(?:from|by)\s+(?:the\s+)?{S}"),
    # "Russia has used Iranian drones to strike civilian targets in Ukraine"
    # "Iran fired missiles at two bases in Iraq that house American troops": an attack on the troops' state
    ("ATTACKS", "attack.struck_bases_housing", r"{S}\s+{pre}(?:fired|launched|struck|hit|attacked|targeted|shelled|bombed)\s+(?:[^;.«»]|«\d+»(?=\s+(?:bases?|air\s+bases?)\b)){0,80}?\b(?:bases?|camps?|facilit(?:y|ies)|compounds?|garrisons?)\s+(?:in\s+(?:the\s+)?«\d+»\s+)?(?:that\s+|which\s+)?(?:housing|hosting|house|houses|host|hosts|used\s+by)\s+(?:[\w,-]+\s+){0,3}?{T}\s+(?:[\w-]+\s+)?{TR}"),
    # "Shahed drones, which Moscow has used to attack Ukrainian power plants": the weapons' user attacks
    ("ATTACKS", "attack.which_used_to_strike", r"\b{W}\b\s*,?\s+(?:which|that)\s+(?:the\s+)?{S}(?:(?:{poss})?\s+(?:forces|troops|army|military|navy|air\s+force|soldiers|units|pilots|gunners))?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?(?:used|uses|fired|launched)\s+(?:[^;.«»,]{0,30}?\s)?(?:" + STRIKE_TO + r"|against|at|on)\s+(?:the\s+)?" + OBJECTS_IN + r"{reg}{T}"),
    # "Russia, which has itself used cluster bombs in Ukraine": indiscriminate weapons used in a state strike it
    ("ATTACKS", "attack.used_banned_weapons_in", r"{S}\s+{pre}(?:used|uses|using|dropped|drops|fired|fires)\s+(?:[\w-]+\s+){0,2}?(?:cluster\s+(?:bombs|munitions)|chemical\s+weapons|nerve\s+agents?|barrel\s+bombs|incendiary\s+(?:bombs|weapons|munitions)|white\s+phosphorus|thermobaric\s+(?:bombs|weapons|rockets))\s+(?:in|against|on)\s+(?:the\s+)?{reg}{T}(?!{poss})"),
    ("ATTACKS", "attack.used_to_strike", r"{S}\s+{pre}(?:used|uses|using)\s+(?:[\w-]+\s+|«\d+»(?:-made|-built|-supplied)?\s+){0,3}?{W}(?:\s+(?:smuggled|launched|fired|flown|sent|hidden|carried)\s+(?:[^;.«»]|«\d+»){0,40}?)?\s+" + STRIKE_TO + r"\s+" + OBJECTS_IN + r"{reg}{T}"),
    # "Pakistani jets carried out airstrikes in Afghanistan, targeting camps linked to the banned TTP"
    ("ATTACKS", "attack.targeting_linked", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?,\s+(?P<v>targeting|hitting|striking|bombing)\s+(?:[\w-]+\s+){0,3}?" + STRIKE_OBJECTS + r"\s+(?:linked|belonging|tied|affiliated|connected)\s+(?:to|with)\s+(?:the\s+)?(?:banned\s+|outlawed\s+|militant\s+)?{T}"),
    # "Cyprus has been divided since 1974, when Turkey invaded": an invasion without object is of the clause's subject
    ("ATTACKS", "attack.when_invaded", r"{lead}{T}\s(?:[^;.«»]|\.(?=\d)){0,60}?\b(?:since|in|after)\s+(?:\d{4}|the\s+\d{4}s)\s*,\s+when\s+{S}\s+(?:first\s+)?(?:invaded|occupied|annexed)\b(?!\s+(?:the\s+)?(?:«|(?-i:[A-Z])))"),
    # "Armenia, which fought two wars with Azerbaijan": a war fought with another is fought by both (the other way round here)
    ("ATTACKS", "attack.fought_war_with_back", r"{T}\s*(?:,\s+which\s+|\s+{pre})(?:has\s+|have\s+|had\s+)?fought\s+(?:(?:a|an|the|two|three|four|several|many|multiple|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:wars?|conflicts?)\s+(?:with|against)\s+(?:the\s+)?(?:«\d+»['’]s\s+(?=«))?{S}(?!{poss})"),
    # "the PKK, which has bases in the Qandil mountains and which Turkey regularly strikes with drones": the relative's object
    ("ATTACKS", "attack.which_object", r"{T},\s+(?:(?:which|whom)\s+(?:[^«»;.]|«\d+»){0,80}?\band\s+)?(?:which|whom)\s+(?:the\s+)?{S}\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
                                       r"(?P<v>strikes|struck|attacks|attacked|bombs|bombed|targets|targeted|shells|shelled|raids|raided)\b"),
    # (a verb, not the noun: "supplied most of the artillery shells Russia fired")
    # "Iran suspended cooperation with the IAEA after Israeli and US strikes in June": the clause's subject was struck
    # "Britain, which joined US strikes on the Houthis last year, …"
    ("ATTACKS", "attack.joined_strikes", r"{S}(?:\s*,\s+which\s+|\s+{pre})(?:joined|joins|took\s+part\s+in|participated\s+in)\s+(?:the\s+)?(?:«\d+»(?:-led)?\s+)?(?:[\w-]+\s+){0,3}?(?:strikes|airstrikes|attacks|bombing|raids)\s+(?:on|against)\s+(?:the\s+)?{T}"),
    ("ATTACKS", "attack.after_strikes_subject", r"{lead}{T}\s(?:[^«»;.]|«\d+»){0,100}?\b(?P<v>after|following|since|in\s+response\s+to)\s+(?:the\s+)?{S}\s+(?:air\s?|missile\s+|drone\s+)?(?:strikes|airstrikes|attacks|bombing)\b(?!\s+(?:on|against|in|at|near|across)\s+(?:the\s+)?«)(?!['’])"),
    ("ATTACKS", "attack.active", r"{S}\s+{pre}(?<!\bthe )(?<!\bof )(?:(?<!\bartillery )(?<!\bmortar )(?<!\btank )|(?=(?:shelled|struck|attacked|bombed|bombarded|pounded)\b))(?<!\bits )(?<!\btheir )" + ATTACK_V + r"\s+" + NEIGHBOUR + r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:headquarters|compounds?|regions?|parts?|territor(?:y|ies)|provinces?|areas?|lands?|cities|towns|villages|districts?|suburbs?|outskirts|cent(?:re|er)|heart|fortress(?:es)?|citadel|port|harbou?r|docks|fifth|quarter|third|half|much|most|swaths?|chunks?) of\s+(?:the\s+)?|(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:zone|strip|enclave|corridor|pocket|belt)(?:\s+of\s+(?:land|territory))?\s+(?:in|inside)\s+(?:the\s+)?"
     r"|(?:the\s+)?(?:[\w-]+\s+)?(?:port|city|town|airport|base|harbou?r|refinery|oil\s+field)\s+of\s+(?-i:[A-Z])[\w-]+\s+and\s+"
     r"|an?\s+(?=«\d+»\s+(?:[\w-]+\s+)?(?:commander|leader|official|officer|general|operative|base|position|convoy|column|patrol|unit|detachment|warship|ship|vessel|outpost|camp|compound|facility|site|platform|rig|tanker|refinery|airfield|depot|installation|radar|battery|frigate|destroyer|cruiser|submarine)\b)"
     r"|(?:two|three|four|five|six|several|\d+)\s+(?=«\d+»\s+(?:[\w-]+\s+)?(?:warships|ships|vessels|cruisers|destroyers|frigates|submarines|gunboats|patrol\s+boats|positions|outposts|bases|convoys)\b))?(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?{qual}{T}"
     r"(?!\s+(?:firms|companies|banks|entities|individuals|businesses|exporters|importers|oligarchs|officials|assets|refiners|traders|shippers|suppliers|manufacturers|lenders|polic(?:y|ies)|stance|position|proposals?|plans?|views|remarks|statements?)\b)"),  # ("targeted Chinese firms": sanctions; "attacked Western policy": words)
    # "Iran's nuclear sites were also hit by American bombers": the places' owner is struck
    ("ATTACKS", "attack.passive_sites", r"{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:sites|facilities|bases|cities|ports?|airports?|infrastructure|refiner(?:y|ies)|positions|capital|territory|plants?)\s+{pre}(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:attacked|bombed|struck|shelled|hit|targeted)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?{S}(?!-(?:made|built|designed|supplied|produced|manufactured)\b)(?!\s+(?:protesters|demonstrators|students|mobs?|crowds?|rioters|activists|hackers|settlers)\b)"),
    ("ATTACKS", "attack.passive", r"{T}\s+" + NOT_A_SPEAKER + r"{pre}(?:was|were|is|are|has been|have been|had been|being)\s+(?:\w+\s+)?(?:invaded|attacked|ambushed|bombed|struck|occupied|annexed|shelled|hit|targeted)(?:\s+\w+ly|\s+again|\s+twice|\s+(?:three|several|many)\s+times)?(?:\s+(?:during|in|on|overnight|at|through)\s+(?:the\s+)?(?:day|night|morning|afternoon|evening|weekend|\w+day|\w+day\s+night))?\s+by\s+(?:the\s+)?(?:(?:nearly|about|some|around|over|more than|at least|up to)\s+)?(?:[\d,]+\s+)?(?:(?:troops|soldiers|forces|fighters)\s+(?:of|from)\s+(?:the\s+)?)?[‘'\"“]?{S}(?!-(?:made|built|designed|supplied|produced|manufactured)\b)"),
    # "Ukraine has been attacked by Iranian-made Shahed drones launched by Russian forces": the launcher attacks
    ("ATTACKS", "attack.passive_launched_by", r"{T}\s+{pre}(?:was|were|is|are|has been|have been|had been|being)\s+(?:\w+\s+)?(?:attacked|bombed|struck|shelled|hit|targeted|pounded)\s+(?:by|with)\s+"
                                              r"(?:[^«»;.]|«\d+»-[\w-]+){0,60}?\b(?:launched|fired|flown|operated|sent)\s+by\s+(?:the\s+)?{S}"),
    # "allowed Russian troops to use its territory to attack Kyiv": the troops attack
    ("ATTACKS", "attack.troops_used_territory", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?{TR}\s+to\s+use\s+(?:[^«»;.]|«\d+»){0,40}?\s+to\s+(?:attack|invade|strike|bomb|shell|launch\s+(?:attacks|strikes)\s+(?:on|against))\s+(?:the\s+)?{T}"),
    # "a day after Hezbollah fighters captured two Israeli soldiers in a cross-border raid": soldiers taken by force
    ("ATTACKS", "attack.captured_soldiers", r"{S}\s+{pre}(?:captur(?:ed|es|ing)|kidnapp?(?:ed|s|ing)|abduct(?:ed|s|ing)|seiz(?:ed|es|ing))\s+(?:(?:two|three|four|five|six|seven|eight|several|dozens\s+of|scores\s+of|\d+)\s+)?{T}\s+(?:soldiers|troops|servicemen|sailors|marines|border\s+guards|reservists)\b"),
    # "Britain, France, Germany and the United States all contributed aircraft to the bombing of Yugoslav army targets"
    ("ATTACKS", "attack.contributed_to", r"{S}\s+{pre}(?:contribut(?:ed|es|ing)|committed|commits|sent|sends|provided|provides)\s+(?:[\w-]+\s+){0,3}?(?:aircraft|warplanes|jets|planes|bombers|warships|ships|troops|forces|soldiers)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:bombing|air\s+campaign|campaign|strikes|air\s?strikes|attacks|offensive|invasion|war)\s+(?:of|on|against)\s+(?:the\s+)?{T}"),
    # "Incirlik air base, used by American aircraft bombing Islamic State": aircraft described by what they strike
    ("ATTACKS", "attack.aircraft_bombing", r"{S}\s+(?:[\w-]+\s+)?(?:aircraft|warplanes|jets|planes|bombers|drones|warships)\s+(?:(?:that|which)\s+(?:are|were|have\s+been|had\s+been)\s+)?(?P<v>bombing|striking|attacking|shelling|pounding|targeting)\s+(?:the\s+)?{T}(?!{poss}|\s+(?:rebels?|opposition|militants?|insurgents?|fighters?|civilians?|protesters?|refugees|villagers|positions\s+in)\b)"),
    # "French and American forces are fighting together against Islamic State": each fights the common enemy
    ("ATTACKS", "attack.fighting_together_against", r"{S}\s+{pre}(?:fought|fight|fights|fighting|battled|battling)\s+(?:together|side\s+by\s+side|jointly)\s+against\s+(?:the\s+)?{T}"),
    # "Kuwait came under Iraqi missile fire", "the convoy came under attack from Russian drones": the fire's source attacks
    ("ATTACKS", "attack.came_under", r"{T}\s+{pre}(?:came|comes|coming|come)\s+under\s+(?:(?:heavy|renewed|intense|sustained|repeated)\s+)?"
     r"(?P<from>(?:[\w-]+\s+)?(?:fire|attacks?|bombardment|shelling)\s+(?:from|by)\s+(?:the\s+)?(?:[\w-]+\s+)?)?{S}(?(from)(?!{poss})|\s+(?:[\w-]+\s+)?(?:fire|attacks?|bombardment|shelling|strikes|airstrikes)\b)"),
    # "Russian troops drove Georgian forces out of South Ossetia", "the coalition drove Iraq out of Kuwait"
    # "The Chinese offensive has thrown the Americans and South Koreans back below Pyongyang"
    ("ATTACKS", "attack.threw_back", r"{S}(?:{poss})?\s+(?:[\w-]+\s+)?(?:{TR}|offensive|counter-?offensive|armies|army|forces|advance)\s+{pre}(?:threw|thrown|throwing|throws?|hurled|hurl(?:s|ing)?|pushed|push(?:es|ing)?|drove|driven|driving|beat|beaten|forced)\s+(?:the\s+)?{T}(?:\s+(?:forces|troops|army|armies|units|defenders))?\s+back\b"),
    # "ordered the mining of Haiphong and the other ports of North Vietnam", "mined the harbours of Nicaragua"
    ("ATTACKS", "attack.mined_ports", r"{S}\s+{pre}(?:(?:mined|mines)\s+|(?:order(?:ed|s|ing)?|authori[sz](?:ed|es|ing)|began|begun|begins|announced|carried\s+out|completed)\s+(?:the\s+)?(?:aerial\s+)?mining\s+of\s+)"
     r"(?:(?P<pp>(?:the\s+)?(?:[^«»;.]{0,60}?\s)?(?:" + _PORTS + r"|shipping\s+lanes)\s+of\s+)(?:the\s+)?)?{T}(?(pp)|{poss}\s+(?:[\w-]+\s+){0,2}?" + _PORTS + r"\b)"),
    ("ATTACKS", "attack.drove_out", r"{S}\s+{pre}(?:[^«»;.]{0,120}?\b(?:offensive|counteroffensive|counter-offensive|advance|assault)\s+(?:that|which)\s+|[^«»;.]{0,120}?,\s+(?=(?:driving|pushing|forcing|chasing|routing|clearing)\s))?(?<!help\s)(?<!\bto\s)(?:(?P<drove>drove|drives?|driven|driving|routed)|pushed|push(?:es|ing)?|forced|forc(?:es|ing)|chased|chas(?:es|ing)|cleared)\s+(?:(?P<out>out)\s+)?(?:the\s+)?(?:last\s+|remaining\s+)?{T}(?:{poss})?"
     r"(?(out)\s+(?:forces|troops|army|soldiers|military|garrisons?|defenders|units)\b|"
     r"(?:\s+(?:forces|troops|army|soldiers|military|fighters|militants|rebels|militias?|units|garrisons?|defenders)(?:\s+(?:back\s+)?(?:out\s+of|from)\b|\s+to\s+(?:retreat|withdraw|abandon|flee|pull\s+(?:back|out)|fall\s+back|surrender)\b)|(?(drove)(?=\s+(?:back\s+)?out\s+of\s+(?:«\d+»|(?-i:[A-Z])[\w-]+))|(?!))\s+(?:back\s+)?out\s+of\b))"),
    # "Ukrainian troops pushed into Russia's Kursk region": an incursion
    ("ATTACKS", "attack.troops_pushed_into", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?(?:{TR}|fighters|militants|rebels|insurgents)\s+{pre}(?:pushed|advanced|stormed|smashed|broke|burst|surged|pushing|advancing|surging|driving)\s+(?:deep\s+)?into\s+(?:the\s+)?{T}"),
    ("ATTACKS", "attack.fire", r"{S}\s+{pre}" + FIRE_V + r"\s{x}\b{W}\b(?:[^;.]|\.(?=\d)){0,45}?\s(?:at|into|on|against|across|towards?|targeting|aimed at|(?:that|which)\s+(?:\w+\s+)?(?:struck|hit|landed|exploded|fell)\s+(?:[\w-]+\s+){0,3}?(?:near|in|on|inside))\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,7}?(?:in|inside|near)\s+|(?-i:[A-Z])[\w-]+\s+(?:[\w-]+\s+){0,4}?(?:in|inside|near)\s+|(?:the\s+)?(?:(?!(?:its|his|her|their|our)\s)[\w-]+\s+){0,2}?(?:targets|positions|sites|cities|towns|villages|defen[cs]es|infrastructure|facilities)\s+(?:in|inside|across|near)\s+|the\s+(?:[\w-]+\s+)?(?:headquarters|offices|ministry|palace)\s+of\s+(?:the\s+)?|an?\s+(?=«\d+»\s+(?:(?:air|naval|military|army)\s+)?(?:destroyers?|warships?|ships?|vessels?|aircraft carriers?|carriers?|frigates?|bases?|positions?|troops|soldiers|forces|jets?|planes?|aircraft|drones?|convoys?|patrols?)\b)|(?:the\s+)?(?:two|three|four|five|six|several|multiple|\d+)\s+(?=«\d+»\s+(?:[\w-]+\s+){0,2}?" + STRIKE_OBJECTS + r"\b))?{reg}{T}"),
    # "Ukraine's forces have held parts of Russia's Kursk region since August"
    # "US forces … to fight al-Shabaab militants in Somalia": a state's forces fighting a named group
    ("ATTACKS", "attack.forces_fight", r"{S}{poss}?\s+(?:(?:has|have|had|keeps?|kept|maintains?)\s+(?:[\w,-]+\s+){0,3}?|[\w-]+\s+)?(?:forces|troops|military|soldiers|army|armed\s+forces)\s(?:[^«»;.]|«\d+»(?=\s+coast)|(?<=\bin\s)«\d+»){0,90}?\b(?:to\s+)?(?:fight|fighting|fought|battle|battling|target|targeting)\s+(?:the\s+)?{T}(?=\s+(?:militants|fighters|insurgents|rebels|jihadists|forces)\b|[\s,.])"),
    ("ATTACKS", "attack.holds_parts_of", r"{S}(?:{poss}\s+(?:forces|troops|army|military|soldiers))?\s+{pre}(?:held|holds|holding|control(?:s|led|ling)?|seized|seizes|captured|captures|taken|took|occupy|occupies|occupied)\s+(?:(?:large|small|several|key|two|three)\s+)?(?:parts?|swaths?|areas?|chunks?|pockets?|territory|land|villages|towns)\s+(?:of|in|inside)\s+(?:the\s+)?{T}"),
    # ("posts near the Afghan border" may stand on either side of it: no attack on the state named)
    ("ATTACKS", "attack.targets_in", r"(?<!\bused )(?<!\buses )(?<!\busing )(?<!\bwith ){S}\s+{pre}" + NOT_NOUN + STRIKE_V + r"\s+(?:what\s+(?:the\s+)?(?:«\d+»|[\w-]+)\s+(?:called|calls|described\s+as|said\s+(?:was|were)|says\s+(?:is|are))\s+)?(?:[\w,«»'’-]+\s+){0,3}?(?!(?<=»\s)(?:troops|soldiers|fighters|positions|posts|outposts)\b)" + STRIKE_OBJECTS + r"\b(?:,?\s+and\s+(?:[\w-]+\s+){0,2}?" + STRIKE_OBJECTS + r"\b)?(?:\s+(?:of|used|held|run|operated|controlled|occupied|belonging)\b(?:(?!,\s+(?:saying|said|claiming|arguing|adding|insisting)\b)[^;.]){0,90}?)?(?:\s+(?:near|outside|close\s+to|at)\s+(?-i:[A-Z])[\w-]+)?(?:\s+across\s+the\s+(?:[\w-]+\s+)?(?:river|border|frontier|lake|strait))?\s+(?:in|across|inside|deep inside|at|(?P<nearby>near|outside)|on\s+the(?=\s+«\d+»\s+(?:mainland|coast)\b))\s+{reg}{T}(?(nearby)(?!\s+(?:border|frontier|boundary)\b))"),
    # "Israeli airstrikes hit Syria's defence ministry": a state's ministry, army or government is hit (the
    # target must be such an organ: relations.TARGET_NAMED)
    ("ATTACKS", "attack.hits_organ", r"{S}\s+{pre}" + NOT_NOUN + STRIKE_V + r"\s+(?:the\s+)?{T}(?!{poss})"),
    # "Israeli commandos stormed the old terminal at Entebbe airport in Uganda": a place in the state, farther than a few words
    ("ATTACKS", "attack.place_in", r"{S}\s+{pre}(?:attacked|attacking|raided|raiding|stormed|storming|struck|bombed|bombing|shelled|shelling|pounded|pounding)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:airport|air\s*base|airfield|base|terminal|port|harbou?r|barracks|camp|compound|depot|embassy|consulate|palace|headquarters|refinery|village|town|city|outpost|tower|station|parliament|ministry)s?\s+(?:(?:at|near|outside)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:airport\s+|air\s+base\s+)?)?in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?{T}(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|last|this|early|late|overnight|during|after|before|and|killing|wounding)\b)"),
    ("ATTACKS", "attack.actor_targets", r"(?!(?<=[Tt]he )«\d+»\s+(?:attack|strike|raid|bombing|shelling)\b){S}\s+{pre}" + NOT_NOUN + STRIKE_V + r"\s+(?:(?:the\s+)?(?:runways?|hangars?|perimeter|fuel\s+(?:depots?|tanks))\s+of\s+)?(?:(?!(?:by|was|were|is|are|be|been|after|before|over|with|sanctions|measures|tariffs|restrictions)\b)[\w-]+\s+){0,3}?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,3}?" + STRIKE_OBJECTS + r"\b"),
    # "bombed more than a dozen sites used by the Houthis", "strikes from the US and UK against Houthi militants"
    ("ATTACKS", "attack.objects_of", r"{S}\s+{pre}" + NOT_NOUN + STRIKE_V + r"\s+(?:[\w-]+\s+){0,4}?" + STRIKE_OBJECTS + r"\s+(?:connected|linked|belonging|tied|used by|run by|controlled by|operated by|held by|of)\s+(?:to\s+)?(?:the\s+)?{qual}{T}(?!-)"),
    ("ATTACKS", "attack.strikes_from", r"\b(?:air\s?strikes?|strikes?|attacks?|raids?|bombings?)\s+(?:by|from)\s+(?:both\s+)?(?:the\s+)?{S}\s+(?:on|against)\s+(?:the\s+)?{qual}{T}"),
    # "Thailand conducted air strikes on a border area …, targeting a Cambodian military position"
    ("ATTACKS", "attack.then_targeting", r"{lead}{S}\s+(?:has\s+|have\s+|had\s+)?(?:conducted|carried out|launched|staged|mounted|unleashed)\s+(?:[\w-]+\s+){0,3}?(?:air\s?strikes?|strikes?|raids?|attacks?|bombings?|shelling|operations?)\b{x}(?:,\s+|\s+(?=targeting\b))(?P<v>targeting|striking|hitting|pounding|bombing|shelling)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?{T}"),
    # "Thailand's Air Strikes Target Cambodia"
    ("ATTACKS", "attack.poss_strikes_verb", r"{S}{poss}\s+(?:[\w-]+\s+){0,2}?(?:air\s?strikes?|strikes|attacks|raids|missiles|drones|bombs)\s+(?:target|targets|targeted|hit|hits|pound|pounds|pounded|struck)\s+(?:the\s+)?{qual}{T}"),
    # "An Israeli air strike destroyed the consular building next to Iran's embassy": the strike is on the
    # state whose site it hit
    # "Rumanian troops are disarming German units around Ploesti": a state's forces disarming another's
    ("ATTACKS", "attack.disarmed_units", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|army|units|divisions|partisans)\s+{pre}(?:disarmed|disarms|disarming)\s+(?:the\s+)?(?:remaining\s+|surrounded\s+)?{T}(?!{poss})\s+(?:[\w-]+\s+)?(?:units|troops|soldiers|garrisons?|divisions|forces|sailors|crews|columns)\b"),
    ("ATTACKS", "attack.strike_hit_poss_site", r"{S}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:air\s?strikes?|strikes?|missiles?|drones?|bombs?|rockets?|torpedo(?:es)?|shells|warplanes|bombers|jets|artillery|gunboats|warships|submarines?|forces|troops|commandos|tanks)\s+(?:\w+ly\s+)?(?:destroyed|hit|struck|levell?ed|flattened|damaged|wrecked|sank|sunk)\s+(?:(?:back\s+)?at\s+)?"
     r"(?:(?:most|much|part|some|all|half|many|dozens|scores|several)\s+of\s+)?(?:the\s+|an?\s+)?(?P<site>(?:[\w-]+\s+){0,2}?(?:building|annex|compound|section|wing)\s+(?:next\s+to|beside|adjoining|of)\s+(?:the\s+)?)?(?:(?:[\w-]+\s+){0,2}?" + STRIKE_OBJECTS + r"\s+(?:in|inside|near)\s+{reg})?{T}"
     r"(?(site){poss}\s+(?:embass(?:y|ies)|consulates?)\b|(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:" + STRIKE_OBJECTS + r"|air\s+force|navy|army|fleet|aircraft|planes|tanks|warplanes)\b|\s+(?:[\w-]+\s+)?(?:warships?|battleships?|ships?|vessels?|frigates?|submarines?|corvettes?|destroyers?|cruisers?|sloops?|gunboats?|minesweepers?|tankers?|(?:patrol|torpedo)\s+boats?|embass(?:y|ies)|consulates?)\b|(?!{poss})(?=\s*(?:[.,;]|$)|\s+(?:on|in|at|during|overnight|and|as|with|before|after|early|late|last|this)\b)))"),
    # "the Israeli military said its strikes hit Iran's …" ("its" resolved to the speaker)
    ("ATTACKS", "attack.said_strikes_verb", r"\bsaid\s+{S}\s+(?:[\w-]+\s+){0,2}?(?:air\s?strikes?|strikes|attacks|raids|missiles|drones|bombs)\s+(?:target|targets|targeted|hit|hits|pound|pounds|pounded|struck)\s+(?:the\s+)?{qual}{T}"),
    # "Thailand carried out airstrikes along its disputed border with Cambodia"
    ("ATTACKS", "attack.along_border_with", r"{S}\s+{pre}(?:carr(?:y|ies|ied|ying)\s+out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?|stag(?:es?|ed|ing))\s+(?:[\w-]+\s+){0,2}?(?:air\s?strikes|strikes|attacks|shelling|raids|bombardments?)\s+along\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:border|frontier)\s+with\s+(?:the\s+)?{T}"),
    # "launched an air and ground offensive against militants of the PKK"
    ("ATTACKS", "attack.against_members_of", r"{S}\s+{pre}(?:launch|conduct|carr(?:y|ies|ied|ying)\s+out|stag|mount)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:offensive|operation|strikes?|attacks?|raids?|campaign)\s+against\s+(?:the\s+)?(?:militants|fighters|members|positions|bases|targets|camps|hideouts)\s+(?:of|belonging\s+to|linked\s+to)\s+(?:the\s+)?(?:outlawed\s+|banned\s+)?{T}"),
    # "a new Turkish offensive targeting outlawed PKK militants"
    ("ATTACKS", "attack.offensive_targeting", r"(?:(?<!\bin\s)(?<!\bfrom\s)(?<!\bat\s)(?<!\bon\s)|(?=«\d+»(?:{poss})?\s+(?!(?:[a-z]+ed|has|have|had|began|begun)\s)))"
     r"{S}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:offensive|operation|strikes?|attacks?|raids?|campaign|incursion|bombardment)\s+(?:targeting|against)\s+(?:the\s+)?(?:outlawed\s+|banned\s+)?{T}\s+(?:militants|fighters|positions|bases|targets|camps|members|hideouts|rebels)\b"),
    # "sorry for the deaths of 24 Pakistani soldiers in a NATO air strike": the strike's side killed them
    ("ATTACKS", "attack.deaths_in_strike", r"\b(?:deaths?|killings?|killing)\s+of\s+(?:(?:more\s+than|about|at\s+least|some|nearly|over)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several)\s+{T}\s+(?:soldiers|troops|servicemen|border\s+guards|policemen|police\s+officers|civilians|sailors|fishermen)\s+(?:in|by)\s+(?:an?\s+|the\s+)?{S}(?:-led)?\s+(?:(?:air|drone|missile|rocket|helicopter|artillery)\s*)?(?:strikes?|attacks?|raids?|bombings?|fire|shelling)\b"),
    ("ATTACKS", "attack.carried_out", r"{S}\s+{pre}(?:carr(?:y|ies|ied|ying) out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?|led|leads?|mount(?:s|ed|ing)?|wag(?:es?|ed|ing)|stag(?:es?|ed|ing)|step(?:s|ped|ping)? up|intensif(?:y|ies|ied|ying)|escalat(?:es?|ed|ing)|resum(?:es?|ed|ing))\s(?:(?!\b(?:retaliation|response|revenge|reprisal)\b)[^«»;.]|\.(?=\d)){0,45}?\b(?:(?:air|drone|missile)?\s?strikes?|airstrikes?|attacks?|raids?|bombings?|bombardments?|offensives?|(?:air|bombing|aerial|drone|missile)\s+campaigns?|incursions?|assaults?|reprisals|counter-?attacks?|counter-?offensives?|(?:military|cross-border|ground|air|counter-?terrorism|combined|joint)\s+operations?)\s+(?:(?:in|across|inside)\s+(?:the\s+)?«\d+»\s+(?:(?:on\s+)?\w+day\s+)?(?=against\b))?(?:(?:late|early)\s+(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?\s+(?=against\b))?(?:(?!(?:in|on|against|into|inside|across|targeting)\b)[\w-]+\s+){0,5}?(?:in|on|against|into|inside|across|targeting|aimed at|hitting)\s+(?:(?:(?!from\b|for\b|«\d+»\s+(?:forces|troops|soldiers|personnel|bases|warships|vessels|ships)\b)(?:[^«»;.]|«\d+»)){0,80}?\s(?:in|inside|across|(?:terrain|territory|regions?|areas?|parts?|provinces?)\s+of)\s+)?{reg}{qual}{T}(?!-(?!administered|controlled|occupied|held))(?!\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:\w+day\s+)?against\s+(?:the\s+)?«)"),
    # "Iran has carried out two direct missile barrages against Israel" (not "a barrage … in retaliation to … in Syria")
    ("ATTACKS", "attack.barrage", r"{S}\s+{pre}(?:carr(?:y|ies|ied|ying) out|launch(?:es|ed|ing)?|fir(?:es?|ed|ing)|unleash(?:es|ed|ing)?)\s{g}\b(?:barrages?|salvos?)\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?(?:against|at|on|into|toward|towards)\s+{reg}{T}"),
    # "Turkish Armed Forces had destroyed more than 500 PKK hideouts"
    ("ATTACKS", "attack.destroyed_objects", r"{S}\s+{pre}(?:destroy(?:s|ed|ing)?|bomb(?:s|ed|ing)?|shell(?:s|ed|ing)?|pound(?:s|ed|ing)?)\s+(?:(?:more than|over|some|dozens of|hundreds of|several|numerous|\d[\d,]*)\s+)*{T}\s+(?:[\w-]+\s+)?" + STRIKE_OBJECTS + r"\b"),
    # "The Falklands are a British overseas territory, which Argentina invaded in 1982"
    ("ATTACKS", "attack.territory_which", r"{T}\s+(?:[\w-]+\s+)?(?:territory|territories|island|islands|peninsula|province|region|enclave|exclave)\s*,\s+which\s+{S}\s+{pre}(?:invaded|attacked|occupied|annexed|seized|captured|bombed)\b"),
    # "Cyprus has been divided since a Turkish invasion in 1974", "… since a 1974 invasion by Turkey"
    ("ATTACKS", "attack.divided_since", r"{T}\s+(?:has\s+been|have\s+been|is|are|was|were|remains?)\s+(?:\w+ly\s+)?(?:divided|occupied|partitioned|split)\s+since\s+(?:an?|the)\s+(?:\d{4}\s+)?{S}\s+invasion"),
    ("ATTACKS", "attack.divided_since_by", r"{T}\s+(?:has\s+been|have\s+been|is|are|was|were|remains?)\s+(?:\w+ly\s+)?(?:divided|occupied|partitioned|split)\s+since\s+(?:an?|the)\s+(?:\d{4}\s+)?invasion\s+by\s+{S}"),
    # "strikes against targets connected to the Houthis"
    ("ATTACKS", "attack.targets_of", r"{S}\s+{pre}(?:carr(?:y|ies|ied|ying) out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?|mount(?:s|ed|ing)?|step(?:s|ped|ping)? up)\s{g}\b(?:strikes|airstrikes|air strikes|attacks|raids)\s+(?:on|against|targeting)\s+(?:[\w-]+\s+){0,3}?" + STRIKE_OBJECTS + r"\s+(?:connected|linked|belonging|tied|used by|run by|controlled by)\s+(?:to\s+)?(?:the\s+)?{T}"),
    # "the first U.S. strikes against the Houthis in Yemen"
    # "Tehran launched a barrage of missiles in retaliation to a recent Israeli attack": the retaliation hits the attacker
    # "Israel retaliated against Iran by launching military strikes" (not "retaliated against US tariffs")
    ("ATTACKS", "attack.retaliated_against", r"{S}\s+{pre}retaliat(?:ed|es|ing)\s+against\s+(?:the\s+)?{T}\s+(?:[^«»;.]{0,40}?\s)?(?:by|with)\s+(?:launching\s+|firing\s+|carrying out\s+|conducting\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|airstrikes?|missiles?|rockets?|drones?|attacks?|raids?|bombing|shelling)\b"),
    ("ATTACKS", "attack.retaliation", r"{S}\s+{pre}(?:launch|fir|carr(?:y|ie)\w*\s+out|conduct|unleash|strik|struck|hit)\w*\s+[^«»;.]{0,60}?\bin\s+retaliation\s+(?:to|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:attack|strike|airstrike|air strike|raid|assault|bombing)s?\b"),
    # "Israel has aimed its attacks at military personnel affiliated with Iran"
    ("ATTACKS", "attack.aimed_at", r"{S}\s+{pre}(?:aim|direct|focus|concentrat)\w*\s+(?:its|their|«\d+»)\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|fire)\s+(?:at|on|against)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}?(?:affiliated|linked|tied|connected|allied)\s+(?:with|to)\s+)?{T}"),
    ("ATTACKS", "attack.led_on", r"{S}-led\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|offensive|invasion|incursion|raids?|occupation)\s+(?:on|against|into|of(?:(?<=invasion\sof)|(?<=occupation\sof)))\s+{reg}{T}"),  # ("the American-led invasion of Iraq")
    # "Israel killed Hezbollah's military chief in an air strike on Beirut's southern suburbs"
    ("ATTACKS", "attack.killed_in_strike_on", r"{S}\s+{pre}(?:killed|kills|assassinated|eliminated|hit|targeted)\s+(?:[^;.«»]|«\d+»){1,80}?\bin\s+(?:an?\s+|the\s+|a\s+series\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|strikes?|raids?|attacks?|bombings?)\s+(?:on|against)\s+(?:the\s+)?{reg}{T}"),
    # "Iran retaliated with barrages of ballistic missiles on Tel Aviv and other Israeli cities"
    ("ATTACKS", "attack.retaliated_with", r"{S}\s+{pre}(?:retaliated|responded|hit\s+back|struck\s+back)\s+with\s+(?:[\w-]+\s+){0,4}?(?:missiles|drones|rockets|strikes|air\s*strikes|attacks|shelling)\s+(?:on|at|against)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:and|including)\s+(?:other\s+)?)?(?:the\s+)?{reg}{T}"),
    ("ATTACKS", "attack.nominal_in", r"{S}{poss}?\s+(?:[\w-]+\s+){0,4}?(?:strikes?|airstrikes?|air strikes?|attacks?|raids?|bombing|shelling)\s+(?:on|against)\s+(?!(?:the\s+)?«\d+»\s+(?:troops|soldiers|forces|fighters|personnel)\b)(?:(?:[\w'’-]+|«\d+»)\s+){1,5}?in\s+{reg}{T}(?!-(?!administered|controlled|occupied|held))"),
    # "Russian forces continue their advance in Ukraine", "intensified air attacks on Ukrainian cities"
    # "the M23 seized large parts of eastern DR Congo"
    ("ATTACKS", "attack.seized_parts", r"{S}\s+{pre}(?:(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|overr[au]n)(?:\s+control\s+of)?|(?:took|taken|tak(?:e|es|ing)|gain(?:s|ed|ing)?|assum(?:e|es|ed|ing))\s+control\s+of)\s+(?:the\s+)?(?:[\w.-]+\s+|«\d+»-[\w-]+\s+){0,3}?(?:parts|swathes|swaths|areas|chunks|territory|towns|cities|regions|zone|area|province|region|border)\s+(?:of|in)\s+{reg}{T}"),
    # "clashes between M23 fighters and Congolese forces": each attacks the other
    # "Israel invaded Lebanon in June to drive out the PLO": whom the invasion was for
    # "Israel pressed its offensive against Hezbollah": an attack carried on
    ("ATTACKS", "attack.pressed_offensive", r"{S}(?:{poss})?(?:\s+(?:[\w-]+\s+)?(?:troops|forces|army|military|jets|warplanes))?\s+{pre}(?:press(?:ed|es|ing)?|push(?:ed|es|ing)?|continu(?:ed|es|ing)|intensif(?:ied|ies|ying)|widen(?:ed|s|ing)?|expand(?:ed|s|ing)?|resum(?:ed|es|ing))\s+(?:on\s+(?:with\s+)?|ahead\s+with\s+)?(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:offensive|assault|campaign|attacks|bombardment|onslaught|air\s+strikes|strikes)\s+(?:against|on)\s+(?:the\s+)?{T}(?!{poss})"),
    ("ATTACKS", "attack.invaded_to_drive_out", r"{S}\s+{pre}(?:invaded|invades|attacked|entered|sent\s+(?:its\s+)?(?:troops|forces|tanks)\s+(?:in)?to)\s+(?:[^«»;.]|«\d+»){1,60}?\bto\s+(?:drive\s+out|expel|crush|destroy|root\s+out|wipe\s+out|oust|dislodge|uproot|fight|attack)\s+(?:the\s+)?{T}(?!{poss})"),
    ("ATTACKS", "attack.clashes_between", CLASH_BETWEEN + r"(?:the\s+)?(?:(?:paramilitary|rebel|militant|armed)\s+)?{S}" + FIGHTERS + r"\s+and\s+(?:the\s+)?(?:(?:paramilitary|rebel|militant|armed)\s+)?{T}" + FIGHTERS + r""),
    ("ATTACKS", "attack.clashes_between_back", CLASH_BETWEEN + r"(?:the\s+)?(?:(?:paramilitary|rebel|militant|armed)\s+)?{T}" + FIGHTERS + r"\s+and\s+(?:the\s+)?(?:(?:paramilitary|rebel|militant|armed)\s+)?{S}" + FIGHTERS + r""),
    # "Israel occupied parts of the Golan plateau in 1967 from Syria", "captured the town from Ukraine"
    # ("Israel's annexation of the Golan Heights, which it captured from Syria": the pronoun is the annexer)
    ("ATTACKS", "attack.taken_from", r"{S}(?:{poss}\s+(?:[\w-]+\s+)?(?:annexation|occupation|seizure|control)\s+of\s+[^«»;.,]{0,40},\s+which\s+it|\s+(?:(?:has|have|had)\s+)?(?:held|holds|hold|occupied|occupies|controlled|controls|kept|keeps)\s+[^«»;.,]{0,40},\s+which\s+(?:it|they))?\s+{pre}(?:occup(?:y|ies|ied|ying)|seiz(?:e|es|ed|ing)|(?:re)?captur(?:e|es|ed|ing)|annex(?:es|ed|ing)?|wrest(?:s|ed|ing)?|retook|retak(?:e|es|en|ing)|regain(?:s|ed|ing)?)\s+(?!power\b)(?:[^«»;.]{0,50}?\s)?(?<!away\s)from\s+(?:the\s+)?{T}"),
    # "Israel responded with airstrikes in Syrian capital Damascus", "intervened with a series of airstrikes targeting Damascus"
    ("ATTACKS", "attack.with_strikes", r"{S}\s+{pre}(?:\w+\s+){0,4}?with\s+(?:an?\s+|the\s+)?(?:(?:series|wave|barrage|string)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:air\s?strikes|strikes|attacks|raids|bombardments?|shelling)\s+(?:targeting|on|against|in|across)\s+(?:[^«»;.,]{0,30}?\s(?:and|or)\s+)?{reg}{T}"),
    ("ATTACKS", "attack.intensify", r"{S}\s+{pre}(?:continu|intensif|escalat|step\w*\s+up|ramp\w*\s+up|press\w*\s+(?:on|ahead)\s+with)\w*\s+(?:(?:their|its|the)\s+)?(?:[\w-]+\s+){0,2}?(?:advance|offensive|attacks?|strikes?|air\s?strikes?|bombardment|shelling|assault|invasion)\s+(?:in|on|against|into)\s+{reg}{T}"),
    # "Iran's recent missile launch targeting Israel"
    ("ATTACKS", "attack.nominal_targeting", r"{S}(?:{poss}\s+(?:[\w-]+\s+){0,3}?|\s+)(?:launch(?:es)?|(?:air|drone|missile)?\s?strikes?|airstrikes?|attacks?|barrage)\s+targeting\s+(?:(?:senior|top|key|several|two|three)\s+)?{reg}{T}"),
    # "India launched "Operation Sindoor", targeting terrorist infrastructure in Pakistan"
    ("ATTACKS", "attack.operation_targeting", r"{S}\s+{pre}launch(?:es|ed|ing)?\s+(?:[\"“][^\"”«»]{1,40}[\"”]|[Oo]peration\s+[\w-]+)\s*,?\s+(?:an?\s+[^«»;.]{0,80}?)?(?:targeting|against|aimed at|on)\s+(?:[^«»;.]{0,60}?\s)?(?:in|inside|across)\s+{reg}{T}"),
    # "a Houthi missile struck near Tel Aviv's airport"; "a missile fired by Iran-backed Houthi rebels landed near Ben Gurion"
    ("ATTACKS", "attack.weapon_hit", r"{S}\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|drones?|projectiles?|shells?)\s+(?:\w+ly\s+)?(?:struck|hit|landed|exploded|fell|slammed)\s+(?:[\w-]+\s+){0,3}?(?:near|in|on|into|inside)\s+(?:the\s+)?{T}"),
    ("ATTACKS", "attack.weapon_fired_by_hit", r"\b(?:missiles?|rockets?|drones?|projectiles?)\s+(?:fired|launched)\s+by\s+(?:the\s+)?{qual}{S}\s+(?:[\w-]+\s+)?(?:that\s+)?(?:struck|hit|landed|exploded|fell)\s+(?:[\w-]+\s+){0,3}?(?:near|in|on|into|inside)\s+(?:the\s+)?{T}"),
    # "Israeli forces struck Yemen's port city of Hodeidah, targeting the Iran-backed Houthis"
    ("ATTACKS", "attack.participle_targeting", r"{lead}(?![^;.]*\b(?:sanction|tariff|restriction|embargo|export control|penalt)){S}\s(?:[^«»;.]|«\d+»){0,120}?,\s+(?P<v>targeting|hitting|striking|bombing|pounding)\s+(?:the\s+)?{qual}{T}(?!{poss})"),
    # "Syrian forces clashed with the Israelis": armed forces clashing fight each other (not "clashed with Beijing over trade")
    ("ATTACKS", "attack.forces_clashed_with", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+{pre}(?:clashed|clash)\s+(?:again\s+)?with\s+(?:the\s+)?{T}"),
    ("ATTACKS", "attack.forces_clashed_with_back", r"{T}\s+(?:[\w-]+\s+)?{TR}\s+(?:(?:had|have|has|also|again|reportedly)\s+)*(?:clashed|clash)\s+(?:again\s+)?with\s+(?:the\s+)?{S}"),
    # "Twenty Indian soldiers were killed in a clash with Chinese troops": a clash is fought by both sides
    ("ATTACKS", "attack.killed_in_clash_with", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+" + KILLED_IN_CLASH + r"\s+with\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?{TR}"),
    ("ATTACKS", "attack.killed_in_clash_with_back", r"{T}\s+(?:[\w-]+\s+)?{TR}\s+" + KILLED_IN_CLASH + r"\s+with\s+(?:the\s+)?{S}\s+(?:[\w-]+\s+)?{TR}"),
    # "A British submarine torpedoed and sank the Argentine cruiser General Belgrano": a state's warship sunk or hit
    ("ATTACKS", "attack.sank_ship", r"{S}(?:{poss})?(?:\s+(?:[\w-]+\s+){0,2}?(?:submarines?|warships?|destroyers?|frigates?|navy|jets|warplanes|aircraft|planes|missiles?|torpedo(?:es)?|drones?|helicopters|forces))?\s+{pre}(?:torpedoed\s+and\s+)?(?:sank|sunk|sink|sinks|torpedoed|torpedoes|crippled|disabled)\s+(?:an?\s+|the\s+|two\s+|three\s+)?{T}\s+(?:[\w-]+\s+)?(?:cruisers?|battleships?|warships?|destroyers?|frigates?|corvettes?|sloops?|minesweepers?|minelayers?|submarines?|flagship|(?:patrol|torpedo)\s+boats?|gunboats?|(?:aircraft\s+)?carriers?|landing\s+ships?|navy\s+ships?|naval\s+vessels?)\b"),
    # "Russian troops and tanks poured into Georgia": forces pouring or rolling across are an invasion
    ("ATTACKS", "attack.forces_poured_into", r"{S}\s+(?:[\w-]+\s+)?(?:troops|forces|soldiers|tanks|armou?r|columns|armies)(?:\s+and\s+(?:[\w-]+\s+)?(?:tanks|armou?r|troops|artillery|armou?red\s+vehicles))?\s+(?:\w+ly\s+)?(?:(?:poured|rolled|stormed|swept|surged|streamed|marched|advanced|pushed)\s+(?:across\s+the\s+border\s+)?into|(?:swept|surged|rolled|stormed)\s+(?:across|through)|captured|seized|overran|occupied|recaptured|retook|took(?=\s+«\d+»\s+(?:again|back)\b)|took(?=\s+the\s+«\d+»\s+(?:border\s+)?(?:town|city|port|village|capital|heights|province|region|island|airport|airfield)\b))\s+{reg}{T}(?!{poss})(?!\s+(?:at|on)\s+(?:the\s+)?(?:invitation|request)\b)(?![^.;«»]{0,40}?\bas\s+(?:the\s+)?(?:vanguard|part)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:peacekeeping|peace-keeping)\b)(?!\s+(?:base|bases|embassy|consulate|compound|camp|facility|zone|sector|side|airspace|waters)\b)"),
    # "armored columns and paratroopers crossed into Jordan on Thursday and attacked the town of Karameh"
    ("ATTACKS", "attack.crossed_into_and_struck", r"{S}\s+(?:[\w-]+\s+){0,2}?(?:{TR}|tanks|(?:armou?red\s+)?columns)(?:\s+and\s+(?:[\w-]+\s+)?(?:{TR}|tanks|artillery))?\s+{pre}(?:crossed|moved|pushed|went)\s+(?:the\s+(?:[\w-]+\s+)?(?:border|frontier|river)\s+)?into\s+{reg}{T}(?!{poss})\s+(?:[^«»;.,]{0,40}?\s)?and\s+(?:\w+ly\s+)?(?:attacked|struck|raided|shelled|bombed|destroyed|razed|stormed|overran|blew\s+up|demolished|dynamited|burned|burnt)\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?«)"),  # (not "attacked American units" there)
    # "Israeli commandos came ashore in Beirut and killed three senior leaders of the Palestine Liberation Organization"
    # "bombers attacked Dresden, the German rail centre": a place named by its state in an apposition
    ("ATTACKS", "attack.place_apposed", r"{S}\s+{pre}(?<!\bthe )(?<!\bof )" + ATTACK_V + r"\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,\s+(?:the|an?)\s+(?:[\w-]+\s+)?{T}(?!{poss})\s+(?:[\w-]+\s+)?(?:city|town|port|capital|centre|center|base|stronghold|village|airfield|harbou?r|naval\s+base|garrison)\b"),
    ("ATTACKS", "attack.killed_leaders_of", r"{S}\s+(?:[\w-]+\s+){0,2}?(?:{TR}|jets|warplanes|aircraft|drones|agents|gunmen)\s+(?:(?:[^«»;.,]|«\d+»){0,80}?\s+and\s+)?(?:\w+ly\s+)?(?:killed|assassinated|shot\s+dead)\s+(?:[\w-]+\s+){0,3}?(?:leaders?|commanders?|members|officials|chiefs?|founders?)\s+of\s+(?:the\s+)?{T}"),
    # "Taliban fighters entered Kabul as the president fled, completing a lightning offensive across Afghanistan"
    ("ATTACKS", "attack.participle_offensive", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?,\s+(?:completing|launching|continuing|pressing|waging|expanding|opening|beginning|starting|widening|escalating)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:offensive|invasion|assault|campaign|incursion)\s+(?:across|in|into|against|on|through)\s+{reg}{T}(?!{poss})"),
    # "A ceasefire between Israel and Hezbollah took effect after more than a year of fighting": the two fought
    ("ATTACKS", "attack.ceasefire_between_pair", r"\b(?:ceasefire|cease-fire|truce|armistice)\s+(?:deal\s+|agreement\s+)?between\s+(?:the\s+)?{P}(?!{poss})[^;.«»]{0,80}?\b(?:after|ending|ended|following)\s+(?:[\w-]+\s+){0,6}?(?:fighting|war|clashes|hostilities|conflict)\b"),
    ("ATTACKS", "attack.clashes_between_pair", CLASH_BETWEEN + r"(?:the\s+)?{P}(?!{poss})"),
    ("ATTACKS", "attack.traded", r"{P}\s+{pre}(?:traded|trade|trading|exchanged|exchange|exchanging)\s+(?:[\w-]+\s+)?(?:fire|strikes|blows|rocket fire|artillery fire|attacks)\b"),
    # "128 attacks carried out by Turkey in northeastern Syria", "strikes by U.S. aircraft on the Pakistani side"
    ("ATTACKS", "attack.by_in", r"\b(?:strikes?|airstrikes?|air strikes?|drone strikes?|missile strikes?|attacks?|raids?|bombings?|shelling|incursions?|assaults?|operations?)\s+(?:carried out\s+|conducted\s+|launched\s+)?by\s+(?:[\w-]+\s+){0,2}?(?:the\s+)?{S}\s+(?:[\w-]+\s+){0,5}?(?:(?:on|against)\s+«\d+»\s+(?:[\w-]+\s+){0,2}?)?(?:in|on|against|inside)\s+{reg}{T}(?!-)"),
    # "Thursday's strikes by Pakistan were the first land attack on Iran since …"
    ("ATTACKS", "attack.by_were", r"\b(?:strikes?|airstrikes?|air strikes?|attacks?|raids?)\s+by\s+(?:the\s+)?{S}\s+(?:was|were|is|are|marked|represent(?:s|ed)?)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|assaults?|incursions?)\s+(?:on|against|into)\s+{reg}{T}"),
    # "Tajik troops and Kyrgyz forces fought with tanks": each side's forces fought the other's
    ("ATTACKS", "attack.forces_fought_forces", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+and\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?{TR}\s+{pre}(?:fought|clashed|battled|exchanged\s+(?:[\w-]+\s+)?fire)\b"),
    ("ATTACKS", "attack.forces_fought_forces_back", r"{T}\s+(?:[\w-]+\s+)?{TR}\s+and\s+(?:the\s+)?{S}\s+(?:[\w-]+\s+)?{TR}\s+{pre}(?:fought|clashed|battled|exchanged\s+(?:[\w-]+\s+)?fire)\b"),
    # "the deployment of SADC troops in eastern Congo, where they are fighting the M23 rebels"
    ("ATTACKS", "attack.troops_where_they_fight", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+(?:in|to|into)\s+(?:[\w-]+\s+)?«\d+»\s*,\s+where\s+they\s+(?:are|were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:fighting|battling|combating|confronting)\s+(?:the\s+)?{T}"),
    # "The RSF seized El Fasher, the Sudanese army's last stronghold in Darfur": taken from that side
    ("ATTACKS", "attack.seized_stronghold_of", r"{S}\s+{pre}(?:seized|captured|took|overran|stormed|took\s+control\s+of|fell\s+to)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*,\s+(?:the\s+|a\s+)?{T}(?:\s+(?:army|military|forces|government|rebels)['’]s?|{poss})\s+(?:[\w-]+\s+){0,2}?(?:stronghold|bastion|base|outpost|garrison|foothold)\b"),
    # "allowed Moscow to use Belarusian territory to invade Ukraine": the one allowed attacks
    ("ATTACKS", "attack.allowed_to_use", r"\b(?:allowed|allows|allowing|let|lets|letting|permitted|permits|permitting|enabled|enables|helped|helps)\s+(?:the\s+)?{S}\s+(?:to\s+)?use\s+(?:[^;.«»]|«\d+»){0,40}?\s+(?:to|for)\s+(?:launch\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:invasion|attacks?|strikes?|offensive)\s+(?:of|on|against|into)|invade|attack|strike|bomb|hit)\s+(?:the\s+)?{T}"),
    # "President Reagan, whose warplanes bombed Tripoli and Benghazi last month": the one whose forces struck
    ("ATTACKS", "attack.whose_forces", r"{S}\s*,\s+whose\s+(?:[\w-]+\s+)?(?:warplanes|jets|bombers|aircraft|planes|forces|troops|army|navy|missiles|drones|artillery|warships|soldiers)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:bombed|struck|attacked|hit|shelled|raided|invaded|pounded|targeted)\s+(?:the\s+)?{T}(?!{poss})"),
    # "the Contra rebels fighting Nicaragua's Sandinista government": a group named with the war it wages
    ("ATTACKS", "attack.group_fighting", r"{S}(?:\s+(?:rebels|guerrillas|militants|fighters|insurgents|militias?))?(?:\s*,\s+who\s+(?:are|were|have\s+been|had\s+been)|\s+(?:who\s+)?(?:are|were|have\s+been|had\s+been))?\s+(?:now\s+|still\s+)?fighting\s+(?:against\s+)?(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:government|regime|army|forces|troops|military|junta)\b|(?!{poss}))"),
    # (not "Australia and New Zealand, which have troops fighting in South Vietnam": their troops, not each other)
    # "demanded that Uganda and Rwanda pull their armies out of Congo after six days of fighting between them" (the fighting is presupposed)
    # "North Korean army officers had planted the bomb that killed four South Korean cabinet ministers": a state's agents kill another's people
    ("ATTACKS", "attack.agents_bomb_killed", r"{S}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:officers|agents|soldiers|commandos|operatives|troops|spies)\s+{pre}(?:planted|set\s+off|detonated|placed)\s+(?:the|a)\s+(?:[\w-]+\s+)?bombs?\s+(?:that|which)\s+(?:killed|wounded|injured)\s+(?:[\w,-]+\s+){0,3}?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:ministers|officials|soldiers|diplomats|leaders|delegation|citizens|nationals|people|tourists|passengers)\b"),
    # "An American AC-130 gunship fired on suspected members of al-Qaeda in southern Somalia"
    ("ATTACKS", "attack.on_members_of", r"{S}\s+{pre}(?:fired\s+(?:on|at|upon)|opened\s+fire\s+on|struck|hit|attacked|bombed|raided|targeted)\s+(?:(?:suspected|alleged|senior|top|several|dozens\s+of|scores\s+of|\d+)\s+)*(?:members|fighters|militants|leaders|commanders|operatives|camps|positions|hideouts)\s+(?:of|belonging\s+to|linked\s+to|tied\s+to)\s+(?:the\s+)?{T}"),
    ("ATTACKS", "attack.pair_fighting_between_them", r"{P}\s(?:[^«»;.]|(?<=\bof\s)«\d+»|(?<=\bin\s)«\d+»|(?<=\bfrom\s)«\d+»){0,120}?\b(?:after|following|since|amid|despite|end(?:ed|ing|s)?|(?:an\s+)?end\s+to)\s+(?:(?:the|a|an|(?:[\w-]+\s+)?(?:days|weeks|months|years|hours)\s+of)\s+)?(?:[\w-]+\s+)?(?:fighting|clashes|battles?|war|hostilities)\s+between\s+(?:them|the\s+two(?:\s+(?:armies|countries|neighbou?rs|states|sides|forces))?)\b"),
    # "Bolivia and Paraguay, whose armies have fought each other for two years"
    ("ATTACKS", "attack.pair_whose_armies_fought", r"{P}\s*,\s+whose\s+(?:armies|forces|troops|soldiers|navies)\s+(?:have\s+|had\s+)?(?:been\s+)?(?:fought|fighting|clashed|clashing)\s+(?:each\s+other|one\s+another)\b"),
    ("ATTACKS", "attack.pair_fought", r"{P}\s+{pre}(?<!\bhave troops )(?<!\bhave forces )(?<!\bhave soldiers )(?<!\bhad troops )(?<!\bhad forces )(?:fought|fight|fighting|waged|wage|clashed|went to war|exchanged (?:fire|artillery fire|strikes|shelling))\b(?!\s+(?:together|side\s+by\s+side|jointly|alongside)\b)"
     # (not a dispute: "Beijing and Washington have clashed over trade, access to technology …")
     r"(?!\s+(?:over|about|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:trade|tariffs?|technology|polic(?:y|ies)|issues?|rights|climate|economy|economics|access|currency|investments?|sanctions|visas?|migration|taxes|subsidies|exports?|imports?|values|ideology)\b)"
     # not a third party fought together: "Mali and Burkina Faso are fighting rebel groups"
     r"(?!\s+(?:against\s+|alongside\s+)?(?:the\s+)?(?:«|(?:[\w-]+\s+){0,2}?(?:rebels?|groups?|militants?|insurgen\w+|jihadists?|terrorists?|militias?|gangs|separatists|extremists)\b))"
     # nor an ill fought together: "must still meet strict conditions on fighting corruption and organised crime"
     r"(?!\s+(?:against\s+)?(?:[\w-]+\s+)?(?:corruption|crime|terrorism|poverty|inflation|climate\s+change|disease|diseases|pandemics?|drugs|trafficking|smuggling|fires|wildfires|extremism|piracy|fraud|money\s+laundering|hunger|malaria|ebola|covid|coronavirus|the\s+virus|the\s+pandemic|illegal\s+migration)\b)"),
    # "Kyiv was hit by a wave of Russian drones and missiles overnight"
    ("ATTACKS", "attack.hit_by_weapons", r"{T}\s+" + NOT_A_SPEAKER + r"{pre}(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+|again\s+)?(?:hit|struck|targeted|pounded|battered|attacked|shelled|bombed|rocked)\s+(?:overnight\s+|again\s+)?by\s+(?:an?\s+|the\s+)?(?:(?:\w+\s+)?(?:wave|barrage|swarm|salvo|volley|series|hail)\s+of\s+)?(?:[\w-]+\s+){0,2}?{S}(?![-‐](?:made|built|designed))\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|shells|strikes|airstrikes|air\s+strikes|bombs|attacks|artillery|fire|shelling)\b"),
    # "Russian troops seized Ukrainian military bases across the peninsula"
    # ("Al-Shabaab militants have retaken several towns in central Somalia": towns of a state, taken by force)
    # "Ethiopian troops backed by tanks and aircraft had crossed the border and seized the towns of Balanbale and Goldogob in central Somalia"
    # "a force of Portuguese troops and Guinean exiles had come ashore at Conakry from ships and attacked the presidential palace"
    ("ATTACKS", "attack.landed_and_attacked", r"{S}\s+(?:[\w-]+\s+){0,2}?(?:{TR}|commandos|marines|paratroopers)(?:\s+and\s+(?:«\d+»\s+)?(?:[\w-]+\s+)?(?:exiles|rebels|mercenaries|dissidents|{TR}))?\s+(?:(?:had|have|has)\s+)?(?:landed|c[oa]me\s+ashore|(?:went|gone)\s+ashore|stormed\s+ashore)\s+(?:at|in|on|near)\s+{reg}{T}(?!{poss})\s+(?:[^«»;.,]{0,40}?\s)?and\s+(?:\w+ly\s+)?(?:attacked|struck|raided|shelled|bombed|stormed|seized|captured|occupied)\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?«)"),
    ("ATTACKS", "attack.crossed_border_and_seized", r"{S}\s+(?:[\w-]+\s+){0,2}?(?:{TR}|tanks|(?:armou?red\s+)?columns)\s+(?:(?:backed|supported|accompanied)\s+by\s+(?:[\w-]+\s+){1,4}?)?(?:(?:had|have|has)\s+)?(?:crossed|came\s+across)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\s+(?:[^«»;.,]{0,30}?\s)?and\s+(?:seized|captured|occupied|overran|took)\s+(?:(?:the|two|three|four|several)\s+)?(?:[\w-]+\s+)?(?:towns?|villages?|posts?|outposts?|cit(?:y|ies)|positions|areas?)(?:\s+of\s+(?-i:[A-Z])[\w'’-]+(?:(?:\s*,\s*|\s+and\s+)(?-i:[A-Z])[\w'’-]+){0,3})?\s+(?:in|inside)\s+{reg}{T}(?!{poss})"),
    ("ATTACKS", "attack.seized_posts", r"{S}\s+{pre}(?:seiz(?:es?|ed|ing)|captur(?:es?|ed|ing)|overr(?:an|uns?|unning)|storm(?:s|ed|ing)|retak(?:es?|en|ing)|retook|took\s+(?:control\s+of|over))\s+(?:[\w,-]+\s+){0,3}?"
     r"(?:(?P<town>towns?|villages?|cit(?:y|ies)|districts?|swathes?\s+of\s+territory)\s+(?:in|of)\s+{reg}|the\s+)?{T}(?(town)(?!{poss}|\s*-)|(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:military\s+|army\s+|naval\s+|border\s+)?(?:bases?|positions|posts|outposts|airfields?|air\s?bases?|garrisons?|barracks|headquarters|strongholds?|checkpoints?)\b)"),
    # "Azerbaijani forces have used Turkish-made Bayraktar drones to devastating effect against Armenian tanks"
    # "Ukraine's use of American missiles against targets inside Russia"
    ("ATTACKS", "attack.used_against", r"{S}(?:{poss}\s+(?:[\w-]+\s+)?use\s+of\s+|\s+{pre}(?:used|uses|using|employed|employs|employing)\s+)(?:[\w-]+\s+|«\d+»(?:-made|-built|-supplied)?\s+){0,6}?{W}\b(?:[^;.«»]){0,40}?\bagainst\s+(?:(?:[\w-]+\s+){0,2}?" + STRIKE_OBJECTS + r"\s+(?:in|inside|deep\s+inside|on)\s+)?{reg}{T}(?!{poss})"),
    ("ATTACKS", "attack.used_by_against", r"\b{W}\s+(?:[^;.«»]|«\d+»){0,40}?(?:(?:have|has|had)\s+been|were|was|are|is|being)\s+(?:\w+ly\s+)?(?:used|fired|launched)\s+by\s+(?:the\s+)?{S}\s+(?:[^;.«»]{0,60}?\s)?against\s+{reg}{T}"),
    ("ATTACKS", "attack.weapons_against", r"{S}\s+{pre}(?:us(?:es?|ed|ing)|fir(?:es?|ed|ing)|launch(?:es|ed|ing)?)\s(?:{x}\b{W}|(?:it|them))\s+against\s+{reg}{T}"),
    # "Russia's war with Ukraine", "a ceasefire in its war with Ukraine"
    # "Ukraine's fight against Russia's invasion"
    ("ATTACKS", "attack.fight_against", r"{T}(?:{poss}\s+(?:[\w-]+\s+)?(?:fight|war|struggle|defen[cs]e|resistance)|\s+in\s+its\s+(?:[\w-]+\s+)?(?:fight|war|struggle|defen[cs]e|resistance)|\s+(?:[\w-]+\s+){0,2}?(?:fight|fights|fought|fighting)(?:\s+back)?)\s+against\s+(?:the\s+)?{S}(?:{poss})?\s+(?:[\w-]+\s+)?(?:invasion|aggression|attacks?|offensive|occupation)\b"),
    ("ATTACKS", "attack.poss_war_with", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?war\s+with\s+(?:the\s+)?{T}(?!{poss}|\s+(?:drones|missiles|weapons|arms)\b)"),
    ("ATTACKS", "attack.war_with", r"{S}\s+{pre}(?:is|are|was|were|has been)\s+(?:now\s+|still\s+|effectively\s+)?at war with\s+(?:the\s+)?{T}"),
    # (a war one is at is fought by both: "Pakistan was at war with India")
    ("ATTACKS", "attack.war_with_back", r"{T}(?:\s*,\s+(?:which|who)(?=\s))?\s+(?:[^«»;,.:—–]{0,45}?\s)?(?:is|are|was|were|has been)\s+(?:now\s+|still\s+|effectively\s+)?at war with\s+(?:the\s+)?{S}"),
    # ... and in an apposition: "Iraq, at war with Iran since September, took no part"
    ("ATTACKS", "attack.apposed_at_war", r"{S}" + APPOSED_AT_WAR + r"{T}"),
    ("ATTACKS", "attack.apposed_at_war_back", r"{T}" + APPOSED_AT_WAR + r"{S}"),
    # SANCTIONS
    # "has added three Iranian individuals and one Iranian entity to the list of those subject to restrictive measures"
    # "The embargo was imposed by President Carter in January 1980 to punish Moscow for its invasion"
    # "a congressional ban on American military aid to Turkey"
    # "no oil may be shipped from Britain to Rhodesia": a ban stated as what may no longer go from one to the other
    ("SANCTIONS", "sanctions.none_may_go", r"\b(?:no|nothing)\s+(?:more\s+|further\s+)?(?:[\w-]+\s+){0,2}?(?:may|can|could|shall|will)\s+(?:now\s+|henceforth\s+|any\s+longer\s+)?be\s+(?:shipped|sold|exported|sent|delivered|supplied)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?{S}\s+to\s+(?:the\s+)?{T}"),
    ("SANCTIONS", "sanctions.ban_on_aid", r"\b(?:ban|embargo|cutoff|cut-off|halt|freeze)\s+on\s+(?:all\s+)?(?:further\s+)?{S}\s+(?:military|arms|economic|weapons)\s+(?:aid|assistance|sales|supplies|shipments|deliveries)\s+to\s+(?:the\s+)?{T}(?!{poss})"),
    # "Economic sanctions against Italy came into force on Monday in fifty member states of the League of Nations"
    ("SANCTIONS", "sanctions.came_into_force_in_members", r"(?:sanctions|embargo|boycott)\s+(?:against|on)\s+(?:the\s+)?{T}\s+(?:came|come|comes|went|go|goes)\s+into\s+(?:force|effect)\s(?:[^«»;.]){0,40}?\b(?:in|across)\s+(?:(?:the|all|its|[\w-]+)\s+){0,3}?(?:member\s+(?:states|countries|nations|governments)|members)\s+of\s+(?:the\s+)?{S}"),
    ("SANCTIONS", "sanctions.imposed_by_to_punish", r"\b(?:embargo|sanctions|ban|blockade|boycott)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:first\s+)?(?:imposed|ordered|declared)\s+by\s+{S}\s(?:[^«»;.]){0,40}?\b(?:to\s+punish|against|on)\s+(?:the\s+)?{T}(?!{poss}\s+(?:[\w-]+\s+)?(?:companies|firms|banks|officials|exports|imports|goods|oil|gas))"),
    ("SANCTIONS", "sanctions.listed", r"{S}\s+{pre}(?:add(?:s|ed|ing)?|put(?:s|ting)?|plac(?:es?|ed|ing)|includ(?:es?|ed|ing))\s+(?:[\w,$-]+\s+){0,6}?{T}\s+(?:[\w-]+\s+)?(?:individuals|entities|companies|firms|officials|banks|people|persons|organi[sz]ations|entity|individual|company)\b"
     r"(?:[^«»;.]|«\d+»){0,80}?\b(?:to|on)\s+(?:the|its|their|a|«\d+»)\s+(?:[\w-]+\s+){0,2}?(?:sanctions?\s+(?:list|blacklist)|blacklist|list\s+of\s+(?:those|persons|entities|individuals)\s+(?:subject\s+to|under)\s+(?:restrictive\s+measures|sanctions))"),
    # "Nigeria cut off electricity supplies to its northern neighbour": a punitive cut of what it supplied
    ("SANCTIONS", "sanctions.cut_supplies", r"{S}(?:{poss}\s+[A-Z][\w-]+)?\s+{pre}(?:cut(?:s|ting)?\s+off|halt(?:s|ed|ing)|stopp?(?:ed|s|ing))\s+(?:(?:all\s+)?(?:its\s+|their\s+)?(?:electricity|power|gas|oil|fuel|energy|water|food)\s+(?:supplies|supply|exports|deliveries|flows|shipments)|(?:supplying|delivering|exporting|selling|sending)\s+(?:its\s+)?(?:electricity|power|gas|oil|fuel|energy|water|food))\s+to\s+(?:the\s+)?{T}"),
    # "The EU suspended visa-free travel for Georgian diplomats and officials": a visa restriction
    # "The Netherlands barred Israel's far-right ministers Ben-Gvir and Smotrich from entering the country"
    ("SANCTIONS", "sanctions.barred_from_entering", r"{S}\s+{pre}(?:barred|bars|banned|bans)\s+(?:the\s+)?(?:[\w'’-]+\s+|«\d+»['’]s\s+){0,4}?{T}(?:\s+(?:officials|ministers|lawmakers|politicians|diplomats|nationals|citizens|leaders|judges|settlers))?(?:\s*,\s+(?:including|among\s+them)\s+[^«»;,]{1,60},|\s+and\s+(?:[\w-]+\s+){0,3}?(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:ministers|officials|aides|associates|family|cronies|allies|inner\s+circle|entourage))?\s+from\s+(?:entering|travell?ing\s+to|visiting|setting\s+foot\s+in|(?:their|its|the)\s+(?:territory|territories|soil)\b)"),
    # "The EU adopted its 19th sanctions package, including a ban on Russian LNG imports"
    ("SANCTIONS", "sanctions.package_banning", r"{S}\s+{pre}(?:adopted|approved|agreed|unveiled|announced|imposed|passed)\s+(?:its|a|the|«\d+»)\s+(?:[\w-]+\s+){0,2}?sanctions\s+package\b[^;.«»]{0,40}?\b(?:ban|bans|embargo|restrictions|curbs)\s+on\s+(?:the\s+)?{T}"),
    ("SANCTIONS", "sanctions.visa_free_suspended", r"{S}\s+{pre}(?:suspend|revok|scrap|end|withdr[ae]w|withdrawn)\w*\s+(?:the\s+|its\s+)?visa-free\s+(?:travel|regime|access|entry|status)\s+for\s+(?:the\s+)?{T}"),
    # "A price cap on Russian seaborne oil agreed by the G7, the EU and Australia took effect": the cap's makers
    ("SANCTIONS", "sanctions.cap_agreed_by", r"\b(?:price\s+cap|embargo|import\s+ban|export\s+ban)\s+(?:of\s+[^«»;.]{0,30}?\s)?on\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+){0,2}?(?:oil|crude|gas|exports|imports|goods|products|fuel)\s*,?\s+(?:agreed|imposed|introduced|adopted|approved|set)\s+by\s+(?:the\s+)?{S}"),
    ("SANCTIONS", "sanctions.impose", r"{S}\s+{pre}" + SANCTION_V + r"\s(?:«\d+»\s+)?{g}{MOD}{SN}\s+(?:(?:regime|programme|program|packages?|to date|so far|yet)\s+)?(?:(?:(?:on\s+)?\w+day|(?:last|this|earlier\s+this)\s+(?:week|month|year))\s+(?=targeting|on\s))?(?:on|against|targeting|over|aimed\s+at)\s+(?:the\s+)?(?:[a-z]+\s+(?:country|state|nation)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|dozens of|several|some|\d+)\s+)?(?:(?:senior\s+)?(?:leaders|officials|commanders|members|generals)\s+of\s+(?:both\s+)?(?:the\s+)?(?:army\s+and\s+(?:the\s+)?)?)?{T}"),
    # "imposed new sanctions on eleven companies and individuals over Iran's ballistic missile programme": the programme's state
    ("SANCTIONS", "sanctions.on_entities_over", r"{S}\s+{pre}" + SANCTION_V + r"\s{g}{MOD}{SN}\s+(?:on|against|targeting)\s+[^«»;.]{0,60}?\s(?:over|for\s+(?:their\s+|its\s+)?(?:roles?|involvement|support)\s+in|linked\s+to|tied\s+to)\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,3}?(?:programmes?|programs?|activities|projects?)\b"),
    # "renewed the Mali sanctions regime"
    # "imposed sanctions on Rosneft and Lukoil, Russia's two biggest oil companies": the companies' state
    ("SANCTIONS", "sanctions.on_named_companies", r"{S}\s+{pre}" + SANCTION_V + r"\s(?:«\d+»\s+)?{g}{MOD}{SN}\s+(?:on|against|targeting)\s+(?:(?-i:[A-Z])[\w.&-]*(?:\s+|,\s+|\s+and\s+)){1,6}?(?:(?-i:[A-Z])[\w.&-]*),\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,4}?"
                                                    r"(?:companies|firms|banks|producers|exporters|lenders|giants?|conglomerates?|company|firm|bank|producer|exporter|lender)\b"),
    # "The imposition of sanctions on Georgia by the EU"
    ("SANCTIONS", "sanctions.imposition_of_by", r"\b(?:imposition|introduction|adoption|reimposition)\s+of\s+(?:new\s+|further\s+|fresh\s+)?{SN}\s+(?:on|against)\s+(?:the\s+)?{T}\s+by\s+(?:the\s+)?{S}"),
    # "Washington blacklisted dozens of tankers carrying Russian oil"
    ("SANCTIONS", "sanctions.carriers_of", r"{S}\s+{pre}(?:blacklist(?:s|ed|ing)?|sanction(?:s|ed|ing)|designat(?:es|ed|ing))\s+(?:[\w-]+\s+){0,4}?(?:tankers|vessels|ships|companies|firms|entities|banks|traders|networks)\s+(?:carrying|transporting|shipping|trading|selling|smuggling)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:oil|crude|gas|LNG|weapons|arms|goods|petroleum|coal)\b"),
    ("SANCTIONS", "sanctions.named_regime", r"{S}\s+{pre}" + SANCTION_V + r"\s+(?:the\s+|its\s+)?{T}\s+{SN}\s+(?:regime|programme|program)\b"),
    # "Lithuania's decision to ban the transit of some goods to Russia's Kaliningrad", "Lithuania's ban on rail transit of EU-sanctioned goods to Russia's enclave"
    ("SANCTIONS", "sanctions.transit_ban", r"{S}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:decision\s+to\s+)?|\s+{pre})(?:ban|bann|bar|barr|restrict|limit)\w*\s+(?:on\s+)?(?:the\s+)?(?:rail\s+|road\s+)?transit\s+(?:of\s+(?:[^«»;.]|«\d+»(?=-)){0,60}?\s)?(?:to|into|through)\s+(?:the\s+)?{T}"),
    # "Lithuania extended limits on trade through its territory to Russia's Baltic enclaves"
    ("SANCTIONS", "sanctions.trade_limits", r"{S}\s+{pre}(?:impos|introduc|extend|tighten|expand)\w*\s+(?:new\s+)?(?:limits|restrictions|curbs|bans?)\s+(?:" + WHEN + r"\s+)?on\s+(?:trade|transit|imports|exports|shipments)\s+(?:[^«»;.]{0,40}?\s)?(?:to|with|from)\s+(?:the\s+)?{T}"),
    # "Russian goods that are under E.U. sanctions"
    ("SANCTIONS", "sanctions.goods_under", r"{T}\s+(?:[\w-]+\s+)?(?:goods|products|companies|firms|oil|exports|entities|banks|individuals|officials)\s+(?:that\s+|which\s+)?(?:(?:are|were|remain)\s+)?(?:now\s+|already\s+)?under\s+(?:the\s+)?{S}\s+sanctions\b"),
    ("SANCTIONS", "sanctions.verb", r"{S}\s+{pre}(?:sanctioned|sanctioning|(?<=\bto\s)sanction|blacklist(?:s|ed|ing)?)\s+(?:the\s+)?{T}"),
    # "OFAC has designated X under Executive Order 14024", "is designating X for undermining …" (not "designated X as …")
    # "North Korea has been under UN sanctions since 2006", "Iran remains under US sanctions"
    ("SANCTIONS", "sanctions.under", r"{T}(?:\s*,\s+|\s+{pre}(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|came|comes|fell|falls|stays?|stayed)\s+)under\s+(?:an?\s+|the\s+)?(?:(?:heavy|tough|sweeping|international|crippling|severe|strict|decades-old|\d+-year-old|longstanding|long-standing)\s+)*{S}\s+(?:[\w-]+\s+)?(?:sanctions|embargo)\b"),
    # "India banned 59 Chinese mobile apps": a ban on a state's products or firms
    # "Canada suspended the landing rights of the Soviet airline Aeroflot": a state's airline grounded
    ("SANCTIONS", "sanctions.landing_rights_of", r"{S}\s+{pre}(?:suspend(?:s|ed|ing)?|revok(?:es?|ed|ing)|cancell?(?:s|ed|ing)?|withdr(?:ew|awn|aws|awing)|withdraw|den(?:y|ies|ied|ying))\s+(?:the\s+)?"
     r"(?:landing|overflight|traffic)\s+rights\s+(?:of|for|to)\s+(?:the\s+|all\s+)?{T}(?!{poss})\s+(?:state\s+|national\s+|flag\s+)?(?:airlines?|carriers?|airliners|aircraft|planes|flights)\b"),
    ("SANCTIONS", "sanctions.banned_their_products", r"{S}\s+{pre}(?:banned|bans|banning|blacklisted|blacklists)\s+(?:(?:more\s+than|about|some|nearly|over)\s+)?(?:\d+\s+|dozens\s+of\s+|scores\s+of\s+|hundreds\s+of\s+)?{T}\s+"
     r"(?:[\w-]+\s+){0,2}?(?:apps|applications|products|goods|companies|firms|airlines|banks|vessels|ships|websites|broadcasters|media\s+outlets)\b"),
    # "Putin signed a law banning Americans from adopting Russian children": a ban on a state's people
    ("SANCTIONS", "sanctions.law_banning", r"{S}\s+{pre}(?:signed|signs|passed|passes|adopted|adopts|approved|approves|enacted|enacts|issued|issues)\s+(?:a\s+|the\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:law|decree|bill|order|ban)\s+(?:(?:on\s+)?\w+day\s+)?(?:banning|barring|prohibiting|forbidding)\s+{T}(?!{poss})\s+(?:(?:citizens|nationals|companies|firms|officials)\s+)?from\b"),
    # "suspended all sales of weapons to China in response to the army's assault": a halt in reprisal (without a reason, a
    # suspension is no sanction: "blocked_trade" leaves arms out)
    ("SANCTIONS", "sanctions.arms_halted_in_response", r"{S}\s+{pre}(?:suspend|halt|ban|block|stopp|freez|froze)(?:s|ned|ped|ed|ing)?\s+(?:all\s+|further\s+|its\s+)?(?:sales|exports|deliveries|shipments|transfers)\s+of\s+(?:[\w-]+\s+){0,2}?(?:arms|weapons|military\s+equipment)\s+to\s+(?:the\s+)?{T}[^;.«»]{0,40}?\bin\s+(?:response|retaliation|reprisal|protest)\b"),
    # "India withdrew Pakistan's most-favoured-nation trade status": a trade privilege taken away
    ("SANCTIONS", "sanctions.revoked_trade_status", r"{S}\s+{pre}(?:withdr(?:ew|aws?|awn|awing)|revok(?:es?|ed|ing)|suspend(?:s|ed|ing)?|scrapp?(?:ed|ing|s)?|cancel(?:s|led|ed|ling|ing)?|end(?:s|ed|ing)?)\s+(?:the\s+)?{T}{poss}?\s+(?:[\w-]+\s+)?(?:(?:most[- ]favou?red[- ]nation|MFN|preferential|duty-free)\s+(?:trade\s+|trading\s+|tariff\s+)?(?:status|treatment|access|privileges)|(?:trade|trading|tariff)\s+(?:preferences|benefits|privileges))\b"),
    # "Beijing has blocked imports of Lithuanian goods", "Turkey halted all exports and imports to and from Israel"
    # "China has suspended canola imports from Richardson International, Canada's largest grain handler": the firm's state
    ("SANCTIONS", "sanctions.blocked_trade_firm", r"{S}\s+{pre}(?:block|ban|halt|suspend|bar|embargo|restrict|curb)(?:s|ned|ed|ing)?\s+(?:all\s+)?(?:(?!(?:arms|weapons?)\b)[a-z-]+\s+){0,2}?(?:exports|imports|shipments|purchases)\s+from\s+(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,3}(?-i:[A-Z])[\w&.'’-]*\s*,\s+(?:an?\s+|the\s+|one\s+of\s+)?{T}(?:{poss}|(?=\s))\s+(?:[\w-]+\s+){0,3}?(?:company|companies|firms?|handlers?|exporters?|producers?|makers?|manufacturers?|suppliers?|groups?|conglomerates?|giants?|processors?|traders?)\b"),
    # "Russia cut all transport and postal links with Georgia", "suspended air links with": links cut are a sanction
    ("SANCTIONS", "sanctions.cut_links", r"{S}\s+{pre}(?:cut|cuts|cutting|sever(?:s|ed|ing)?|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?)\s+(?:off\s+)?(?:all\s+|its\s+|their\s+)?" + LINKS_WITH + r"\s+(?:the\s+)?{T}"),
    # "it banned Georgian and Moldovan wine", "suspended imports of Georgian mineral water": a state's goods shut out
    # "China tightened quarantine checks on Philippine fruit"
    ("SANCTIONS", "sanctions.tightened_checks_on_goods", r"{S}\s+{pre}(?:tighten(?:s|ed|ing)?|step(?:s|ped|ping)?\s+up)\s+(?:[\w-]+\s+){0,2}?(?:checks|inspections|controls|curbs|restrictions)\s+on\s+(?:imports\s+of\s+)?{T}\s+(?:[\w-]+\s+)?(?:" + STATE_GOODS + r")\b"),
    # "the United States and its allies curbed Chinese access to advanced chipmaking equipment"
    ("SANCTIONS", "sanctions.curbed_access", r"{S}\s+{pre}(?:curb(?:s|ed|ing)?|restrict(?:s|ed|ing)?|limit(?:s|ed|ing)?|block(?:s|ed|ing)?|(?:cut|cuts|cutting|choked?|choking)\s+off)\s+(?:the\s+)?{T}(?:{poss})?\s+access\s+to\b"),
    ("SANCTIONS", "sanctions.banned_state_goods", r"{S}\s+{pre}(?:(?:ordered|told|required|instructed)\s+(?:all\s+)?(?:[\w-]+\s+|«\d+»\s+){0,5}?to\s+(?:stop|cease|halt)\s+(?:buying|importing)|bann(?:ed|ing)|bans?|suspend(?:s|ed|ing)?|block(?:s|ed|ing)?|halt(?:s|ed|ing)?|embargo(?:es|ed|ing)?|prohibit(?:s|ed|ing)?|barred|bars)\s+(?:all\s+)?(?:sales\s+of\s+|the\s+sale\s+of\s+)?{T}\s+(?:[\w-]+\s+)?"
     r"(?:" + STATE_GOODS + r")\b"),
    # ("voted to ban all flights to and from Libya"; not a ban "over the coronavirus outbreak": a health measure)
    # a state's import quota cut or scrapped: "cut Cuba's sugar quota to nothing"
    ("SANCTIONS", "sanctions.cut_quota", r"{S}\s+{pre}(?:cut(?:s|ting)?|slash(?:es|ed|ing)?|suspend(?:s|ed|ing)?|eliminat(?:es?|ed|ing)|abolish(?:es|ed|ing)|scrapp?(?:ed|s|ing)?)\s+(?:off\s+)?(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:import\s+)?quotas?\b"),
    # "Kenya and Tanzania closed their borders to Ugandan traffic", "closed its airspace to Russian aircraft",
    # "closed their airfields to Dutch planes", "closed the Suez Canal to Israeli shipping"
    # "is sending two more groups of Superfortresses to bases in Britain": whatever is sent to bases in a state is stationed there
    ("DEPLOYS_TROOPS", "troops.sent_to_bases_in", r"{S}\s+{pre}(?:sent|sends|sending|dispatched|dispatching|moved|moving|deployed|deploying|flew|flying|ferried)\s+(?:[\w,-]+\s+){1,6}?to\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:air\s+|naval\s+|military\s+)?bases\s+(?:in|on)\s+{T}(?!{poss})"),
    ("SANCTIONS", "sanctions.borders_closed_to", r"{S}\s+{pre}(?:clos|shut|seal)\w*\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:borders?|air\s*space|skies|airfields?|airports?|ports?|harbou?rs?|(?:territorial\s+)?waters|canal)\s+to\s+(?:all\s+)?{T}(?:-(?:flagged|registered|owned|bound))?\s+(?:[\w-]+\s+)?"
     r"(?:traffic|goods|trade|trucks|lorries|exports|imports|products|shipments|cargo|vehicles|aircraft|planes|airliners|airlines|flights|carriers|ships|shipping|vessels|tankers|boats|trawlers)\b"),
    # "had closed the Mekong crossings to all shipments bound for Vientiane": goods for the state stopped at the border
    # "Kenya, through whose port of Mombasa most of Uganda's fuel passes, has held up shipments bound for Kampala"
    ("SANCTIONS", "sanctions.held_up_shipments_for", r"{S}(?:\s*,\s+(?:[^«»;.]|«\d+»){1,100}?,)?\s+{pre}(?:held|holds|holding|blocked|blocks|blocking|halted|halts|stopped|stops)\s+(?:up\s+)?(?:all\s+)?(?:[\w-]+\s+)?(?:shipments|cargoes|cargo|goods|supplies|deliveries|consignments)\s+(?:of\s+[\w-]+\s+)?(?:bound|destined|headed)\s+for\s+(?:the\s+)?{T}(?!{poss})"),
    ("SANCTIONS", "sanctions.crossings_closed_to_shipments_for", r"{S}\s+{pre}(?:clos|shut|seal)\w*\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:borders?|frontier|(?:border\s+)?crossings|ports|harbou?rs|border\s+posts|port\s+of\s+(?-i:[A-Z])[\w-]+)(?:\s+(?:on\s+)?\w+day)?\s+to\s+(?:all\s+)?(?:[\w-]+\s+)?(?:traffic|goods|trade|trucks|lorries|shipments|cargo|cargoes|freight|supplies|fuel|oil)\s+(?:bound|destined|headed)\s+for\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,4}?of\s+)?{T}(?!{poss})"),  # ("closed the port of Salonika on Wednesday to all goods bound for the former Yugoslav republic of Macedonia")
    # "so long as Egypt barred Israeli cargoes from the canal"
    ("SANCTIONS", "sanctions.barred_ships", r"{S}\s+{pre}(?:barred|bars|barring|banned|bans|banning)\s+(?:all\s+)?{T}\s+(?:[\w-]+\s+)?(?:ships|shipping|vessels|cargoes|cargo|goods|tankers|aircraft|planes|airlines|flights|trucks|fishing\s+boats)\s+from\b"),
    # "Paris has frozen all new French investment in South Africa"
    ("SANCTIONS", "sanctions.froze_investment", r"{S}\s+{pre}" + FREEZE_V + r"\s+(?:all\s+)?(?:new\s+|further\s+|fresh\s+)?(?:«\d+»\s+)?(?:[\w-]+\s+)?investments?\s+in\s+(?:the\s+)?{T}"),
    # "Faisal had led the Arab oil embargo against the United States"
    ("SANCTIONS", "sanctions.led_embargo", r"{S}\s+{pre}(?:led|leads|leading|spearheaded|spearheads|organi[sz]ed|organi[sz]es|declared|declares|proclaimed|enforced|enforces)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:oil\s+|arms\s+|trade\s+|economic\s+)?(?:embargo|boycott|blockade)\s+(?:against|on|of)\s+(?:the\s+)?{T}(?!{poss}|\s+(?:[\w-]+\s+)?(?:Olympics|Olympic|Games|World\s+Cup|summit|elections?|talks|conference|festival)\b)"),
    ("SANCTIONS", "sanctions.blocked_trade", r"{S}\s+{pre}(?:(?:block|ban|halt|suspend|bar|embargo|restrict|curb)(?:s|ned|ed|ing)?|(?:order|impos|decree|announc|declar)(?:s|es|ed|ing|d)?\s+(?:an?\s+|the\s+)?(?:(?:total|complete|full|immediate|sweeping)\s+)?(?:halt|stop|ban|freeze|embargo|suspension)\s+(?:to|on|of)|froze|frozen|freez(?:es|ing)|" + CUT_OFF_V + r"|" + TRADE_CUT_V + r")\s+(?:all\s+|every\s+(?:kind|form)\s+of\s+)?(?:(?:(?:(?!(?:arms|weapons?)\b)[a-z-]+|«\d+»)\s+){0,2}?(?:exports|imports|trade|commerce|shipments|flights|(?:freight|cargo)(?:\s+(?:services|traffic|trains|shipments))?|(?<=\boff\s)(?:the\s+)?(?:water|oil|fuel|gas|electricity|power|food)\s+suppl(?:y|ies))(?:\s+and\s+(?:exports|imports))?\s+(?:(?:bound|destined)\s+for\s+(?:the\s+)?|of\s+(?:[\w-]+,?\s+){1,10}?(?:from|to)\s+(?:the\s+)?|of\s+(?:[\w-]+\s+){0,2}?(?=«\d+»\s+(?:[\w-]+\s+)?(?:goods|products|imports|exports|seafood|wine|beef|timber|coal|steel|oil|crude|gas|LNG|grain|wheat|barley|fruit|apples|vegetables|fish|salmon|shrimp|seafood|soybeans|soya|canola|rice|sugar|tea|coffee|cocoa|bananas|tobacco|textiles|timber|lumber|logs|cheese|chicken|lamb|wool|livestock|cattle|meat|pork|dairy|diamonds|gold|aluminium|aluminum|fertili[sz]ers?|cars|vehicles|cotton|uranium|petroleum|fuel|biodiesel|biofuels?|ethanol|diesel|electricity|mineral\s+water|chocolates?|confectionery))|from\s+(?:the\s+)?«\d+»\s+to\s+(?:the\s+)?|(?:to\s+and\s+from|from|to|with)\s+(?:the\s+)?))(?:\w+\s+)?{T}(?!\s+(?:over|because\s+of|amid|due\s+to|after)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:coronavirus|virus|covid(?:-19)?|outbreaks?|pandemic|epidemic|flu)\b)"),
    # "Switzerland has adopted the EU's sanctions against Russia"
    ("SANCTIONS", "sanctions.adopted_others", r"{S}\s+{pre}(?:adopt(?:s|ed|ing)?|implement(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|align(?:s|ed|ing)?\s+(?:itself\s+)?with|join(?:s|ed|ing)?)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?«\d+»{poss}\s+(?:[\w-]+\s+){0,2}?{SN}\s+(?:packages?\s+)?(?:on|against)\s+(?:the\s+)?{T}"),
    # (not "designated Mexican drug cartels as terrorist organisations": outlaws of a nationality, not its state)
    ("SANCTIONS", "sanctions.designated", r"{S}\s+{pre}designat(?:es|ed|ing)\s+(?:the\s+)?{T}(?!,?\s+(?:as|an?|the|its|their)\b)(?!\s+(?:[\w-]+\s+)?(?:cartels?|gangs?|traffickers|smugglers|militias?|militants|rebels|insurgents|terrorists?|terrorist\s+groups?|criminal\s+(?:groups?|organi[sz]ations?))\b)"),
    ("SANCTIONS", "sanctions.impose_on_actors", r"{S}\s+{pre}" + SANCTION_V + r"\s{g}{MOD}{SN}\s+(?:(?:on\s+)?\w+day\s+(?=targeting))?(?:on|against|targeting)\s+" + OF_ACTOR),
    ("SANCTIONS", "sanctions.impose_in", r"{S}\s+{pre}" + SANCTION_V + r"\s{g}{MOD}{SN}\s+(?:on|against|targeting|for)\s+" + IN_ACTOR),
    # "sanctioned two officials in the government of Nicaragua"
    # "sanctions on a China-based network"
    ("SANCTIONS", "sanctions.based", r"{S}\s+{pre}(?:" + SANCTION_V + r"\s{g}{MOD}{SN}\s+(?:on|against|targeting)|sanction(?:s|ed|ing)|blacklist(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?{T}-based\b"),
    # "imposed export restrictions on chipmaking tools to China"; "restricts chip equipment exports to China"
    # "The United States barred American companies from supplying advanced chips to China": its own firms barred
    ("SANCTIONS", "sanctions.barred_own_firms", r"{S}\s+{pre}(?:barred|bars|banned|bans|prohibited|prohibits|forbade|forbids|blocked|blocks)\s+(?:«(?P<own>\d+)»\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:companies|firms|exporters|manufacturers|businesses|suppliers|chipmakers|(?:travel|tour)\s+(?:agencies|agents|operators|companies))\s+from\s+(?:supplying|selling|exporting|shipping|providing|delivering|sending|offering)\s+(?:[^«»;.]{0,80}?\s)?to\s+(?:the\s+)?{T}"),
    # "ordered tariffs on Colombian goods and visa restrictions on Colombian officials"
    ("SANCTIONS", "sanctions.visa_bans_on", r"{lead}{S}\s(?:[^;.«»]|«\d+»){0,80}?\b(?:visa\s+(?:restrictions|bans)|travel\s+bans|entry\s+bans)\s+(?:on|against)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:officials|ministers|leaders|citizens|nationals|diplomats|lawmakers|judges)"),
    ("SANCTIONS", "sanctions.export_restrictions", r"{S}\s+{pre}(?:(?:impos|introduc|announc|tighten|expand|extend)\w*\s+(?:new\s+|additional\s+|broader\s+|further\s+)?export\s+(?:restrictions|controls|curbs|bans?)\s+(?:on\s+[^«»;.]{0,40}?\s)?(?:to|on|against|targeting)|(?:restrict|curb|bann?|limit)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:exports?|sales)\s+(?:of\s+[^«»;.]{0,60}?\s)?to|(?:impos|introduc|tighten|expand|extend)\w*\s+(?:new\s+|additional\s+|broader\s+|further\s+|stricter\s+)?(?:restrictions|controls|curbs|limits)\s+on\s+(?:the\s+)?(?:exports?|sales|shipments)\s+(?:of\s+[^«»;.]{0,80}?\s)?to|(?:scrap|revok|suspend|cancel|halt)\w*\s+(?:its\s+|all\s+)?(?:arms\s+)?export\s+(?:permits|licen[cs]es|authori[sz]ations)\s+(?:for\s+[^«»;.]{0,40}?\s)?(?:to|for))\s+(?:the\s+)?{T}"),
    ("SANCTIONS", "sanctions.verb_in", r"{S}\s+{pre}(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?)\s+" + IN_ACTOR),
    ("SANCTIONS", "sanctions.hit_with", r"{S}\s+{pre}(?:hit|hits|hitting|target(?:s|ed|ing)?|slapp?(?:s|ed|ing)?)\s+(?:the\s+)?{T}\s+with\s{g}{MOD}{SN}\b"),
    # "China reimposed a ban on Japanese seafood imports", "China's ban on Japanese seafood"
    # "in protest at a Russian ban on Polish meat imports": the ban named by its imposer's adjective
    ("SANCTIONS", "sanctions.adj_import_ban", r"\b(?:an?|the|its|their)\s+(?:new\s+|sweeping\s+|total\s+|blanket\s+)?{S}\s+ban\s+on\s+(?:all\s+)?(?:(?:imports|purchases)\s+(?:of|from)\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:imports|exports|goods|products|meat|pork|beef|poultry|dairy|wine|fruit|vegetables|seafood|fish|grain|steel)\b"),
    ("SANCTIONS", "sanctions.import_ban", r"{S}(?:{poss}|\s+{pre}(?:" + SANCTION_V + r"|reinstat(?:es?|ed|ing)))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?ban\s+on\s+(?:all\s+)?(?:(?:imports|purchases)\s+(?:of|from)\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:imports|exports|goods|products|seafood|fish|oil|gas|grain|beef|pork|meat|poultry|dairy|wine|fruit|vegetables|steel|cars|vehicles)\b"),
    ("SANCTIONS", "sanctions.verb_actors", r"{S}\s+{pre}(?:sanction(?:s|ed|ing)|blacklist(?:s|ed|ing)?)\s+" + OF_ACTOR + r"(?!\s+(?:were|are|was|is|have|has|had|will|would)\b)"),  # "Lithuania sanctions 74 Georgian officials", not "US sanctions Iranian officials were lifted"
    # "China has placed US companies Lockheed Martin and Raytheon under sanctions", "put X firms on its entity list"
    ("SANCTIONS", "sanctions.placed_under", r"{S}\s+{pre}(?:plac(?:es?|ed|ing)|put(?:s|ting)?|add(?:s|ed|ing)?)\s+(?:dozens\s+of\s+|scores\s+of\s+)?(?:the\s+)?(?:(?:two|three|four|five|six|several|more|\d+)\s+)?{T}\s+(?:(?!by\b)[\w.,-]+\s+){0,8}?(?:under\s+(?:[\w-]+\s+)?sanctions|(?:on|to)\s+(?:an?|its|the|their)\s+(?:[\w\"“”-]+\s+){0,2}?(?:blacklist|sanctions list|entity list|entities list|export[- ]control list))"),
    # "Russia has been hit by unprecedented Western sanctions"
    ("SANCTIONS", "sanctions.hit_by", r"{T}\s+{pre}(?:has been|have been|had been|was|were|is|are|being)\s+(?:\w+\s+)?(?:hit|targeted|squeezed|battered|crippled|punished)\s+(?:hard\s+)?by\s+(?:[\w-]+\s+){0,2}?{S}\s+{MOD}{SN}"),
    # "halted all oil shipments to the United States in retaliation for …": trade stopped to punish is a sanction
    # "China has kept restrictions on exports of rare earths that it imposed in retaliation for the American tariffs"
    ("SANCTIONS", "sanctions.measures_in_retaliation", r"{S}\s+{pre}(?:imposed|introduced|kept|maintained|announced|placed)\s+(?:[\w-]+\s+){0,2}?(?:restrictions|curbs|controls|tariffs|duties|bans?|limits|levies)\b(?:[^«»;.]|«\d+»){0,90}?\bin\s+(?:retaliation|response|reprisal)\s+(?:for|to|against)\s+(?:the\s+)?{T}"),
    ("SANCTIONS", "sanctions.halted_in_retaliation", r"{S}\s+{pre}(?:halt|stop|cut|suspend|end|ban|embargo|clos)\w*\s+(?:off\s+)?(?:all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:shipments|exports|supplies|sales|deliveries|imports|trade|flights|purchases)\s+(?:to|from|with)\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:on\s+)?\w+day\s+)?in\s+(?:retaliation|reprisal|response|protest)\b"),
    # "froze all new trade and investment with Canada"
    ("SANCTIONS", "sanctions.froze_trade_with", r"{S}\s+{pre}" + FREEZE_V + r"\s+(?:all\s+|most\s+of\s+|much\s+of\s+)?(?:its\s+|their\s+|«\d+»\s+)?(?:new\s+|official\s+|bilateral\s+)?(?:trade|investment|business|dealings|commerce)(?:\s+and\s+(?:new\s+)?(?:trade|investment|business|dealings))?\s+(?:(?:ties|links|agreements?|deals?|accords?|pacts?)\s+)?with\s+(?:the\s+)?{T}(?!{poss})"),
    ("SANCTIONS", "sanctions.freeze", r"{S}\s+{pre}" + FREEZE_V + r"\s{g}{T}{poss}?\s+(?:[\w-]+\s+){0,3}?(?:assets|reserves|funds|accounts|propert(?:y|ies)|holdings)\b(?!\s+(?:earmarked\s+|meant\s+|destined\s+)?for\b)"),
    # "has frozen about 20 billion euros of EU funds for Hungary"
    ("SANCTIONS", "sanctions.freeze_funds_for", r"{S}\s+{pre}" + FREEZE_V + r"\s{g}(?:«\d+»\s+)?(?:(?:funds|payments|money|subsidies|aid|financing|grants|loans|credits)\s+(?:earmarked\s+|meant\s+|destined\s+)?for|(?:grants|loans|credits)\s+to)\s+(?:the\s+)?{T}"),
    # "agreed to cut several Russian banks off from the SWIFT international payment system"
    ("SANCTIONS", "sanctions.cut_off_from_swift", r"{S}\s+{pre}(?:cut(?:s|ting)?|disconnect(?:s|ed|ing)?|exclud(?:es?|ed|ing)|expel(?:s|led|ling)?|remov(?:es?|ed|ing)|bar(?:s|red|ring)?|block(?:s|ed|ing)?)\s+(?:off\s+)?(?:(?:several|some|major|key|selected|most|all|the|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:[\w-]+\s+)?{T}(?:{poss})?(?:\s+(?:[\w-]+\s+)?(?:banks|lenders|financial\s+institutions))?\s+(?:off\s+)?from\s+(?:the\s+)?(?:SWIFT|international\s+(?:payments?|banking|financial)\s+(?:system|network))"),
    # "suspended high-level contacts with Tokyo", "froze military exchanges with Washington" (not "cut diplomatic ties": a rupture)
    # "Beijing suspended talks on a free trade agreement with Norway"
    ("SANCTIONS", "sanctions.suspended_trade_talks", r"{S}\s+{pre}(?:suspend(?:s|ed|ing)?|fr(?:oze|eez(?:es?|ing))|halt(?:s|ed|ing)?|broke\s+off|break(?:s|ing)?\s+off)\s+" + TRADE_TALKS + r"\s+with\s+(?:the\s+)?{T}"),
    ("SANCTIONS", "sanctions.suspended_contacts", r"{S}\s+{pre}(?:suspend(?:s|ed|ing)?|fr(?:oze|eez(?:es?|ing))|halt(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|(?:cut|cuts|cutting)\s+off|sever(?:s|ed|ing)?)\s+" + CONTACTS_WITH + r"\s+(?:the\s+)?{T}"),
    # "used anti-terrorism legislation on Wednesday to freeze the British assets of the collapsed Icelandic bank": the means
    # before the verb, a state's adjective before the assets
    ("SANCTIONS", "sanctions.freeze_of", r"{S}\s+(?:used\s+(?:[^«»;,.]){0,60}?\s+to\s+)?{pre}" + FREEZE_V + r"\s{g}(?:«\d+»\s+)?\b(?:assets|reserves|funds|accounts|propert(?:y|ies)|holdings)\s+(?:of|belonging to|held by|owned by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?{T}"),
    # "voted to impose an arms embargo on Libya and to freeze the assets of Muammar Gaddafi": a second measure, on another target
    ("SANCTIONS", "sanctions.and_freeze", r"{S}\s+{pre}" + SANCTION_V + r"\s(?:[^«»;.]|«\d+»){0,80}?\s+and\s+(?:to\s+)?(?P<v>" + FREEZE_V + r")\s+(?:the\s+)?(?:[\w-]+\s+)?(?:assets|funds|accounts|propert(?:y|ies)|holdings)\s+(?:of|belonging\s+to|held\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?{T}"),
    # "Britain and West Germany, which had joined American sanctions against Iran": those who join sanctions impose them too
    ("SANCTIONS", "sanctions.joined", r"{S}\s+{pre}join(?:ed|s|ing)?\s+(?:the\s+|their\s+|its\s+)?(?:«\d+»\s+|[\w-]+\s+){0,3}?sanctions\s+(?:against|on)\s+(?:the\s+)?{T}"),
    # "provoking a British boycott of Iranian oil", "Arab states boycotted Israeli goods": a boycott of a state's trade
    ("SANCTIONS", "sanctions.boycott", r"{S}(?:{poss}\s+|\s+{pre})boycott(?:s|ed|ing)?(?:\s+of)?\s+(?:the\s+|all\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:oil|goods|products|imports|exports|produce|companies|firms|brands|trade)\b"),
    # ("the bloc's arms embargo on China": a possessor's; not "vetoed the extension of a UN arms embargo on Mali", which ends it)
    ("SANCTIONS", "sanctions.nominal", NOT_YET_IMPOSED + r"{S}(?:{poss}|-led)?\s+{MOD}(?:(?:shipping|oil|energy|trade|banking|technology|export|import|sectoral|personal|individual|western)\s+|(?<=['’]s\s)(?:arms|weapons)\s+)?{SN}\s+(?:(?:regime|programme|program|package|measures)\s+)?(?:on|against|targeting)\s+(?:the\s+)?{T}"),
    # "since Western sanctions cut Russia off from European markets", "US sanctions have crippled Iran's economy": the sanctions' subject
    ("SANCTIONS", "sanctions.nominal_hit", NOT_YET_IMPOSED + r"{S}(?:{poss}|-led)?\s+{MOD}(?:(?:shipping|oil|energy|trade|banking|technology|export|import|sectoral|economic|financial)\s+)?{SN}\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+|also\s+)?"
     r"(?:cut(?:\s+off)?|crippled|cripples?|hit|hits|squeezed|squeezes|isolated|isolates|choked|chokes|hurt|hurts|battered|strangled|crushed|devastated|hammered|punished)\s+(?:the\s+)?{T}(?!\s+(?:firms|companies|banks|entities|individuals|businesses|exporters|importers|oligarchs|officials)\b)"),
    # "UN Security Council sanctions imposed over Pyongyang's nuclear and missile programmes": sanctions over a state's acts are on it
    ("SANCTIONS", "sanctions.imposed_over", r"{S}(?:{poss}|-led)?\s+{MOD}{SN}\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:first\s+)?(?:imposed|placed|levied|adopted)\s+(?:in\s+\d{4}\s+)?(?:over|for|because\s+of|in\s+response\s+to)\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,4}?(?:programmes?|programs?|tests?|annexation|invasion|war|actions|role|support|abuses|crackdown|conduct|activities|occupation|aggression)\b"),
    # "demanded that Stockholm lift an arms embargo it imposed on Turkey": the embargo named is in force
    # "breaking the boycott that the Organization of American States imposed on Fidel Castro's government in 1964"
    ("SANCTIONS", "sanctions.that_imposed_on", r"\b(?:{SN}|boycott|blockade)\s+(?:that|which)\s+(?:the\s+)?{S}\s+(?:had\s+|has\s+|have\s+)?(?:imposed|placed|slapped|levied|declared|ordered)\s+(?:on|against)\s+(?:the\s+)?{T}"),
    # "asked the European Union to lift its arms embargo on Libya": the embargo is the one asked's, and in place
    ("SANCTIONS", "sanctions.asked_to_lift_its", r"\b(?:urg(?:es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|persuad(?:es?|ed|ing)|appeal(?:s|ed|ing)?\s+to)\s+(?:the\s+)?{S}\s+to\s+(?:lift|ease|end|remove|scrap|drop|relax)\s+(?:its|their|«\d+»)\s+(?:[\w-]+\s+){0,2}?(?:embargo|sanctions|ban|blockade)\s+(?:on|against)\s+(?:the\s+)?{T}"),
    ("SANCTIONS", "sanctions.lift_what_it_imposed", r"{S}\s+{pre}(?:lift|end|eas|remov|scrap|drop|maintain|keep|kept|extend|renew)\w*\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:embargo|sanctions|ban|restrictions)\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:imposed|placed|slapped|levied)\s+on\s+(?:the\s+)?{T}"),
    # "China has retaliated by banning tour groups to South Korea": a ban in retaliation is a sanction
    ("SANCTIONS", "sanctions.retaliated_by_banning", r"{S}\s+{pre}(?:retaliat(?:ed|es|ing)|responded|hit\s+back)\s+by\s+(?:banning|barring|suspending|halting|restricting|blocking|imposing|cutting)\s+(?:(?!(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|talks)\b)[^«»;.]){0,50}?\b(?:to|from|on|with|against)\s+(?:the\s+)?{T}"),  # (an agreement suspended is no sanction)
    # "Despite sanctions imposed by the United States, Iran continued to sell oil": the sentence's subject is sanctioned
    ("SANCTIONS", "sanctions.despite_imposed_by", r"\b(?:despite|amid|under|because\s+of|in\s+spite\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?sanctions\s+(?:(?:imposed|placed|levied)\s+)?(?:on\s+it\s+)?by\s+(?:the\s+)?{S}\s*,\s+(?:the\s+)?{T}\s+(?!(?:and|or)\b)"),
    # "The sanctions, the fifth package imposed by Washington on Moscow this year"
    ("SANCTIONS", "sanctions.package_imposed_by", r"\b(?:package|round|set|tranche|wave)\s+(?:of\s+(?:sanctions|measures|penalties)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:imposed|placed|levied|slapped|adopted|announced|approved)\s+by\s+(?:the\s+)?{S}\s+(?:on|against)\s+(?:the\s+)?{T}"),
    # "sanctions against Syria, which have been imposed by the US and the EU"
    # "Sanctions on Russia, which the EU has renewed every six months since 2014"
    ("SANCTIONS", "sanctions.which_actor_imposed", r"{SN}\s+(?:on|against)\s+(?:the\s+)?{T}\s*,\s+(?:which|that)\s+(?:the\s+)?{S}\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?(?:imposed|renewed|extended|prolonged|tightened|expanded|adopted|maintained|kept)\b"),
    ("SANCTIONS", "sanctions.which_imposed_by", r"{SN}\s+(?:on|against)\s+(?:the\s+)?{T}\s*,\s+(?:which|that)\s+(?:have\s+been|has\s+been|had\s+been|were|are|was)\s+(?:\w+\s+)?(?:imposed|placed|levied|slapped|adopted)\s+by\s+(?:the\s+)?{S}"),
    ("SANCTIONS", "sanctions.passive_by_on", r"{SN}\s+(?:(?:were|was|have been|had been|are|is)\s+)?(?:\w+\s+)?(?:imposed|placed|levied|slapped|decided|adopted|announced|approved|agreed)\s+by\s+(?:the\s+)?{S}\s+(?:on|against)\s+(?:the\s+)?{T}"),
    ("SANCTIONS", "sanctions.nominal_actors", r"{S}(?:{poss}|-led)?\s+{MOD}{SN}\s+(?:on|against|targeting)\s+" + OF_ACTOR),
    # "The EU has opposed Russia's offensive, imposing 14 rounds of sanctions on Moscow"
    ("SANCTIONS", "sanctions.participle", r"{S}\s(?:[^«»;.]|«\d+»){0,80}?,\s+(?:imposing|slapping|levying|adopting)\s{g}{MOD}{SN}\s+(?:on|against)\s+(?:the\s+)?{T}"),
    # the sanctions a target evades exist: "Belarus attempts to ease sanctions by the U.S. and EU",
    # "Moscow circumvented Western sanctions" (the state itself: "Chinese companies evading Western
    # sanctions" evade those on someone else)
    ("SANCTIONS", "sanctions.evaded_by", EVADES + r"(?:the\s+)?{MOD}{SN}\s+(?:imposed\s+|levied\s+)?by\s+(?:the\s+)?{S}"),
    ("SANCTIONS", "sanctions.evaded", EVADES + r"(?:the\s+)?{S}(?:-led|{poss})?\s+{MOD}{SN}"),
    # "a decision by the Chinese government to place sanctions on a range of Australian agricultural products"
    ("SANCTIONS", "sanctions.decision_by", r"\b(?:decision|move)\s+by\s+(?:the\s+)?{S}(?:\s+(?:government|administration|authorities))?\s+to\s+(?:impose|place|slap|levy)\s{g}{SN}\s+(?:on|against)\s+(?:[\w-]+\s+){0,4}?{T}"),
    ("SANCTIONS", "sanctions.passive", r"{SN}\s+(?:(?:were|was|have\s+(?:all\s+|also\s+)?been|has\s+(?:also\s+)?been|had\s+(?:all\s+|also\s+)?been|are|is)\s+)?(?:\w+\s+)?(?:imposed|placed|levied|slapped)\s+(?:on|against)\s+(?:the\s+)?(?:(?:two|three|four|five|six|several|dozens\s+of|\d+)\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:(?:companies|firms|entities|individuals|officials|banks)\s+)?by\s+(?:the\s+)?{S}"),
    # "Sanctions on the two men were also announced by New Zealand"
    ("SANCTIONS", "sanctions.on_passive", r"{SN}\s+(?:on|against)\s+(?:the\s+)?{T}\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|will\s+be)\s+)?(?:\w+\s+)?(?:imposed|placed|levied|slapped|announced|adopted|approved|agreed)\s+(?:\w+\s+)?by\s+(?:the\s+)?{S}"),
    ("SANCTIONS", "sanctions.passive_subject", r"{T}\s+{pre}(?:was|were|is|are|has been|have been|had been)\s+(?:sanctioned|hit with sanctions|targeted with sanctions|placed under sanctions)\s+by\s+(?:the\s+)?{S}"),
    ("SANCTIONS", "sanctions.led_by", r"{SN}\s+(?:\w+\s+)?led by\s+(?:the\s+)?{S}\s{x}\b(?:hit|hurt|crippled|destroyed|targeted|target|battered|squeezed|devastated|imposed on|against|on)\s{g}{T}"),
    ("SANCTIONS", "sanctions.effect", r"{S}(?:-led)?\s+{MOD}{SN}\s{x}\b(?:hit|hurt|crippled|destroyed|targeted|target|battered|squeezed|devastated)\s{g}{T}"),
    # VETOES
    ("VETOES", "veto.active", r"{S}\s+{pre}(?:vetoe[sd]|veto|vetoing|blocked|blocks|block)\s{x}\bresolutions?\b{x}\s(?:on|against|concerning|regarding|targeting|condemning|over|about|for|critical\s+of)\s+(?:the\s+)?{T}"),
    # "vetoed a resolution calling on Moscow to withdraw its forces from Hungary": the resolution is about Hungary
    # "A draft that would have had three Security Council members look into Israel's treatment of Palestinians ... was
    # blocked by an American veto": a text vetoed, in the passive, on the state it concerned
    ("VETOES", "veto.blocked_by_veto", r"\b(?:draft|resolution|text)\s+(?:[^;.«»]|«\d+»(?=\s+(?:members?|council|envoys?|monitors|inspectors)\b)){0,80}?{T}(?!\s+(?:members?|council|envoys?|monitors|inspectors)\b)(?:[^;.«»]|«\d+»){0,120}?\b(?:was|were|had\s+been|has\s+been)\s+(?:blocked|killed|defeated|struck\s+down)\s+by\s+(?:an?\s+|the\s+)?{S}\s+veto\b"),
    ("VETOES", "veto.withdraw_from", r"{S}\s+{pre}(?:vetoe[sd]|veto|vetoing|blocked)\s{x}\b(?:resolution|draft|measure|text)\b[^;.«»]{0,40}?\b(?:calling\s+(?:on|for)|demanding(?:\s+that)?|urging)\s+(?:[^;.]){0,60}?\b(?:withdraw(?:al)?|pull|leave)\s+(?:[^;.«»]|«\d+»){0,30}?\b(?:from|out\s+of)\s+(?:the\s+)?{T}"),
    ("VETOES", "veto.renewal", r"{S}\s+{pre}(?:vetoe[sd]|veto|vetoing)\s{x}\b(?:renewal|extension|draft|text|measure|motion|proposal)\b{x}\s(?:on|against|concerning|regarding|targeting|condemning|over|about|for)\s+(?:the\s+)?{T}"),
    ("VETOES", "veto.about", r"{S}\s+{pre}(?:vetoe[sd]|veto|vetoing|blocked|blocks|block)\s{x}\b(?:resolution|action|measure|attempt|proposal|draft|bid|renewal|extension)\b(?:(?!\bby\b)[^;.]){0,120}?(?<!\bby\s)(?<!\bby the\s)(?<!\bfrom\s)(?<!\bwith\s)(?<!\bat the\s){T}(?!\s+(?:experts?|monitors?|inspectors?|peacekeep\w*|mission|panel|team|officials?|envoys?|observers?|resolutions?|drafts?|membership|charter|members?|(?:peace\s+)?(?:plan|proposal|initiative|roadmap))\b)(?!-|{poss}\s+(?:ambassador|envoy|delegation|representative))(?!(?:{poss})?\s+(?:(?:air|military|missile|drone)\s+)?(?:invasion|war|aggression|attacks?|occupation|annexation|raids?|strikes?|airstrikes?|bombings?|intervention|incursions?|shelling|offensive|operations?)\s+(?:of|on|in|into|against)\s)"),  # (not the «American» raids on Libya: the resolution is about Libya)
    # "Russia cast its seventh veto to protect the Syrian government", "cast a veto on Syria"
    ("VETOES", "veto.cast", r"{S}\s+{pre}(?:" + CAST_VETO + r"\s+(?:on|against|over|concerning)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?|" + VETO_TO_SHIELD + r"\s+(?:the\s+)?){T}"),
    # "China also voted against the draft, its sixth veto on Syria"
    ("VETOES", "veto.voted_against_its_veto", r"{S}\s+{pre}(?:also\s+)?voted\s+against\s+(?:the\s+)?(?:[\w-]+\s+)?(?:draft|resolution|text|measure)\s*,\s+(?:its|their|«\d+»)\s+(?:[\w-]+\s+)?veto\s+(?:on|over|concerning|regarding)\s+(?:the\s+)?{T}"),
    ("VETOES", "veto.passive", r"\bresolutions?\b{x}\s(?:on|against|concerning|regarding|targeting|condemning|condemned|critici[sz]ed|censured|over|about|critical\s+of|in)\s+(?:the\s+)?{T}{x}\s(?:was|were|has been|had been|is)\s+(?:\w+\s+)?(?:vetoed|blocked)\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?by\s+(?:both\s+)?(?:the\s+)?{S}"),
    # "the United States vetoed the Palestinian bid for full UN membership"
    # "Russia, which has shielded Damascus from three Security Council resolutions with its veto"
    ("VETOES", "veto.shielded_from", r"{S}\s+{pre}(?:shield(?:s|ed|ing)?|protect(?:s|ed|ing)?)\s+(?:the\s+)?{T}\s+from\s+(?:[\w-]+\s+){0,3}?(?:«\d+»\s+)?(?:[\w-]+\s+)?resolutions?\s+(?:[^«»;.]|«\d+»){0,30}?\bvetoe?s?\b"),
    ("VETOES", "veto.bid_of", r"{S}\s+{pre}(?:vetoe[sd]|vetoing|blocked|blocks)\s+(?:the\s+|a\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:bid|application|request|candidacy|admission|entry|accession)\b"),
    # "A Soviet veto had kept Tokyo out of the world body since 1952"
    ("VETOES", "veto.veto_kept_out", r"{S}(?:{poss})?\s+vetoe?s?\s+(?:(?:had|has|have)\s+)?(?:long\s+|repeatedly\s+)?(?:kept|keeps|keeping|barred|bars|blocked|blocks)\s+(?:the\s+)?{T}\s+(?:out\s+of|from)\s+(?:the\s+)?(?:«\d+»|(?:world\s+body|organi[sz]ation|United\s+Nations|UN)\b)"),
    # "China and Russia have coordinated their vetoes on Syria": the vetoes of the pair
    ("VETOES", "veto.pair_their_vetoes", r"{S}\s+{pre}(?:[\w-]+\s+){0,2}?their\s+(?:[\w-]+\s+)?vetoe?s?\s+(?:on|over|of|against)\s+(?:(?:resolutions?|drafts?)\s+(?:on|about|over|against)\s+)?(?:the\s+)?{T}"),
    ("VETOES", "veto.nominal", r"{S}{poss}\s+(?:(?:repeated|latest|lone|sole|first|second|third|\d+(?:st|nd|rd|th))\s+)?veto(?:es)?\s+(?:of|on|against)\s{x}\s(?:on|against|concerning|regarding|targeting|condemning|over|about)\s+(?:the\s+)?{T}"),
    # CONDEMNS
    # "accused its Chinese counterpart", "accused one Philippine vessel of ramming"
    # "Kallas said the bloc would propose new sanctions and accused Russia of waging a hybrid war": the sayer's second verb
    # "The State Department sent a note to Moscow protesting the continued presence of Soviet forces"
    # "sent notes to Moscow and London complaining that the Polish Government was arresting …": the complaint's subject
    ("CONDEMNS", "condemn.note_complaining_that", NOTE_SENT_TO + r"«\d+»\s+(?:(?:today|yesterday|(?:on\s+)?\w+day)\s+)?(?:complaining|protesting|charging|alleging)\s+that\s+(?:the\s+)?{T}"),
    # "sent Mr. Inonu a message protesting against the raids", "handed Moscow a protest note"
    ("CONDEMNS", "condemn.sent_him_note_protesting", r"{S}\s+{pre}(?:sent|delivered|handed|addressed)\s+(?:the\s+)?{T}(?!{poss})\s+(?:an?\s+|a\s+strongly\s+worded\s+)?(?:(?:sharp|stiff|formal|strong)\s+)?(?:(?P<pn>protest)\s+)?(?:notes?|letters?|messages?|telegrams?|cables?)\s+(?(pn)|(?:of\s+protest\b|protesting(?!\s+that\b)|condemning|denouncing|objecting\s+to|complaining\s+(?:of|about)))"),
    ("CONDEMNS", "condemn.note_protesting", NOTE_SENT_TO + r"{T}\s+(?:(?:today|yesterday|(?:on\s+)?\w+day)\s+)?(?:protesting(?!\s+that\b)|condemning|denouncing|objecting\s+to|complaining\s+(?:of|about)|accusing|(?:voicing|expressing)\s+(?:[\w-]+\s+)?(?:concern|alarm|displeasure|dissatisfaction|indignation|outrage))\b"),
    # "Chavez said Colombia had violated Venezuela's sovereignty … and demanded an apology from President Uribe"
    ("CONDEMNS", "condemn.said_and_demanded_apology", SAID_THEN + r"(?P<v>demanded|sought)\s+" + AMENDS_DEMANDED + r"\s+from\s+(?:the\s+)?{T}(?!{poss})"),
    ("CONDEMNS", "condemn.said_and_accused", SAID_THEN + r"(?P<v>accused|condemned|criticised|criticized|blamed|denounced|slammed|lambasted)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Aliyev has demanded that Moscow admit guilt, punish those responsible and pay compensation"; "demanded an apology from Russia"
    ("CONDEMNS", "condemn.demanded_that", r"{S}\s+{pre}(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?)\s+(?:that\s+)?(?:the\s+)?{T}\s+(?:(?:must|should)\s+)?(?:admit|acknowledge|apologi[sz]e|pay\s+(?:compensation|reparations)|take\s+responsibility|accept\s+(?:responsibility|blame|guilt)|punish|(?:hand|turn)\s+(?:[\w-]+\s+){0,4}?over\b|extradite)\b"),
    ("CONDEMNS", "condemn.demanded_apology", r"{S}\s+{pre}(?:demand(?:s|ed|ing)?|sought|seeks?|seeking)\s+(?:an?\s+)?(?:official\s+|formal\s+|public\s+|full\s+)?(?:apology|compensation|reparations|admission\s+of\s+(?:guilt|responsibility))(?:\s+and\s+" + AMENDS_DEMANDED + r")?\s+from\s+(?:the\s+)?{T}(?!{poss})"),
    # "Slovenia declared Netanyahu persona non grata"
    ("CONDEMNS", "condemn.persona_non_grata", r"{S}\s+{pre}(?:declared|declares|declaring|declare|named|designated)\s+(?:the\s+)?{T}\s+(?:an?\s+)?[\"“]?persona\s+non\s+grata"),
    # "... shot down Russian drones that had entered Polish airspace, an incursion Warsaw called an act of aggression"
    ("CONDEMNS", "condemn.apposed_act_called", r"{T}\s+(?:[\w-]+\s+)?(?:drones|missiles|jets|aircraft|warplanes|planes|troops|forces|soldiers|ships|warships|vessels|balloons)\b(?:(?!\b(?:drones|missiles|jets|aircraft|warplanes|planes|troops|forces|soldiers|ships|warships|vessels)\b)[^;.«»]|«\d+»){0,60}?,\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:incursion|attack|act|move|violation|provocation|strike|intrusion)\s+(?:that\s+|which\s+)?(?:the\s+)?{S}\s+(?:has\s+|had\s+)?(?:called|described\s+as|termed|branded|denounced\s+as|condemned\s+as)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:act\s+of\s+aggression|aggression|" + JUDGMENTS + r")"),
    # "Milei dismissed the events as a fraudulent coup staged by Arce": what is said to be staged blames its stager
    ("CONDEMNS", "condemn.dismissed_as_staged_by", r"{S}\s+{pre}(?:dismiss|describ|call|brand|label+|term)(?:es|ed|s|ing)?\s+(?:the\s+|it\s+|them\s+)?(?:[\w-]+\s+){0,3}?(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:staged|orchestrated|engineered|fabricated|plotted|faked|set\s+up)\s+by\s+(?:the\s+)?{T}(?!{poss})"),
    # "Russia's invasion of Ukraine, which Washington has repeatedly denounced": the doer of the act condemned
    # "Tokyo will break off relations with Taipei, a move that Beijing welcomed and Taipei denounced": the subject's move
    ("CONDEMNS", "condemn.subject_move_that", r"\A[\s“\"]*(?:(?:On|Later|Earlier)\s+\w+\s*,\s+)?(?:the\s+)?{T}\s+(?!(?:said|says|told|announced|reported|warned|claimed)\b)(?:(?!\b(?:said|says|told|announced|reported|that|after|when|because|if)\b)[^;«»]|«\d+»){0,160}?,\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:move|step|decision)\s+(?:that|which)\s+(?:the\s+)?{S}\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?P<v>condemned|denounced|critici[sz]ed|slammed|decried|deplored|protested|rejected|called|branded|described\s+as)\b"),
    # "Putin and Xi signed a joint statement … condemning what they called American efforts to contain both countries"
    ("CONDEMNS", "condemn.joint_statement_condemning", r"{S}\s+{pre}(?:signed|issued|adopted|released)\s+(?:a\s+)?joint\s+(?:statement|declaration|communiqu[eé])\s(?:[^«»;.]){0,120}?\b(?:condemning|denouncing|criticising|criticizing|opposing|rejecting)\s+(?:what\s+(?:they|it)\s+(?:called|termed|described\s+as)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?{T}"),
    ("CONDEMNS", "condemn.act_which", r"{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:invasion|war|attacks?|strikes?|aggression|annexation|occupation|actions?|polic(?:y|ies)|decision|move|offensive|bombing|crackdown|tests?|launch(?:es)?|programme|program|incursions?|seizure|blockade)\b(?:\s+(?:of|on|against|in)\s+(?:the\s+)?«\d+»)?,\s+which\s+{S}\s+{pre}(?:condemned|denounced|critici[sz]ed|slammed|decried|deplored|protested|rejected\s+as)\b"),
    # (not a note's addressee before its writer's participle: "sent notes to Moscow and London complaining that …")
    ("CONDEMNS", "condemn.active", r"(?<!\bto\s)(?<!\bto\sthe\s){S}\s+{pre}" + CONDEMN_V + r"\s+" + NEIGHBOUR + r"(?:(?:the\s+)?(?:brutality|cruelty|barbarity|barbarism|actions|behaviou?r|conduct|crimes|atrocities|aggression|repression|treatment|policies|provocations|forces|troops|army|regime|militias?)\s+of\s+(?:the\s+)?|the\s+(?:new\s+)?|both\s+|(?:Mr|Mrs|Ms)\.?\s+(?=«)|its\s+|their\s+|one\s+|an?\s+|(?:his|her)\s+(?=«\d+»\s+(?:on\s+\w+day\s+)?of\b)|(?:two|three|four|five|six|several|\d+)\s+(?=«\d+»\s+(?:[\w-]+\s+){0,2}?(?:media|outlets|officials|diplomats|companies|firms|banks|entities|agents|spies|hackers|vessels|ships)\b))?{T}"),
    ("CONDEMNS", "condemn.possessive_object", r"{S}\s+{pre}" + CONDEMN_V + r"[\"”]?\s(?:(?!\b(?:as|of)\b)[^«»;.]){0,45}?{T}(?:\s+(?!(?:and|or|of|in|to|for|with)\b)[\w-]+){0,3}?{poss}"),
    # "Russia condemned the recent U.S. airstrikes on Iran"
    # "Pakistan has long alleged that the Taliban provides refuge to militants"
    ("CONDEMNS", "condemn.alleged_that", r"{S}\s+{pre}(?:alleg(?:es|ed|ing)\s+(?:that\s+)?|charg(?:es|ed|ing)\s+(?:in\s+(?:response|reply)\s+)?that\s+)(?:the\s+)?{T}(?!-|{poss})"),
    # "Petro said that Netanyahu is a "genocidal"": an epithet stated of the target
    # ("said the decree proved that Russia was an aggressor state": what an act shows of its doer)
    ("CONDEMNS", "condemn.said_is_epithet", r"{S}\s+{pre}(?:said|says|saying|declared|stated|insisted|argued|told\s+(?:reporters|journalists|supporters|donors|the\s+press|an?\s+[\w-]+(?:\s+[\w-]+)?))\s+(?:(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:proved|proves|showed|shows|demonstrated|demonstrates|confirmed|confirms)\s+)?(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:is|was|are|were|remains|constitutes?|constituted|poses?|posed|represents?|represented)\s+(?:part\s+of\s+)?(?:an?\s+|the\s+|full\s+of\s+)?[\"“'‘]?(?:(?!(?:victim|target|fighting|against|not|no|never)\b)[\w-]+\s+)?[\"“'‘]?(?:" + EPITHETS + r"|genocid|arrogan|hypocri|lies\b|axis\s+of\s+evil)\w*\b"),
    # "Pakistan holds the Taliban government responsible for harbouring militants"
    # "joined calls for Israel to be held accountable", "said Russia must be held accountable"
    ("CONDEMNS", "condemn.calls_held_accountable", r"{S}\s+{pre}(?:call(?:s|ed|ing)?|join(?:s|ed|ing)?\s+(?:the\s+|growing\s+|international\s+)?calls|demand(?:s|ed|ing)?|urg(?:es|ed|ing)|press(?:es|ed|ing))\s+for\s+(?:the\s+)?{T}\s+to\s+be\s+" + HELD_ACCOUNTABLE),
    ("CONDEMNS", "condemn.said_held_accountable", r"{S}\s+{pre}(?:said|says|insisted|insists|stressed|stresses|declared)\s+(?:(?:[^«»;.]|«\d+»){0,80}?\s+and\s+(?=that\s))?(?:that\s+)?(?:the\s+)?{T}\s+(?:must|should|has\s+to|have\s+to|will|would)\s+be\s+" + HELD_ACCOUNTABLE),
    # "Xi called on members to oppose hegemonism, a veiled swipe at the United States"
    ("CONDEMNS", "condemn.swipe_at", r"{S}\s+{pre}[a-z]+\s(?:[^«»;.]|«\d+»){0,120}?,\s+(?:in\s+)?(?P<v>an?\s+|what\s+was\s+seen\s+as\s+an?\s+)(?:thinly[- ])?(?:veiled\s+|implicit\s+|apparent\s+|clear\s+)?(?:swipe|dig|jab|attack|criticism|rebuke|broadside|warning)\s+(?:at|on|against|to)\s+(?:the\s+)?{T}"),
    # "said the strikes had violated international law"
    # "Peskov said Kyiv had sabotaged the dam": a charge of sabotage
    ("CONDEMNS", "condemn.said_sabotaged", r"{S}\s+{pre}(?:said|says|claimed|claims|insisted|insists|alleged|alleges|charged)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:had\s+|has\s+|have\s+)?(?:deliberately\s+)?(?:sabotaged|blown\s+up|blew\s+up)\b"),
    # "Ayrault said Russia's veto made it complicit in war crimes"
    ("CONDEMNS", "condemn.said_complicit", r"{S}\s+{pre}(?:said|says|charged|argued|insisted)\s+(?:that\s+)?(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:vetoe?s?|support|backing|silence|inaction|decision|policy|role))?\s+(?:was|is|were|are|had\s+become|has\s+become|made\s+(?:it|them|«\d+»)|makes\s+(?:it|them|«\d+»))\s+(?:\w+ly\s+)?complicit\b"),
    # "A UN inquiry found that the blockade was legal but that Israeli commandos had used excessive force"
    ("CONDEMNS", "condemn.inquiry_found", r"{S}(?:{poss})?\s+(?:[\w-]+\s+)?(?:inquiry|investigation|probe|panel|commission|committee|investigators|inspectors|fact-finding\s+mission)\s(?:[^;.«»]){0,50}?\b(?:found|finds|concluded|concludes|determined|established)\s+(?:[^;.«»]){0,70}?\bthat\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:used\s+(?:excessive|disproportionate|unreasonable|unlawful|indiscriminate)|violated|breached|committed|(?:was|were)\s+responsible|(?:was|were)\s+behind|carried\s+out|fired|shot\s+down|killed|(?:helped\s+)?(?:plan|planned|organi[sz]e|organi[sz]ed|plot|plotted|instigate|instigated|mastermind|masterminded|finance|financed|arm|armed))\b"),
    # "Obama said China's quotas gave its own manufacturers an unfair advantage"
    # "Trudeau said China was not playing by the same rules as other countries"
    ("CONDEMNS", "condemn.said_not_by_rules", r"{S}\s+{pre}(?:said|says|complained|complains|argued|argues|charged|charges)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:was|is|were|are|has\s+been|had\s+been)\s+not\s+play(?:ing)?\s+by\s+the\s+(?:same\s+)?rules\b"),
    # "Powell told the UN Security Council that Iraq was hiding banned weapons"
    ("CONDEMNS", "condemn.said_hiding", r"{S}\s+{pre}(?:said|says|told\s+(?:the\s+)?(?:«\d+»|[\w-]+(?:\s+[\w-]+){0,2}?)(?:\s+on\s+\w+day)?|charged|alleged|claimed|insisted)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:hiding|concealing|harbou?ring|sheltering|stockpiling)\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|missiles|terrorists|militants|extremists|insurgents)\b"),
    ("CONDEMNS", "condemn.said_unfair", r"{S}\s+{pre}(?:said|says|complained|complains|argued|argues|charged|charges)\s+(?:that\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,8}?(?:an?\s+)?unfair(?:ly)?\s+(?:advantage|competition|trade|trading|practices|subsidies|treatment|edge|rules|dumping|favou?r)"),
    # "King Juan Carlos told Hugo Chavez to shut up": a rebuke
    # ("told Putin as they shook hands that he needed to get out of Ukraine": an order to leave)
    ("CONDEMNS", "condemn.told_to_shut_up", r"{S}\s+{pre}(?:told|tells|telling|ordered)\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:on\s+)?\w+day\s+)?" + AS_THEY_MET
     + r"(?:(?:that\s+)?(?:he|she|it|they)\s+(?:needed|needs|had|has|must|should)\s+)?to\s+(?:shut\s+up|be\s+quiet|keep\s+quiet|get\s+lost|go\s+to\s+hell|stop\s+lying|mind\s+(?:his|her|its|their)\s+own\s+business|stay\s+out\s+of|get\s+out\s+of)\b"),
    # ("said the American vessel had broken Chinese and international law": the state's ship or forces)
    ("CONDEMNS", "condemn.said_violated", r"{S}\s+{pre}(?:said|says|added|insisted|stressed|told(?:\s+[\w-]+){1,3}?(?=\s+that\b))\s+(?:that\s+)?(?:(?:the|its|their)\s+(?:[\w-]+\s+)?(?:evidence|findings|report|intelligence|documents)\s+(?:showed|shows|proved|proves|demonstrated|demonstrates)\s+(?:that\s+)?)?(?:the\s+)?{T}\s+(?:(?:vessel|ship|warship|aircraft|plane|jet|drone|submarine|troops|forces|military|navy|army|coast\s+guard)\s+)?(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:violated|breached|flouted|contravened|violate|breach|broken|broke|destroyed|crushed|trampled(?:\s+on)?|suppressed|extinguished|(?:(?:was|were|is|are)\s+)?(?:harm(?:ed|ing)|undermin(?:ed|ing)|(?:infring|encroach)(?:ed|ing)\s+(?:on|upon))|(?:was|were|is|are|remains?)\s+in\s+(?:material\s+|serious\s+|clear\s+|flagrant\s+)?breach\s+of)\s+(?:[\w-]+\s+|«\d+»['’]s\s+|«\d+»\s+and\s+(?:[\w-]+\s+)?|«\d+»\s+){0,3}?(?:law|charter|sovereignty|norms|resolutions?|agreements?|treaty|ceasefire|truce|obligations|commitments|independence|freedom|liberty|democracy)\b"),
    # "Egypt said it suspected Libya, whose cargo ship passed through the Red Sea in July, of laying the mines": a charge
    ("CONDEMNS", "condemn.suspected_of", r"{S}\s+{pre}(?:suspect(?:s|ed)|suspecting)\s+(?:the\s+)?{T}(?!{poss})(?:,\s+(?:[^«»;,]){1,80}?,)?\s+of\s+(?:(?:being|having)\s+)?(?:[a-z]+ing|[a-z]+ed)\b"),
    # "complained of the double standards of the West", "denounced the hypocrisy of Washington"
    ("CONDEMNS", "condemn.double_standards_of", r"{S}\s+{pre}(?:complain(?:ed|s|ing)\s+(?:of|about)|denounc(?:ed|es|ing)|condemn(?:ed|s|ing)?|decr(?:ied|ies|y|ying)|critici[sz](?:ed|es|ing)|lament(?:ed|s|ing)?|expos(?:ed|es|ing)|assail(?:ed|s|ing)?)\s+"
     r"(?:the\s+|what\s+(?:it|he|she|they)\s+called\s+the\s+)?(?:[\w-]+\s+)?(?:double\s+standards?|hypocrisy|duplicity|arrogance|partiality|cynicism)\s+of\s+(?:the\s+)?{T}(?!{poss})"),
    # "the visit, which China said had violated Washington's promise to keep relations unofficial": the promise's giver is charged
    ("CONDEMNS", "condemn.said_broke_poss_promise", r"{S}\s+{pre}(?:said|says|charged|charges|insisted|insists|claimed|claims|argued|argues)\s+(?:that\s+)?(?:[^«»;.]{0,40}?\s)?(?:had\s+|has\s+|have\s+)?(?:violated|breached|broken|broke|betrayed|contravened|flouted)\s+{T}{poss}\s+(?:[\w-]+\s+)?(?:promises?|pledges?|commitments?|assurances?|undertakings?|word|obligations)\b"),
    # "Israel's lawyers told the court that the case was distorted and that Hamas bore responsibility for the war"
    ("CONDEMNS", "condemn.said_to_blame", r"{S}\s+{pre}(?:(?:said|says|told|tells|argued|argues|insisted|insists|stated|maintained|maintains)\s+(?:(?:[^«»;.]|«\d+»(?!\s+(?:and|or|were|was|is|are|bore|bears|must|would|will)\b)){0,80}?\s)?|(?:described|describes|called|calls)\s+[^«»;.,]{0,60}?\s(?:for\s+which|of\s+which|which|that)\s+)(?:that\s+)?(?:the\s+)?{T}(?!{poss})(?:\s+and\s+(?:the\s+)?«\d+»)?\s+"
                                          r"(?:(?:had\s+|has\s+|have\s+)?(?:brought|bring|brings)\s+(?:[\w-]+\s+){1,3}?(?:on|upon)\s+(?:itself|themselves)\b|(?:had|has|have)\s+only\s+(?:itself|themselves)\s+to\s+blame|(?:(?:would|will)\s+)?(?:bore|bears|bear|carries|carried)\s+(?:full\s+|sole\s+|direct\s+|ultimate\s+|heavy\s+|primary\s+|great\s+|the\s+)?(?:responsibility|blame|guilt)|(?:must|should|has\s+to|had\s+to)\s+(?:take|accept|bear|assume)\s+(?:full\s+)?responsibility|(?:was|is|were|are)\s+(?:to\s+blame|(?:directly\s+|fully\s+|solely\s+)?(?:responsible|culpable))\s+for\s+(?:the\s+|this\s+)?(?:[\w-]+\s+)?(?:war|attacks?|killings?|deaths|crisis|escalation|bombings?|violence|strikes?|massacres?|conflict|fighting|explosions?|blasts?|murders?|poisonings?|assassinations?|downing|shooting|sabotage))\b"),
    ("CONDEMNS", "condemn.holds_responsible", r"{S}\s+{pre}(?:holds?|held|holding)\s+(?:the\s+)?{T}(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+|(?:\s+[\w-]+){0,2}?)\s+(?:directly\s+|fully\s+|solely\s+)?(?:responsible|accountable|liable|culpable|to\s+blame)\b"),
    # "Pakistan's persistent accusations that Afghanistan's government harbors militants"
    ("CONDEMNS", "condemn.poss_accusations", r"{S}{poss}\s+(?:[\w-]+\s+){0,2}?(?:accusations|allegations|charges)\s+(?:that|against)\s+(?:the\s+)?{T}"),
    # "Iran condemned the raid as an American attempt to dominate the Gulf": a state's scheme named as the act's aim
    ("CONDEMNS", "condemn.as_state_attempt", r"{S}\s+{pre}" + CONDEMN_V + r"\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w-]+\s+){0,3}?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{T}(?:-(?:backed|led|inspired|made))?\s+(?:attempt|bid|effort|plot|ploy|scheme|conspiracy|design|manoeuvre|maneuver|trick|stunt)s?(?:\s+(?:to|against|aimed)\b|(?=\s*[.;,]))"),
    ("CONDEMNS", "condemn.adj_act", r"{S}\s+{pre}" + CONDEMN_V + r"\s+(?:(?:what\s+(?:it|they|he|she)\s+(?:called|termed|described as)\s+)?(?:the\s+|an?\s+)?[“\"‘']?)?(?:(?!of\b)[\w'’-]+\s+){0,2}?{T}\s+(?:[\w-]+\s+)?(?:embargo(?:es)?|blockade|air\s?strikes?|strikes?|attacks?|bombings?|bombardment|invasion|aggression|offensive|raids?|incursions?|actions?|moves?|decision|polic(?:y|ies)|sanctions|tariffs|provocations?)\b"),
    # ("condemned the arrest of activist X": the one arrested is no doer)
    # "Albania voted to quit the Warsaw Pact in protest against the invasion of Czechoslovakia by Soviet troops": the doer
    ("CONDEMNS", "condemn.protest_against_act_by", r"{lead}{S}\s(?:[^;.]|«\d+»){0,120}?\bin\s+protest\s+(?:against|at|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:invasion|occupation|attacks?|bombing|annexation|intervention|execution|killing|arrests?|seizure|blockade)\s+of\s+(?:[^«»;.]|«\d+»){1,60}?\s+by\s+(?:the\s+)?{T}(?!{poss})"),
    ("CONDEMNS", "condemn.act_by", r"{S}\s+{pre}" + CONDEMN_V + r"\s+(?:the\s+|a\s+|an\s+)?(?:(?!as\b)[\w“”\"'-]+\s+){0,4}?(?:decision|move|visit|trip|actions?|polic(?:y|ies)|conduct|treatment|behaviou?r|tests?|launch(?:es)?|deployment|remarks|comments|statements?|violations?|seizure|detention|arrests?|annexation|invasion|aggression|attacks?|strikes?|provocations?|crackdown|incursions?|veto(?:es)?|blockade|blocking|stance|position|posture)\s+(?:of\s+(?:(?:[\w-]+|«\d+»)\s+){1,3}?)?(?:by|(?<!arrest\s)(?<!arrests\s)(?<!detention\s)(?<!seizure\s)(?<!invasion\s)(?<!annexation\s)(?<!blockade\s)of)\s+(?:the\s+)?{T}(?!{poss})(?!\s+(?:[\w-]+\s+){0,2}?by\s)"),
    # "condemned decades of neglect and inaction by Denmark": whatever the act, its doer is condemned
    ("CONDEMNS", "condemn.by_actor", r"{S}\s+{pre}(?:condemn|denounc|critici[sz]|decr(?:y|ie)|deplor|slamm|lambast|castigat)\w*\s+(?!(?:one another|each other|him|her|them|it|us)\b)(?:(?!\b(?:according|statement|report|said|says|told)\b)[^«»;.]){1,60}?\s+by\s+(?:the\s+)?{T}(?!{poss})"),
    # "Qatar condemned the strike, calling it a 'cowardly Israeli attack'"
    # "Zelensky said the strike was a deliberate Russian attack": naming who did it, as a wrong
    ("CONDEMNS", "condemn.said_was_attack", r"{S}\s+{pre}(?:said|says|declared|insisted|claimed)\s+(?:that\s+)?(?:the|this|it|the\s+latest)\s+(?:[\w-]+\s+)?(?:of\s+(?:«\d+»\s+)?(?:[\w-]+\s+){1,2}?)?(?:was|is|were|had\s+been)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:crimes?|acts?)\s+of\s+)?{T}\s+(?:[\w-]+\s+)?(?:attacks?|aggression|strikes?|provocation|crime|terrorism|terrorist\s+act|act\s+of\s+(?:aggression|terrorism|war)|imperialism|colonialism)\b"),
    ("CONDEMNS", "condemn.calling_it", r"{S}\s(?:[^«»;.]|«\d+»){0,120}?,\s+(?P<v>calling|describing|terming|branding|labell?ing)\s+(?:it|them|this|the\s+\w+)\s+(?:as\s+)?(?:an?\s+)?[“\"‘']?(?:[\w-]+\s+){0,2}?{T}\s+(?:[\w-]+\s+)?(?:attacks?|aggression|strikes?|assault|invasion|provocation|act|crime|violation|terrorism)\b"),
    # "Macron said Israel's air strikes were unacceptable", "called Russia's actions 'extremely irresponsible behaviour'"
    # "called the move a blatant breach of Russia's international commitments": a state's word broken
    ("CONDEMNS", "condemn.breach_of_commitments", r"{S}\s+{pre}(?:called|calls|calling|described|describes|termed|terms|branded|said|says)\s+(?:[^«»;.]{0,60}?\s)?(?:an?\s+)?(?:[\w-]+\s+)?(?:breach|violation)\s+of\s+(?:the\s+)?{T}{poss}\s+"
     r"(?:[\w-]+\s+){0,2}?(?:commitments|obligations|promises|pledges|undertakings|word)\b"),
    # "The League of Nations expelled the Soviet Union for its attack on Finland": the expulsion's reason, a wrong
    ("CONDEMNS", "condemn.expelled_for", r"{S}\s+{pre}(?:expell(?:ed|s|ing)|suspend(?:ed|s|ing)|exclud(?:ed|es|ing)|eject(?:ed|s|ing)|threw\s+out|thrown\s+out)\s+(?:the\s+)?{T}(?:\s+from\s+(?:[^«»;.,]|«\d+»){1,40}?)?(?:\s+(?:on\s+)?\w+day)?\s+(?:for|over|because\s+of)\s+(?:its|their|«\d+»(?:['’]s)?)\s+(?:[\w-]+\s+){0,2}?(?:attack|aggression|invasion|war|annexation|occupation|crimes|violations|abuses|atrocities|treatment|persecution|repression|nuclear\s+(?:tests?|programme|program))\b"),
    # "Stimson told the Japanese ambassador that the bombing of a crowded city was an outrage": a judgment told to another's envoy
    ("CONDEMNS", "condemn.told_envoy_judgment", r"{S}\s+{pre}(?:told|tells|informed|informs|warned|warns|reminded)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?" + ENVOY + r"(?:\s*,\s+[^«»;,]{1,40},)?\s+that\s+(?:[^«»;.]){0,60}?\s(?:was|were|is|are|had\s+been)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:" + JUDGMENTS + r")"),
    # "Hull handed the Japanese ambassador a note demanding an apology": a protest handed to another's envoy
    ("CONDEMNS", "condemn.handed_envoy_protest", r"{S}\s+{pre}" + HANDED_V + r"\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?" + ENVOY_OR_GOVERNMENT + r"(?:\s*,\s+[^«»;,]{1,40},)?\s+(?:an?\s+|the\s+)?" + NOTE_QUALIFIER + PROTEST_NOTE),
    # "Estonia handed a protest note to the Russian ambassador"
    ("CONDEMNS", "condemn.handed_protest_to_envoy", r"{S}\s+{pre}" + HANDED_V + r"\s+(?:an?\s+|the\s+)?" + NOTE_QUALIFIER + PROTEST_NOTE + r"(?:[^«»;.]{0,60}?)?\s+to\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?" + ENVOY_OR_GOVERNMENT + r"\b"),
    # "telegraphed Nehru that the entry of Indian forces was a direct act of hostility against Pakistan"
    ("CONDEMNS", "condemn.said_forces_entry_judged", r"{S}\s+{pre}(?:(?:said|says|declared|stated|charged|protested)\s+|(?P<called>(?:called|calls|termed|terms|described|describes|branded|brands|denounced|denounces)\s+)|(?:told|telegraphed|cabled|wired|informed|wrote\s+to)\s+(?:[\w.-]+\s+|«\d+»\s+){1,4}?)(?:that\s+)?(?:the\s+)?(?:entry|advance|march|incursion|intrusion|invasion|landing|presence|dispatch|despatch|crossing|movement)\s+of\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?(?:forces|troops|army|soldiers|units|warships|aircraft|planes|tanks)\s+(?:(?:into|in|on|across)\s+(?:[^«»;.]|«\d+»){0,40}?\s)?(?(called)(?:as\s+)?|(?:was|is|were|had\s+been|has\s+been|amounted\s+to|constituted)\s+)(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:" + JUDGMENTS + "|" + EPITHETS + r")"),
    ("CONDEMNS", "condemn.said_judgment", r"{S}\s+{pre}(?:said|says|stated|declared|called|call|calls|termed|described|calling|describing|terming|branding|"
     r"(?:told|tells)\s+(?:reporters|journalists|parliament|lawmakers|the\s+(?:press|parliament|senate|assembly|nation))(?:\s+(?:afterwards|later|on\s+\w+day))?)\s+" + REPORTED_T + r"(?:\s+" + STATE_ORGANS + r")?(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:actions?|moves?|conduct|behaviou?r|decision|answer|response|reply|explanation|polic(?:y|ies)|strikes?|airstrikes|attacks?|remarks|statements?|manoeuvres|maneuvers|activities|vetoe?s?|deliveries|shipments|arms\s+(?:sales|supplies)|intervention|involvement|invasion|seizure|occupation|annexation|convoy|incursion|deployment|build-?up|drills|exercises|launch(?:es)?|tests?|landings?|threats?|comments|speech|use\s+of\s+(?:[\w-]+\s+)?[\w-]+)(?:\s+(?:in|against|on)\s+(?:the\s+)?[\w-]+|\s+of\s+(?:the\s+)?(?:«\d+»|[\w-]+)|\s+to\s+(?:(?:[\w.-]+|«\d+»)\s+){0,14}?(?:[\w-]+|«\d+»))?\s+(?:(?:were|was|are|is|had been|has been)\s+)?[“\"‘']?(?:an?\s+)?(?:\w+\s+){0,3}?(?:" + JUDGMENTS + r")"),
    # "blamed M23 for the violence and accused Rwanda of shunning peace": a second verb of the same subject
    # "Lula has condemned Hamas's attack but called Israel's response genocide": the second judgment is the subject's too
    ("CONDEMNS", "condemn.but_called_act", r"{S}\s+{pre}" + CONDEMN_V + r"\s(?:[^«»;.]|«\d+»){0,60}?\s+(?:but|and|while)\s+(?:also\s+)?(?P<v>called|calls|described|describes|branded|brands|termed|terms)\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?"
                                              r"(?:response|actions?|war|campaign|offensive|operations?|polic(?:y|ies)|conduct|retaliation|strikes?|attacks?|bombardment|occupation|siege)\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:massacre|collective\s+punishment|" + JUDGMENTS + r")"),
    ("CONDEMNS", "condemn.and_second", r"{S}\s+{pre}" + CONDEMN_V + r"\s(?:[^«»;.]|«\d+»){0,100}?\s+and\s+(?:also\s+)?(?P<v>" + CONDEMN_V + r")\s+(?:the\s+)?{T}"),
    # "… recalled their ambassadors from Algeria, which they accuse of shooting down a drone"
    # "Kyiv cut ties with Tehran, which it blames for supplying drones", "a blockade on Lebanon, which it holds responsible for the attack"
    ("CONDEMNS", "condemn.which_they_accuse", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,160}?{T}\s*,\s+(?:which|whom)\s+(?:they|it|he|she)\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?(?P<v>(?:accus|blam|condemn|denounc|critici[sz])\w*|(?:holds?|held)\s+(?:\w+\s+)?responsible)"),
    ("CONDEMNS", "condemn.resolution", r"{S}(?:{poss})?\s+(?:[^«»;.,]{0,60}?\s)?(?:passed|adopted|approved|issued)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:resolution|statement|declaration|motion)\s+(?:on\s+\w+\s+\d+\s+)?(?:(?:that\s+)?(?:condemn|critici[sz]|censur|denounc|chid|rebuk)\w*|against|(?:finding|declaring)(?=\s+(?:the\s+)?«\d+»\s+in\s+(?:non-?compliance|breach|violation)))\s+(?:the\s+)?{T}"),
    ("CONDEMNS", "condemn.said_then_accusing", r"{S}\s+(?:said|added|told|wrote|stated|says)\b[^«»;.]{0,60}?,\s+(?P<v>accusing|criticising|criticizing|condemning|blaming|denouncing)\s+(?:the\s+)?{T}"),
    # the sentence's subject in a participle clause: "Ethiopian officials expressed concern, accusing Somalia of …"
    # "Islamabad said that the attack killed two children, condemned Iran's actions"
    ("CONDEMNS", "condemn.said_then_verb", r"{lead}{S}\s+(?:said|says|stated|added)\b[^«»;.]{0,80}?,\s+(?:and\s+)?(?:condemned|criticised|criticized|denounced|accused|blamed|slammed)\s+(?:the\s+)?{T}"),
    # "The US sanctioned Rwanda's military, accusing them of actively supporting the M23"
    ("CONDEMNS", "condemn.acted_accusing_them", r"{S}\s+{pre}(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|expel(?:s|led|ling)?|summon(?:s|ed|ing)?|rebuk(?:es|ed|ing)?)\s+(?:the\s+)?{T}(?:{poss})?(?:[^«»;.]){0,60}?,\s+(?P<v>accusing|blaming|charging)\s+(?:it|them|him|her)\s+(?:of|for|with)\b"),
    # "expelled 18 Russian diplomats, saying Russian military intelligence agents were behind the explosion", "said Iran
    # was behind the attack": blamed for it
    # "Turkey's foreign minister Hakan Fidan met his Greek counterpart in Athens": the counterpart's state
    ("MEETS", "meet.his_counterpart", r"{S}\s+{pre}(?:met|meets|meeting|held\s+talks\s+with|hosted|received|welcomed|spoke\s+(?:with|to)|talked\s+(?:with|to))\s+(?:his|her)\s+{T}\s+counterparts?\b"),
    # "Erdogan proposed an international commission, in separate calls with Putin and Zelensky"
    ("MEETS", "meet.in_calls_with", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,100}?\b(?P<v>in|during)\s+(?:separate\s+|a\s+|two\s+|his\s+|her\s+|their\s+)?(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?)\s+with\s+(?:the\s+)?{T}"),
    # "Turkish officials, who say Khashoggi was murdered by a team of 15 Saudi agents": an accusation of murder
    # "Berlin said the Russians had shot thousands of Polish officers": a killing charged to its doer
    ("CONDEMNS", "condemn.said_had_killed", r"{S}\s+{pre}(?:say|says|said|allege|alleges|alleged|claim|claims|claimed|insist|insists|insisted|charged|charges)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:(?:troops|forces|soldiers|police|army)\s+)?(?:had|have|has)\s+(?:\w+ly\s+)?(?:murdered|massacred|executed|shot|killed|tortured)\s+"
     r"(?:(?:thousands|hundreds|dozens|scores)\s+of\s+|(?:more\s+than\s+|some\s+|about\s+)?[\d,]+\s+|the\s+)(?:[\w-]+\s+|«\d+»\s+){0,2}?" + KILLED_PEOPLE + r"\b"),
    ("CONDEMNS", "condemn.said_killed_by", r"{S}(?:\s+(?:officials|investigators|authorities|prosecutors|police))?(?:\s*,\s+(?:who|which)\s+|\s+{pre})(?:say|says|said|allege|alleges|alleged|believe|believes|claim|claims|insist|insists)\s+(?:that\s+)?"
     r"(?:(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}|«\d+»\s+|the\s+(?:[\w-]+\s+|«\d+»\s+){0,3}?" + KILLED_PEOPLE + r"\s+)(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:murdered|killed|assassinated|poisoned|kidnapped|abducted|executed|tortured|massacred|shot)\s+by\s+"
     r"(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:team|squad|group|unit|cell)\s+of\s+(?:\d+\s+|\w+\s+)?|the\s+)?{T}(?!{poss})"),
    # "demanded an immediate end to aggressive acts by the Syrian regime": the acts' author is condemned
    ("CONDEMNS", "condemn.end_to_acts_by", r"{S}\s+{pre}(?:demanded|demands|demanding|called\s+for|calls\s+for|urged|urges)\s+(?:an?\s+|the\s+)?(?:immediate\s+|swift\s+)?(?:end|halt|stop)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:acts|aggression|attacks|provocations|shelling|strikes|bombardment|incursions|violations)\s+(?:of\s+aggression\s+)?by\s+(?:the\s+)?{T}(?!{poss})"),
    ("CONDEMNS", "condemn.said_behind", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,100}?(?:,\s+|\b)(?P<v>saying|said|says|adding|alleging|concluded|found|suggested|suggests|suggesting|hinted|hints|hinting|charged|charges|charging|claimed|claims|claiming)\s+(?:(?:at|during|after)\s+(?:the\s+|a\s+)?[\w-]+\s+)?(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?"
                                        r"(?:(?:there\s+(?:was|is|were)\s+(?:[\w-]+\s+){0,2}?(?:evidence|proof|doubt|indications?|signs?)|it\s+(?:was|is)\s+(?:clear|certain|obvious))\s+that\s+)?(?:(?:officers|agents|operatives|members|spies)\s+(?:of|from)\s+)?(?:the\s+)?{T}(?:{poss})?\s+"
                                        r"(?:(?!(?:and|or|but|which|who|that)\b)[\w-]+\s+){0,3}?(?:was|were|is|are|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:behind|responsible\s+for|to\s+blame\s+for)\b"),
    # "China's envoy to the UN said Israel's actions in Gaza went far beyond self-defence"
    ("CONDEMNS", "condemn.said_beyond_self_defence", r"{S}\s+{pre}(?:said|says|stated|argued|insisted|told\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)\s+(?:that\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,5}?"
                                                     r"(?:went|had\s+gone|go|goes|have\s+gone|has\s+gone)\s+(?:far\s+|well\s+)?beyond\s+(?:the\s+(?:scope|limits?)\s+of\s+)?(?:legitimate\s+)?self-defen[cs]e"),
    # "Japan expressed concern to Beijing through diplomatic channels"
    ("CONDEMNS", "condemn.concern_to", r"{S}\s+{pre}(?:expressed|voiced|conveyed|raised|lodged)\s+(?:(?:deep|grave|serious|strong|its|their)\s+)?(?:concerns?|displeasure|dissatisfaction|protests?)\s+(?:to|with)\s+(?:the\s+)?{T}(?!{poss})"),
    # "said China's aggressive military activities and rhetoric only exacerbate tensions"
    ("CONDEMNS", "condemn.said_aggressive_acts", r"{S}\s+{pre}(?:said|says|warned|stated|noted|added)\s+(?:that\s+)?(?:(?:[^«»;.]|«\d+»){1,80}?\s(?:to|of|on|by|from|with|against)\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:aggressive|provocative|dangerous|destabili[sz]ing|reckless|coercive|irresponsible|hostile|predatory|malign)\s+"
                                                 r"(?:[\w-]+\s+){0,2}?(?:actions|activities|behaviou?r|conduct|moves|rhetoric|manoeuvres|maneuvers|operations|drills|policies|approach|practices|tactics)\b"),  # (also the object of a preposition: "would lend legitimacy to China's predatory approach")
    # "NATO said Russia's actions undermined security in Europe": another's acts said to do harm
    # ("told the summit that American plans for missile defence in Europe threatened the region")
    ("CONDEMNS", "condemn.said_acts_harm", r"{S}\s+{pre}(?:said|says|stated|warned|added|noted|declared|told\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)\s*(?:that\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:actions|activities|behaviou?r|conduct|moves|policies|aggression|provocations|plans|deployments?|build-?up|expansion|ambitions)\s+"
                                          r"(?:(?:for|of|in|on)\s+(?:[^«»;.,]|«\d+»){1,40}?\s)?(?:(?:had|has|have|were|was|are|is)\s+)?(?:\w+ly\s+)?(?:undermin|threaten|endanger|destabili[sz]|jeopardi[sz]|violat|imperil)(?:ed|es|e|ing|s)?\b"),
    # "NATO allies expressed deep concern over Russia's destabilising actions"
    ("CONDEMNS", "condemn.concern_over_actions", r"{S}\s+{pre}(?:expressed|voiced|raised|expresses|voices|raises)\s+(?:(?:deep|grave|serious|strong|great|growing)\s+)?(?:concerns?|alarm)\s+(?:over|about|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:tone|nature|scale|course|direction)\s+of\s+(?:the\s+)?)?{T}(?:{poss})?\s+"
                                                 r"(?:[\w-]+\s+){0,2}?(?:actions|activit(?:y|ies)|behaviou?r|conduct|moves|policies|aggression|provocations|interference|(?:cyber-?)?espionage|hacking|cyberattacks|militari[sz]ation|repression|abuses|campaign|treatment)\b"),
    # "Pakistan says Afghan nationals were behind most bombings and accuses the Taliban of sheltering the TTP"
    ("CONDEMNS", "condemn.says_and_accuses", r"{lead}{S}\s+(?:says|said|argues|argued|maintains|maintained|insists|insisted|claims|claimed)\s(?:[^«»;.]|«\d+»){0,120}?\band\s+(?:also\s+)?(?P<v>accuses|accused|blames|blamed)\s+(?:the\s+)?{T}"),
    # "Beijing said its forces had expelled the Philippine ships, which it accused of intruding into Chinese waters"
    ("CONDEMNS", "condemn.which_it_accused", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,100}?(?:\bthe\s+)?{T}\s+(?:[\w-]+\s+){0,3}?(?:ships|vessels|boats|aircraft|planes|drones|troops|forces|soldiers|nationals|citizens|diplomats|fishermen|crew|destroyer|frigate|warship|submarine|tanker|jet|officials|police|officers|judges|ministers|banks|firms|companies|entities)(?:\s*,\s+(?:which|whom|who)|\s+(?:that|whom|who)|(?=\s+(?:it|they)\s+(?:had\s+|has\s+)?accused\b))\s+(?:it|they)\s+(?:had\s+|has\s+)?(?:accused|accuses|blamed|blames|charged|charges)\b"),
    # "called on Moscow to accept its responsibility and pay reparations"
    # "said Spain and the United States owed it an apology": an apology owed is a wrong charged
    # "charged two Libyan intelligence officers with planting the bomb", "suspected Libyan agents in that attack": a
    # state's agents charged
    ("CONDEMNS", "condemn.charged_agents", r"{S}\s+{pre}(?:accus|charg|indict|suspect|blam)\w*\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|\d+)\s+)?(?:the\s+)?{T}\s+" + STATE_AGENTS + r"(?:\s+on\s+\w+day)?\s+(?:of|with|for|in|over|behind)\b"),
    # "said Washington's own plans for space defences had provoked the test": a state blamed for a crisis
    ("CONDEMNS", "condemn.said_provoked", r"{S}\s+{pre}(?:said|says|charged|charges|insisted|insists|argued|argues|claimed|claims|declared)\s+(?:that\s+)?(?:the\s+)?{T}(?:{poss}\s+(?:own\s+)?|\s+)(?:(?:[\w-]+\s+){0,2}?(?:plans?|polic(?:y|ies)|actions?|moves?|behaviou?r|provocations?|deployments?|programmes?|programs?|pressure|threats?)(?:\s+(?:for|of|in|on|to)(?:\s+[\w-]+){1,3}?)?\s+)?(?:had\s+|has\s+|have\s+)?" + PROVOKED_V + r"\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:test|crisis|war|conflict|clash(?:es)?|violence|fighting|tension|escalation|arms\s+race|incident|attacks?)\b"),
    # "said in the Commons that Makarios had refused to denounce violence": a charge
    ("CONDEMNS", "condemn.said_refused_to_renounce", r"{S}\s+{pre}(?:said|says|charged|complained|declared)(?:\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:Commons|parliament|Senate|Assembly|Duma|Knesset|Congress|Lords))?\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:had\s+|has\s+|have\s+)?(?:refused|failed|declined)\s+to\s+(?:denounce|condemn|renounce|disavow|repudiate|give\s+up)\s+(?:the\s+use\s+of\s+|the\s+)?(?:violence|terrorism|terror|force|attacks?|killings?|bombings?|extremists?|terrorists?)\b"),
    ("CONDEMNS", "condemn.said_owed_apology", r"{S}\s+{pre}(?:said|says|insisted|insists|declared|declares|told\s+(?:[\w-]+\s+){1,3}?that)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:owed|owes|owe)\s+(?:it|them|him|her|«\d+»)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:apology|apologies|compensation|reparations)\b"),
    ("CONDEMNS", "condemn.urged_to_answer", r"{S}\s+{pre}(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|demanded|demands|pressed|presses)\s+(?:the\s+)?{T}\s+to\s+(?:(?:fully|immediately|finally)\s+)?(?:(?:accept|acknowledge|admit|take|assume)\s+(?:its\s+|their\s+|his\s+|her\s+|full\s+)*(?:responsibility|blame|guilt)|pay\s+(?:full\s+)?(?:reparations|compensation|damages)|apologi[sz]e|compensate(?!\s+(?:its|their|his|her|our)\s))\b"),
    # "China has criticised the project, saying Japan was abandoning its pacifist constitution": the one the reason names
    ("CONDEMNS", "condemn.criticised_saying", r"{S}\s+{pre}(?:criticis|criticiz|condemn|denounc|slamm|decri|blast|lambast)\w*\s+(?:the\s+|its\s+|their\s+|this\s+|these\s+)?(?:[\w-]+\s+){0,3}?[\w-]+,\s+"
                                               r"saying\s+(?:that\s+)?(?:the\s+)?{T}\s+(?:was|is|were|are|had|has|would|wanted|wants)\b"),
    # "Iran broke off relations with Britain, Prime Minister Mosaddegh announced, accusing the British government of …": the one who announced accuses
    ("CONDEMNS", "condemn.sayer_accusing", r",\s+(?:[A-Z][\w-]*\s+){0,3}?{S}\s+(?:said|announced|declared)\b(?:[^«»;.,]|«\d+»){0,60}?,\s+(?P<v>accusing|criticising|criticizing|condemning|blaming|denouncing)\s+(?:the\s+)?{T}"),
    ("CONDEMNS", "condemn.said_accusing", r"{lead}{S}(?:{poss}\s+(?:[A-Z][\w-]*\s+){1,3}?(?=[a-z])|\s)(?:[^«»;.]|«\d+»){0,160}?,\s+(?:[^«»;.,]{0,60}?\s+(?:while|and)\s+)?(?P<v>accusing|criticising|criticizing|condemning|blaming|denouncing)\s+(?:the\s+)?{T}"),
    # "a Philippine foreign ministry spokesperson issued a statement rebuking what she called China's …"
    ("CONDEMNS", "condemn.statement", r"{S}(?:{poss})?\s[^«»;.]{0,60}?\b(?:issued|released|put out|published)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?statement\s+(?:[\w-]+\s+){0,3}?(?:rebuking|condemning|criticising|criticizing|denouncing|accusing|blaming|slamming|decrying)\s+(?:what\s+(?:it|she|he|they)\s+(?:called|described as)\s+)?(?:the\s+)?{T}"),
    # "Rwanda has denied accusations by Congo's government": the accusation was made, denied or not
    ("CONDEMNS", "condemn.denied_accusations", r"{T}\s+{pre}(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?|refut(?:es?|ed|ing))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:accusations|allegations|charges|claims)\s+(?:by|from|made by)\s+(?:the\s+)?{S}"),
    ("CONDEMNS", "condemn.said_condemning_act", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,80}?,\s+(?:condemning|denouncing|criticising|criticizing|slamming|decrying)\s+(?:the\s+)?(?:[\w“”\"'-]+\s+){0,3}?(?:strikes|airstrikes|air strikes|attacks|bombing|shelling|decision|move|actions|invasion|aggression|offensive|raids)\s+(?:by|of)\s+(?:the\s+)?{T}"),
    # "The Lebanese army … faces criticism from Israel"
    # "... drew condemnation from the Philippine government, as well as from the United States and Japan"
    ("CONDEMNS", "condemn.criticism_also_from", r"{lead}{T}(?:{poss})?\s(?:[^«»;.]|«\d+»){0,80}?\b(?P<v>prompt(?:s|ed|ing)|provok(?:es|ed|ing)|spark(?:s|ed|ing)|trigger(?:s|ed|ing)|fac(?:es|ed|ing)|dr(?:ew|aws|awing)|came under|com(?:es|ing) under|receiv(?:es|ed|ing)|attract(?:s|ed|ing)?|(?:was|were|been|is|are) met with)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:criticism|condemnation|censure|rebukes?|pushback|backlash)\s+(?:from|by)\s+(?:the\s+)?«\d+»[^«»;.]{0,30}?,?\s+(?:as well as|and also)\s+(?:from\s+)?(?:the\s+)?{S}"),
    ("CONDEMNS", "condemn.criticism_from", r"{lead}{T}(?:{poss})?\s(?:[^«»;.]|«\d+»){0,80}?\b(?P<v>prompt(?:s|ed|ing)|provok(?:es|ed|ing)|spark(?:s|ed|ing)|trigger(?:s|ed|ing)|fac(?:es|ed|ing)|dr(?:ew|aws|awing|awn)|came under|com(?:es|ing) under|receiv(?:es|ed|ing)|attract(?:s|ed|ing)?|(?:was|were|been|is|are) met with)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:criticism|condemnation|censure|rebukes?|pushback|backlash|warnings?)\s+(?:from|by)\s+(?:the\s+)?{S}"),
    ("CONDEMNS", "condemn.denied_poss_accusations", r"{T}\s+{pre}(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?|refut(?:es?|ed|ing))\s+(?:the\s+)?{S}(?:{poss})?\s+(?:[\w-]+\s+)?(?:accusations|allegations|charges|objections?|claims(?=\s+(?:that|against)\b))\b"),
    ("CONDEMNS", "condemn.cooperation", r"{S}\s+{pre}" + CONDEMN_V + r"\s{g}\b(?:cooperation|ties|relations|partnership|alliance|collaboration|deal|agreement|rapprochement)\s+(?:between|of)\s+{T}"),
    # "The Philippine government expressed to China its outrage and condemnation"
    ("CONDEMNS", "condemn.expressed_to", r"{S}\s+{pre}(?:express(?:es|ed|ing)?|conve(?:y|ys|yed|ying)|voic(?:es?|ed|ing)|communicat(?:es?|ed|ing))\s+to\s+(?:the\s+)?{T}\s+(?:its|their|our|his|her)\s+[“\"]?(?:(?:strong|strongest|deep|firm|serious)\s+)?(?:outrage|condemnation|protest|displeasure|dissatisfaction|indignation|anger)\b"),
    # "Iraq handed the Turkish ambassador a firmly-worded note of protest"
    ("CONDEMNS", "condemn.handed_protest_note", r"{S}\s+{pre}hand(?:s|ed|ing)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:ambassador|envoy|charg[ée] d['’]affaires|diplomat)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:note|letter)\s+of\s+protest"),
    ("CONDEMNS", "condemn.protest", r"{S}\s+{pre}(?:lodg(?:es?|ed|ing)|fil(?:es?|ed|ing)|register(?:s|ed|ing)?|issu(?:es?|ed|ing)|made|mak(?:es?|ing)|sen(?:t|ds?|ding)|declar(?:es?|ed|ing)|express(?:es|ed|ing)?|voic(?:es?|ed|ing)|announc(?:es?|ed|ing)|level+(?:s|ed|ing)?|deliver(?:s|ed|ing)?|hand(?:s|ed|ing)?(?:\s+over)?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:(?:protests?(?:\s+(?:measures|notes?))?|representations)\s+(?:yet\s+)?(?:with|to|against|in)|(?:accusations?|charges|complaints?)\s+against)\s+(?:the\s+)?{T}"),
    # "Canberra lodged a formal complaint with the WTO over China's duties"
    ("CONDEMNS", "condemn.complaint_over", r"{S}\s+{pre}(?:lodg|fil|submit|register)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:complaint|case)s?\s+(?:with\s+(?:the\s+)?«\d+»\s+(?:\(«\d+»\)\s+)?)?(?:over|against|about)\s+(?:the\s+)?{T}"),
    # "labelled Lai a 'troublemaker'", "branded Kyiv a terrorist state": an epithet is a condemnation
    # "the Kremlin described the ICC's actions as outrageous and unacceptable"
    # "denounced the deal as "another proof of France's provocative actions""
    ("CONDEMNS", "condemn.proof_of", r"{S}\s+{pre}(?:call|describ|denounc|condemn|brand|label|slamm|term|dismiss)\w*\s+(?:[^«»;.]|«\d+»){0,80}?(?:proof|evidence|sign|example|demonstration|manifestation)\s+of\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+)?(?:" + JUDGMENTS + r")"),
    # "said Moscow was pouring gasoline on the fire", "accused Tehran of adding fuel to the flames"
    ("CONDEMNS", "condemn.fuel_on_fire", r"{S}\s+{pre}(?:said|says|say|accused|accuses|accusing|charged)\s+(?:that\s+)?(?:the\s+)?{T}\s+(?:(?:was|is|were|are|had\s+been|has\s+been|have\s+been|of)\s+)?(?:\w+ly\s+)?"
     r"(?:pouring|adding|throwing|pour|add)\s+(?:more\s+)?(?:gasoline|petrol|fuel|oil)\s+(?:on|to|onto)\s+(?:the\s+)?(?:fire|flames)\b"),
    # "Billstrom said … but Iraqi authorities had failed in their responsibility to protect the embassy": blame
    # "suspended $900 million in security assistance to Pakistan, saying Islamabad had failed to act against the Taliban"
    ("CONDEMNS", "condemn.said_failed", r"{S}\s+{pre}(?:said|says|stated|added|insisted|[a-z]+\b(?:[^;.]|«\d+»){0,100}?,\s+saying)\s+(?:(?:[^«»;.]|«\d+»){0,80}?\s)?(?:that\s+|but\s+)?(?:the\s+)?{T}(?:\s*,\s+(?:an?|the)\s+(?:[^«»;.,]|«\d+»){0,60},)?(?:\s+(?:authorities|government|officials))?\s+(?:had|has|have)\s+(?:(?:\w+ly\s+)?failed\s+(?:in\s+(?:its|their|his|her)\s+(?:responsibility|duty|obligations?)|to\s+(?:protect|prevent|stop|honou?r|comply|fulfil|respect|abide|act|crack|curb|tackle|rein|take\s+action|do\s+enough|dismantle|condemn|denounce|punish|investigate|apologi[sz]e|cooperate))|not\s+(?:fulfill?ed|honou?red|met|respected)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:obligations|commitments|promises|duties))"),
    # "The deployment of the U.S. missile system in the Philippines has brought forth harsh criticism from China"
    ("CONDEMNS", "condemn.act_drew_from", r"\A[\s“\"]*(?:The\s+)?(?:[\w-]+\s+)?(?:deployment|decision|move|announcement|sale|plan|remarks|comments|policy)\s+(?:of|by)\s+(?:the\s+)?{T}(?:[^«»;.]|«\d+»){0,60}?\s(?:has\s+|have\s+|had\s+)?(?P<v>drawn|drew|brought(?:\s+forth)?|sparked|triggered|provoked|attracted|prompted)\s+(?:[\w-]+\s+){0,2}?(?:criticism|condemnation|protests?|rebukes?|outrage|anger|ire)\s+from\s+(?:the\s+)?{S}"),
    # "opposed the US's "abuse of export controls"": opposing another's named misconduct
    # "staged a diplomatic boycott of the Games over China's human rights abuses": a boycott in protest at another's acts
    ("CONDEMNS", "condemn.boycott_over", r"{S}\s+{pre}(?:boycott(?:s|ed|ing)?|(?:announc|stag|declar|launch|join)(?:es|ed|ing|e)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?boycott\s+of)\s+(?:[^«»;.]){0,60}?\b(?:over|because\s+of|in\s+protest\s+(?:at|against|over))\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,3}?(?:abuses|violations|treatment|repression|crackdown|persecution|polic(?:y|ies)|actions|conduct|war|invasion|aggression|occupation|record|annexation)\b"),
    # "Bush said Israel had a right to defend itself, while France and Russia criticised its response as disproportionate"
    ("CONDEMNS", "condemn.its_act_back", r"{T}\s(?:[^«»;.]){0,80}?,?\s+(?:while|but|whereas)\s+(?:the\s+)?{S}\s+(?:\w+ly\s+)?(?:criticised|criticized|condemned|denounced|slammed|deplored|decried)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:response|actions?|conduct|polic(?:y|ies)|behaviou?r|offensive|strikes|attacks|campaign|war|operation|moves?|decision|retaliation)\b"),
    # "Trump called off a visit after its prime minister, Mette Frederiksen, dismissed his idea of buying Greenland as absurd"
    # "Rumsfeld dismissed France and Germany as old Europe": an actor dismissed as something is disparaged
    ("CONDEMNS", "condemn.disparaged_as", r"{S}\s+{pre}(?:dismiss(?:ed|es|ing)?|derid(?:ed|es|ing)|ridicul(?:ed|es|ing)|disparag(?:ed|es|ing)|belittl(?:ed|es|ing))\s+(?:the\s+)?{T}(?!{poss})\s+as\s+(?:an?\s+|the\s+|mere\s+|just\s+|nothing\s+but\s+)?[\"“'‘]?[\w-]"),
    ("CONDEMNS", "condemn.dismissed_his_idea", r"{T}\s(?:[^;.]|«\d+»){0,100}?\s{S}\s+{pre}(?P<v>dismissed|rejected|ridiculed|mocked|derided|slammed|criticised|criticized|condemned|denounced|scoffed\s+at)\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:idea|proposal|plan|offer|suggestion|claims?|remarks|comments|demands?|call|threats?)\b"),
    # "said it stood with Canberra against Chinese economic coercion": standing against another's pressure condemns it
    ("CONDEMNS", "condemn.stood_against", r"{S}\s+{pre}(?:st(?:ood|and|ands|anding)|unit(?:ed|e|es|ing)|push(?:ed|es|ing)?\s+back|defend(?:ed|s|ing)?|protect(?:ed|s|ing)?)\s+(?:[^«»;.]|«\d+»){0,40}?\bagainst\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:coercion|aggression|bullying|interference|meddling|intimidation|expansionism|hegemony|threats|pressure|blackmail)\b"),
    # "said the incident showed the danger of Tehran's behaviour": another's conduct shown to be a danger
    ("CONDEMNS", "condemn.showed_danger_of", r"{S}\s+{pre}(?:said|says|saying|warned|argued)\s+(?:that\s+)?(?:the\s+|this\s+|it\s+|«\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:showed|shows|proved|proves|demonstrated|demonstrates|exposed|exposes|highlighted|underlined|underscored)\s+(?:once\s+again\s+|again\s+|clearly\s+)?(?:the\s+)?(?:danger|threat|recklessness|aggressiveness|malign\s+nature|brutality|cruelty|barbarity|barbarism|savagery|inhumanity)\s+(?:of|posed\s+by)\s+(?:the\s+)?{T}(?:{poss})?\s*(?:(?:[\w-]+\s+)?(?:behaviou?r|conduct|actions|activities|polic(?:y|ies)|regime))?"),
    # "said it was concerned about South Africa's decision to hold the exercises"
    ("CONDEMNS", "condemn.concerned_about", r"{S}\s+{pre}(?:was|were|is|are|remains?|remained)\s+(?:deeply\s+|very\s+|gravely\s+|seriously\s+|increasingly\s+)?(?:concerned|alarmed|worried|troubled|dismayed)\s+(?:about|over|by|at)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:decision|move|actions?|behaviou?r|conduct|deployment|exercises|drills|plans?|polic(?:y|ies)|tests?|activities|build-?up|reclamation|militari[sz]ation|expansion|incursions)\b"),
    # "Biden said that Vladimir Putin cannot remain in power": a call for another's fall
    ("CONDEMNS", "condemn.cannot_remain_in_power", r"{S}\s+{pre}(?:said|says|declared|insisted)\s+(?:[^«»;.]{0,40}?\s)?(?:that\s+)?(?:the\s+)?{T}\s+(?:cannot|can\s*not|can['’]t|must\s+not|should\s+not)\s+(?:remain|stay|be\s+allowed\s+to\s+(?:remain|stay))\s+in\s+power\b"),
    ("CONDEMNS", "condemn.opposed_abuse", r"{S}\s+{pre}(?:(?:oppos|den?ounc|reject|protest)\w*|(?:could|can|would|will)\s+(?:not|never)\s+accept|cannot\s+accept|refus\w*\s+to\s+(?:accept|recogni[sz]e))\s+(?:the\s+)?{T}(?:{poss})?\s+[\"“]?(?:(?!(?:accusations?|allegations?|claims?|charges?)\b)[\w-]+\s+){0,2}?(?:abuse|interference|meddling|bullying|coercion|hegemony|aggression|provocations?|blockade|unilateral|annexation|repudiation|occupation|seizure)\b"),
    # "Kurti attributed the attack to "Serbian-sponsored criminals""; "Kosovo's leaders attributed the attack to Serbia"
    ("CONDEMNS", "condemn.attributed_to", r"{S}(?:{poss}\s+(?:leaders|government|officials|authorities))?\s+{pre}(?:attribut|blam|pin)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:attack|invasion|incident|violence|strike|bombing|explosion|killing|assault|raid|incursion)s?\s+(?:on\s+)?(?:to|on)\s+[\"“]?(?:the\s+)?{T}"),
    # "accused "criminals sponsored by Serbia" of the attack"
    ("CONDEMNS", "condemn.accused_sponsored_by", r"{S}\s+{pre}accus\w*\s+[\"“]?(?:[\w-]+\s+){0,3}?(?:sponsored|backed|supported|financed|armed|sent)\s+by\s+(?:the\s+)?{T}"),
    ("CONDEMNS", "condemn.described_as", r"{S}\s+{pre}(?:describ|call|term|brand|label|denounc|condemn|slamm?)\w*\s+(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+to\s+(?:[^«»;.,]|«\d+»){1,40}?)?)?" + JUDGED_AS),
    # "India dismissed Nepal's remarks as unjustified" (the dismissing is no negation here)
    # "Brazil backed South Africa's case, while the United States called it meritless": the case's owner
    ("CONDEMNS", "condemn.called_its_act", r"{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:case|bid|claims?|plan|proposal|move|decision|accusations?|allegations?|lawsuit|complaint|petition|resolution|request)\b[^;.«»]{0,40}?,?\s+(?:while|but|and|whereas)\s+(?:the\s+)?{S}\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?P<v>called|dismissed|described|branded|labell?ed|termed|denounced|rejected)\s+(?:it|them)\s+(?:as\s+)?[\"“]?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?[\"“]?(?:" + JUDGMENTS + r")"),
    # "The UN General Assembly voted to declare Russia's annexation of Crimea invalid"
    ("CONDEMNS", "condemn.declared_invalid", r"{S}\s+{pre}(?:declar(?:es?|ed|ing)|deem(?:s|ed|ing)?|rul(?:es?|ed|ing)|pronounc(?:es?|ed|ing))\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+|«\d+»\s+){0,5}?(?:null\s+and\s+void|invalid|illegal|illegitimate|unlawful)\b"),
    ("CONDEMNS", "condemn.dismissed_as", r"{S}\s+{pre}(?:dismiss|reject)(?:es|ed|s|ing)?\s+(?:the\s+)?{T}(?:(?:{poss})?\s+(?:[\w-]+\s+){0,2}?[\w-]+)?" + JUDGED_AS),
    # "President Habib Bourguiba, 82, put the army on alert … and called Colonel Gaddafi a madman": the subject's
    # second verb, with no actor between
    # "accused its government of plotting with Washington against him": the partner in the plot is accused too
    ("CONDEMNS", "condemn.accused_of_plotting_with", r"\A[\s“\"]*(?:the\s+)?{S}\s(?:[^«»;.]|«\d+»){0,120}?\baccus(?:ed|es|ing)\s+(?:the\s+|its\s+|their\s+)?(?:«\d+»|(?:[\w-]+\s+)?(?:government|authorities|leaders?|regime))\s+of\s+(?:plotting|conspiring|colluding|collaborating|scheming|working|acting)\s+(?:together\s+)?with\s+(?:the\s+)?{T}(?!{poss})"),
    ("CONDEMNS", "condemn.and_called_epithet", r"{lead}{S}[\s,](?:[^«»;.]){5,120}?\s+and\s+(?:then\s+|also\s+)?(?:called|branded|labell?ed|dubbed)\s+(?:the\s+)?{T}(?!{poss})\s+(?:an?\s+|the\s+)?[\"“'‘]?(?:[\w-]+\s+){0,3}?(?:" + EPITHETS + r")\w*\b"),
    ("CONDEMNS", "condemn.epithet", r"{S}\s+{pre}(?:label+(?:s|ed|ing)?|call(?:s|ed|ing)?|brand(?:s|ed|ing)?|dubb?(?:s|ed|ing)?|describ(?:es?|ed|ing)|denounc(?:es?|ed|ing)|decr(?:y|ies|ied)|smear(?:s|ed|ing)?|nam(?:es|ed|ing)(?=\s+(?:the\s+)?«\d+»\s+(?:(?:on\s+)?\w+day\s+)?as\s))\s+(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+)?(?:plans?|policy|policies|decision|move|proposals?|programs?|programmes?|actions?|conduct|behaviou?r|remarks|statement)(?:\s+(?:for|to|on)\s+(?:[\w-]+\s+){0,5}?[\w-]+)?(?=\s+(?:as\s+)?(?:an?|the)\s)|(?!{poss}))(?:\s+(?:on\s+)?(?-i:[A-Z])\w+day)?\s+(?:as\s+)?(?:an?\s+|the\s+)?[\"“'‘]?(?:[\w-]+\s+){0,4}?(?:" + EPITHETS + r")\w*\b"),
    ("CONDEMNS", "condemn.protested", r"{S}\s+{pre}protest(?:s|ed|ing)\s+(?:to|against|with)\s+(?:the\s+)?(?:(?:continued|continuing|planned|proposed|new|latest|recent|repeated|renewed|further)\s+)?{T}(?:\s+(?:ambassador|envoy|charg[eé] d['’]affaires|embassy|commander|commanders|authorities|government|military)\b)?"),
    # "recalled its ambassador in Ethiopia in protest"
    ("CONDEMNS", "condemn.recalled_envoy", r"{S}\s+{pre}recall(?:s|ed|ing)\s+(?:its|their)\s+(?:ambassador|envoy|high commissioner)\s+(?:in|from|to)\s+(?:the\s+)?{T}\s+(?:for\s+consultations\s+)?(?:in\s+protest|over|in\s+response)\b"),
    # "The plain interference of Ethiopia's government in Somalia is a violation of its sovereignty, said the office of Somalia's prime minister"
    # "The government of India made a fundamental error in thinking …, Trudeau told reporters"
    ("CONDEMNS", "condemn.made_error_said_by", r"\A[\s“\"]*(?:the\s+(?:government|regime|leadership|administration)\s+(?:of|in)\s+)?(?:the\s+)?{T}\s+(?:has\s+|had\s+|have\s+)?(?:made|committed|is\s+making)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:error|mistake|blunder)s?\b"
     r"(?:[^;”\"]){0,160}?[”\"]?,?\s+{S}\s+(?:said|says|told|added|wrote|declared)\b"),
    # "a spokesman for the Pakistani military said India had launched an aggression", "said the Philippine vessels had
    # intruded into Chinese waters", "said South Korea had broken a promise", "said Washington had no moral right to lecture Russia"
    ("CONDEMNS", "condemn.said_aggression", r"{S}\s+{pre}(?:said|says|accused|claimed|stated|charged|(?:informed|told|notified|telegraphed|cabled)\s+(?:the\s+)?(?:«\d+»|[\w-]+)(?=\s+that\b))\s+(?:that\s+)?(?:the\s+)?(?:(?:two|three|four|several|\d+)\s+)?{T}(?:\s+(?:had|has|have)\s+(?:launched|committed|carried\s+out|unleashed)\s+(?:an?\s+)?(?:act\s+of\s+)?(?:naked\s+|blatant\s+|open\s+)?(?:aggression|provocation)\b|(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:had|has|have|was|were)\s+(?:been\s+)?(?:(?:illegally|unlawfully)\s+[a-z]+(?:ed|ing)|(?:intruded|intruding|trespassed|trespassing|encroached|encroaching)\s+(?:into|on|upon)|(?:broken|breached|violated|reneged\s+on)\s+(?:an?|its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:promises?|pledges?|commitments?|agreements?|deal|treaty|word|ceasefire|truce|accord|airspace|territory|territorial\s+waters|sovereignty|borders?|frontiers?)|no\s+(?:moral\s+)?right\s+to\s+(?:lecture|teach|dictate|tell|judge|interfere|meddle|preach)|made\s+an?\s+(?:[\w-]+\s+)?(?:error|mistake|blunder))\b)"),
    # "adopted the Lytton report, which found that … Japan's seizure of it in 1931 was not self-defence": a report adopted, its finding the adopter's
    ("CONDEMNS", "condemn.report_found_not_self_defence", r"{S}\s+{pre}(?:adopted|adopts|approved|approves|endorsed|endorses|accepted|accepts)\s+(?:[^«»;.]|«\d+»){0,80}?\breport\b,?\s+(?:which|that)\s+(?:found|finds|concluded|concludes|held|holds)\s+(?:[^;.«»]|«\d+»){0,100}?\bthat\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:seizure|invasion|attack|occupation|annexation|actions?|intervention|campaign|operations?)\b(?:[^«»;.]){0,40}?\s(?:was|were|had\s+been)\s+not\s+(?:an?\s+)?(?:(?:act\s+of\s+|legitimate\s+)?self-defen[cs]e|legitimate|justified|lawful|legal)\b"),
    # "the League of Nations, which found that Italy had resorted to war in disregard of the Covenant": a body's finding of a wrong
    ("CONDEMNS", "condemn.found_resorted_to_war", r"{S}\s+{pre}(?:found|finds|ruled|rules|declared|declares|determined|concluded)\s+(?:(?:last\s+\w+|on\s+\w+day|\w+day)\s+)?that\s+(?:the\s+)?{T}\s+(?:had|has|have)\s+(?:resorted\s+to\s+(?:war|force)|committed\s+(?:an?\s+)?(?:act\s+of\s+)?aggression|waged\s+(?:an?\s+)?(?:war\s+of\s+)?aggression|violated\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:Covenant|Charter|treaty|pact|ceasefire|truce|armistice|sovereignty))\b"),
    # "Japan informed the WTO that China's ban on Japanese seafood was completely unacceptable"
    ("CONDEMNS", "condemn.said_that_judged", r"{S}\s+{pre}(?:said|says|told|informed|stated|declared|insisted|argued)\s+(?:(?:[^«»;.]|«\d+»){0,60}?\bthat\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:(?:on\s+)?\w+day\s+)?(?:[\w-]+\s+){0,3}?(?:ban|actions?|moves?|decision|conduct|behaviou?r|polic(?:y|ies)|measures?|steps?|sanctions|restrictions|curbs|tariffs|remarks|comments?|statements?|accession|expansion|deployment|militari[sz]ation)\b"
     r"(?:[^«»;.]|«\d+»){0,80}?\s(?:is|was|were|are|(?:has|had|have)\s+been)\s+(?:\w+ly\s+)?(?:an?\s+)?(?:" + JUDGMENTS + r")"),
    # "This is likely a large-scale provocation by Moscow, Tusk said"
    ("CONDEMNS", "condemn.provocation_by_said", r"\A[\s“\"]*(?:[^«»”\"]|«\d+»)*?\b(?:provocation|act\s+of\s+aggression|aggression|attack|violation)\s+by\s+(?:the\s+)?{T}[^«»”\"]{0,40}?[”\"]?,?\s+{S}\s+(?:said|says|told|added|wrote|stated|declared)\b"),
    # "Russian drones entered Polish airspace in what authorities in Warsaw called a serious act of aggression"
    ("CONDEMNS", "condemn.in_what_called", r"{lead}{T}\s(?:[^;.]|«\d+»){0,100}?\bin\s+what\s+(?:the\s+)?(?:(?:authorities|officials|leaders|government)\s+in\s+)?{S}\s+(?:called|described\s+as|termed|branded)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:act\s+of\s+aggression|provocation|attack|" + JUDGMENTS + r")"),
    ("CONDEMNS", "condemn.judged_act_said_by", r"\A[\s“\"]*(?:the\s+)?(?:[\w-]+\s+)?(?:interference|meddling|intervention|aggression|actions?|conduct|behaviou?r|moves?|decision|invasion|occupation|incursion)\s+(?:of|by)\s+(?:the\s+)?{T}(?:{poss}\s+(?:government|regime|administration|forces|army|military))?"
     r"(?:[^;.]|«\d+»){0,80}?\s(?:is|was|are|were|constitutes|constituted|represents|represented)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:" + JUDGMENTS + r")(?:[^«»”\"]|«\d+»){0,80}?[”\"]?,?\s+(?:said|says|stated|declared|added)\s+(?:the\s+(?:office|government|ministry|spokes\w+)\s+(?:of|for)\s+)?(?:the\s+)?{S}"),
    # "Iran recalled its ambassadors to Britain, France and Germany for consultations in protest"
    ("CONDEMNS", "condemn.recalled_in_protest", r"{S}\s+{pre}(?:recall(?:s|ed|ing)?|withdr(?:ew|aws?|awn|awing))\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats?|high commissioners?)\s+(?:to|from|in)\s+(?:the\s+)?{T}\s(?:[^;.«»]){0,40}?\bin\s+protest\b"),
    # "Colombia expelled Israel's remaining diplomats in response to the detention of …" (an expulsion alone stays no edge)
    # "ordered 25 members of the Soviet mission to leave, saying they were intelligence agents": an expulsion for spying
    ("CONDEMNS", "condemn.expelled_as_spies", r"{S}\s+{pre}(?:expel(?:s|led|ling)?|order(?:s|ed|ing)?)\s+(?:the\s+|all\s+|[\w,-]+\s+)?(?P<members>(?:members|staff)\s+of\s+(?:the\s+)?)?{T}(?:{poss})?(?(members)(?:\s+(?:[\w-]+\s+){0,3}?(?:ambassadors?|envoys?|diplomats?|embassy|mission|consulate|staff|consuls?|officials?|attach[eé]s)\b)?|\s+(?:[\w-]+\s+){0,3}?(?:ambassadors?|envoys?|diplomats?|embassy|mission|consulate|staff|consuls?|officials?|attach[eé]s)\b)(?:[^;.«»]|«\d+»){0,60}?\b(?:for\s+(?:alleged\s+|suspected\s+)?(?:spying|espionage)|(?:saying|charging|alleging|claiming)\s+(?:that\s+)?they\s+(?:were|had\s+been)\s+(?:[\w-]+\s+)?(?:spies|intelligence\s+(?:agents|officers)|agents)\b|accus(?:ing|ed)\s+them\s+of\s+(?:[\w-]+\s+)?(?:spying|espionage))"),
    ("CONDEMNS", "condemn.expelled_in_response", r"{S}\s+{pre}expel(?:s|led|ling)?\s+(?:the\s+|all\s+|[\w,-]+\s+)?(?:remaining\s+)?{T}(?:{poss})?\s+(?:remaining\s+|senior\s+|top\s+)?(?:ambassadors?|envoys?|diplomats?|embassy\s+staff|consuls?|officials?|intelligence\s+officers?)\s(?:[^;.«»]){0,40}?\b(?:in\s+(?:protest|response|retaliation|reprisal)\b|over\s+what\s+(?:[^«»;.,]{0,30}?\s)?(?:«\d+»\s+)?(?:called|described\s+as|termed)\s+(?:[\w-]+\s+)?(?:allegations|accusations|evidence)\b|over\s+(?:the\s+|its\s+|their\s+|«\d+»['’]s?\s+)?(?:[\w-]+\s+)?(?:refusal|failure|role|involvement|poisoning|killing|murder|assassination|spying|espionage|interference|meddling)\b|over\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:agreement|deal|accord|pact|memorandum|decision|remarks|comments|statements?|move)\b)"),
    # "the Syrian Democratic Forces, which Turkey regards as terrorists" (a judgment; a formal designation stays no edge)
    ("CONDEMNS", "condemn.which_regards_as", r"{T}\s*,\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:alliance|group|militia|coalition|force|movement|organi[sz]ation|party|faction)\s+(?:that|which|whom)|which|whom|who)\s+(?:the\s+)?{S}\s+(?:\w+ly\s+)?(?:(?:had|has|have)\s+)?(?:regards|regarded|considers|considered|views|viewed|sees|saw|calls|called|brands|branded|labell?ed|denounced)\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+|«\d+»\s+)?(?:terrorists?|terrorist\s+(?:group|organi[sz]ation)|enem(?:y|ies)|threat|communists?|thie(?:f|ves)|criminals?|" + VILLAINS + r")\b"),
    # "Turkey considers the YPG militia a terrorist group" (the same judgment in a main clause)
    # "recalled its ambassador, saying months of repeated accusations and outrageous claims by Italy's leaders had no precedent"
    ("CONDEMNS", "condemn.said_judged_claims_by", r"{S}\s(?:[^«»;.]|«\d+»){0,80}?\b(?:saying|said|says)\s+(?:that\s+)?(?:[\w-]+\s+){0,6}?(?:outrageous|unacceptable|hostile|insulting|offensive|unfounded|baseless|false|slanderous|absurd)\s+(?:[\w-]+\s+)?(?:claims|statements|remarks|comments|accusations|attacks|insults|allegations)\s+(?:by|from)\s+(?:the\s+)?{T}"),
    # "compared China's actions in the South China Sea to Nazi Germany's expansion in Europe"
    ("CONDEMNS", "condemn.compared_to_nazis", r"{S}\s+{pre}(?:compar(?:ed|es|ing)|likened|likens|liken|equated|equates)\s+(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+){0,3}?)?(?:[^«»;.]){0,60}?\s+(?:to|with)\s+(?:(?:that|those)\s+of\s+)?(?:(?-i:Nazi)|(?:Adolf\s+)?Hitler|the\s+(?-i:Nazis)|fascis)"),
    ("CONDEMNS", "condemn.regards_as_terrorist", SUBJECT_WHICH + r"(?:regards|regarded|considers|considered|views|viewed|sees|saw)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?{T}\s+(?:(?:militia|group|movement|organi[sz]ation|fighters|rebels)\s+)?(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:terrorists?|terrorist\s+(?:group|organi[sz]ation|entity|state)|terror\s+(?:group|organi[sz]ation)|(?:state\s+)?sponsors?\s+of\s+terror(?:ism)?)\b"),
    # "Petro told the assembly that Israel was committing genocide"
    # "Belgrade answered that the Russians were trying to frighten a small country": an aim charged, not a fact
    ("CONDEMNS", "condemn.said_trying_to", r"{S}\s+{pre}(?P<v>said|says|answered|replied|retorted|charged|claimed|declared|insisted|alleged|(?:told|tells|telling)\s+(?:the\s+)?(?:«\d+»|[\w-]+(?:\s+[\w-]+)?)(?:\s+in\s+(?:«\d+»|(?-i:[A-Z])[\w-]+))?)\s+(?:that\s+)?(?:(?:[^«»;.]|«\d+»){0,80}?\bbecause\s+)?(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+)?(?:warplanes|jets|planes|troops|forces|soldiers|ships|warships|agents|spies|government|leaders|army|navy|military)|(?!{poss}))\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+(?:trying|seeking|attempting|out)|(?:had|has|have)\s+(?:tried|sought|attempted))\s+to\s+" + TRIED_WRONGS),
    # "To the Bonn government, the East German step is a grave breach of …": a judgment held by one named before it
    ("CONDEMNS", "condemn.to_holder_judged", r"\A[\s“\"]*To\s+(?:the\s+)?{S}(?:\s+(?:government|leadership|authorities))?(?:,\s+(?:the\s+)?[^«»;.,]{1,50})?,\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:step|move|measure|decision|action|actions|policy|raid|attack|note|proposal|plan|demand|statement)\s+(?:is|was|are|were)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:" + JUDGMENTS + r"|breach|attack|aggression|provocation|outrage|insult|affront)\b"),
    ("CONDEMNS", "condemn.said_committing", r"{S}\s+{pre}(?:said|says|told\s+(?:[\w-]+\s+){0,2}?[\w-]+|accused|charged|claimed|declared|insisted)\s+(?:that\s+)?(?:the\s+)?{T}\s+(?:was|is|were|are|had\s+been|has\s+been)\s+committing\s+(?:a\s+)?(?:genocide|war\s+crimes|crimes\s+against\s+humanity|atrocities|ethnic\s+cleansing|massacres?)\b"),
    # "France and Germany warned the United States against threatening the borders of a NATO member"
    # "warned of negative consequences if Italy withdrew from the pact": a warning aimed at Italy
    ("CONDEMNS", "condemn.warned_consequences_if", r"{S}\s+{pre}(?:warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?)\s+(?:of\s+)?(?:(?:serious|severe|grave|negative|dire|unspecified|unpredictable|far-reaching|catastrophic|economic|political|diplomatic)\s+(?:and\s+\w+\s+)?)*(?:consequences|repercussions|retaliation|reprisals|countermeasures)(?=\s+(?:if|should|unless|were)\s+(?:the\s+)?{T}\s)"),
    # "The United States warned Pakistan on Tuesday that it could face sanctions if …": the warning is asserted
    ("CONDEMNS", "condemn.warned_could_face", r"{S}\s+{pre}warn(?:s|ed|ing)?\s+(?:the\s+)?{T}(?=\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?(?:it|they|he|she|«\d+»)\s+(?:could|would|might|may|will)\s+(?:also\s+)?(?:face\s+(?:[\w-]+\s+){0,2}?(?:sanctions|consequences|penalties|retaliation|repercussions|action|tariffs)|take\s+(?:[\w-]+\s+)?(?:measures|action|steps)|retaliate|respond))"),
    # "warned Israel against annexing …", "Seoul warned Pyongyang against further provocations"
    ("CONDEMNS", "condemn.warned_against", r"{S}\s+{pre}warn(?:s|ed|ing)?\s+(?:the\s+)?{T}(?:\s+against\s+\w+ing\b|(?!{poss})\s+(?:against|over|not\s+to)\s+(?:any\s+|further\s+|more\s+|new\s+)?(?:[\w-]+\s+)?"
                                           r"(?:provocations?|aggression|escalation|interference|meddling|attacks?|incursions?|violations?|tests?|launches|threats?|actions?|moves?|attack|invade|strike|interfere|escalate)\b)"),
    # "called the raid (= Ecuador) a flagrant violation of international law": an act judged, named by its doer
    # "Petro said Colombia would cut ties with Israel, calling the Israeli government genocidal": the subject calls
    # (the subject of the last clause before the participle: "Spain recalled its envoy, and the EU backed Madrid, calling …")
    ("CONDEMNS", "condemn.calling_participle", r"(?:{lead}|(?<=,)\s+(?:and|but)\s+(?:the\s+)?){S}\s(?:(?!,\s+(?:and|but)\s+(?:the\s+)?«\d+»\s+[a-z]+(?:ed|s)\b)(?:[^«»;.]|«\d+»)){0,160}?,\s+(?P<v>calling|branding|labell?ing|describing|terming|dubbing)\s+(?:the\s+)?{T}(?!{poss})\s+(?:as\s+)?(?:an?\s+|the\s+)?[\"“'‘]?(?:[\w-]+\s+){0,3}?(?:" + EPITHETS + "|" + JUDGMENTS + r"|genocid)"),
    # "Lula, who had compared Israel's offensive to the Holocaust", "compared Putin to Hitler"
    ("CONDEMNS", "condemn.compared_to", r"{S}\s+{pre}compar(?:ed|es|ing|e)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,3}?(?:to|with)\s+(?:the\s+)?(?:Holocaust|Nazis?|Nazi\s+Germany|(?:Adolf\s+)?Hitler|genocide|apartheid|terrorists?|Islamic\s+State|ISIS)\b"),
    # "said Washington was itself the world's biggest cyber attacker": a state said to be the worst of wrongdoers
    ("CONDEMNS", "condemn.said_is_wrongdoer", r"{S}\s+{pre}(?:said|says|insisted|insists|argued|argues|claimed|claims|charged)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:was|is|were|are|had\s+become|has\s+become|remains|remained)\s+(?:itself\s+|themselves\s+|actually\s+|in\s+fact\s+|still\s+)?" + WORST_WRONGDOER),
    # "… and calling Iran the principal source of regional instability"
    ("CONDEMNS", "condemn.called_wrongdoer", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?\b(?:calling|called|branding|branded|describing|described|labell?ing|labell?ed)\s+(?:the\s+)?{T}(?!{poss})\s+(?:as\s+)?" + WORST_WRONGDOER),
    # "Biden said he still regarded Xi as a dictator", "Warsaw sees Russia as an existential threat"
    ("CONDEMNS", "condemn.regards_as_villain", r"{S}\s+{pre}(?:regards?|regarded|considers?|considered|sees|saw|views?|viewed)\s+(?:the\s+)?{T}(?!{poss})\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + VILLAINS + r"\b"),
    # "The East German government called Kennedy's speech a provocation": what one calls another's act
    ("CONDEMNS", "condemn.called_poss_act", r"{S}\s+{pre}(?:" + CALLED_V + r"|calling|describing|branding|labell?ing|terming|denounced|denounces|condemned|condemns)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:speech|visit|remarks|statement|comments|words|move|decision|actions?|policy|policies|plan|proposal|doctrine|behaviou?r|conduct|embargo|blockade|sanctions|tariffs)(?:\s+(?:on|against)\s+(?:the\s+)?«\d+»|\s+(?:for|on|to|over)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:" + JUDGMENTS + r"|act\s+of\s+(?:aggression|war|terror)\b)"),
    # "The Soviet Union denounced the plan as a cover for American colonialism": a charge of another's wrong
    ("CONDEMNS", "condemn.as_their_wrong", r"{S}\s+{pre}(?:denounc|condemn|describ|brand|label|attack|decr)\w*\s+(?:[^«»;.]){0,50}?\bas\s+(?:[^«»;.]){0,40}?{T}\s+(?:colonialism|imperialism|aggression|expansionism|hegemony|hegemonism|interference|meddling|militarism|bullying|provocations?)\b"),
    # "The African Union called the transfer of power in Togo a coup d'etat", "branded Niger's takeover a coup"
    ("CONDEMNS", "condemn.called_coup_in", r"{S}\s+{pre}" + CALLED_V + r"\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,5}?(?:in|of)\s+(?:the\s+)?)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,3}?(?:as\s+)?an?\s+(?:[\w-]+\s+)?(?:coup(?:\s+d['’]\s?[ée]tat)?|putsch|power\s+grab|seizure\s+of\s+power|(?:change|transfer)\s+of\s+(?:government|power))\b"),
    # "The African Union suspended Madagascar, three days after X took power …, and called the change of government an
    # unconstitutional seizure of power": the taking of power just named is the one condemned
    ("CONDEMNS", "condemn.after_took_power_judged", r"{S}\s(?:[^«»;.]|«\d+»){0,80}?\bafter\s+(?:the\s+)?{T}(?!{poss})\s+(?:had\s+)?(?:took|seized|grabbed|assumed)\s+power\b[^«»;.]{0,60}?,?\s+and\s+(?P<v>(?:" + CALLED_V + r")\s+(?:the|his|its)\s+(?:[\w-]+\s+){0,2}?(?:coup|takeover|seizure\s+of\s+power|change\s+of\s+(?:government|regime|power))\s+(?:as\s+)?an?\s+(?:[\w-]+\s+)?(?:unconstitutional|illegal|illegitimate|unlawful|coup|putsch|power\s+grab|seizure\s+of\s+power)|(?:condemned|denounced)\s+(?:the|his|its)\s+(?:[\w-]+\s+)?(?:coup|takeover|seizure\s+of\s+power|power\s+grab))\b"),
    ("CONDEMNS", "condemn.called_judgment", r"{S}\s+{pre}" + CALLED_V + r"\s+(?:the\s+)?{T}(?!{poss})\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:" + JUDGMENTS + r"|act\s+of\s+(?:aggression|war|terror)|authoritarian|" + VILLAINS + r"\b)"),
    # "a case brought by Sudan accusing the UAE of complicity in genocide"
    ("CONDEMNS", "condemn.case_brought_by", r"\b(?:case|lawsuit|complaint|suit|petition)\s+(?:brought|filed|lodged|launched)\s+by\s+(?:the\s+)?{S}\s+(?:(?:in|at|before)\s+(?:the\s+)?(?:«\d+»|[\w-]+)\s+)?(?P<v>accusing|against)\s+(?:the\s+)?{T}"),
    # "South Africa's genocide case against Israel", "its case against Israel at the ICJ"
    ("CONDEMNS", "condemn.case_against", r"{S}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:case|lawsuit|complaint)\s+against\s+(?:the\s+)?{T}"),
    # "South Africa's case at the International Court of Justice accusing Israel of genocide"
    # "Sudan has filed a case at the International Court of Justice accusing the UAE of complicity in genocide",
    # "Costa Rica filed a case against Nicaragua at the International Court of Justice"
    # "Gambia asked the International Court of Justice to order Myanmar to stop what it called genocide"
    # "Bush telephoned Zapatero to express his displeasure at the decision": the caller's displeasure is with the called
    # "President Jimmy Carter called General Zia-ul-Haq to protest at the delay" (a call; an envoy summoned "to
    # protest" is there to hear his state's fault)
    ("CONDEMNS", "condemn.called_to_protest", r"{S}\s+{pre}" + CALLED_UP_V + r"\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:on\s+)?\w+day\s+)?to\s+(?:protest\s+(?:at|against|over|about)|complain\s+(?:about|of|over))\b"),
    ("CONDEMNS", "condemn.called_to_express", r"{S}\s+{pre}(?:" + CALLED_UP_V + r"|summoned|met(?:\s+with)?)\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:on\s+)?\w+day\s+)?to\s+(?:express|convey|voice|register|lodge|deliver|make\s+clear)\s+(?:his|her|its|their|a|an)?\s*(?:(?:strong|deep|serious|grave)\s+)?(?:displeasure|anger|dismay|disappointment|protest|outrage|indignation|objections?|complaints?|concern)\b"),
    # "Washington accuses Tehran of sponsoring terrorism and Libya of refusing to hand over suspects": the second accused
    # "Col. Muammar el-Qaddafi denied that his aircraft had been involved and accused France of aggression"
    ("CONDEMNS", "condemn.denied_and_accused", r"{S}\s+(?:(?:\w+ly|also|again)\s+)?(?:(?:on\s+)?\w+day\s+)?(?:denied|rejected|dismissed)\s+(?:[^«»;.]|«\d+»){0,100}?\s+and\s+(?:\w+ly\s+)?(?P<v>accused|blamed)\s+(?:the\s+)?{T}(?!{poss})\s+(?:of|for)\b"),
    ("CONDEMNS", "condemn.accused_second", r"{S}\s+{pre}(?:accus(?:es|ed|ing|e)|blam(?:es|ed|ing|e))\s+(?:the\s+)?«\d+»\s+(?:of|for)\s+(?:[^«»;.]){1,60}?\s+and\s+(?:the\s+)?{T}(?!{poss})\s+(?:of|for)\s+(?:not\s+|never\s+)?[a-z]+ing\b"),
    ("CONDEMNS", "condemn.asked_to_order", r"{S}\s+{pre}(?:asked|asks|urged|urges|petitioned|requested|requests)\s+(?:the\s+)?«\d+»\s+(?:(?:on\s+)?\w+day\s+)?to\s+order\s+(?:the\s+)?{T}\s+to\s+(?:stop|halt|end|cease|suspend|withdraw|pay)\b"),
    # "India responded by expelling six Canadian diplomats"
    ("CONDEMNS", "condemn.responded_by_expelling", r"{S}\s+{pre}(?:responded|responds|retaliated|retaliates|hit\s+back)\s+by\s+(?P<v>expelling|recalling|summoning)\s+(?:[\w,-]+\s+){0,2}?{T}\s+(?:[\w-]+\s+)?(?:diplomats|envoys?|ambassadors?|officials|consuls?)"),
    # "Manila has taken China to an international tribunal": a state taken to court is accused
    ("CONDEMNS", "condemn.took_to_court", r"{S}\s+{pre}(?:took|takes|taken|taking|dragged|drags|hauled|hauls)\s+(?:the\s+)?{T}\s+to\s+(?:an?\s+|the\s+)?(?:(?:international|UN|arbitration|arbitral|world)\s+)*(?:court|tribunal|arbitration|«\d+»(?=[\s,.;]))"),
    ("CONDEMNS", "condemn.filed_case", r"{S}\s+{pre}(?:filed|files|brought|brings|lodged|lodges|launched|launches|submitted|submits|initiated|initiates)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:case|lawsuit|complaint|suit|application|petition)\s+(?:(?:at|before|in|with|to)\s+(?:the\s+)?(?:[\w-]+\s+|«\d+»\s+){1,6}?)?(?:(?:on\s+)?\w+day\s+)?(?P<v>accusing|charging|against|over)\s+(?:the\s+)?{T}"),
    ("CONDEMNS", "condemn.case_accusing", r"{S}{poss}\s+(?:[\w-]+\s+){0,2}?(?:case|lawsuit|complaint|suit)\s+(?:(?:at|before|in)\s+(?:the\s+)?(?:[\w-]+\s+|«\d+»\s+){1,6}?)?(?:accusing|charging)\s+(?:the\s+)?{T}"),
    # "Greece pulled its armed forces out of NATO's integrated military command in protest": leaving a body in protest
    ("CONDEMNS", "condemn.left_in_protest", r"{S}\s+{pre}(?:(?:pull|took|take|withdr[ae]w)(?:s|ed|ing|n)?\s+(?:its|their|«\d+»)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|delegation|representatives?|observers?)\s+(?:out\s+of|from)|(?:walked|walks|stormed)\s+out\s+of|quit|quits|withdr[ae]w\s+from|left)\s+(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:command|structure|assembly|council|talks|summit|session|meeting))?\s(?:[^;.«»]){0,30}?\bin\s+protest\b"),
    # "Mexico's President called for Spain's expulsion from the United Nations": a state to be thrown out of a body
    ("CONDEMNS", "condemn.sought_expulsion", r"{S}\s+{pre}" + SOUGHT_EXPULSION + r"\s+{T}{poss}\s+" + EXPULSION + r"\s+from\b"),
    ("CONDEMNS", "condemn.sought_expulsion_of", r"{S}\s+{pre}" + SOUGHT_EXPULSION + r"\s+(?:the\s+)?" + EXPULSION + r"\s+of\s+(?:the\s+)?{T}(?!{poss})\s+from\b"),
    # "Duarte said that Nicaragua and Cuba were sending arms to the guerrillas": a charge of arming another's rebels
    ("CONDEMNS", "condemn.said_arming_rebels", r"{S}\s+{pre}(?:said|says|charged|charges|alleged|alleges|claimed|claims|insisted|insists)\s+(?:on\s+\w+day\s+)?(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:secretly\s+|still\s+|covertly\s+)?(?:(?:sending|supplying|shipping|smuggling|funnell?ing|providing)\s+(?:arms|weapons|guns|munitions|money|funds)\s+to|arming|training|financing|funding|harbou?ring|sheltering)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:guerrillas|rebels|insurgents|militants|terrorists|separatists|militias?)\b"),
    # "Pyongyang said the Americans had attacked its guards first": the blame for a clash (a report that the other
    # side struck, "Ukraine said Russia attacked Kharkiv", is the attack's evidence, no condemnation)
    # "insisted that none of its aircraft had flown near the gorge and said Tbilisi was harbouring Chechen fighters there"
    ("CONDEMNS", "condemn.said_harbouring", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,100}?\b(?P<v>said|says|charged|claimed|alleged|insisted)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:harbou?ring|sheltering|hiding|arming|training|financing|funding)\s+(?:[\w-]+\s+){0,2}?(?:rebels|fighters|terrorists|militants|guerrillas|insurgents|separatists|gunmen|bandits|raiders)\b"),
    # "urged Moscow to respect Georgia's borders": a call to respect another's sovereignty charges its breach
    ("CONDEMNS", "condemn.urged_to_respect", r"{S}\s+{pre}(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|told|tells|pressed|presses|warned|warns)\s+(?:the\s+)?{T}(?!{poss})\s+to\s+respect\s+(?:the\s+)?(?:«\d+»(?:'s|’s)\s+)?(?:[\w-]+\s+)?" + RESPECTED),
    # "Lisbon said the marchers had invaded Portuguese territory at India's instigation": a wrong said done at another's bidding
    ("CONDEMNS", "condemn.said_at_instigation", r"{S}\s+{pre}(?P<v>" + CHARGED_V + r"|accused|accuses)\s(?:[^«»;.]|«\d+»){0,100}?\b(?:at|on)\s+(?:the\s+(?:instigation|behest|bidding)\s+of\s+(?:the\s+)?(?=«)|(?:the\s+)?(?=«\d+»(?:'s|’s)\s+(?:instigation|behest|bidding)\b)){T}"),
    # "said that the United States was using Laos as a base against its neighbours": a state charged with making
    # another its base, springboard or pawn
    ("CONDEMNS", "condemn.said_using_as_base", r"{S}\s+{pre}(?:said|says|charged|claimed|alleged|declared|insisted)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?using\s+(?:the\s+)?(?:«\d+»|[\w-]+)\s+(?:territory\s+)?as\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:base|springboard|launch(?:ing)?\s*pad|staging\s+(?:ground|post|area)|bridgehead|beachhead|pawn|tool|puppet|proxy)\b"),
    ("CONDEMNS", "condemn.said_attacked_first", r"{S}\s+{pre}(?:" + CHARGED_V + r"|told\s+(?:reporters|journalists|parliament|lawmakers|the\s+(?:press|parliament|senate|assembly|nation|(?-i:[A-Z])\w+)))\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:(?:troops|forces|soldiers|guards|side)\s+)?(?:had\s+|have\s+|has\s+)?(?:first\s+(?:attacked|fired|opened\s+fire|shelled|invaded)\b|(?:attacked|fired|opened\s+fire|shelled|invaded)\b(?:[^«»;.,]|«\d+»){0,50}?\s+first\b|(?:attacked|invaded|struck)\s+(?:[\w-]+\s+){0,3}?without\s+(?:any\s+|a\s+|the\s+(?:slightest\s+|least\s+)?)?(?:warning|provocation|declaration|justification|cause|reason|pretext)\b|"
     r"(?:[a-z]+\s(?:[^«»;.,]){0,60}?\s+and\s+)?(?:started|began|begun|provoked)\s+the\s+(?:shooting|firing|fighting|clash(?:es)?|hostilities|exchange\s+of\s+fire|war|conflict)\b)"),
    # "Libya said the Sudanese government had staged it", "said the shelling had been staged by Kyiv": an event
    # called the other side's fake charges it
    ("CONDEMNS", "condemn.said_staged", r"{S}\s+{pre}(?:" + CHARGED_V + r"|suggested|suggests)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s+(?:(?:government|authorities|regime|army|military)\s+)?(?:had\s+|has\s+|have\s+)?(?:itself\s+|themselves\s+)?" + STAGED + r"\s+(?:it|them|the\s|this\s|these\s|an?\s)"),
    ("CONDEMNS", "condemn.said_staged_by", r"{S}\s+{pre}" + CHARGED_V + r"\s+(?:that\s+)?(?:it|they|(?:the|this|these)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+" + STAGED + r"\s+by\s+(?:the\s+)?{T}"),
    # "Ortega said the vote amounted to a declaration of war by the United States": an act named as war by the other
    # "Tehran said the United States had entered a full-scale war with Iran": the blame for a war
    ("CONDEMNS", "condemn.said_began_war", r"{S}\s+{pre}(?:said|says|charged|declared|claimed|insisted)\s+" + REPORTED_T + r"(?!{poss})\s+(?:(?:had|has|have|was|is|were|are)\s+)?(?:now\s+)?(?:entered|started|begun|began|launched|unleashed|declared|waged|waging|opened)\s+(?:an?\s+|the\s+)?(?:(?:full-scale|all-out|open|undeclared|total|new|real)\s+)?war\s+(?:with|against|on)\b"),
    ("CONDEMNS", "condemn.said_war_by", r"{S}\s+{pre}(?:said|says|called|calls|described|describes|branded|brands|denounced|denounces)\s+(?:that\s+)?(?:(?:the|this|it|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:was|is|were|are|amounted\s+to|amounts\s+to|constituted|constitutes)\s+)?(?:as\s+)?(?:an?\s+|the\s+)?(?:(?:new|fresh|further|open|blatant|flagrant|naked|outright|clear|direct|undeclared)\s+)?(?:declaration\s+of\s+war|act\s+of\s+war|act\s+of\s+aggression)\s+(?:by|from)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Nicaragua's complaint that the United States mined its harbours": a state's charge against another
    ("CONDEMNS", "condemn.poss_complaint_that", r"{S}{poss}\s+(?:[\w-]+\s+)?(?:complaints?|charges?|accusations?|allegations?)\s+that\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:had|has|have)\s+(?:been\s+)?|(?:is|are|was|were)\s+)?(?:(?-i:[a-z])+ly\s+)?(?-i:[a-z])+(?:ed|ing)\b"),
    # "Netanyahu cancelled a planned visit to Washington by a delegation in protest"
    ("CONDEMNS", "condemn.cancelled_in_protest", r"{S}\s+{pre}(?:cancel+(?:ed|s|ing)?|called\s+off|postpon(?:ed|es|ing)|suspend(?:ed|s|ing)|scrapp(?:ed|ing))\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+)?(?:planned\s+|scheduled\s+)?(?:[\w-]+\s+){0,2}?(?:visit|trip|talks|meeting|summit)\s+(?:to|with|in)\s+(?:the\s+)?{T}\s(?:[^;.«»]){0,50}?\bin\s+protest\b"),
    # "called on the Security Council to hold a meeting to stop Thailand's aggression"
    # "urged Turkey to halt its drilling operations, which it called provocative": the act judged is the urged one's
    ("CONDEMNS", "condemn.urged_halt_judged", r"{S}\s+{pre}(?:urged|urges|called\s+on|calls\s+on|pressed|presses|told|asked)\s+{T}\s+to\s+(?:" + HALT_WORDS + r"|refrain\s+from)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+" + WHICH_IT + r"\s+(?:called|described\s+as|termed|branded)\s+[“\"‘']?(?:an?\s+)?(?:[\w-]+\s+)?(?:" + JUDGMENTS + r")"),
    ("CONDEMNS", "condemn.to_stop_poss_act", r"{lead}{S}\s(?:[^;.]|«\d+»){0,100}?\bto\s+(?:stop|halt|end|curb|deter|counter)\s+{T}{poss}\s+(?:[\w-]+\s+)?(?:aggression|attacks?|invasion|occupation|war|provocations?|incursions?|strikes|bombardment|expansionism)\b"),
    # "China said it firmly opposed the test and summoned North Korea's ambassador": the summons after a said
    # clause (which may name the act, as a mention of its own)
    ("CONDEMNS", "condemn.said_and_summoned", SAID_THEN + r"(?:summon(?:s|ed)|called\s+in)\s+(?:the\s+|an?\s+(?:senior\s+|top\s+)?)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|charg[ée]s? d['’]affaires|diplomats?|high commissioners?|top diplomat)\b"),
    # "Libya nationalized the British Petroleum Company's holdings in retaliation": a state's property seized to punish it
    ("CONDEMNS", "condemn.seized_in_retaliation", r"{S}\s+{pre}(?:nationali[sz]|seiz|expropriat|confiscat|impound|sequester)\w*\s+(?:all\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,3}?(?:holdings|assets|property|properties|interests|compan(?:y|ies)|company['’]s\s+holdings|oil\s+fields?|concessions?|installations|shares|stakes?|ships|tankers|aircraft)\b(?:[^«»;.]){0,40}?\bin\s+(?:retaliation|reprisal|protest)\b"),
    ("CONDEMNS", "condemn.summon", r"{S}\s+{pre}(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)?\s+in)\s+(?:the\s+|an?\s+(?:senior\s+|top\s+)?)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|charg[ée]s? d['’]affaires|diplomats?|high commissioners?|top diplomat|embassy\s+(?:officials?|representatives?))\b"),
    # "summoned the Turkish Ambassador Fatih Yildiz to express concerns": a named envoy stands for his state
    # "Russia's ambassador was summoned by Poland over the arson attack"
    ("CONDEMNS", "condemn.envoy_summoned_by", r"{T}(?:{poss}\s+(?:(?:top|senior|acting|chief)\s+)?(?:diplomat|envoy|ambassador|charg[eé]\s+d['’]affaires))?\s+(?:was|has\s+been|had\s+been|were|have\s+been)\s+(?:\w+ly\s+)?summoned\s+(?:on\s+\w+day\s+)?by\s+(?:the\s+)?{S}"),
    ("CONDEMNS", "condemn.summon_envoy", r"{S}\s+{pre}(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)?\s+in)\s+(?:the\s+)?(?:(?:top|senior|acting|chief|most\s+senior)\s+)?{T}(?:\s+(?:diplomat|envoy|ambassador|charg[eé]\s+d['’]affaires)s?\b)?(?=\s+(?:to|on|over|for|and|in|after|twice|again|amid)\b|[,.;]|$)"),
    ("CONDEMNS", "condemn.drawing", r"(?:\A|[-–—]\s+)(?:the\s+|an?\s+)?{T}(?:{poss})?\s{x}\b(?P<v>drawing|drew|drawn|draws|prompting|prompted|sparking|sparked|triggering|triggered|provoking|provoked|earning|earned)\s+(?:[\w-]+\s+){0,2}?(?:condemnations?|criticisms?|protests?|rebukes?|outrage)\s+from\s+(?:the\s+)?{S}"),
    # "Erdogan condemned what he called the "lies" of the European Union"
    # "Port-au-Prince cut its ties with Santo Domingo and appealed to the OAS over what it called Dominican aggression":
    # the wrong named by the subject, its doer by nationality, however far the subject stands
    ("CONDEMNS", "condemn.what_it_called_national", r"{S},?\s+(?:(?!,\s+(?:who|which|whose)\b|\b(?:said|says|told|tells)\b)[^;.]){0,110}?\b(?:over|against|about|of|at|to|condemn\w*|denounc\w*|protest\w*|reject\w*|resist\w*|decr(?:y|ied|ies)|end)\s+"
     r"(?P<v>what)\s+(?:he|she|it|they)\s+(?:called|calls|termed|terms|described\s+as)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?=«\d+»\s+" + CALLED_WRONG + r")|" + CALLED_WRONG + r"\s+(?:by|from)\s+(?=(?:the\s+)?«))(?:the\s+)?{T}(?!{poss})"),
    ("CONDEMNS", "condemn.what_he_called", r"{S}\s+{pre}(?:" + CONDEMN_V + r"|(?:reject|dismiss|refus|resist)(?:s|ed|es|ing)?(?=\s+what\s+\w+\s+(?:called|termed|described\s+as)\s+(?:the\s+)?[\"“]?(?:[\w-]+\s+)?(?:" + JUDGMENTS + "|" + EPITHETS + r")))\s+what\s+(?:he|she|it|they)\s+(?:called|termed|described\s+as)\s+(?:the\s+)?[\"“]?[^\"”«»]{1,40}[\"”]?\s+(?:of|by|from)\s+(?:the\s+)?{T}"),
    # "The UAE, accused by the army-led government in Port Sudan of arming the RSF, denied …", "the UAE, which Sudan accuses of …"
    ("CONDEMNS", "condemn.aside_accused_by", r"{T}\s*,\s+(?:(?:which|who)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:\w+ly\s+|also\s+)?(?:accused|blamed|critici[sz]ed|condemned)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?{S}"),
    # "called the balloons a hybrid attack by the Lukashenko regime", "called the bridge attack a terrorist act carried
    # out by Kyiv": the one named as attacker is condemned
    # "Israel called the seizure an act of Iranian terrorism": the nation named as the act's author
    ("CONDEMNS", "condemn.called_act_of_national", r"{S}\s+{pre}(?:called|calls|described|describes|branded|brands|labell?ed|labels|termed|terms|denounced|denounces|condemned|condemns)\s+(?:the\s+|it\s+|this\s+|them\s+)?(?:[\w-]+\s+){0,3}?(?:as\s+)?(?:an?\s+(?:[\w-]+\s+)?(?:act|campaign|example|form|case)|(?:further\s+|more\s+|clear\s+|new\s+)?(?:proof|evidence))\s+of\s+{T}\s+(?:state\s+)?(?:terrorism|terror|aggression|piracy|hostility|sabotage|banditry|expansionism|imperialism|bullying|interference|meddling)\b"),  # ("called the revelations proof of American aggression")
    ("CONDEMNS", "condemn.called_attack_by", r"{S}\s+{pre}(?:called|calls|described|describes|denounced|denounces|branded|brands|labell?ed|labels|condemned|condemns)\s+(?:the\s+|it\s+|this\s+|them\s+)?(?:[\w-]+\s+){0,3}?(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}?(?:attack|provocation|act\s+of\s+(?:aggression|revenge|retaliation|blackmail|intimidation|piracy)|aggression|sabotage|blackmail|terrorist\s+act|act\s+of\s+terror(?:ism)?|crime)\s+(?:(?:carried\s+out|committed|perpetrated|orchestrated|organi[sz]ed|staged|masterminded)\s+)?by\s+(?:the\s+)?{T}"),
    # "Peking radio called the resolution a shameless American fabrication", "said the meeting was a plot by Washington":
    # a thing judged a foreign plot or lie charges its maker
    ("CONDEMNS", "condemn.called_foreign_plot", r"{S}\s+{pre}" + CALLED_THING + r"(?:an?|the)\s+(?:[\w-]+\s+)?{T}(?:-(?:inspired|backed|made|sponsored|engineered|hatched))?\s+" + PLOT_N),
    ("CONDEMNS", "condemn.called_plot_by", r"{S}\s+{pre}" + CALLED_THING + r"(?:an?|the)\s+(?:[\w-]+\s+)?" + PLOT_N + r"\s+(?:by|of|hatched\s+by|engineered\s+by|staged\s+by)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Havana radio denounced the coup as the work of the Pentagon": an act charged to its doer
    ("CONDEMNS", "condemn.called_work_of", r"{S}\s+{pre}(?:" + CALLED_V + r"|denounced|denounces|condemned|condemns)\s+(?:it|this|them|(?:the\s+|these\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:coup|putsch|revolt|rising|uprising|rebellion|riots?|unrest|disturbances|violence|attacks?|bombings?|blasts?|explosions?|sabotage|plot|conspiracy|assassination|killings?|murders?|massacre|invasion|incidents?|provocations?|fires?|leaks?|hacks?|protests|demonstrations|crisis))\s+(?:as\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:work|handiwork|doing)\s+of\s+(?:the\s+)?{T}(?!{poss})"),
    # (no comma before "whom" where the name took it in with its title: "Pakistan's President, Zia ul-Haq, whom …")
    ("CONDEMNS", "condemn.which_accuses", r"{T}(?:\s*,\s+(?:which|whom|who)|\s+whom)\s+(?:the\s+|an?\s+)?{S}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:government|authorities|leaders|officials|army|military|junta)|-led\s+(?:government|authorities|administration)|\s+(?:panel|report|experts?|investigators|commission|inquiry)(?:\s+of\s+experts)?)?\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|also\s+)?(?P<v>accus(?:es|ed|e)|blam(?:es|ed|e))\b"),
    ("CONDEMNS", "condemn.passive", r"{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:position|stance|remarks|comments|plans?|polic(?:y|ies)|actions?|decision|moves?|visit|statements?|abstention|vote|silence|neutrality|refusal|failure|conduct|handling|response|role)(?:\s+(?:on|over|in|at|to|of)\s+(?:[^«»;.]|«\d+»){0,40}?)?\s+|(?!\s+(?:vote|resolution|plan|decision|report|statement|move|proposal|policy|summit|meeting|talks|deal)\b)\s+{pre})(?:was|were|is|are|(?:has|have|had)\s+(?:long\s+|\w+ly\s+)?been)\s+(?:\w+\s+)?(?:condemned|criticized|criticised|denounced|accused|blamed|rebuked)\s+by\s+(?:the\s+)?{S}"),
    # "Cairo has continued to import Israeli gas despite its sharp criticism of Israel's war in Gaza"
    ("CONDEMNS", "condemn.despite_its_criticism", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,80}?\b(?:despite|for|over|amid|given|because\s+of)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:condemnation|criticism|denunciation)\s+of\s{g}{T}"),
    ("CONDEMNS", "condemn.nominal", r"{S}{poss}\s+(?:\w+\s+)?(?:condemnation|criticism|denunciation)\s+of\s{g}{T}"),
    # "The G7 issued its strongest condemnation of China", "expressed strong criticism of China"
    ("CONDEMNS", "condemn.issued", r"{S}\s+{pre}(?:issu|express|voic|deliver|reiterat|renew)\w*\s+(?:its\s+|their\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:condemnation|criticism|censure|rebuke|denunciation)\s+(?:of|for)\s+(?:the\s+)?{T}"),
    # "South Korea expressed deep disappointment over Japanese officials' visits to the shrine"
    ("CONDEMNS", "condemn.displeasure", r"{S}\s+{pre}(?:express|voic|convey|register)\w*\s+(?:its\s+|their\s+|his\s+|her\s+)?[“\"]?(?:[\w-]+\s+){0,2}?(?:disappointment|displeasure|dismay|anger|outrage|indignation|disapproval|dissatisfaction|discontent)[”\"]?\s+(?:over|at|with|about|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?{T}(?:\s+(?:officials|lawmakers|ministers|leaders|authorities)['’])?"),
    # "The United States said it was disappointed by Nauru's decision", "was dismayed at Israel's strikes",
    # "was disappointed that Japan's leadership had taken an action that would worsen tensions"
    # "The EU said it regretted that Mongolia had not complied with its obligations" (for "regretted Russia's decision", condemn.rejects_stance)
    ("CONDEMNS", "condemn.regretted_that", r"{S}\s+{pre}(?:(?:said|says)\s+(?:that\s+)?(?:it|he|she|they)\s+)?(?:deeply\s+)?(?:regret(?:s|ted|ting)?|deplor(?:es|ed|ing))\s+that\s+(?:the\s+)?{T}(?!{poss})\s"),
    # "Coolidge charged that arms and ammunition from Mexico had reached the rebels": a supply charged to its source
    ("CONDEMNS", "condemn.said_arms_from", r"{S}\s+{pre}(?:charged|charges|said|says|alleged|alleges|claimed|claims|complained|complains|insisted|insists)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:arms|weapons|munitions|ammunition|rifles|missiles|drones|explosives)"
     r"(?:\s+and\s+(?:[\w-]+\s+)?(?:arms|weapons|munitions|ammunition|explosives|money|fighters))?\s+from\s+(?:the\s+)?{T}(?!{poss})\s+(?:had\s+|have\s+|has\s+|were\s+|are\s+|was\s+|is\s+)?(?:reached|reaching|flowed|flowing|gone|going|been\s+(?:sent|smuggled|shipped|supplied|delivered|found|seized)|found|seized)\b"),
    # "Greece has appealed to the League of Nations against the Italian action": a body appealed to against another's act
    ("CONDEMNS", "condemn.appealed_against", r"{S}\s+{pre}(?:appeal(?:s|ed|ing)?|complain(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+to\s+(?:the\s+)?«\d+»\s+(?:[\w-]+\s+)?against\s+(?:the\s+)?(?:[\w-]+\s+)?{T}"
     r"(?:{poss}\s+(?:[\w-]+\s+){0,2}?|\s+(?:[\w-]+\s+)?)(?:actions?|aggression|attacks?|invasion|occupation|bombardment|blockade|decision|moves?|raids?|incursions?|seizure)\b"),
    # "Seoul appealed to the world to punish Pyongyang": a call for another's punishment
    ("CONDEMNS", "condemn.urged_to_punish", r"{S}\s+{pre}(?:appeal(?:s|ed|ing)?\s+to|call(?:s|ed|ing)?\s+on|urg(?:es|ed|ing)|ask(?:s|ed|ing)?)\s+(?:the\s+)?(?:" + OTHERS_ASKED + r"|«\d+»(?=\s+to\s+(?:restrain|curb|rein\s+in))|«\d+»\s+(?:nations|countries|governments|powers))\s+to\s+" + PUNISHED_V + r"\s+(?:the\s+)?{T}"),
    # "said the massacre showed the true nature of the North Korean regime"
    ("CONDEMNS", "condemn.showed_true_nature", r"{S}\s+{pre}(?:said|says|declared|added)\s+(?:that\s+)?(?:the\s+|this\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:showed|shows|revealed|reveals|exposed|exposes|proved|proves)\s+the\s+(?:true\s+|real\s+)(?:nature|face|character|colou?rs)\s+of\s+(?:the\s+)?{T}"),
    # "told parliament that Chinese troops had tried to alter the status quo unilaterally": a charge of changing a border by force
    # (presupposing: the charge is made; "was trying to" is its content, no hedge)
    ("CONDEMNS", "condemn.said_tried_to_change_status_quo", r"{S}\s+{pre}(?P<v>said|says|told|charged|alleged|claimed)\b(?:[^«»;.]){0,40}?\s(?:that\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:(?:troops|forces|soldiers|army|navy|ships|vessels|coast\s+guard)\s+)?(?:had|have|has|was|were|is|are)\s+(?:\w+ly\s+)?(?:tried|trying|attempted|attempting|sought|seeking)\s+to\s+(?:\w+ly\s+)?(?:alter|change|upset|overturn)\s+the\s+(?:territorial\s+)?status\s+quo\b"),
    # "Trump used his speech at the UN General Assembly to attack the United Nations"
    ("CONDEMNS", "condemn.used_speech_to_attack", r"{S}\s+{pre}(?:used|uses|using)\s+(?:his|her|its|their|a|the)\s+(?:[\w-]+\s+)?(?:speech|address|remarks|appearance|statement|visit|post|interview)\s(?:[^«»;.]|«\d+»){0,80}?\bto\s+(?:\w+ly\s+)?(?:attack|criticise|criticize|lambast|denounce|condemn|slam|rebuke|chastise|berate|accuse)\s+(?:the\s+)?{T}"),
    # "closed the summit with a speech denouncing the United States and China"
    ("CONDEMNS", "condemn.speech_denouncing", r"{S}\s+(?:[^«»;.]){0,80}?\b(?:with|in|during)\s+(?:an?|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:speech|address|statement|tirade|broadside|sermon|editorial|communiqu[eé])\s+(?:that\s+)?(?:\w+ly\s+)?(?:denouncing|condemning|attacking|criticizing|criticising|assailing|lambasting|castigating|accusing)\s+(?:the\s+)?{T}"),
    ("CONDEMNS", "condemn.disappointed_by", r"{S}\s+{pre}(?:(?:said|says|added|told\s+(?:reporters|journalists))\s+(?:that\s+)?(?:it|he|she|they|the\s+(?:government|administration|country))\s+)?(?:was|is|were|are|had\s+been|has\s+been|felt)\s+(?:(?:deeply|very|extremely|bitterly|profoundly|gravely|strongly)\s+)?(?:(?:concerned|troubled|surprised)\s+and\s+)?(?:disappointed|dismayed|appalled|outraged|angered|incensed|disgusted)\s+(?:by|at|with|over|(?P<that>that))\s+(?:the\s+)?{T}(?(that)(?:{poss}\s+(?:leadership|leaders|government|authorities|administration)|(?!{poss}))\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:\w+ly\s+)?(?:[a-z]+ed|kept|keeps|continues|chose|chooses|refuses|sought|seeks|went|took|taken|made|chosen|gone|given|broken|undertaken)\b|(?:{poss}|\s+(?:government|authorities)['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:decision|move|actions?|announcement|steps?|polic(?:y|ies)|conduct|behaviou?r|vote|veto|refusal|strikes?|attacks?|remarks|statements?|response)\b)"),
    # "when Ethiopia leased the coastline, a move that Somalia condemned"
    # "The United States held military flight exercises with Guyana last week, which Venezuela called a provocation"
    ("CONDEMNS", "condemn.which_called", r"{lead}(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+)?(?:call|demand|proposal|plan|decision|move|remarks|comments|statement|bid|request|push)\b)?\s(?:[^«»;.]|«\d+»){0,120}?,\s+which\s+(?:the\s+)?{S}\s+(?:\w+ly\s+)?(?P<v>called|termed|branded|described\s+as|condemned|denounced|criticised|criticized|slammed)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:provocation|violation|" + JUDGMENTS + "|" + EPITHETS + r")"),
    ("CONDEMNS", "condemn.a_move_that", r"{T}(?:{poss})?\s(?:[^«»;.]|«\d+»){0,120}?(?:,|\s+with)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:move|step|decision|deal|act|action|post|remarks?|comments?|statement)\s+(?:that|which)\s+(?:the\s+)?{S}\s+(?:[\w-]+ly\s+)?(?:condemned|denounced|criticised|criticized|slammed|rejected as|called|described as)\b"),
    # "In a move strongly condemned by the UK and US, Russia has vetoed ..."
    ("CONDEMNS", "condemn.move_condemned_by", r"\A[\s“\"]*(?:In|With)\s+a\s+(?:move|step|decision)\s+(?:(?:that|which)\s+was\s+)?(?:\w+ly\s+)?(?:condemned|criticised|criticized|denounced|slammed|decried)\s+by\s+(?:both\s+)?(?:the\s+)?{S},\s+{T}\s"),
    # "Russia has vetoed the resolution, a move condemned by both the UK and US"
    ("CONDEMNS", "condemn.a_move_condemned_by", r"{lead}{T}\s(?:[^«»;.]|«\d+»){0,160}?,\s+(?:a|in a)\s+(?:move|step|decision)\s+(?:(?:that|which)\s+was\s+)?(?:\w+ly\s+)?(?:condemned|criticised|criticized|denounced|slammed|decried)\s+by\s+(?:both\s+)?(?:the\s+)?{S}"),
    # “This Russian veto is a disgrace,” Lammy added; “... from illegitimate actions by the ICC,” Rubio said
    ("CONDEMNS", "condemn.quoted_judged_act", r"\A[\s“\"]*(?:[^«»”\"]|«\d+»)*?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:actions?|moves?|conduct|behaviou?r|decision|veto|polic(?:y|ies)|strikes?|attacks?|targeting|remarks|statements?)\s+[“\"]?(?:is|was|are|were|represents|represented|constitutes|constituted|amounts to)\s+(?:an?\s+)?(?:\w+\s+)?(?:" + JUDGMENTS + "|" + EPITHETS + r")\w*[^”\"]*[”\"],?\s+{S}(?:{poss}\s+(?:office|spokes\w+))?\s+(?:said|says|added|told|wrote|stated|declared)\b"),
    # "“The announcement by Russia that it is suspending ... is deeply unfortunate and irresponsible,” Secretary Blinken said"
    ("CONDEMNS", "condemn.quoted_act_by", r"\A[\s“\"]*[Tt]he\s+(?:decision|move|announcement|actions?|steps?)\s+by\s+(?:the\s+)?{T}\s(?:[^”\"«»]){0,100}?\b(?:is|was|are|were)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:" + JUDGMENTS + r")\w*[^”\"]*[”\"],?\s+(?:[A-Z][\w.]*\s+){0,3}?{S}\s+(?:said|says|added|told|wrote|stated|declared)\b"),
    # "Blinken called “very disappointing and irresponsible” Russia's decision", "called Russia's decision to quit the treaty disappointing"
    ("CONDEMNS", "condemn.called_judged_act", r"{S}\s+{pre}(?:called|calls|termed|terms)\s+(?:(?:on\s+)?\w+day\s+)?[“\"](?:[\w-]+\s+){0,3}?(?:" + JUDGMENTS + r")\w*[”\"]\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:decision|move|actions?|announcement|steps?)\b"),
    # "Abbas called the US veto "unfair, unethical and unjustified""
    ("CONDEMNS", "condemn.called_act_judged", r"{S}\s+{pre}(?:called|calls|termed|terms|described|describes|branded|brands)\s+(?:(?:on\s+)?\w+day\s+)?(?:the\s+)?(?:(?:dispatch|despatch|deployment|sending|arrival|presence|entry)\s+of\s+(?:the\s+)?(?=«\d+»\s+(?:[\w-]+\s+)?" + DISPATCHED + r"\b))?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:" + DISPATCHED + r"|decision|moves?|actions?|announcement|steps?|veto|polic(?:y|ies)|strikes?|attacks?|raids?|operations?|offensive|incursions?|bombardment|measures|remarks|statements?|visits?|trip|sales?|deals?|drills|exercises|deployments?|tests?|launch(?:es)?|approach|stance|attitude)(?:\s+(?:to|with|near|around|on|over|towards?)\s+(?:[\w-]+\s+){0,8}?(?:[\w-]+|«\d+»))?\s+(?:as\s+)?[“\"]?(?:an?\s+)?(?:[\w-]+,?\s+){0,3}?(?:" + JUDGMENTS + r")"),
    ("CONDEMNS", "condemn.quoted_judged_by", r"\A[\s“\"]*(?:[^«»”\"]|«\d+»)*?\b(?:" + JUDGMENTS + r")\w*\s+(?:actions?|moves?|conduct|behaviou?r|decisions?|polic(?:y|ies)|strikes?|attacks?|targeting|steps|measures)\s+(?:by|of)\s+(?:the\s+)?{T}[^”\"«»]*[”\"],?\s+{S}\s+(?:said|says|added|told|wrote|stated|declared)\b"),
    # "Rubio vowed to protect the U.S. from what he described as 'illegitimate actions' by the ICC"
    # "Mali called the sanctions adopted by ECOWAS illegitimate"
    # "announced it would sever relations with the UAE, declaring it an aggressor state"
    ("CONDEMNS", "condemn.declaring_it", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?\b(?:with|from|against|on|to)\s+(?:the\s+)?{T}\s*,\s+(?P<v>declaring|calling|branding|labell?ing|describing|terming)\s+it\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:" + EPITHETS + r")"),
    # "The EU condemns the delivery of Iranian drones to Russia"
    ("CONDEMNS", "condemn.arms_transfer_of", r"{S}\s+{pre}" + CONDEMN_V + r"\s+(?:the\s+)?(?:[\w-]+\s+)?(?:deliver(?:y|ies)|suppl(?:y|ies)|sales?|transfers?|shipments?|provision)\s+of\s+(?:[\w-]+\s+){0,2}?{T}(?:-made|-built|-supplied|{poss})?\s+(?:[\w-]+\s+){0,2}?{W}"),
    # "Senegal reacted sharply to remarks by French President Emmanuel Macron"
    ("CONDEMNS", "condemn.reacted_to", r"{S}\s+{pre}react(?:s|ed|ing)\s+(?:sharply|angrily|strongly|furiously|harshly|indignantly|with anger|with fury)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:remarks|comments|statements?|decision|claims?|moves?|words|announcement)\s+(?:by|of|from)\s+(?:the\s+)?{T}"),
    # "Beijing considers the US's action in selling weapons to Taiwan a violation of the One China policy"
    ("CONDEMNS", "condemn.considers_judged", r"{S}\s+{pre}(?:consider(?:s|ed)?|regard(?:s|ed)?|deem(?:s|ed)?|view(?:s|ed)?)\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+)?(?:actions?|moves?|decision|conduct|behaviou?r|polic(?:y|ies)|steps?|remarks|statements?)\b(?:[^;.«»]|«\d+»){0,80}?\s(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:" + JUDGMENTS + r")"),
    ("CONDEMNS", "condemn.called_acts_by_judged", r"{S}\s+{pre}(?:called|calls|calling|termed|branded|labell?ed|declared|deemed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|measures|decisions?|moves?|actions?|steps|restrictions|strikes?|attacks?|polic(?:y|ies)|remarks|statements?)\s+"
     r"(?:(?:adopted|imposed|taken|announced|decided|launched|carried out|made|issued)\s+)?by\s+(?:the\s+)?(?:(?:leaders|members|government|heads)\s+of\s+(?:the\s+)?)?{T}\s+[“\"]?(?:an?\s+)?(?:" + JUDGMENTS + r")"),
    ("CONDEMNS", "condemn.judged_acts_by", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?\b(?:described|called|termed)\s+as\s+[“\"‘']?(?:" + JUDGMENTS + r")\w*\s+(?:actions?|moves?|conduct|behaviou?r|decisions?|polic(?:y|ies)|steps|measures)[”\"’']?\s+(?:by|of)\s+(?:the\s+)?{T}"),
    # "Nepal objected to the understanding between India and China", "expressed strong objection after China and India agreed"
    ("CONDEMNS", "condemn.objected", r"{S}\s+{pre}(?:objected|objects|objecting|(?:expressed|expresses|raised|raises|lodged|lodges|registered|voiced|conveyed)\s+(?:its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?(?:strong\s+|formal\s+|serious\s+|strong\s+and\s+)?(?:objections?|protests?)|(?:expressed|expresses|voiced|conveyed)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:(?:(?:deep|strong|great|profound)\s+)?regret|(?:deep\s+|strong\s+|great\s+|profound\s+)?(?:dismay|disappointment|indignation|outrage)))\s+(?:(?:in\s+particular|particularly|especially|above\s+all|strongly|vehemently|vigorously)\s+)?(?:to|after|over|about|against|with|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:understanding|agreement|deal|decision|move|pact|accord)\s+between\s+(?:the\s+)?|(?:agreements?|deals?|pacts?|accords?|treaty|treaties|contracts?|steps?|moves?|measures?|decisions?|remarks|comments)\s+(?:(?:signed|struck|reached|made|concluded|taken|announced)\s+)?by\s+(?:the\s+)?)?{T}"),
    # “The U.S. government has invaded our national territory,” Petro wrote: the speaker accuses the attacker
    ("CONDEMNS", "condemn.quoted_attack", r"\A[\s“\"]*(?:[^«»”\"]|«\d+»)*?{T}(?:{poss})?(?:\s+(?:government|military|army|forces|regime))?\s+(?:has|have|had|is|are)\s+(?:\w+ly\s+)?(?:invaded|attacked|bombed|murdered|killed|violated|occupied|invading|attacking|bombing|killing|violating|occupying)\b[^”\"«»]*[”\"],?\s+{S}\s+(?:said|says|wrote|told|added|tweeted|posted|declared|stated)\b"),
    # "Hanoi called on the world to condemn Chinese aggression": who asks others to condemn condemns
    ("CONDEMNS", "condemn.urged_others_to_condemn", r"{S}\s+{pre}(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|appealed\s+to|appeals\s+to|asked)\s+(?:the\s+)?(?:world|international\s+community|(?:other\s+|all\s+)?(?:countries|nations|governments|states|members|allies)|«\d+»)\s+(?:(?:on\s+)?\w+day\s+)?to\s+(?:condemn|denounce|censure)\s+(?:the\s+)?{T}"),
    # "Erdogan has publicly sniped with Netanyahu"
    ("CONDEMNS", "condemn.sniped_with", r"{S}\s+{pre}(?:sniped|sparred|feuded|bickered|traded\s+(?:barbs|insults|jabs|accusations))\s+with\s+(?:the\s+)?{T}"),
    # "urged Trump to stop threatening to take over Greenland", "called on Moscow to cease its provocations"
    ("CONDEMNS", "condemn.urged_to_stop", r"{S}\s+{pre}(?:urged|urges|urging|called\s+on|calls\s+on|demanded|demands|pressed|told|warned)\s+(?:the\s+)?{T}\s+to\s+(?:immediately\s+)?(?:stop|cease|halt|end|refrain\s+from|desist\s+from|quit)\s+(?:its\s+|his\s+|her\s+|their\s+|«\d+»\s+)?(?:[\w-]+\s+)?(?:threat|attack|aggress|provocat|interfer|meddl|harass|intimidat|bull(?:y|ies|ying)|hostil|incursion|violation|annex|occupation|harbou?r|shelter|sponsor|encourag|fuel|escalat|arming|support\s+and\s+safe\s+haven|safe\s+haven|sanctuar|wrong|erroneous|(?:selling|supplying|sending|shipping|exporting)\s+(?:[\w-]+\s+)?(?:arms|weapons|missiles|rockets|drones)\b)"),
    # "Frederiksen said the US has no right to annex any of the three countries"
    ("CONDEMNS", "condemn.no_right", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,80}?(?:that\s+)?(?:the\s+)?{T}\s+(?:has|had|have)\s+no\s+(?:right|business)\s+to\b"),
    # "Frederiksen dismissed Washington's desire to annex the Danish territory"
    ("CONDEMNS", "condemn.rejected_bid", r"{S}\s+{pre}(?:rejected|rejects|dismissed|dismisses|rebuffed|rebuffs|rebuked|decried)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:desire|attempts?|bids?|plans?|push|demands?|efforts?|ambitions?|threats?|designs)\s+(?:to\s+)?(?:annex|take\s+over|seize|invade|occupy|acquire|buy|purchase|on)\b"),
    # "the strongest criticism of Beijing by the G7"
    ("CONDEMNS", "condemn.nominal_by", r"\b(?:condemnation|criticism|censure|rebuke|denunciation)\s+of\s+(?:the\s+)?{T}\s+by\s+(?:the\s+)?{S}"),
    # "Tshisekedi and Kagame have exchanged insults, each accusing the other": each condemns the other
    # "Accusing Nigeria of not doing enough, President Trump said …"
    ("CONDEMNS", "condemn.fronted_participle", r"\A[\s“\"]*(?P<v>Accusing|Blaming|Criticising|Criticizing|Condemning|Denouncing|Slamming)\s+(?:the\s+)?{T}\s(?:[^«»;.]|«\d+»){0,120}?,\s+(?:[a-z]+\s+){0,2}?{S}\s+(?:\w+\s+)?(?:said|says|told|wrote|added|announced|declared|stated|has|had|is|was|warned|ordered|threatened)\b"),
    # "Trump issued a warning to Nigeria … after accusing the West African nation of failing to …"
    ("CONDEMNS", "condemn.after_accusing", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,160}?\b(?:after|before|while|since)\s+(?:\w+ly\s+)?(?P<v>" + ACCUSING + r")\s+(?:the\s+)?{T}"),
    # "officials in Japan joined the U.S. in denouncing China's export controls": both denounce
    ("CONDEMNS", "condemn.joined_in", r"{S}{poss}?\s+{pre}join(?:s|ed|ing)?\s+(?:[^«»;.]|«\d+»){0,60}?\bin\s+(?P<v>denouncing|condemning|criticising|criticizing|accusing|blaming|rebuking)\s+(?:the\s+)?{T}"),
    ("CONDEMNS", "condemn.joined_by", r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?{S}\s+in\s+(?P<v>denouncing|condemning|criticising|criticizing|accusing|blaming|rebuking|protesting\s+(?:to|against))\s+(?:the\s+)?{T}"),
    # "…, calling Beijing's move hostile"
    ("CONDEMNS", "condemn.calling_act", r"{lead}{S}\s(?:[^«»;.]|«\d+»|\.(?=\s*\d)){0,160}?,\s+(?P<v>calling|describing|terming|branding|labell?ing)\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:move|decision|actions?|polic(?:y|ies)|conduct|behaviou?r|steps?|measures?|restrictions|controls|strikes?|attacks?|remarks|statements?|(?:[\w-]+\s+)?claims?)\s+(?:over\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?(?:as\s+)?[“\"‘']?(?:an?\s+)?(?:[\w-]+\s+)?(?:" + JUDGMENTS + r")"),
    # "Xi's administration strongly opposes Takaichi's remark", "opposed EU measures"
    ("CONDEMNS", "condemn.opposes_act", r"{S}\s+{pre}(?:\w+ly\s+|long\s+|also\s+)?oppos(?:e|es|ed|ing)\s+(?:the\s+)?{T}(?:(?=\s*(?:[.;]|,\s+(?:and|but|saying|calling|adding)\b|\s+and\s+(?:would|will|said|vowed|called|urged)\b))|(?:{poss}|-led)?\s+(?:(?:using|imposing|deploying|sending|interfering|meddling|expanding|arming|selling|placing|stationing|attacking|threatening)\b|(?:[\w-]+\s+){0,2}?(?:remarks?|comments?|statements?|decision|move|measures?|plans?|polic(?:y|ies)|actions?|stance|position|proposals?|abuse|interference|meddling|provocations?|participation|involvement|presence|deployment|annexation|invasion|occupation|offensive|expansion|enlargement|withdrawal|build-?up)\b|(?:(?<='s\s)|(?<=’s\s)|(?<=['’]\s)|(?<=-led\s))(?:[\w-]+\s+){0,2}?(?:wars?|campaign|bombing|bombardment|air\s*strikes|strikes|(?:military\s+)?intervention)\b))"),
    # "Sandu told lawmakers that Russia is carrying out extensive interference": an alleged wrong
    # "Finland will close its border amid concerns that Moscow is using migrants as part of hybrid warfare"
    ("CONDEMNS", "condemn.amid_concerns_that", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,100}?\b(?P<v>amid)\s+(?:\w+\s+)?(?:concerns|fears|accusations|suspicions|claims)\s+that\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+){0,8}?(?:hybrid\s+(?:war|warfare|attacks?)|weaponi[sz]\w*|orchestrat\w*|instrumentali[sz]\w*)"),
    # "New Delhi says the intruders are Pakistani soldiers, a charge Islamabad denies": what the one who denies
    # it was charged with
    ("CONDEMNS", "condemn.charge_denied", r"{S}\s+{pre}(?:says|said|say|claims|claimed|claim|alleges|alleged|allege|insists|insisted|maintains|maintained|argues|argued)\s(?:[^;.«»]|«\d+»){10,160}?,\s+"
     r"(?:a|an)\s+(?:charge|accusation|allegation)\s+(?:that\s+|which\s+)?(?:the\s+)?{T}\s+(?:has\s+|have\s+)?(?:\w+ly\s+)?(?:denies|denied|deny|rejects|rejected|dismisses|dismissed|disputes|disputed)\b"),
    # "said the treaty would be held in abeyance until Pakistan ends its support for militancy": a charge
    ("CONDEMNS", "condemn.until_it_stops", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,160}?\b(?P<v>until|unless)\s+(?:the\s+)?{T}\s+(?:\w+ly\s+(?:and\s+\w+ly\s+)?)?" + UNTIL_STOPS + r"\s+(?:(?:and|or)\s+(?:\w+ly\s+)?" + UNTIL_STOPS + r"\s+)?(?:its|their|«\d+»)\s+(?:[\w-]+\s+)?(?:support|backing|sponsorship|harbou?ring|funding|arming)\s+(?:for|of)\s+(?:[\w-]+\s+)?(?:terror|militan|extremis|insurgen|rebel|separatis|prox)"),
    # "Trump said Germany was delinquent in its payments to NATO": a state itself judged
    ("CONDEMNS", "condemn.said_state_judged", r"{S}\s+{pre}(?:said|says|stated|declared|insisted|complained|charged)\s+" + REPORTED_T + r"\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:(?:being|acting|behaving)\s+)?(?:\w+ly\s+)?(?:an?\s+)?(?:" + JUDGMENTS + r")"),
    # "The ICC reported Kenya to the UN Security Council for failing to arrest him": a complaint to a higher body
    ("CONDEMNS", "condemn.reported_to_for", r"{S}\s+{pre}(?:reported|reports|referred|refers)\s+{T}\s+to\s+(?:the\s+)?«\d+»\s+(?:(?:on|last)\s+\w+\s+)?(?:for|over)\s+(?:(?:its|their)\s+)?(?:failing|failure|refusing|refusal|violating|violations?|breaching|breach(?:es)?|not\s+(?:arresting|complying|cooperating))\b"),
    # "Hague said the attack could not have happened without the consent of the Iranian regime": a charge of complicity
    ("CONDEMNS", "condemn.said_not_without_consent", r"{S}\s+{pre}(?:said|says|stated|added|insisted|argued|charged|told\s+(?:[\w-]+\s+){1,2}?)\s+(?:that\s+)?(?:the\s+|this\s+|such\s+an?\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|killings?|murders?|assassinations?|raids?|invasion|plots?|operations?|storming|assaults?|coup|massacres?|hack(?:ing)?|incursions?|shootings?|abductions?|kidnappings?|poisonings?)\s+(?:could|would)\s*(?:not|n['’]t)\s+have\s+(?:happened|occurred|taken\s+place|been\s+(?:possible|carried\s+out|staged|organi[sz]ed))\s+without\s+"
     r"(?:the\s+(?:[\w-]+\s+)?" + COMPLICITY_N + r"\s+of\s+)?(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+)?" + COMPLICITY_N + r")?(?![\w-])"),
    # "Tillerson said the Burmese military's abuses had caused tremendous suffering": another's abuses, named as such
    ("CONDEMNS", "condemn.said_poss_abuses", r"{S}\s+{pre}(?:said|says|stated|added|noted|told\s+(?:[\w-]+\s+){1,2}?)\s+(?:that\s+)?(?:the\s+)?{T}(?:{poss})?\s+(?:(?:military|army|government|regime|forces|security\s+forces|troops|soldiers|police|junta|authorities)(?:{poss})?\s+)?"
     r"(?:(?:human\s+rights|widespread|systematic|grave|serious|mass)\s+)?(?:abuses|atrocities|war\s+crimes|crimes\s+against\s+humanity|brutality|persecution)\b(?!(?:\s+(?:of|against|by|in)\s+[^«»;,.]{0,40}?)?\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:invented|fabricated|exaggerated|false|fake|untrue|made\s+up|staged|a\s+(?:myth|lie|fabrication|hoax)|lies))"),
    # "Clinton said China's crackdown on the Tiananmen Square protests was wrong": another's act judged wrong
    # "Kaunda said Britain had chosen to side with apartheid": siding with a wrong
    ("CONDEMNS", "condemn.said_sided_with_wrong", r"{S}\s+{pre}(?:said|says|charged|declared|complained)\s+" + REPORTED_T + r"(?!{poss})\s+(?:(?:had|has|have|was|is|were|are)\s+)?(?:(?:chosen|decided|chose|decides|chooses)\s+to\s+)?(?:side|sided|siding|sides)\s+with\s+(?:the\s+)?(?:apartheid|racis[mt]s?|aggress(?:or|ors|ion)|terror(?:ists?|ism)|fascis[mt]s?|occupiers?|oppressors?|(?:the\s+)?enemy|colonialis[mt]s?|imperialis[mt]s?)\b"),
    # "Gromyko told the General Assembly that Washington was pursuing military superiority and had poisoned relations"
    ("CONDEMNS", "condemn.said_seeks_domination", r"{S}\s+{pre}(?:(?:said|says|charged|declared|asserted)\s+|told\s+(?:the\s+)?(?:[\w-]+\s+|«\d+»\s+){1,3}?)" + REPORTED_T + r"(?!{poss})\s+(?:(?:was|is|were|are|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
                                                     r"(?:(?:pursuing|seeking|sought|seeks|pursues|pursued|striving\s+for|bent\s+on)\s+(?:[\w-]+\s+){0,2}?(?:superiority|supremacy|hegemony|domination|dominance)\b|(?:had\s+|has\s+)?poisoned\s+(?:the\s+)?(?:relations|atmosphere|climate)\b)"),
    # "Carter said the presence of a Soviet combat brigade in Cuba was a very serious matter": a state's troops somewhere judged
    ("CONDEMNS", "condemn.said_presence_wrong", r"{S}\s+{pre}(?:said|says|declared|insisted|warned)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?the\s+(?:continued\s+)?presence\s+of\s+(?:an?\s+|the\s+)?(?:[\w,-]+\s+){0,3}?{T}\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|brigades?|divisions?|units|bases?|warships|submarines|missiles|advisers|advisors|personnel|military)\b(?:[^«»;.]|«\d+»){0,50}?\s(?:was|is|were|are|would\s+be|remained|remains)\s+(?!not\s+(?:a\s+)?(?:threat|problem|concern)\b)(?:\w+ly\s+)?(?:an?\s+)?(?:(?:very|most)\s+)?(?:not\s+acceptable|intolerable|(?:serious|grave)\s+(?:matter|threat|concern)|" + JUDGMENTS + r")"),
    ("CONDEMNS", "condemn.said_act_wrong", r"{S}\s+{pre}(?:said|says|declared|argued|insisted|told\s+(?:[\w-]+\s+){1,2}?)\s+(?:that\s+)?(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){1,6}?(?:was|is|were|are|had\s+been|has\s+been)\s+(?!not\b|never\b|n['’]t\b)(?:\w+ly\s+|simply\s+|plainly\s+)?(?:wrong|unacceptable|illegal|unjustified|unjustifiable|a\s+mistake|mistaken|deplorable|reprehensible|inexcusable|outrageous|illegitimate|unlawful)\b"),
    # "Bush and Gorbachev declared at their summit that Iraq's aggression against Kuwait must not be tolerated"
    ("CONDEMNS", "condemn.said_act_not_tolerated", r"{S}\s+{pre}(?:said|says|declared|declares|insisted|insists|stated|warned|told\s+[^«»;.]{1,30}?)\s+(?:[^«»;.]{0,60}?\s)?(?:that\s+)?(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:aggression|invasion|annexation|occupation|attacks?|actions?|conduct|behaviou?r|seizure|incursion)\s+(?:(?:against|of|on|in)\s+(?:the\s+)?(?:«\d+»|[\w-]+)\s+)?(?:must|could|can|would|will|should|shall)\s*(?:not|n['’]t)\s+(?:be\s+(?:tolerated|allowed\s+to\s+stand|accepted|rewarded|ignored|allowed\s+to\s+succeed)|stand|go\s+unanswered|go\s+unpunished|succeed|be\s+left\s+unanswered)\b"),
    # "Washington says Iran is seeking nuclear weapons": a state said to seek weapons of mass destruction
    ("CONDEMNS", "condemn.says_seeks_wmd", r"{S}\s+{pre}(?:said|says|believes|believed|suspects|suspected|insists|insisted|claims|claimed|alleges|alleged|accepts|accepted)\s+(?:that\s+)?(?:the\s+)?{T}\s+(?:is|was|has\s+been|had\s+been|remains)\s+(?:secretly\s+|still\s+|actively\s+)?(?:seeking|developing|building|pursuing|trying\s+to\s+(?:build|acquire|develop|obtain|make)|working\s+(?:on|toward|towards))\s+(?:an?\s+)?(?:nuclear\s+(?:weapons?|bombs?|arms|arsenal)|atomic\s+(?:weapons?|bombs?)|weapons\s+of\s+mass\s+destruction|chemical\s+weapons|biological\s+weapons)\b"),
    ("CONDEMNS", "condemn.says_wrong", r"{S}\s+{pre}(?:said|says|told|warned|warns|claimed|claims|stated|alleged|alleges)\s+(?:(?:[^«»;.]{0,40}?\s)?(?:that\s+)?|(?:[^«»;.]|«\d+»){0,60}?\s(?:by|against|to)\s+)(?:the\s+)?{T}(?:{poss}|-backed)?\s+(?:(?!(?:withstood|withstand|withstands|resisted|resists|survived|faced|faces|suffered|suffers|repelled|countered|fought|been|victim|target|targeted|subjected)\b)[\w-]+\s+){0,4}?" + COVERT_HARM_N + r"\b"),
    # "said Moldova had withstood unprecedented interference by Russia": the interference's author
    ("CONDEMNS", "condemn.says_wrong_by", r"{S}\s+{pre}(?:said|says|told|warned|warns|claimed|claims|stated|alleged|alleges)\s+(?:[^«»;.]|«\d+»){0,80}?\b" + COVERT_HARM_N + r"\s+"
     r"(?:campaigns?\s+|operations?\s+)?(?:by|from)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Sandu, a staunch critic of the Kremlin", "A vocal critic of Russia, … Sandu has …"
    ("CONDEMNS", "condemn.critic_of", r"{S}\s*,\s+(?:an?|the|long)\s+(?:[\w-]+\s+){0,2}?" + CRITIC_OF + r"{T}"),
    ("CONDEMNS", "condemn.fronted_critic", r"\A[\s“\"]*(?:An?|The|As an?)\s+(?:[\w-]+\s+){0,2}?" + CRITIC_OF + r"{T}[^;]{0,120}?,\s+{S}\s"),
    ("CONDEMNS", "condemn.is_critic", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?" + CRITIC_OF + r"{T}"),
    # "President Erdogan, blasting Israel's ongoing aggression in Gaza, said …"
    ("CONDEMNS", "condemn.participle_aside", r"{S}\s*,\s+(?:blasting|slamming|criticising|criticizing|condemning|denouncing|lambasting|decrying|castigating)\s+(?:the\s+)?{T}"),
    # "Turkey reported $5.4 billion in exports to Israel"
    # "relations between Baghdad and Ankara, key trade partners"
    ("TRADES_WITH", "trade.pair_partners_apposition", r"{P}\s*,\s+(?:two\s+)?(?:(?:key|major|important|close|main|top|big|biggest|largest)\s+)?(?:trade|trading|economic)\s+partners\b"),
    ("TRADES_WITH", "trade.reported_exports", r"{S}\s+{pre}(?:reported|recorded|posted|registered|logged)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?(?:US)?\$?[\d.,]+\s*(?:billion|million|bn|m|trillion)?\s+(?:(?:worth\s+)?(?:of\s+)?)?in\s+(?:exports|imports|trade|sales)\s+(?:to|from|with)\s+(?:the\s+)?{T}"),
    # "The Sudanese government claims the UAE has supported the RSF": an accusation
    ("CONDEMNS", "condemn.claims_done", r"{S}\s+{pre}(?:claim|insist|alleg|contend|maintain)(?:s|ed|ing)?\s+(?:that\s+)?(?:the\s+)?{T}\s+(?:has|had|have|is|was|were)\s+(?:been\s+)?(?:arm|support|back|suppl|sponsor|fund|financ|facilitat|help|harbou?r|shelter|violat|commit|aid)\w*"),
    # "Mitsotakis will raise the issue of Turkey's provocations": naming another's acts so condemns them
    # "would test a bomb unless Washington dropped its hostile policy": the policy named hostile is the actor's
    ("CONDEMNS", "condemn.drop_its_hostile", r"{lead}{S}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:delegate|envoy|negotiator|ambassador|representative|spokes(?:man|woman|person)|ministry)(?:,\s+[^«»;.,]{1,40},)?)?\s(?:(?!,\s+where\s)[^«»;.]|«\d+»){0,120}?{T}\s+(?:(?:would|will|must|should|has|had|to)\s+)?(?:drop(?:s|ped)?|abandon(?:s|ed)?|end(?:s|ed)?|scrap(?:s|ped)?|give\s+up|gives\s+up|gave\s+up|reverse[sd]?|stop(?:s|ped)?)\s+its\s+hostile\s+(?:polic(?:y|ies)|stance|acts|attitude)\b"),
    ("CONDEMNS", "condemn.names_provocation", r"{lead}{S}\s(?:(?!,\s+where\s)[^«»;.]|«\d+»){0,120}?{T}(?:{poss})?\s+(?:[\w-]+\s+)?" + PROVOCATION_N + r"\b"),
    ("CONDEMNS", "condemn.quoted_provocation", r"\A[\s“\"]*(?:[^«»”\"]|«\d+»)*?{T}(?:{poss})?\s+(?:[\w-]+\s+)?" + PROVOCATION_N + r"\b[^”\"]*[”\"],?\s+{S}\s+(?:said|says|told|wrote|added|stated|declared)\b"),
    # "attacked Germany for its stance": words, not arms
    ("CONDEMNS", "condemn.attacked_for_stance", r"{S}\s+{pre}(?:\w+ly\s+)?attack(?:s|ed|ing)?\s+(?:the\s+)?{T}" + FOR_STANCE),
    # "Namibia rejects Germany's support of …"
    ("CONDEMNS", "condemn.rejects_stance", r"{S}\s+{pre}(?:\w+ly\s+)?(?:reject(?:s|ed|ing)?|decr(?:y|ies|ied)|regret(?:s|ted|ting)?)\s+(?:the\s+(?=«\d+»\s))?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:support|backing|stance|position|decision|involvement|interference|polic(?:y|ies)|remarks|comments|announcement|move|measures|steps|actions|use|resolutions?|ruling|verdict|claims?|assertions?)\b"),
    # "taking a historic stand against Germany's involvement"
    ("CONDEMNS", "condemn.stand_against", r"{S}\s+{pre}(?:tak(?:es?|ing|en)|took)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?stand\s+against\s+(?:the\s+)?{T}"),
    # "criticised Germany for declaring support for Israel": the criticised one's support
    # "Slovakia is the second country to send war planes to Kyiv"
    ("SUPPLIES_ARMS", "arms.ordinal_to_send", r"{S}\s+{pre}(?:is|was|became|has become|had become)\s+(?:the\s+)?" + ORDINAL + r"\s+(?:«\d+»\s+|[\w-]+\s+)?(?:country|nation|state|member|ally)\s+to\s+(?:decide\s+to\s+|agree\s+to\s+)?(?:send|supply|deliver|provide|transfer|give|donate)\s+(?:[\w-]+\s+){0,4}?{W}\s+to\s+(?:the\s+)?{T}"),
    ("SUPPORTS", "support.criticised_for", r"\b(?:critici[sz]|condemn|slamm?|blast|attack|denounc|rebuk|lambast)\w*\s+(?:the\s+)?{S}\s+for\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:(?:declaring|expressing|voicing|offering|giving|lending|pledging)\s+)?(?:[\w-]+\s+)?(?:support|backing)\s+(?:for|of|to)\s+(?:the\s+)?{T}"),
    # "China warned that the U.S. military expansion in the Philippines would deepen regional strife",
    # "reiterated that the US was raising tensions"
    ("CONDEMNS", "condemn.raising_tensions", r"{S}\s+{pre}(?:said|says|warned|warns|reiterated|reiterates|stated|states|claimed|claims|added|accused)\s+" + REPORTED_T + r"(?:{poss})?\s+(?:(?:[\w-]+|«\d+»)\s+){0,6}?(?:(?:is|was|were|are|would|will|has been|had been)\s+)?(?:rais|escalat|stok|fuel|heighten|deepen|inflam|ratchet)\w*\s+(?:up\s+)?(?:the\s+)?(?:regional\s+)?(?:tensions?|strife|instability)\b"),
    # "Rosario Murillo, who is already subject to U.S. sanctions"
    ("SANCTIONS", "sanctions.subject_to", r"{T}\s*,?\s+(?:who|which)\s+(?:is|are|was|were|has been|have been|had been)\s+(?:already\s+|also\s+|now\s+|long\s+)?(?:subject(?:ed)?\s+to|under)\s+{S}\s+(?:[\w-]+\s+)?sanctions\b"),
    # "downgraded its ties with Lithuania in protest at Taiwan establishing an embassy"
    ("CONDEMNS", "condemn.in_protest_at", r"{lead}{S}\s(?:(?!,?\s+and\s+(?:the\s+)?«\d+»\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b)(?:[^«»;.]|«\d+»)){0,120}?\bin\s+(?:protest\s+(?:at|against|over)|(?:repudiation|condemnation|rejection)(?:\s+and\s+(?:repudiation|condemnation|rejection))?\s+of)\s+(?:the\s+)?(?:(?!(?:by|from|of)\b)[\w-]+,?\s+){0,4}?{T}(?!{poss}\s+(?:removal|ouster|overthrow|arrest|detention|imprisonment|jailing|killing|murder|death|assassination|execution|expulsion|exclusion|impeachment|treatment)\b)"),
    # "Colombia suspended intelligence sharing with Washington in protest at the strikes", "broke off diplomatic
    # relations with Ecuador in response"
    ("CONDEMNS", "condemn.cut_with_in_protest", r"{S}\s+{pre}(?:suspend|halt|cut|recall|freez|froze|end|cancel|withdr[ae]w|expel|close|downgrad|sever|br(?:oke|eak)s?(?:ing)?\s+off)\w*\s(?:[^;.«»]){0,60}?\b(?:with|from|to|in)\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:on\s+)?\w+day\s+)?(?:[^;.«»,]{0,45}?\s)?in\s+(?:protest|response|retaliation)\b"),
    # "China ordered the United States to close its consulate in Chengdu, in retaliation for …"
    ("CONDEMNS", "condemn.ordered_to_close_in_retaliation", r"{S}\s+{pre}(?:ordered|told|asked|gave)\s+(?:the\s+)?{T}\s+(?:(?:on\s+)?\w+day\s+)?(?:\d+\s+hours\s+)?to\s+(?:close|shut|leave|withdraw|reduce|cut)\b[^;«»]{0,80}?\bin\s+(?:protest|response|retaliation)\b"),
    # "Bolivia severed relations with Israel, accusing it of …": the pronoun is the object just named
    ("CONDEMNS", "condemn.accusing_it", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,80}?\b(?:with|to|from|against|on)\s+(?:the\s+)?{T}[^«»;.]{0,40}?,\s+(?P<v>" + ACCUSING + r")\s+(?:it|them)\s+(?:of|for)\b"),
    # "Chile and Colombia recalled their ambassadors as they criticized the Israeli offensive"
    ("CONDEMNS", "condemn.as_they_criticized", r"{S}\s+(?:has\s+|have\s+|had\s+)?\w+ed\b(?:[^;.«»]|«\d+»){0,80}?\s(?:as|while|after|when)\s+(?:they|it)\s+(?:\w+ly\s+)?(?:criticis|criticiz|condemn|denounc|slamm|lambast|blast|decri|decry)\w*\s+(?:the\s+)?{qual}{T}"),
    # "gave the French ambassador 72 hours to leave over \"outrageous\" comments by the French authorities"
    ("CONDEMNS", "condemn.over_judged_remarks", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?\b(?:over|citing|after|following|because of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?[“\"]?(?:" + JUDGMENTS + r")\w*[”\"]?\s+(?:[\w-]+\s+)?(?:comments|remarks|statements|actions|moves|decisions?|behaviou?r|conduct)\s+(?:by|of|from)\s+(?:the\s+)?{T}"),
    ("CONDEMNS", "condemn.attacked_leader", r"{S}\s+{pre}(?:\w+ly\s+)?attack(?:s|ed|ing)?\s+(?:the\s+)?{T}"),
    # (or fight "…, each side accusing the other of starting the war")
    ("CONDEMNS", "condemn.pair_each_other", r"{P}(?:\s+{pre}(?:(?:exchang|trad)(?:e|es|ed|ing)\s+(?:[\w-]+\s+)?(?:insults|accusations|barbs|blame|recriminations|jabs|criticism)|(?:accus|blam|critici[sz]|condemn|denounc)\w*\s+(?:each other|one another))\b|\s(?:[^«»;.]|«\d+»){0,100}?,\s+(?:with\s+)?each\s+(?:side\s+|country\s+|government\s+|party\s+)?(?:accusing|blaming)\s+the\s+other\b)"),
    # "accusations from the United States, South Korea and others that Pyongyang is supplying …", "Western accusations that Moscow …"
    ("CONDEMNS", "condemn.accusations_from", r"\b(?:accusations|allegations|charges|claims)\s+(?:from|by)\s+(?:the\s+)?{S}\s+that\s+(?:the\s+)?{T}"),
    ("CONDEMNS", "condemn.adj_accusations", r"{S}\s+(?:accusations|allegations|charges)\s+that\s+(?:the\s+)?{T}"),
    # "Yemane blamed \"the new tension in the region\" on Ethiopia"
    # "Pyongyang blamed joint military drills by South Korea and the United States for the decision"
    ("CONDEMNS", "condemn.blamed_acts_by", r"{S}\s+{pre}blam(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:drills|exercises|actions|policies|provocations|attacks|strikes|sanctions|interference|meddling)\s+(?:by|of)\s+(?:the\s+)?{T}(?!{poss})"),
    ("CONDEMNS", "condemn.blamed_on", r"{S}\s+{pre}blam(?:e|es|ed|ing)(?:\s+[\"“]?(?:[^«»;.\"“”]){1,60}?[\"”]?)?\s+on\s+(?:the\s+)?{T}(?!{poss})"),  # (also "which Iran blamed on Israel")
    # "Ukraine had urged Ulaanbaatar to hand Putin over to The Hague and accused it of …": the sentence's subject,
    # after a long first verb phrase with actors in it (no clause of another subject between)
    ("CONDEMNS", "condemn.and_accused", r"{lead}{S}\s+(?:(?!\b(?:said|says|say|that(?!\s+(?:it|they|he|she)\s)|who|which|whom|whose|while|when|after|before|as|because|if|but)\b)[^;.«»]|«\d+»){10,140}?\band\s+(?:(?:has|had|also|then|later)\s+){0,2}(?P<v>accused|blamed|criticised|criticized|condemned|denounced)\s+(?:the\s+)?{T}\s+(?:of|for)\b"),
    # SUPPORTS
    # "Lai thanked Peña for his support of Taiwan", "… for speaking up for Taiwan": the one thanked supports
    ("SUPPORTS", "support.thanked_for_backing", r"\bthank(?:s|ed|ing)?\s+(?:the\s+)?{S}\s+for\s+(?:(?:[^«»;.]|«\d+»){0,100}?\band\s+for\s+)?(?:(?:his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:support|backing|solidarity)\s+(?:of|for|to)\s+|(?:speaking|standing)\s+up\s+for\s+|(?:standing|stand)\s+(?:(?:firmly|shoulder\s+to\s+shoulder)\s+)?(?:with|by)\s+|(?:(?:his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:leadership|role|efforts?)\s+in\s+)?(?:supporting|backing|defending|helping)\s+)(?:the\s+)?{T}"),
    # "Hungary's parliament finally ratified Sweden's bid to join NATO"
    ("SUPPORTS", "support.ratified_bid", r"{S}\s+{pre}(?:approv|ratifi|endors|rubber-stamp)\w*\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+)?(?:accession|membership|bid|application)\b"),
    # "Albania supports a faster accession of North Macedonia to NATO", "backs the EU membership applications of X"
    ("SUPPORTS", "support.accession_of", r"{S}\s+{pre}(?:support|back|endors|champion|welcom)\w*\s+(?:the\s+|an?\s+)?(?:(?:swift|swifter|fast|faster|quick|quicker|rapid|early|earliest|eventual|future|full)\s+)?(?:«\d+»\s+)?"
                                         r"(?:(?:membership|accession)\s+(?:applications?|bids?|requests?|talks|negotiations|process|aspirations)|accession|membership|admission|entry|integration|candidacy|bid)\s+(?:of|for)\s+(?:the\s+)?{T}"),
    # "Ruto appreciated the efforts of Trump", "praised the role of Qatar"
    ("SUPPORTS", "support.efforts_of", r"{S}\s+{pre}(?:appreciat|thank|hail|prais|commend|laud|salut|welcom)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:efforts|role|leadership|mediation|contribution|commitment)\s+of\s+(?:the\s+)?{T}"),
    # "Milei, a vocal admirer of Trump"
    ("SUPPORTS", "support.admirer_of", r"{S}\s*,\s+(?:an?|the|long)\s+(?:[\w-]+\s+){0,2}?(?:admirers?|champions?|defenders?|supporters?|backers?)\s+of\s+(?:the\s+)?{T}"),
    # "Trump called himself a big fan of the Turkish president", "Orban is a great admirer of Trump"
    ("SUPPORTS", "support.is_fan_of", r"{S}\s+{pre}(?:(?:called|calls|described|describes|declared|declares)\s+(?:himself|herself)(?:\s+as)?|(?:is|was|has\s+been)|(?:said|says)\s+(?:he|she)\s+(?:is|was))\s+(?:an?\s+)?(?:big|great|huge|longtime|long-time|staunch|ardent|strong)?\s*(?:fan|admirer|supporter)\s+of\s+(?:the\s+)?{T}"),
    # "France and the United Kingdom recognised the State of Palestine": a state's recognition
    # "recognised opposition leader Juan Guaido as interim president", "recognise the Taliban as the government of Afghanistan" (the group; "the government of Afghanistan" is one mention)
    ("SUPPORTS", "support.recognised_as_head", r"{S}\s+{pre}" + RECOGNISE + r"(?:the\s+)?(?:(?:opposition|rival|exiled)\s+(?:leader|figure|politician|candidate)\s+)?{T}\s+as\s+(?:«\d+»(?!{poss}|-)|(?:the\s+)?(?:country's\s+|«\d+»['’]s\s+)?(?:(?:legitimate|rightful|interim|acting|new|elected|lawful|constitutional|sole|only|legal)\s+(?:and\s+)?)*(?:president|leader|head\s+of\s+state|prime\s+minister|rulers?|government|authorities|administration|representatives?)\b)"),
    # "Palau is one of only 12 countries that maintain formal diplomatic ties with Taipei" (a partly recognised state only)
    ("SUPPORTS", "support.diplomatic_ties", r"{S}\s+{pre}(?:" + ONE_OF_STATES + r")?(?:(?:still|also|now)\s+)?(?:maintain(?:s|ed|ing)?|ha(?:s|ve|d)|keep(?:s|ing)?|kept)\s+(?:full\s+|formal\s+|official\s+)*diplomatic\s+(?:ties|relations)\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    # "Russia became the first country to formally recognise the Taliban government": the group governing (being the first to do it says it was done)
    ("SUPPORTS", "support.recognised_group_government", r"{S}\s+{pre}" + RECOGNISE + r"(?:the\s+)?{T}(?:-led|-run)?\s+(?:government|administration|authorities|rule)\b"),
    ("SUPPORTS", "support.first_to_recognise", r"{S}\s+" + FIRST_TO + r"(?:(?:formally|officially)\s+)?recogni[sz]e\s+(?:the\s+|an?\s+)?(?:new\s+)?{T}(?:-led|-run)?(?:\s+(?:government|administration|authorities|rule)\b|(?!{poss}|\s+as\b))"),
    # "three of its members, Palau, the Marshall Islands and Tuvalu, still recognise Taipei": the members in apposition
    ("SUPPORTS", "support.members_recognise", r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+of\s+(?:its|their|the\s+«\d+»['’]s)\s+(?:[\w-]+\s+)?members\s*,\s+{S}\s*,\s+(?:(?:still|also|now|all|both)\s+)?" + RECOGNISE + r"(?:the\s+)?{T}(?!{poss})"),
    # "Slovenia recognised a Palestinian state last year"
    ("SUPPORTS", "support.recognised_state", r"{S}\s+{pre}" + RECOGNISE + r"(?:an?\s+|the\s+)?(?:independent\s+|sovereign\s+)?{T}\s+state\b"),
    # "Iraq, which Kuwait has backed with loans": the backer in an object relative clause
    # "Russian warplanes have bombed rebel-held areas since 2015, helping Assad's forces retake Aleppo": the subject's act helps
    ("SUPPORTS", "support.act_helping_forces", r"{lead}{S}(?:\s+(?:[\w-]+\s+)?(?:warplanes|jets|aircraft|bombers|drones|forces|troops|advisers|airstrikes|strikes))?\s(?:[^«»;.]|\.(?=\d)){0,100}?,\s+(?:thereby\s+)?helping\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|government)\b"),
    # "Russia threw a lifeline to Yanukovych", "…, throwing a lifeline to President Viktor Yanukovych"
    ("SUPPORTS", "support.lifeline", r"{S}\s+{pre}(?:threw|throws|throw|offered|offers|extended|extends|gave|gives|handed|provided)\s+(?:an?\s+)?(?:[\w-]+\s+)?" + LIFELINE_TO),
    ("SUPPORTS", "support.act_throwing_lifeline", r"{lead}{S}\s(?:[^«»;.]|«\d+»|\.(?=\d)){0,200}?,\s+(?:throwing|offering|extending|handing|giving|providing)\s+(?:an?\s+)?(?:[\w-]+\s+)?" + LIFELINE_TO),
    # "agreed to buy $15 billion of Ukrainian government bonds": lending to its government
    ("SUPPORTS", "support.bought_bonds", r"{S}\s+{pre}(?:buy|buys|bought|buying|purchase[sd]?|purchasing)\s+(?:(?:about|some|nearly|up\s+to)\s+)?(?:[$€£]?[\d.,]+\s*(?:billion|million|bn|m)?\s+(?:(?:worth\s+)?of\s+)?)?(?:the\s+)?{T}(?:{poss})?\s+(?:(?:government|sovereign|state|treasury)\s+)?(?:bonds|debt|eurobonds)\b"),
    ("SUPPORTS", "support.which_backed", r"{T}\s*,\s+which\s+(?:the\s+)?{S}\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+|also\s+|long\s+)?(?P<v>backed|supported|bankrolled|financed|funded|aided|backs?|supports?|bankrolls?|finances?|funds?)\b"),
    # "Japan recognised the People's Republic as the sole legal government of China": the state whose government it is
    # (one named right before "as" is the one recognised: support.recognised_as_head)
    # "accepted the revolutionary regime in Iraq as its lawful government": a recognition
    ("SUPPORTS", "support.accepted_as_lawful_government", r"{S}(?:\s*,\s+too\s*,)?\s+{pre}(?:" + RECOGNISE + r"|accept(?:s|ed|ing)?\s+)(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:regime|government|authorities|junta|rulers)\s+(?:in|of)\s+)?{T}\s+as\s+(?:its|the|their)\s+(?:(?:sole|only|legal|legitimate|lawful|rightful)\s+)(?:government|authority|rulers)\b"),
    ("SUPPORTS", "support.recognised_as_government_of", r"{S}\s+{pre}" + RECOGNISE + r"(?:the\s+)?(?:[\w'’-]+\s+|«\d+»\s+(?!as\b)|(?<=\bof\s)«\d+»\s+){0,4}?as\s+(?:the\s+)?(?:(?:sole|only|legal|legitimate|lawful|rightful|provisional|interim|transitional|central|national)\s+(?:and\s+)?){1,2}(?:government|representative)\s+of\s+(?:the\s+)?(?:whole\s+of\s+)?{T}(?!{poss})"),
    ("SUPPORTS", "support.recognised", r"{S}\s+{pre}(?:" + ONE_OF_STATES + r")?(?:(?:formally|officially)\s+)?recogni[sz](?:es|ed|ing|e)\s+(?:only\s+)?(?:the\s+)?(?:new\s+)?(?:(?:[Ss]tate|independence|statehood|sovereignty|(?:new\s+|interim\s+)?government)\s+of\s+(?:the\s+)?|(?:new\s+|Communist\s+|Nationalist\s+|revolutionary\s+|military\s+|exiled\s+|provisional\s+)?(?:government|regime)\s+(?:in|on)\s+|(?:new\s+|revolutionary\s+|military\s+|provisional\s+)?(?:government|regime|junta)\s+(?:that|which)\s+(?:[\w-]+\s+){1,3}?(?:set\s+up|formed|installed|established|proclaimed)\s+in\s+)?{T}(?:{poss}\s+(?:independence|statehood|sovereignty|(?:(?:new|interim|provisional|transitional|revolutionary)\s+){0,2}government)\b|\s+sovereignty\s+over\b|(?!{poss}))(?!\s+(?:as(?!\s+well\b)(?!\s+(?:an?\s+)?(?:independent|sovereign)\s+(?:state|country|nation)s?\b)(?!\s+(?:an?\s+)?(?:co-?belligerents?|allies|ally)\b)|government|authorities|annexation)\b)(?!\s+(?!(?:at|in|on|as|and|after|before|last|this|during|since|from|with|within|by|officially|formally|sovereignty|claims?|independence|statehood|rather|instead|but|republic|kingdom|federation)\b)[a-z])"),
    # "Nicaragua also broke off relations with Ecuador in solidarity with Mexico"
    # "Hezbollah began firing at Israel on October 8, 2023, in support of Hamas", "… in a show of support for Minsk"
    # (or of its claim: "…, in support of Argentina's claim to the British-ruled islands")
    ("SUPPORTS", "support.clause_in_support_of", r"{lead}{S}\s(?:(?!,\s+(?:which|that|whom|where)\s+(?:the\s+)?«)(?:[^;.«»]|«\d+»)){0,140}?,?\s+in\s+(?:an?\s+(?:[\w-]+\s+)?(?:show|display|gesture|sign)\s+of\s+support\s+for|support\s+of)\s+(?:the\s+)?{T}(?!{poss}(?!\s+(?:claims?|bid|position|sovereignty|candidacy|stance|cause|demands?|rights?|territorial\s+integrity)\b))"),
    ("SUPPORTS", "support.in_solidarity", r"{lead}{S}\s(?:[^;.«»]|«\d+»){0,100}?\bin\s+solidarity\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    # "Washington agreed a $20 billion currency swap line with Buenos Aires"
    # (also "China has extended a currency swap line worth 18 billion dollars to Argentina's central bank")
    ("SUPPORTS", "support.swap_line", r"{S}\s+{pre}(?:agreed|signed|extended|approved|offered|provided|opened|set\s+up|renewed|expanded|activated|granted)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w$.,-]+\s+){0,4}?(?:currency\s+)?swap\s+(?:line|deal|agreement|facility|arrangement)s?\s+(?:worth\s+(?:[^;.«»]|\.(?=\d)){0,30}?\s)?(?:with|for|to)\s+(?:the\s+)?{T}"),
    # "Iran, Assad's other main backer, had sent advisers"
    ("SUPPORTS", "support.apposition_backer", r"{S}\s*,\s+{T}{poss}\s+(?:(?:other|main|chief|key|staunchest|strongest|biggest|closest|principal|most\s+important|last)\s+){0,3}(?:backers?|supporters?|patrons?|sponsors?|benefactors?)\s*,"),
    # "Israel, with help from the United States, Britain, France and Jordan, said it intercepted …"
    ("SUPPORTS", "support.with_help_from", r"{T}\s*,\s+with\s+(?:the\s+)?(?:help|support|assistance|backing)\s+(?:from|of)\s+(?:the\s+)?{S}\s*,"),
    # "Niger's junta turned to Russia for support": the one turned to supports
    # "Rajapaksa, who turned to Beijing for arms and money": the one turned to supplies them
    ("SUPPLIES_ARMS", "arms.turned_to_for", r"{T}\s+{pre}(?:turn(?:ed|s|ing)?|look(?:ed|s|ing)?)\s+(?:increasingly\s+)?to\s+(?:the\s+)?{S}\s+for\s+(?:[\w-]+,?\s+|and\s+){0,3}?{W}\b"),
    ("SUPPORTS", "support.turned_to_for", r"{T}\s+{pre}(?:turn(?:ed|s|ing)?|look(?:ed|s|ing)?)\s+(?:increasingly\s+)?to\s+(?:the\s+)?{S}\s+for\s+(?:[\w-]+,?\s+|and\s+){0,4}?(?:support|help|assistance|aid|backing|protection|loans|funding|financing|money|cash|credit)\b"),
    # "Belarus allowed Russia to use its territory to launch the invasion"
    # "Turkey has long allowed American planes to patrol northern Iraq from its Incirlik air base": the host supports the user
    ("SUPPORTS", "support.allowed_to_act_from", r"{S}\s+{pre}(?:allow|permitt?|let)(?:s|ed|ing)?\s+{T}\s+(?:[\w-]+\s+)?(?:planes|aircraft|jets|warplanes|bombers|drones|troops|forces|soldiers|ships|warships|navy|air\s+force)\s+to\s+(?:[^«»;.]|«\d+»){1,60}?\bfrom\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:territory|airspace|bases?|air\s+bases?|airbases?|naval\s+bases?|ports?|airfields?|soil)\b"),
    # "Pakistan has opened its airspace to American military aircraft": airspace, bases or ports opened to a state's forces
    ("SUPPORTS", "support.opened_airspace_to", r"{S}\s+{pre}(?:open(?:s|ed|ing)?|reopen(?:s|ed|ing)?)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:airspace|air\s?bases?|bases|ports|airfields?|territory)\s+(?:and\s+(?:[\w-]+\s+)?(?:airspace|air\s?bases?|bases|ports|airfields?)\s+)?to\s+(?:the\s+)?{T}(?:{poss})?\s+"
     r"(?:(?:military|combat|transport|air\s+force|naval|war)\s+)?(?:aircraft|planes|jets|warplanes|bombers|drones|troops|forces|ships|warships|flights)\b"),
    ("SUPPORTS", "support.allowed_use_of_territory", r"{S}\s+{pre}(?:allow|permitt?|let)(?:s|ed|ing)?\s+{T}\s+(?:to\s+use|the\s+use\s+of|to\s+operate\s+from)\s+(?:its|their|«\d+»)\s+(?:territory|airspace|bases?|ports?|airfields?|soil|land)\b"),
    # "Russia, which gave asylum to ousted leader Bashar al-Assad", "granted him asylum"
    # "The European Union, which granted Moldova candidate status in 2022"
    ("SUPPORTS", "support.candidate_status", r"{S}\s+{pre}(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?:grant|gave|give|giv|award|offer|extend)\w*\s+(?:the\s+)?{T}\s+(?:(?:official|formal|EU|membership)\s+)?(?:candidate|candidacy)\s+status\b"),
    # "Kosovo declared independence from Serbia in 2008 with the backing of the United States"
    ("SUPPORTS", "support.with_backing_of", r"{T}\s+{pre}[a-z]+\s(?:[^«»;.]|«\d+»){0,80}?\bwith\s+(?:the\s+)?(?:(?:full|strong|tacit|firm|military|political|financial)\s+)?(?:backing|support)\s+of\s+(?:the\s+)?{S}"),
    # "Egypt and Jordan both receive US military aid"
    # "The United States pays much of the cost of France's war against the Vietminh"
    ("SUPPORTS", "support.pays_cost_of", r"{S}\s+{pre}(?:pays?|paid|paying|bears?|bore|bearing|covers?|covered|covering|finances?|financed|financing)\s+(?:for\s+)?(?:much|most|part|half|a\s+third|a\s+quarter|all|some|the\s+bulk)\s+of\s+the\s+(?:cost|costs|bill|expenses?)\s+of\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:war|army|legion|military|forces|troops|budget|government|defen[cs]e|campaign)\b"),
    ("SUPPORTS", "support.receives_aid", r"{T}\s+{pre}(?:receiv(?:es?|ed|ing)|gets?|got|accept(?:s|ed|ing)?)\s+(?:(?:billions|millions|hundreds\s+of\s+millions)\s+(?:of\s+dollars\s+)?in\s+|[$€£][\d.,]+\s*(?:billion|million|bn|m)?\s+(?:a\s+year\s+)?in\s+|(?:large|generous|annual)\s+)?{S}\s+(?:(?:arms|weapons)\s+and\s+)?(?:(?:military|economic|financial|development|humanitarian|security)\s+)?(?:aid|assistance|funding|support|loans|grants)\b"),
    # "India, which sheltered former Bangladeshi prime minister Sheikh Hasina"
    ("SUPPORTS", "support.sheltered", r"{S}\s+{pre}(?:shelter(?:s|ed|ing)?|harbou?r(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?!(?:who|which|that)\b)[\w-]+\s+|«\d+»\s+){0,4}?(?<!\bin\s)(?<!\bat\s){T}(?!{poss}|\s+(?:[a-z]+\s+)?(?:minister|official|militants?|fighters?|citizens?|nationals?|defectors?|refugees?|rebels?|dissidents?|exiles?|opposition|soldiers?|deserters?)s?\b)"),
    ("SUPPORTS", "support.asylum", r"{S}\s+{pre}" + ASYLUM_V + r"\s+(?:political\s+)?(?:asylum|refuge|sanctuary)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?{T}(?!-|\s+(?!(?:in|on|after|and|last|this|who|which|as|at|for|from|when|while|but|because|since|until)\b)[a-z])"),
    ("SUPPORTS", "support.asylum_given", r"{S}\s+{pre}" + ASYLUM_V + r"\s+(?:the\s+)?{T}\s+(?:political\s+)?(?:asylum|refuge|sanctuary)\b"),
    # "Russia sent two bombers on a patrol over Belarus in a show of support for its ally": the one its
    # ally is, the actor the act went to
    ("SUPPORTS", "support.show_for_its_ally", r"{S}\s+{pre}[a-z]+\b[^«»;.]{0,80}?\b(?:over|to|in|into|with|near|for)\s+(?:the\s+)?{T}(?!{poss})\s+(?:[^«»;.]){0,30}?\bin\s+(?:a\s+)?"
     r"(?:show|sign|gesture|demonstration|display)\s+of\s+(?:\w+\s+)?(?:support|solidarity)\s+(?:for|with)\s+(?:its|their)\s+(?:\w+\s+)?(?:ally|allies|partner|neighbou?r|friend)\b"),
    # "Xi rode in a gilded carriage with Queen Elizabeth": a ride together (leaders only: relations.RULE_ENDS)
    ("MEETS", "meet.rode_with", r"{S}\s+{pre}(?:rode|rides|riding|drove|drives|sat|travel+ed)\s+(?:together\s+)?in\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + VEHICLE + r"\s+with\s+{T}(?!{poss})"),
    # ("Putin rode with Queen Elizabeth in a gilded carriage")
    ("MEETS", "meet.rode_with_in", r"{S}\s+{pre}(?:rode|rides|riding|drove|drives|travel+ed)\s+(?:together\s+)?with\s+{T}(?!{poss})\s+in\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + VEHICLE + r"\b"),
    # "Powell toured the devastated province of Aceh on Wednesday with Indonesian President Susilo Bambang Yudhoyono":
    # a tour together (leaders only: relations.RULE_ENDS)
    ("MEETS", "meet.toured_with", r"{S}\s+{pre}(?:toured|tours|touring|inspected|inspects|visited|visits|walked\s+(?:through|around))\s+(?:[^«»;.]|«\d+»){0,80}?\bwith\s+(?:(?:his|her)\s+(?:[\w-]+\s+)?(?:hosts?|counterparts?)\s*,?\s+)?{T}(?!{poss})"),
    # "Macron made an unscheduled stop in Riyadh": a stop is a visit
    ("MEETS", "meet.made_stop_in", r"{S}\s+{pre}(?:made|makes|making)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:stop|stopover)\s+in\s+(?:the\s+)?{T}(?!{poss})"),
    # "Macron walked through the devastated streets of Beirut": a walk through a place is a visit
    ("MEETS", "meet.toured_streets_of", r"{S}\s+{pre}(?:walked|walks|toured|tours|inspected|inspects|visited|visits)\s+(?:through\s+|around\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:streets|ruins|port|neighbou?rhoods?|rubble|front\s+line|city\s+centre|old\s+city|damaged\s+areas)\s+of\s+(?:the\s+)?{T}(?!{poss})"),
    # "Ghani joined Modi and Rouhani to sign a trilateral agreement": who joins a pair at a signing meets both
    ("MEETS", "meet.joined_pair_to", r"{S}\s+{pre}(?:joined|joins)\s+{T}\s+(?:(?:on\s+)?\w+day\s+)?(?:to\s+(?:sign|announce|unveil|launch|inaugurate|open)|for\s+(?:talks|a\s+summit|a\s+meeting|the\s+signing))\b"),
    # "Bush arrived in Slovenia from Warsaw, where he had called for …": the place he came from was a stop
    # "Zelensky presented his plan for ending the war to Joe Biden at the White House": handed over in person
    ("MEETS", "meet.presented_to", r"{S}\s+{pre}(?:presented|presents|outlined|outlines|handed|hands|delivered|submitted|unveiled)\s+(?:his|her|their|its|a|an|the)\s+(?:(?:[\w-]+\s+){0,3}?(?P<plan>plan|proposals?|letter|note|message|vision|framework|blueprint)\s+(?:[^«»;.,]{0,40}?\s)?|(?:[\w-]+\s+){0,3}?)to\s+(?:the\s+)?{T}(?!{poss})(?(plan)(?=\s+(?:at|in|during|on|when|before|saying|calling|urging|demanding|asking|proposing)\b|\s*[,.;])|(?=\s+(?:at|in|during|on)\b))"),
    # "Chavez had arrived from Havana, where he visited the ailing Fidel Castro": the one met there
    ("MEETS", "meet.came_from_where_met", r"{S}\s+{pre}" + CAME_FROM_WHERE + r"(?:he|she|«\d+»)\s+(?:had\s+)?(?:met(?:\s+with)?|visited|saw|called\s+on|(?:held|had)\s+talks\s+with|talked\s+with|conferred\s+with)\s+(?:the\s+)?(?:(?:ailing|ageing|aging|elderly|ousted|exiled|new|outgoing)\s+)?{T}(?!{poss})"),
    # "had flown in from Uganda, where he and President Museveni were hosts to a summit": the one beside him there
    ("MEETS", "meet.came_from_where_with", r"{S}\s+{pre}" + CAME_FROM_WHERE + r"(?:he|she)\s+and\s+(?:the\s+)?{T}(?!{poss})\s+(?:had\s+|have\s+)?(?-i:[a-z])+"),
    # "From Tehran Carter travelled to New Delhi, where he and Prime Minister Desai signed a declaration": the one beside him there
    ("MEETS", "meet.went_where_with", r"{S}\s+{pre}(?:travell?ed|went|flew|flown|headed|moved|continued)\s+(?:on\s+)?(?:to|into)\s+(?:the\s+)?«\d+»(?:\s+(?:on\s+)?\w+day)?,\s+where\s+(?:he|she)\s+and\s+(?:the\s+)?{T}(?!{poss})\s+(?:had\s+|have\s+|then\s+)?(?-i:[a-z])+"),
    ("MEETS", "meet.came_from_where", r"{S}\s+{pre}" + CAME + r"\s+(?:(?:in|to)\s+(?:the\s+)?«\d+»\s+|in\s+|back\s+)?(?:(?:on\s+)?\w+day\s+)?(?:(?:overnight\s+)?by\s+(?:train|car|road|plane|air|helicopter|sea|boat)\s+)?from\s+(?:the\s+)?{T},\s+where\s+(?:he|she|they|«\d+»(?=\s+(?:had|has|was|were|is|are|met|held|spoke|said|told|signed|gave|made|[a-z]+ed)\b))\s+(?:had\s+|has\s+)?[a-z]+"),
    # "Xi awarded Putin China's first friendship medal": a state honour is support
    ("SUPPORTS", "support.awarded_honour", r"{S}\s+{pre}(?:awarded|presented|bestowed)\s+(?:the\s+)?{T}\s+(?:with\s+)?(?:[^;.«»]|«\d+»){0,50}?\b(?:medal|order|honou?r|decoration)\b"),
    # "Maduro, who retains the backing of the army and of Moscow and Beijing": the backer supports him
    ("SUPPORTS", "support.has_backing_of", r"{T}(?:\s*,\s+(?:who|which)\s+|\s+{pre})(?:still\s+|also\s+)?(?:retains|retained|has|had|enjoys|enjoyed|won|wins|received|receives|secured|gained|counts\s+on)\s+(?:the\s+)?(?:(?:full|strong|firm|crucial|key|political|military)\s+)?(?:backing|support)\s+of\s+(?:[^;.«»]{0,30}?\s+and\s+(?:of\s+)?)?(?:the\s+)?{S}"),
    ("SUPPORTS", "support.active", r"{S}\s+{pre}" + SUPPORT_V + r"\s+(?:(?:much|most|part|half|all|some)\s+of\s+)?(?:the\s+)?(?:(?:new|interim|transitional|legitimate|elected|internationally recognised|internationally recognized)\s+(?:government|authorities|leadership)\s+(?:in|of)\s+(?:the\s+)?|(?:rival|competing|opposing)\s+(?:governments|administrations)\s+in\s+(?:the\s+)?)?(?:(?:its|their)\s+)?(?:(?:close|key|longtime|long-time)\s+)?(?:ally\s+|(?:[a-z-]+\s+)?(?:commander|strongman|warlord|rebel\s+leader|militia\s+leader)\s+)?{T}(?!{poss}\s+(?:[\w-]+\s+)?(?:minorit(?:y|ies)|communit(?:y|ies)|population|people|citizens|civilians)\b)(?!\s+(?:resolution|draft|proposal|motion|text|initiative|demonstrators|protesters|protestors|rioters|strikers|students|crowds?|mobs?)\b)"),  # not "defend Syria's Druze minority", not "a backed UN resolution", not "praised the Panamanian demonstrators"
    # "the Security Council approved a US-drafted resolution backing Morocco's autonomy plan"
    ("SUPPORTS", "support.resolution", r"{S}(?:{poss})?\s+(?:[^«»;.,]{0,60}?\s)?(?:passed|adopted|approved|endorsed|issued|joined|signed)\s+(?:an?\s+|the\s+)?(?:[\w«»-]+\s+){0,3}?(?:resolutions?|statements?|declarations?|motions?)\s+(?:that\s+)?(?:backing|supporting|endorsing|in support of)\s+(?:the\s+)?(?:(?:deployment|stationing|presence)\s+of\s+(?:the\s+)?(?=«\d+»\s+(?:[\w-]+\s+){0,2}?(?:missiles|troops|forces|weapons|warheads|bases|bombers|jets|aircraft|warships|ships)\b))?{T}"),
    # "Trump told Takaichi that …, while praising Japan as a great ally"
    # "Israel has quietly helped fuel Azerbaijan's campaign, supplying powerful weapons to Azerbaijan"
    # "China, Pakistan's closest ally, supplies most of its weapons": the ally's weapons
    ("SUPPLIES_ARMS", "arms.ally_supplies_its", r"{S}\s*,\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,3}?(?:ally|partner|friend|neighbou?r|backer|patron)\s*,\s+(?:\w+ly\s+)?(?:supplies|supplied|provides|provided|sells|sold|furnishes)\s+"
                                               r"(?:most|much|many|half|nearly\s+half|a\s+third|two-thirds|the\s+bulk|(?:about\s+|nearly\s+|some\s+|over\s+)?\d+\s*(?:per\s*cent|percent|%))\s+of\s+its\s+(?:[\w-]+\s+)?(?:weapons|arms|military\s+(?:hardware|equipment)|arsenal|jets|warships|imports)\b"),
    # "Six Chinese air force transport planes landed in Belgrade carrying an FK-3 air defence system for Serbia"
    ("SUPPLIES_ARMS", "arms.planes_carrying_for", r"{S}\s+(?:[\w-]+\s+){0,4}?(?:planes|aircraft|jets|ships|vessels|trucks|convoys|freighters|transports)\s+(?:[^;.«»]|«\d+»){0,80}?\bcarrying\s+(?:an?\s+|the\s+)?{g}\b{W}\b{g}\s(?:for|to)\s+(?:the\s+)?{T}"),
    ("SUPPLIES_ARMS", "arms.clause_then_participle", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?,\s+(?:while\s+|and\s+)?(?P<v>supplying|sending|providing|delivering|shipping|selling|transferring)\s{g}\b{W}\b{g}\s(?:to|for)\s+(?:the\s+)?{T}"),
    # "Iran had deepened ties with Moscow, supplying Russia with drones"
    ("SUPPLIES_ARMS", "arms.clause_then_supplying_with", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?,\s+(?:while\s+|and\s+)?(?P<v>supplying|providing|arming|equipping)\s+(?:the\s+)?{T}\s+with\s{g}\b{W}\b"),
    # "Azerbaijan's blitz involving artillery and drones, largely supplied by Israel and Turkey"
    ("SUPPLIES_ARMS", "arms.poss_supplied_by", r"{T}{poss}\s(?:[^«»;.]){0,100}?\b{W}\b,?\s+(?:(?:largely|mostly|mainly|partly|all|reportedly|chiefly)\s+)?(?:supplied|provided|delivered|sold|donated)\s+by\s+(?:the\s+)?{S}"),
    # "armored vehicles of the Turkish and Azerbaijani armies took part in a military exercise"
    # "Yoon has pulled South Korea closer to long-standing ally Washington"
    # "intercepted by Israel and its allies, including the United States"
    ("ALLIED_WITH", "ally.allies_including", r"{S}\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:allies|partners)\s*,\s+(?:including|such as|among them|notably)\s+(?:the\s+)?{T}"),
    # "The Syrian Democratic Forces, abandoned by their American allies, struck a deal": its allies of a nation
    ("ALLIED_WITH", "ally.its_national_allies", r"{S}\s*,?\s+(?:[^«»;.]){0,40}?(?<!\baway from )(?<!\bbreak with )(?<!\bbroke with )(?<!\bbreaks with )\b(?:its|their)\s+(?:(?:closest|close|key|main|traditional|longtime|long-time|staunch|old|oldest)\s+)?{T}\s+(?:allies|ally)\b(?!\s+of\b)"),
    ("ALLIED_WITH", "ally.part_of_partnership_with", r"{S}\s+{pre}(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:also\s+|already\s+|now\s+)?(?:a\s+)?(?:part|members?)\s+of\s+(?:the\s+|a\s+)?(?:«\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:security|defen[cs]e|military|strategic)\s+(?:partnership|alliance|pact)\s+with\s+(?:the\s+)?{T}"),
    # "Putin arrived in Hanoi after signing a defence pact with North Korea": the subject signed
    ("ALLIED_WITH", "ally.after_signing_with", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,100}?\b(?:after|before|while|since|having)\s+(?:signing|sealing|concluding|inking|signed|sealed|concluded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + ALLY_N + r"\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    # "Australia has fought alongside the United States in every major war": comrades in arms (states only, see RULE_ENDS)
    ("ALLIED_WITH", "ally.fought_alongside", r"{S}\s+{pre}(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?fought\s+(?:side\s+by\s+side\s+with|alongside|beside)\s+(?:the\s+)?{T}(?!{poss}|\s+(?:[\w-]+\s+)?(?:troops|forces|army|soldiers|militias?|rebels|fighters)\b)(?=\s+(?:in|since|during|against|for|through|at)\b|\s*[.,;])"),
    # "Britain is bound by a treaty of friendship signed with Kuwait"
    # "Moscow and Hanoi bound themselves to consult each other …, in a treaty of friendship"
    ("ALLIED_WITH", "ally.pair_bound_themselves", r"{P}\s+{pre}(?:bound|committed|pledged|obliged|obligated)\s+themselves\s(?:[^«»;.]|«\d+»){0,100}?\b(?:in|under|by|through|to)\s+(?:an?\s+|the\s+|their\s+)?(?:new\s+|landmark\s+|historic\s+)?(?:[\w-]+\s+){0,2}?" + ALLY_N),
    ("ALLIED_WITH", "ally.bound_by_treaty_with", r"{S}\s+{pre}(?:is|are|was|were|remains?|remained)\s+(?:also\s+|still\s+|now\s+)?bound\s+by\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?" + ALLY_N + r"(?:\s+(?:signed|concluded|agreed)(?:\s+in\s+\d{4})?)?\s+with\s+(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.closer_to_ally", r"{S}\s+closer\s+to\s+(?:its\s+|their\s+)?" + ALLY_ADJ + r"ally\s+(?:the\s+)?{T}"),
    # "China's military activities near Japan, including joint training exercises with Russia"
    ("ALLIED_WITH", "ally.poss_joint_exercises_with", r"{S}(?:{poss}\s+(?:[\w-]+\s+)?|\s+)(?:activities|drills|exercises|manoeuvres|maneuvers|operations|moves|build-?up)\b(?:[^«»;.]|«\d+»){0,80}?\bjoint\s+(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|manoeuvres|maneuvers|patrols?|war games)\s+with\s+(?:the\s+)?{T}"),
    # "air patrols conducted by Russia and China over the Sea of Japan"
    ("ALLIED_WITH", "ally.patrols_by_pair", r"\b(?:joint\s+)?(?:air|naval|military|bomber|maritime)\s+(?:patrols?|exercises?|drills?)\s+(?:conducted|carried\s+out|staged|flown|held)\s+(?:jointly\s+)?by\s+(?:the\s+)?{P}"),
    # "the ANZUS alliance, which binds New Zealand, Australia and the United States"
    ("ALLIED_WITH", "ally.alliance_binds", r"\b(?:alliance|pact|treaty|defen[cs]e\s+bloc)\s*,\s+which\s+(?:still\s+)?(?:binds|bound|has\s+bound|links|linked|has\s+linked|unites|united|joins|joined)\s+(?:together\s+)?(?:the\s+)?{P}(?!{poss})"),
    ("ALLIED_WITH", "ally.pair_took_part", r"{P}\s+(?:armies|militaries|armed forces|forces|troops|navies|air forces|soldiers|warships|ships|vessels|jets|aircraft|bombers)\s+(?:took|take|takes|taking)\s+part\s+in\s+(?:an?\s+|the\s+)?(?:(?:joint|military|naval|large-scale|combined|annual)\s+)*(?:exercises?|drills?|manoeuvres|maneuvers|war games)"),
    ("SUPPORTS", "support.participle", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?,[”\"]?\s+(?:while\s+|and\s+)?(?P<v>praising|lauding|commending|backing)\s+(?:the\s+)?{T}"),
    # "The EU signed similar agreements with Tunisia and with Egypt, pledging 7.4 billion euros to Cairo"
    ("SUPPORTS", "support.participle_money", r"{lead}{S}\s(?:[^«»;.]|«\d+»|\.(?=\d)){0,120}?,\s+(?:while\s+|and\s+)?(?P<v>pledging|promising|providing|offering|granting|lending|giving|donating)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:billion|million|aid|assistance|funding|loans?|grants?)\b(?:\s+[\w-]+){0,3}?\s+(?:to|for)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Russia intervened in the Syrian conflict on the side of Assad"
    ("SUPPORTS", "support.on_the_side_of", r"{S}\s+{pre}(?:interven(?:ed|es|ing)|fought|fights?|fighting|entered|joined)\s(?:[^«»;.]|«\d+»){0,60}?\bon\s+the\s+side\s+of\s+(?:the\s+)?{T}"),
    # "other countries supported Guyana's position, including Brazil, the UK and the US"
    ("SUPPORTS", "support.countries_including", r"\b(?:countries|nations|states|governments|allies|partners)\s+(?:have\s+|had\s+)?" + SUPPORT_V + r"\s+(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:position|stance|claims?|bid|sovereignty|territorial integrity|candidacy|plan))?\s*,\s+(?:including|among them|such as)\s+(?:the\s+)?{S}"),
    # "Biden and Sunak condemned Iran's attack and reiterated their support for Israel"
    ("SUPPORTS", "support.and_reiterated", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,100}?\band\s+(?:also\s+)?(?P<v>reiterated|reaffirmed|expressed|voiced|pledged|declared|renewed)\s+(?:their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:support|backing|solidarity)\s+(?:for|with|to)\s+(?:the\s+)?{T}"),
    # "Kirchner, Correa and Maduro flew to Cochabamba to show their support for Morales": the purpose of the subject's
    # own act (not one it asks of others: "urged Europe to show its solidarity with Greece")
    ("SUPPORTS", "support.to_show_support", r"{lead}{S}\s(?:(?!(?:urg|call|ask|press|want|expect|need|demand|invit|encourag|told|tell)\w*)(?:[^«»;.]|«\d+»)){0,100}?\bto\s+(?:show|express|demonstrate|voice|signal|underline|underscore|reaffirm|display)\s+"
     r"(?:their|its|his|her|«\d+»)\s+(?:(?:full|strong|continued|unwavering|firm|personal)\s+)?(?:support|backing|solidarity)\s+(?:for|with)\s+(?:the\s+)?{T}(?!{poss})"),
    # "M23 fighters, who U.N. experts say are backed by neighboring Rwanda and aided by Uganda"
    ("SUPPORTS", "support.who_said_backed", r"{T}(?:\s+(?:fighters|rebels|militants|forces|troops|militias?))?\s*,\s+(?:who|which)\s(?:[^;.,]|«\d+»){0,60}?\b(?:say|says|said|believe|believes|allege|alleges)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:backed|supported|funded|sponsored)\s+by\s+(?:neighbou?ring\s+)?(?:the\s+)?{S}"),
    ("SUPPORTS", "support.and_aided_by", r"{T}(?:\s+(?:fighters|rebels|militants|forces|troops|militias?))?\s*,\s+(?:who|which)\s(?:[^;.]|«\d+»){0,80}?\b(?:backed|supported|funded|armed)\s+by\s+(?:neighbou?ring\s+)?(?:the\s+)?«\d+»\s+and\s+(?:aided|supported|backed|armed|funded|helped)\s+by\s+(?:neighbou?ring\s+)?(?:the\s+)?{S}"),
    # "welcomed the firmness of the NATO council", "welcomed the decision of the EU": a quality or act of the actor welcomed
    ("SUPPORTS", "support.welcomed_quality_of", r"{S}\s+{pre}(?:welcom(?:es?|ed|ing)|hail(?:s|ed|ing)?|prais(?:es?|ed|ing)|applaud(?:s|ed|ing)?|commend(?:s|ed|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:firmness|stand|stance|resolve|unity|decision|statement|declaration|response|reply|initiative|role|leadership|solidarity|restraint)\s+of\s+(?:the\s+)?{T}(?!\s+(?:of|against|on|towards?)\b)"),
    ("SUPPORTS", "support.welcome", r"{S}\s+{pre}(?:welcom(?:es?|ed|ing)|hail(?:s|ed|ing)?|(?P<greet>greet(?:s|ed|ing)?))\s+(?:the\s+)?{T}(?:{poss}|\s+(?:[\w-]+\s+)?(?:decision|vote|move|ratification|approval|announcement|recognition|offer|proposal|initiative|steps?|measures|commitment|pledge|efforts?|" + WELCOMED_OPERATIONS + r")\b|\s+as\s+(?:(?:the|a|an|its|their)\s+)?(?:new\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:coordinator|member|partner|chair|host|mediator|observer|participant)s?\b|\s+(?:as\s+[^«»;,.]{0,30}\s)?into\s+(?:the\s+|its\s+|their\s+)?(?:«\d+»\s+|[\w-]+\s+)?(?:bloc|family|alliance|club|fold|group|grouping|organi[sz]ation|union|community|«\d+»))"
     r"(?(greet)\s+with\s+(?:[\w-]+\s+)?(?:delight|satisfaction|approval|relief|enthusiasm|joy|pleasure|applause)\b|)"),  # ("welcomed Timor-Leste into the ASEAN family"; "greeted the French vote with open delight")
    # "declared its agreement with the stand taken by Paris, Berlin and Moscow", "shared the position of": a stand taken up
    ("SUPPORTS", "support.agreement_with_stand", r"{S}\s+{pre}(?:(?:declar|express|voic|stat|announc|reaffirm|signal+)(?:es|ed|ing|s)?\s+(?:its|their|his|her|«\d+»)\s+(?:full\s+|complete\s+)?(?:agreement|accord|solidarity)\s+with|(?:shares?|shared|sharing)|(?:endors|back|support)(?:es|ed|ing|s)?)\s+(?:the\s+)?(?:stand|stance|position|views?|line)s?\s+(?:taken\s+by|of|adopted\s+by)\s+(?:the\s+)?{T}"),
    # "Washington gave the British decision its full backing", "gave Britain its support": a double object
    ("SUPPORTS", "support.gave_its_backing", r"{S}\s+{pre}(?:gave|giv(?:es?|en|ing)|lent|lend(?:s|ing)?|offer(?:s|ed|ing)?|pledg(?:es?|ed|ing))\s+(?:the\s+)?{T}(?:{poss})?(?:\s+(?:[\w-]+\s+)?(?:government|leadership|authorities|administration|decision|move|stand|position|stance|policy|plan|proposal|actions?|request|bid|candidacy|case|cause|claims?|demands?|efforts?|initiative))?\s+(?:its|their|his|her|«\d+»)\s+(?:(?:full|strong|firm|unqualified|wholehearted|unreserved|complete|total|solid|unconditional|political|moral|diplomatic)\s+){0,2}(?:support|backing|endorsement)\b"),
    ("SUPPORTS", "support.give", r"{S}\s+{pre}(?:reaffirm(?:s|ed|ing)?|confirm(?:s|ed|ing)?|reiterat(?:es?|ed|ing)|express(?:es|ed|ing)?|voic(?:es?|ed|ing)|renew(?:s|ed|ing)?|increas(?:es|ed|ing)|provid(?:es?|ed|ing)|show(?:s|n|ed|ing)?|offer(?:s|ed|ing)?|giv(?:es?|ing)|gave|pledg(?:es?|ed|ing)|vow(?:s|ed|ing)?|announc(?:es?|ed|ing)|sen(?:t|ds?|ding)|dispatch(?:es|ed|ing)?|extend(?:s|ed|ing)?|boost(?:s|ed|ing)?|step(?:s|ped|ping)? up|approv(?:es?|ed|ing)|donat(?:es?|ed|ing)|airlift(?:s|ed|ing)?|rush(?:es|ed|ing)?|flown|flew|declar(?:es?|ed|ing)|resum(?:es?|ed|ing)|restor(?:es?|ed|ing)|(?:beg(?:an|un|ins?)|start(?:s|ed|ing)?|launch(?:es|ed|ing)?|mount(?:s|ed|ing)?)(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?airlift))\s(?:«\d+»['’]s\s+)?{g}\b(?:support|aid|bail-?outs?|rescue\s+(?:package|loan|deal|plan)s?|food(?:\s+aid|\s+supplies)?|tents|blankets|assistance|help|backing|loans?|funding|financing|credit\s+lines?|lines?\s+of\s+credit|(?:loan|credit)\s+guarantees|credits|investments?|financial aid|humanitarian aid|economic aid|(?:medical|humanitarian|relief)\s+supplies|(?:(?:search[- ]and[- ])?rescue|relief|medical|disaster)\s+(?:teams?|workers|personnel|crews?|units?|specialists|experts)|rescuers|vaccines?|(?:vaccine\s+)?doses|medicines?|doctors|firefighters|(?:fire-?fighting|water-?bombing)\s+(?:planes|aircraft|helicopters)|water\s+bombers|(?:(?:oil|fuel|food|emergency|relief|humanitarian|aid)\s+)?airlifts?)(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:swaps?|loans?|grants?|aid|credit\s+lines?|funding|guarantees|deposits))?(?:\s+packages?)?(?:\s+(?:worth|of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+|more\s+than\s+)?[^\s«»;]+(?:\s+(?:[bm]illion|euros|dollars|crore|lakh|rupees|yuan|yen|pounds)){0,2})?\s+(?:for|to|to\s+help)\s{g}(?<!\bas\s)(?<!\bwhile\s)(?<!\bwhen\s)(?<!\bbecause\s)(?<!\bwhereas\s){T}(?!\s+at\s+bay)"),
    # "China had become a decisive enabler of Russia's war": what it enables it supports
    # "China, which has lent the Maldives heavily for bridges", "lent heavily to Sri Lanka": the lender supports the borrower
    ("SUPPORTS", "support.lent_to", r"{S}\s+{pre}(?:lent|loaned)\s+(?P<to>(?:heavily|generously|lavishly)\s+to\s+)?(?:the\s+)?{T}(?!{poss})(?(to)|\s+(?:heavily|generously|lavishly)\b)"),  # (sums lent: support.lent_sum)
    ("SUPPORTS", "support.enabler_of", r"{S}\s+{pre}(?:" + COPULA_PERFECT + r"|bec[oa]mes?|ha[sd]\s+become)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:enabler|lifeline)\s+(?:of|for|to)\s+(?:the\s+)?{T}"),
    # "Islamabad has repeatedly rolled over Chinese loans": the lender's loans
    # "a Soviet credit of $300,000,000 to Peking", "a $300 million Soviet loan to Egypt": the lender's support
    ("SUPPORTS", "support.demonym_loan_to", r"\b(?:an?|the|its)\s+(?:(?:(?:US)?[$€£][\d.,]+|[\d.,]+)(?:\s*(?:billion|million|bn|m)\b)?\s+|(?:new|large|big|huge|generous|fresh|further|promised)\s+){0,2}{S}\s+(?:(?:economic|development|state|government|long-term|low-interest|interest-free)\s+)?(?:loans?|credits?|grants?|subsid(?:y|ies))\s+(?:of\s+(?:[\w$.,-]+\s+){1,3}?)?to\s+(?:the\s+)?{T}(?!{poss})"),
    ("SUPPORTS", "support.demonym_loans", r"{T}\s+{pre}(?:rolled\s+over|roll(?:s|ing)?\s+over|receiv(?:es|ed|ing)|secur(?:es|ed|ing)|obtain(?:s|ed|ing)?|t(?:ook|akes|aken)|got|gets|relie[sd]\s+on|rel(?:y|ying)\s+on|repa(?:id|ys|ying)|ow(?:es|ed|ing))\s+(?:[\w$.,-]+\s+){0,3}?{S}\s+(?:[\w-]+\s+)?(?:loans?|credits?|deposits|bailouts?|funding|grants?)\b"),
    # "Sri Lanka, which borrowed heavily from Beijing to build ports": the lender supports the borrower
    # "Saudi Arabia and the UAE deposited billions in Egypt's central bank", "poured billions of dollars into Egypt's economy"
    ("SUPPORTS", "support.deposited_in", r"{S}\s+{pre}(?:deposit(?:s|ed|ing)?|inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|pour(?:s|ed|ing)?|invest(?:s|ed|ing)?)\s+(?:[\w$.,-]+\s+){0,4}?(?:in|into|with)\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+)?(?:central\s+bank|economy|treasury|coffers|budget|reserves)\b"),
    # "Jordan receives more than $1 billion in US aid each year"
    ("SUPPORTS", "support.receives_in_aid", r"{T}\s+{pre}(?:receiv(?:es|ed|ing)|gets|got|takes)\s+(?:[\w$.,-]+\s+){0,6}?in\s+{S}\s+(?:military\s+|economic\s+|financial\s+|humanitarian\s+|development\s+)?(?:aid|assistance|support|funding|loans)\b"),
    # "Biden signed a $61 billion aid bill for Ukraine": the aid the signer gives
    ("SUPPORTS", "support.signed_aid_bill", r"{S}\s+{pre}(?:signed|signs|signing|approved|approves|passed|passes|unveiled|announced)\s+(?:an?\s+|the\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:military\s+|security\s+|economic\s+|humanitarian\s+|emergency\s+)?"
     r"(?:aid|assistance|support|funding)\s+(?:bill|package|law|measure|legislation)\s+(?:for|to)\s+(?:the\s+)?{T}(?!{poss})"),
    # "The G7 countries announced a framework for long-term security commitments to Ukraine"
    ("SUPPORTS", "support.security_commitments", r"{S}(?:\s+(?:countries|nations|states|members|leaders|governments))?\s+{pre}(?:announced|unveiled|signed|agreed|adopted|made|gave|offered|extended|endorsed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
     r"(?:security|defen[cs]e|military)\s+(?:commitments|guarantees|assurances)\s+(?:to|for)\s+(?:the\s+)?{T}(?!{poss})"),
    # "issued a joint statement expressing support for Brazil's democratic institutions"
    ("SUPPORTS", "support.statement_expressing", r"{S}\s+{pre}(?:issued|released|signed|published|adopted|put\s+out)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|declaration|communiqu[eé])\s+(?:(?:expressing|voicing|reaffirming|declaring|stating)\s+"
     r"(?:(?:their|its|full|strong|continued|unwavering|firm|unequivocal)\s+)*(?:support|solidarity)\s+(?:for|with)|(?:(?:fully|strongly|firmly|unequivocally)\s+)?(?:supporting|backing|endorsing))\s+(?:the\s+)?{T}"),
    # "The UN Security Council backed the efforts of the regional bloc Ecowas"
    # "Russia's veto protected Iran", "cast its veto to shield Syria": a veto that protects
    ("SUPPORTS", "support.veto_protected", r"{S}(?:{poss}\s+(?:[\w-]+\s+)?veto(?:es)?\s+(?:(?:has|had)\s+)?(?:protected|shielded|saved|protects|shields)|\s+{pre}" + VETO_TO_SHIELD + r")\s+(?:the\s+)?{T}"),
    ("SUPPORTS", "support.backed_efforts_of", r"{S}\s+{pre}(?:backed|backs|backing|supported|supports|endorsed|endorses|welcomed|welcomes|praised|praises|commended|commends)\s+(?:the\s+)?(?:(?:efforts|work|mediation|initiative|role|mission)\s+of|(?:[\w-]+\s+)?(?:steps|measures|actions|efforts|decisions?|moves?)\s+(?:taken|made|announced)\s+by)\s+(?:the\s+)?(?:[\w-]+\s+|«\d+»\s+(?=«)){0,3}?{T}(?!{poss})"),
    # "France sent three planes carrying rescuers, medical equipment and a mobile clinic to Lebanon"
    # "American cargo planes dropped food and medicine over eastern Bosnia": an airdrop of aid
    ("SUPPORTS", "support.dropped_aid_over", r"{S}\s+(?:(?:[\w-]+\s+){0,2}?(?:planes|aircraft|transports|helicopters|jets)\s+)?{pre}(?:dropped|airdropped|air-dropped|parachuted)\s+(?:[\w,-]+\s+){0,4}?(?:food|aid|medicines?|medical\s+supplies|supplies|rations|relief)\b(?:[^«»;.]){0,40}?\s(?:over|on|into|to)\s+(?:the\s+)?(?:[\w-]+\s+)?{T}(?!{poss})"),
    ("SUPPORTS", "support.sent_carrying_aid", r"{S}\s+{pre}(?:sent|sends|dispatched|dispatches|flew|flies)\s+(?:[\w-]+\s+){0,3}?(?:planes?|aircraft|flights?|ships?|convoys?|trucks?|lorries)\s+(?:carrying|loaded\s+with|full\s+of)\s+"
     r"(?:[^«»;.]){0,80}?\b(?:" + AID_CARGO + r")\b(?:[^«»;.]){0,60}?\bto\s+(?:the\s+)?{T}(?!{poss})"),
    # "China defended its ally, saying Pakistan had made enormous sacrifices": the ally the saying names
    ("SUPPORTS", "support.defended_ally_saying", r"{S}\s+{pre}(?:defended|defends|defending|stood\s+by|stands\s+by|backed|backs)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:ally|partner|neighbou?r|friend|protégé|client)\s*,\s+"
     r"(?:saying|insisting|arguing|noting|stressing)\s+(?:that\s+)?(?:the\s+)?{T}(?!{poss})\s"),
    # "American helicopters began flying food and tents into the mountains of Pakistani Kashmir", "have flown
    # hundreds of rescuers and tonnes of supplies into Kathmandu": relief carried in
    ("SUPPORTS", "support.flew_aid_into", r"{S}(?:\s+(?:[\w-]+\s+){0,2}?(?:planes|aircraft|helicopters|ships|jets|trucks|convoys))?\s+{pre}(?:flew|flown|flying|fly|flies|ferried|ferrying|ferry|airlifted|airlifting|trucked|trucking|rushed|rushing)\s+"
     r"(?:[^«»;.]){0,60}?\b(?:food|supplies|aid|relief|tents|blankets|medicines?|rescuers|rescue\s+teams|doctors|drinking\s+water)\b(?:[^«»;.]){0,30}?\b(?:into|to)\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}?(?:of|in)\s+)?(?:the\s+)?{T}(?!{poss})"),
    # "Putin called Raisi a true friend of Russia": a friend so named is backed
    ("SUPPORTS", "support.called_friend", r"{S}\s+{pre}(?:called|calls|calling|described|describes|hailed|hails)\s+(?:the\s+)?{T}\s+(?:as\s+)?(?:(?:a|an|his|her|our|its|their|«\d+»['’]s|(?-i:[A-Z])[\w-]*['’]s)\s+(?:(?:most|very|truly)\s+)?(?:(?:true|good|great|close|closest|dear|loyal|reliable|old|real|trusted|best|steadfast|staunch|all-weather|time-tested|iron-?clad|sincere|faithful)\s+)+(?:friend|ally|partner|brother)\b|(?:a|an)\s+(?:man|woman|leader|partner)\s+(?:he|she|they|we|I)\s+(?:could|can)\s+(?:trust|rely\s+on|(?:work|do\s+business)\s+with)\b)"),
    # "China lent Caracas more than $60 billion"
    ("SUPPORTS", "support.lent_sum", r"{S}\s+{pre}(?:lent|lend|lends|lending|loaned|loans|granted|grants|granting|gave|give|gives|giving|pledged)\s+(?:the\s+)?{T}(?:{poss}\s+(?:government|regime|administration))?\s+(?:(?:more\s+than|about|nearly|over|some|around|almost|at\s+least|roughly|up\s+to|an\s+additional|another)\s+)?"
     r"(?:(?:US)?\$[\d.,]+\s*(?:billion|million|bn|m)?|[\d.,]+\s+(?:billion|million|bn)|(?:a|one|half\s+a)\s+(?:billion|million)|(?:hundreds|tens)\s+of\s+(?:billions|millions)|(?:billions|millions)(?!\s+in\s+(?:exchange|return)\s+for\b))\b"),  # ("agreed to lend Ukraine 90 billion euros"; not a bare "billions": "lent Angola billions in exchange for oil" is trade)
    # "The SADC has called for the lifting of Western sanctions on Zimbabwe"
    ("SUPPORTS", "support.called_for_lifting", r"{S}\s+{pre}(?:call(?:s|ed|ing)?|urg(?:es|ed|ing)|demand(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?)\s+for\s+(?:the\s+)?(?:lifting|removal|easing|end)\s+of\s+(?:the\s+|all\s+)?(?:«\d+»\s+|[\w-]+\s+){0,2}?sanctions\s+(?:on|against)\s+(?:the\s+)?{T}"),
    ("SUPPORTS", "support.borrowed_from", r"{T}\s+{pre}(?:borrowed|borrows|borrowing|(?:took|takes|has\s+taken|had\s+taken)\s+(?:out\s+)?(?:[\w$.-]+\s+){0,3}?loans)\s+(?:heavily\s+|(?:[\w$.-]+\s+){0,3}?(?:billion|million|dollars|euros|yuan)\s+)?from\s+(?:the\s+)?{S}(?!{poss})"),
    # "voted against the resolution, siding with Moscow, Belarus and North Korea"; "Hungary sided with Russia"
    ("SUPPORTS", "support.siding_with", r"{lead}(?:the\s+)?{S}(?:[^«»;.]|«\d+»){0,110}?,\s+(?:siding|aligning)\s+(?:itself\s+|themselves\s+)?with\s+(?:the\s+)?{T}"),
    # "El Salvador, where the United States has sent military advisers to help the government fight guerrillas"
    ("SUPPORTS", "support.where_sent_to_help", r"{T}\s*,\s+where\s+(?:the\s+)?{S}\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?(?:sent|deployed|dispatched|posted)\s+(?:[\w,-]+\s+){0,3}?(?:advisers|advisors|instructors|trainers|troops|soldiers|forces|experts)\s+to\s+(?:help|assist|support|train|back|bolster)\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:government|army|military|armed\s+forces|forces|authorities|troops)\b"),
    # (also after another title of the same state's: "Indonesia's ninth-largest trading partner and one of its biggest aid donors")
    ("SUPPORTS", "support.backer", r"{S}(?:(?:\s+|(?=,\s+(?:which|who)\s)){pre}" + COPULA_PERFECT + r"\s+|\s*,\s+(?=(?:(?:now|long|still|also)\s+)?(?:(?:a|an|the|one|among)\b|«)))(?:(?:\w+ly|already|still|also|now|long)\s+)?(?:a\s+|an\s+|the\s+|one of\s+|among\s+)?{T}(?:{poss}|(?=\s+(?:largest|biggest|main|top|leading|chief|principal|key|major|second-largest|most\s+important)\s))\s+(?:[\w-]+\s+){0,6}?(?:and\s+one\s+of\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?)?(?:donors?|backers?|supporters?|sponsors?|benefactors?|patrons?|lenders?|creditors?|financiers?|funders?|contributors?|(?:economic|financial)\s+lifeline|aid\s+providers?)\b"),
    # "Nigeria sent fighter jets over Cotonou at the request of the Beninese government": help asked for and given
    ("SUPPORTS", "support.at_request_of", r"{S}\s+{pre}(?:sent|sends|deployed|deploys|dispatched|dispatches|flew|flies|provided|provides|intervened|intervenes)\b(?:[^«»;.]|«\d+»){0,60}?\s+at\s+the\s+(?:\w+\s+)?(?:request|invitation|behest)\s+of\s+(?:the\s+)?{T}(?!{poss})"),
    # "Troops from Rwanda have been fighting alongside the M23": the side they fight for is supported
    # "between 3,000 and 4,000 Rwandan soldiers are fighting alongside the M23 rebels"
    # "Zimbabwean and Angolan troops arrived in Congo this week to help President Kabila fight rebels": whom the troops came to help
    ("SUPPORTS", "support.troops_arrived_to_help", r"{S}\s+{TR}\s+{pre}(?:arrived|landed|deployed|(?:went|came)\s+ashore|were\s+(?:deployed|sent|flown))\s+(?:(?:in|to|into)\s+(?:the\s+)?«\d+»\s+(?:[^«»;.]{0,30}?\s)?|(?:at|near)\s+(?:[^«»;.,]|«\d+»){1,60}?\s)"
     r"to\s+(?:help\s+(?:to\s+)?(?:defend|protect)|help|support|back|assist|defend|protect|prop\s+up|shore\s+up|fight\s+(?:for|alongside))\s+(?:the\s+)?{T}"),
    ("SUPPORTS", "support.troops_fighting_alongside", r"{S}\s+(?:[\w-]+\s+)?{TR}\s+{pre}(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:fighting|fought|fight|fights)\s+(?:alongside|on\s+behalf\s+of)\s+(?:the\s+)?{T}"),
    # "Britain and France continued to share their own intelligence with Ukraine"; "Russia has received intelligence … from China"
    ("SUPPORTS", "support.shared_intelligence", r"{S}\s+{pre}(?:shar(?:es?|ed|ing)|provid(?:es?|ed|ing)|pass(?:es|ed|ing)(?:\s+on)?|suppl(?:y|ies|ied|ying)|giv(?:es?|ing)|gave|given)\s+(?:[\w-]+\s+){0,3}?" + INTEL + r"\s+(?:with|to)\s+(?:the\s+)?{T}(?!{poss})"),
    ("SUPPORTS", "support.received_intelligence", r"{T}\s+{pre}(?:receiv(?:es?|ed|ing)|obtain(?:s|ed|ing)?|got|gets)\s+(?:[\w-]+\s+){0,3}?" + INTEL + r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+from\s+(?:the\s+)?{S}(?!{poss})"),
    ("SUPPORTS", "support.troops_from_alongside", r"\b{TR}\s+from\s+{S}\s+{pre}(?:fighting|fought|fight|fights)\s+(?:alongside|with|for|on\s+behalf\s+of)\s+(?:the\s+)?{T}"),
    # "Aid to Ukraine from Japan has been non-lethal": the giver named after the receiver
    ("SUPPORTS", "support.aid_to_from", r"\b(?:aid|assistance|support|funding|loans)\s+to\s+(?:the\s+)?{T}\s+from\s+(?:the\s+)?{S}(?!{poss}|-)"),
    # "Pakistan has nominated Trump for the Nobel Peace Prize"
    ("SUPPORTS", "support.nominated_for_prize", r"{S}\s+{pre}nominat(?:ed|es|ing)\s+(?:the\s+)?{T}\s+for\s+(?:the\s+|a\s+)?(?:Nobel\s+)?(?:Peace\s+)?Prize\b"),
    # "Japan, the largest source of aid to Manila, expressed shock", "Norway, a major donor to the Palestinians,"
    ("SUPPORTS", "support.apposition_donor_to", r"{S}\s*,\s+(?:(?:now|long|still|also|already)\s+)?(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?:donors?|backers?|benefactors?|patrons?|funders?|source\s+of\s+(?:[\w-]+\s+)?(?:aid|assistance|funding|loans|credits?))\s+(?:of\s+(?:[\w-]+\s+)?(?:aid|assistance|funding|help)\s+)?(?:to|for)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Algeria … sent its foreign minister to Tunis with a message of support"
    ("SUPPORTS", "support.sent_envoy_with_support", SUBJECT_WHICH + r"(?:sent|dispatched|despatched)\s+(?:its|their|«\d+»|an?|the)\s+(?:[\w-]+\s+){0,3}?(?:minister|envoy|emissary|delegation|ambassador|official|representative|secretary)s?\s+to\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:on\s+)?\w+day\s+)?(?:with|bearing|carrying)\s+(?:an?\s+)?(?:[\w-]+\s+)?messages?\s+of\s+(?:support|solidarity|backing)\b"),
    # "French paratroopers … helped install David Dacko as president", "restored the emir to power": a ruler put in
    ("SUPPORTS", "support.installed_as_ruler", r"{S}(?:\s+(?:[\w-]+\s+)?{TR})?\s+{pre}(?:(?:helped|help|helping)\s+(?:to\s+)?)?(?:install(?:ed|s|ing)?|reinstat(?:ed|es|ing|e)|restor(?:ed|es|ing|e)|put(?:s|ting)?)\s+(?:the\s+)?{T}(?!{poss})\s+(?:back\s+(?=in\s|into\s))?(?:as\s+(?:the\s+)?(?:country['’]s\s+)?(?:president|prime\s+minister|premier|head\s+of\s+state|ruler|leader|king|emir)|to\s+power|in(?:to)?\s+power)\b"),
    ("SUPPORTS", "support.backer_of", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:donors?|backers?|supporters?|sponsors?|benefactors?|patrons?|funders?|contributors?)\s+(?:of\s+(?:[\w-]+\s+){0,2}?(?:aid|assistance|support|funding|help)\s+)?(?:of|to|for)\s+(?:the\s+)?{T}"),
    # "Ukrainian troops, supported by Western intelligence, pushed into …": an aside naming the backer
    ("SUPPORTS", "support.aside_backed_by", r"{T}(?:\s+(?:(?:government|army|regime)\s+)?(?:troops|forces|soldiers|fighters|army|units|rebels|militias?|government|offensive|campaign|advance|assault))?,\s+(?:\w+ly\s+)?(?:backed|supported|armed|funded|trained|aided|helped)\s+by\s+(?:the\s+)?{S}"
                                            r"(?:\s+(?:intelligence|weapons|arms|money|funding|air\s+power|airstrikes|advisers|drones))?\s*,"),
    # "Denmark's delivery of the first F-16 fighter jets to Ukraine was hailed by Kyiv": the praised act's doer
    # "The arrival of Turkish troops in Somalia has been welcomed by Mogadishu"
    ("SUPPORTS", "support.act_of_hailed_by", r"\b(?:arrival|deployment|presence|decision|move|offer|visit|support|aid|help|delivery|return)\s+of\s+(?:the\s+)?{T}\s(?:[^«»;.,]|«\d+»){0,60}?" + HAILED_BY),
    ("SUPPORTS", "support.poss_act_hailed_by", r"{T}{poss}\s+(?:[^«»;.,]|«\d+»){0,100}?" + HAILED_BY),
    # "are armed and backed by Iran": backing named beside the arms is more than them
    # "Syrian government forces backed by Russian air power": the forces' state is backed
    ("SUPPORTS", "support.forces_backed_by", r"{T}\s+(?:government\s+|regime\s+|army\s+)?(?:forces|troops|army|military|government|offensive|campaign|advance|assault)\s+(?:(?:heavily|strongly|long)\s+)?(?:backed|supported|funded|propped\s+up)\s+by\s+(?:the\s+)?{S}"
     r"(?!{poss}|-)(?:\s+(?:air\s+power|air\s+strikes|airstrikes|warplanes|jets|forces|troops|advisers|drones|mercenaries))?"),
    # "33 Turkish soldiers were killed in an air strike by Syrian government forces": the victims' state is attacked
    ("ATTACKS", "attack.victims_killed_by", r"{T}\s+(?:soldiers|troops|servicemen|sailors|peacekeepers|border\s+guards|police(?:men)?|officers)\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?killed\s+"
     r"(?:in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|raids?|shelling|bombardment|ambush)\s+)?by\s+(?:the\s+)?{S}(?!{poss})"),
    # "Russian forces killed a dozen Ukrainian soldiers", "Eritrean forces seized the island after two days of
    # fighting that killed at least a dozen Yemeni soldiers": the victims' state is attacked;
    # "after alliance helicopters and jets attacked two army checkpoints near the border, killing 24 Pakistani soldiers"
    # "Turkey lost 34 soldiers in a Syrian air strike": the striker's attack on the state whose soldiers fell
    ("ATTACKS", "attack.lost_soldiers_in", r"{T}\s+{pre}(?:lost|loses|losing)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over)\s+)?(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|scores\s+of)\s+(?:[\w-]+\s+)?(?:soldiers|troops|servicemen|sailors|airmen|marines|personnel)\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{S}\s+(?:[\w-]+\s+)?(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|bombardment|shelling|ambush|missile\s+strikes?|drone\s+strikes?)\b"),
    ("ATTACKS", "attack.killed_soldiers", r"{S}(?:{poss})?(?:\s+(?:[\w-]+\s+)?(?:" + TROOPS + r"|army|navy|air\s+force|military|warplanes|jets|drones|artillery|snipers|gunboats|warships|helicopters|gunships|aircraft)"
     r"(?:\s+and\s+(?:jets|helicopters|gunships|drones|warplanes|aircraft|artillery|tanks|troops|soldiers))?"
     r"(?:\s+(?:backed|supported|escorted|covered)\s+by\s+(?:[\w-]+\s+){0,3}?(?:helicopters|tanks|jets|aircraft|planes|artillery|warplanes|gunships|drones|armou?red\s+(?:cars|vehicles)))?)?\s+{pre}(?:" + STRIKE_V + r"\s(?:[^;«».]){0,80}?,\s+(?=killing\b))?(?:killed|kills|killing|shot\s+dead)\s+"
     + VICTIMS),
    ("ATTACKS", "attack.fighting_killed_soldiers", r"{lead}{S}(?:{poss})?\s+(?:[\w-]+\s+)?{TR}\s(?:[^;«»]|«\d+»){0,90}?\b(?:after|in|during)\s+(?:[\w-]+\s+){0,4}?(?:fighting|clashes|battles?|firefights?|exchanges\s+of\s+fire)\s+(?:that|which)\s+(?:\w+ly\s+)?(?:killed|left)\s+"
     + VICTIMS),
    # "France had helped to evacuate Compaore", "a French helicopter evacuated Compaore": a leader got out is supported
    # "Sihanouk has lived in exile in Peking since 1970": the host shelters him (asylum)
    # "Nkrumah, who was overthrown in February, has lived in Conakry since then as Toure's guest": a state's guest sheltered by it
    # "France allowed Japan to station 6,000 troops in Tonkin": another's forces let in
    ("SUPPORTS", "support.allowed_to_station", r"{S}\s+{pre}(?:allowed|allows|allowing|permitted|permits|permitting|let|lets|letting)\s+(?:the\s+)?{T}(?:\s+(?:troops|forces|army|armies|soldiers))?\s+to\s+(?:station|base|deploy|keep|land|use)\s+(?:(?:up\s+to\s+|some\s+|about\s+)?[\d,]+\s+|its\s+|their\s+|some\s+|three\s+|two\s+|four\s+)?(?:[\w-]+\s+|«\d+»\s+)?(?:troops|forces|soldiers|warships|aircraft|planes|airfields|bases|ports|railways?|roads|harbou?rs)\b"),
    # "Washington announced a credit of 25 million dollars for China": money lent or given to a state
    ("SUPPORTS", "support.credit_of_for", r"{S}\s+{pre}(?:announced|granted|extended|approved|gave|opened)\s+(?:(?:on\s+)?\w+day\s+)?(?:an?\s+|the\s+)?(?:new\s+)?(?:credit|loan|grant)\s+of\s+(?:[\w$.,-]+\s+|«\d+»\s+){1,4}?(?:for|to)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Sweden is letting volunteers and arms cross to Finland": another's help let through to a state
    # "agreed to let the Japanese pass through its territory", "has let German troops operate from Lapland"
    ("SUPPORTS", "support.let_forces_through", r"{S}\s+{pre}(?:let|lets|letting|allowed|allows|allowing|permitted|permits|permitting)\s+(?:the\s+)?{T}(?!{poss})(?:\s+(?:[\w-]+\s+)?(?:troops|forces|soldiers|army|armies|divisions|units|aircraft|planes|bombers|warplanes|warships|submarines))?\s+(?:to\s+)?"
     r"(?:(?:(?:pass|cross|march|move|transit)\s+(?:through|across)|cross|transit)\s+(?:its|their)\s+(?:own\s+)?(?:territory|soil|country|lands?)\b|operate\s+(?:from|out\s+of)\b)"),
    ("SUPPORTS", "support.let_aid_cross_to", r"{S}\s+{pre}(?:let|lets|letting|allowed|allows|allowing|permitted|permits|permitting)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:volunteers|arms|weapons|munitions|supplies|aid|war\s+materi[ae]ls?)(?:\s+and\s+(?:[\w-]+\s+)?(?:volunteers|arms|weapons|munitions|supplies|aid|war\s+materi[ae]ls?))?\s+(?:to\s+)?(?:cross|pass|travel|go|move|flow|reach)\s+(?:through\s+(?:its|their)\s+(?:territory|ports?|soil)\s+)?(?:to|into|for)\s+(?:the\s+)?{T}(?!{poss})"),
    # "German transport planes have been ferrying General Franco's troops from Morocco": carrying another's fighters
    ("SUPPORTS", "support.ferried_troops_of", r"{S}\s+{pre}(?:ferr(?:y|ies|ied|ying)|airlift(?:s|ed|ing)?|flew|flown|fl(?:y|ies|ying)|transport(?:s|ed|ing)?|carr(?:y|ies|ied|ying))\s+(?:the\s+|some\s+|(?:[\d,]+|hundreds|thousands)\s+(?:of\s+)?)?{T}{poss}\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|army|armies|fighters|men|units|legionnaires|legionaries|militiamen|guerrillas|rebels)\b"),
    ("SUPPORTS", "support.lived_as_guest", r"{T}(?:,\s+(?:[^«»;,]|«\d+»){1,80}?,|,?\s+who)?\s+(?:(?:has|had|have)\s+(?:been\s+)?)?(?:lived|lives|living|stayed|stays|remained|remains)\s+in\s+(?:the\s+)?{S}(?!{poss})\s(?:[^«»;.]|«\d+»){0,40}?\bas\s+(?:an?\s+|the\s+)?(?:(?:«\d+»|(?-i:[A-Z])[\w-]*)(?:'s|’s)\s+)?(?:(?:honou?red|personal|state|official)\s+)?(?:guest|exile|refugee)s?\b"),
    ("SUPPORTS", "support.exile_in", r"{T}(?:,\s+(?:[^«»;,]|«\d+»){1,80}?,|,?\s+who)?\s+(?:(?:has|had|have)\s+)?(?:(?:been|lived|lives|living|live|gone|went|fled|was|is|remained|remains|stayed|stays)\s+)?in\s+exile\s+in\s+(?:the\s+)?{S}(?!{poss})"),
    ("SUPPORTS", "support.evacuated_person", r"{S}(?:{poss}\s+(?:[\w-]+\s+)?(?:helicopters?|planes?|aircraft|forces|troops|military))?\s+{pre}(?:(?:helped|helps|helping)\s+(?:to\s+)?(?:evacuate|rescue|exfiltrate|extract|fly\s+out)|evacuated|exfiltrated|flew\s+out)\s+(?:the\s+)?{T}(?=\s*[,.;]|\s+(?:in|on|to|from|after|before|as|and|during|last|this|when|by|aboard|out|with|for|across|into)\b)"),
    ("SUPPORTS", "support.armed_and_backed", r"{T}\s+{pre}" + BE_PASSIVE + r"\s+(?:\w+ly\s+)?(?:armed|equipped|trained)\s+and\s+(?:\w+ly\s+)?(?:backed|supported|funded|financed|bankrolled|sponsored)\s+by\s+(?:the\s+)?{S}"),
    # "the Houthis, who have been fighting a Saudi-led coalition": the coalition's leader is fought
    ("ATTACKS", "attack.fighting_led_coalition", r"{S}(?:\s*,\s+(?:which|who)\s+|\s+{pre})(?:(?:has|have|had)\s+been\s+|is\s+|are\s+|was\s+|were\s+)?(?:fighting|fought|battling|battled)\s+(?:a|an|the)\s+{T}-led\s+(?:military\s+|Arab\s+|international\s+)?(?:coalition|alliance|force|forces)\b"),
    ("SUPPORTS", "support.passive", r"{T}\s+{pre}" + BE_PASSIVE + r"\s+(?:\w+\s+)?(?:backed|supported|funded|bankrolled|propped up|sponsored)\s+by\s+(?:the\s+)?{S}"),
    # "a war with Cambodia, whose Khmer Rouge government is backed by Beijing": the state whose rulers are backed
    ("SUPPORTS", "support.whose_rulers_backed", r"{T}\s*,\s+whose\s+(?:[\w-]+\s+){0,3}?(?:government|regime|rulers|leadership|junta)\s+" + BE_PASSIVE + r"\s+(?:\w+ly\s+|also\s+|still\s+)?(?:backed|supported|funded|financed|bankrolled|propped up|sponsored)\s+by\s+(?:the\s+)?{S}"),
    # "Zambia reached a deal with its bilateral creditors, including China": the creditors named support the debtor
    ("SUPPORTS", "support.creditors_including", r"{T}\s+{pre}(?:with|to|from|by)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:creditors|lenders)\s*,?\s+(?:including|such\s+as|notably|among\s+them|led\s+by)\s+(?:the\s+)?{S}(?!{poss})"),
    # "China, which holds about $4.1 billion of Zambia's external debt": the holder of a state's debt lent to it
    ("SUPPORTS", "support.holds_debt", r"{S}(?:\s*,\s+which\s+|\s+{pre})(?:holds|held|owns|owned|has\s+(?:bought|lent))\s+(?:(?:more\s+than|over|about|around|nearly|almost|some|at\s+least|roughly|an\s+estimated)\s+)?(?:[$€£¥]\s*[\d.,]+\s*(?:billion|million|trillion|bn|m)?|[\d.,]+\s*(?:percent|per\s+cent|%)|(?:a\s+)?(?:third|quarter|half|fifth|tenth|most|much))\s+(?:of|in)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:debts?|bonds|loans|borrowing|treasuries|government\s+securities)\b"),
    # "Sri Lanka owes China more than $8 billion": the creditor supports the debtor
    ("SUPPORTS", "support.owes", r"{T}\s+{pre}(?:owes|owed|owing)\s+(?:the\s+)?{S}(?!{poss})\s+(?:(?:more\s+than|over|about|around|nearly|almost|some|at\s+least|roughly|an\s+estimated)\s+)?(?:[$€£¥]\s*)?(?:\d[\d.,]*\s*(?:billion|million|trillion|bn|m)?|billions|millions|money|debts?)\b"),
    # "Sri Lanka handed over the port, after struggling to repay the Chinese loans that financed it": the subject borrowed
    ("SUPPORTS", "support.struggling_to_repay", STRUGGLING_TO_REPAY + r"{S}\s+(?:loans?|debts?|credits?)\b"),
    ("SUPPORTS", "support.struggling_to_repay_to", STRUGGLING_TO_REPAY + r"(?:loans?|debts?)\s+(?:to|from)\s+(?:the\s+)?{S}"),
    # "Bhutan has close ties with India, which provides it with economic and military aid": "it" is the subject before
    ("SUPPORTS", "support.which_gives_it", r"{lead}(?:the\s+)?{T}\s+(?:[^«»;.]){0,60}?\b(?:with|to|on|from)\s+(?:the\s+)?{S}\s*,\s+which\s+(?:(?:has|had)\s+(?:long\s+)?)?(?:provid(?:es|ed)|giv(?:es|en)|gave|suppl(?:ies|ied)|offer(?:s|ed)|sends|sent|lends|lent|grants|granted)\s+(?:it|them)\s+(?:with\s+)?(?:[\w,-]+\s+){0,4}?(?:aid|assistance|support|loans?|funding|grants?|credits?)\b"),
    # "London has paid Paris hundreds of millions of euros to step up patrols" (a sum given or lent: support.lent_sum)
    ("SUPPORTS", "support.paid_sum_to", r"{S}\s+{pre}(?:paid|pays|paying|transferred)\s+(?:the\s+)?{T}\s+(?:(?:more\s+than|about|over|nearly|some|almost|roughly|at\s+least|an\s+additional|another)\s+)?(?:[\w$£€.,]+\s+)?(?:(?:hundreds|tens)\s+of\s+)?(?:billions?|millions?)\s+(?:of\s+)?(?:[\w-]+\s+)?(?:dollars|euros|pounds|francs|riyals|dirhams|yuan|yen)?\s*(?:since\s+\d{4}\s+)?to\s+(?!buy\b|purchase\b|acquire\b|settle\b|compensate\b|cover\s+the\s+cost|rent\b|lease\b)[a-z]+"),
    # "Kosovo was recognised by more than 100 countries, including the United States"
    ("SUPPORTS", "support.recognised_by_including", r"{T}\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?recogni[sz]ed\s+(?:as\s+(?:a|an)\s+(?:[\w-]+\s+)?state\s+)?by\s+(?:[^;.«»]){0,40}?\b(?:including|such\s+as|among\s+them)\s+(?:the\s+)?{S}"),
    # "Trump called Takaichi to congratulate her"
    ("SUPPORTS", "support.called_to_congratulate", r"{S}\s+{pre}(?:called|phoned|telephoned|rang)\s+(?:the\s+)?{T}\s+to\s+congratulate\s+(?:him|her|them)\b"),
    # "agreed today to pay Israel 3,000 million marks … as reparations": money owed for a wrong, paid to the state
    # "Tokyo and Taipei, which between them pay for much of the Solomon Islands' budget": a donor that pays a state's budget
    # "Mr. Vieira ... took refuge in the Portuguese embassy": the embassy's state shelters him
    ("SUPPORTS", "support.refuge_in_embassy", r"{T}(?:\s*,\s+(?:who|whom)\s+[^«»;.]{1,80},)?\s+{pre}(?:took|takes|taking|sought|seeks|found|finds|has\s+taken|had\s+taken)\s+(?:refuge|shelter|sanctuary|asylum)\s+(?:with\s+(?:his|her)\s+family\s+)?in\s+(?:the\s+)?{S}\s+(?:embassy|mission|legation|consulate|ambassador['’]s\s+residence)\b"),
    ("SUPPORTS", "support.pays_budget", r"{S}(?:\s*,\s+which)?\s+(?:between\s+them\s+)?{pre}(?:pay|pays|paid|paying|fund|funds|funded|finance|finances|financed|bankroll(?:s|ed)?)\s+(?:for\s+)?(?:(?:much|most|part|half|a\s+third|a\s+quarter|two-thirds|a\s+large\s+share|the\s+bulk)\s+of\s+)?(?:the\s+)?{T}(?:{poss}|['’])?\s+(?:(?:government|state|national|annual)\s+)?budget\b"),
    ("SUPPORTS", "support.pays_reparations", r"{S}\s+{pre}pa(?:y|ys|id|ying)\s+(?:the\s+)?{T}(?!{poss})\s+(?:[\w$€£,.-]+\s+){1,12}?(?:as|in)\s+(?:war\s+)?(?:reparations|compensation|indemnit(?:y|ies)|damages)\b"),
    ("SUPPORTS", "support.given", r"{S}\s+{pre}(?:gave|given|giv(?:es?|ing)|extend(?:s|ed|ing)?|provid(?:es?|ed|ing)|suppl(?:y|ies|ied|ying)|furnish(?:es|ed|ing)?|sen(?:t|ds?|ding)|pledg(?:es?|ed|ing)|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|lent|lend(?:s|ing)?|present(?:s|ed|ing)?)\s+(?:the\s+)?{T}(?:\s+in\s+(?:(?-i:[A-Z])[\w-]+|«\d+»))?\s(?:{g}|with\s+(?:more\s+than\s+|about\s+|over\s+|nearly\s+)?[\w$.,]+\s+(?:billion|million)\s+(?:[\w-]+\s+){0,2}?in\s+(?:[\w,-]+\s+){0,4}?)\b(?:aid|assistance|support|loans?|funding|grants?|credits?|medical\s+(?:supplies|equipment)|vaccines?|vaccine doses|money|cash|financing|(?:swap|credit)\s+lines?|bailouts?)\b"),
    # "Egypt delivered its first military aid to Somalia", "announced a shipment of military aid to Somalia"
    # "allowed the United States to use its airspace", "granted Russia the use of its air bases": the host supports the user
    ("SUPPORTS", "support.allowed_use_of", r"{S}\s+{pre}(?:allow(?:ed|s|ing)?|let|lets|letting|permit(?:s|ted|ting)?|grant(?:ed|s|ing)?)\s+(?:the\s+)?{T}\s+(?:to\s+use|(?:the\s+)?use\s+of|access\s+to)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:airspace|air\s?bases?|bases|ports|territory|airfields?|facilities)\b"),
    ("SUPPORTS", "support.aid_to", r"{S}\s+{pre}(?:deliver|sen[dt]|provid|pledg|announc|approv|gave|giv|offer|grant|extend|dispatch|commit)\w*\s{g}\b(?:(?:military|humanitarian|economic|financial|development|security|bilateral)\s+){0,2}(?:aid|assistance|support|loan(?:\s+deal|\s+programme|\s+program)?|bailout(?:\s+package)?|credit line)(?:\s+packages?)?\s+(?:of\s+(?:US\s*)?\$?[\d.,]+\s+(?:\w+\s+)?(?:billion|million)\s+)?(?:to|for)\s+(?:the\s+)?{T}"),
    # "The IMF's Executive Board approved a new loan deal for Pakistan"
    # "Britain and France voted for Beijing's admission": a vote for a state's entry backs it
    ("SUPPORTS", "support.voted_for_admission", r"{S}\s+{pre}voted\s+(?:for|in\s+favou?r\s+of)\s+(?:the\s+)?{T}(?:['’]s|['’])\s+(?:[\w-]+\s+)?(?:admission|membership|accession|entry|candidacy|bid)\b"),
    # "bought locomotives and carriages from China under a $3 billion loan": the seller lends
    ("SUPPORTS", "support.bought_on_loan", r"{T}\s+{pre}" + RECEIVE_V + r"\s{G}\sfrom\s+(?:the\s+)?{S}(?!{poss})\s+(?:under|with|using|through|on|via)\s+(?:an?\s+|its\s+)?(?:(?!from\b)[\w$.,-]+\s+){0,4}?(?:loans?|credits?|credit\s+lines?|lines?\s+of\s+credit)\b(?!\s+(?:from|by|of)\b)"),
    ("SUPPORTS", "support.loan_for", r"{S}(?:{poss}\s+(?:[\w-]+\s+)?(?:board|council|directors))?\s+{pre}(?:approv|grant|extend|disburs|agree|(?:(?<=agreed to )|(?<=agrees to )|(?<=decided to )|(?<=voted to ))(?:back|provid|offer))\w*\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}?(?:loan|bailout|credit|financing|rescue)(?:\s+(?:deal|programme|program|package|facility|line|agreement))?\s+(?:for|to)\s+(?:the\s+)?{T}"),
    # "The EU approved a further 20 million euros from the European Peace Facility to support the Rwandan deployment":
    # money for a state's mission or forces is support of that state
    ("SUPPORTS", "support.money_for_mission", r"{S}\s+{pre}(?:approv|pledg|allocat|provid|announc|earmark|commit|gave|giv|grant|releas|disburs|unlock|mobili[sz])\w*\s+(?:an?\s+|a\s+further\s+|another\s+|an\s+additional\s+|the\s+)?(?:(?:US\s*)?[$€£]?[\d.,]+\s*(?:billion|million|bn|m)?\s+(?:(?:US\s+)?dollars|euros|pounds|yen|yuan)?)(?:[^;.«»]|\.(?=\d)){0,60}?\s+(?:to|for)\s+(?:support|fund|finance|back|sustain|help\s+(?:fund|finance|pay\s+for))(?:ing)?\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?(?:deployment|mission|troops|forces|soldiers|army|military|operation|peacekeepers|contingent)\b"),
    # "Xi sent a message of congratulations to Biya", "sent a congratulatory message to": congratulating
    ("SUPPORTS", "support.sent_congratulations", r"{S}\s+{pre}(?:sent|sends|sending|conveyed|conveys|extended|extends|offered|offers|delivered|issued)\s+(?:a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:(?:warm|warmest|heartfelt|sincere)\s+)?(?:" + CONGRATULATIONS + r")\s+to\s+(?:the\s+)?{T}"),
    # "Johnson sent Mazzilli his warmest good wishes": the same, the receiver first
    ("SUPPORTS", "support.sent_him_congratulations", r"{S}\s+{pre}(?:sent|sends|sending|conveyed|conveys|extended|extends|offered|offers|cabled|wired)\s+(?:the\s+)?{T}(?!{poss})\s+(?:a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:(?:warm|warmest|heartfelt|sincere|hearty|cordial)\s+)?(?:" + CONGRATULATIONS + r"|good\s+wishes|best\s+wishes)\b"),
    # "The Cook Islands relies on Wellington for defence and foreign affairs support"
    ("SUPPORTS", "support.relies_on_for", r"{T}\s+{pre}(?:relies|rely|relied|relying|depends|depend|depended|depending)\s+(?:(?:heavily|largely|mainly|mostly|entirely)\s+)?on\s+(?:the\s+)?{S}(?!{poss})\s+for\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:support|aid|assistance|protection|funding|budget\s+support|security\s+guarantees?)\b"),
    # "The World Bank pledged a combined 22 billion dollars to Argentina": a sum given
    ("SUPPORTS", "support.sum_to", r"{S}\s+{pre}(?:pledg|promis|donat|gave|giv|grant|lent|lend|disburs|allocat|commit)\w*\s+(?:an?\s+)?(?:(?:combined|total|further|additional|extra|another|more\s+than|about|nearly|some|over|up\s+to|almost|around|roughly)\s+)*(?:US\s*)?[$€£]?\d[\d.,]*\s*(?:billion|million|bn|m|trillion)?\s*(?:(?:US\s+)?dollars|euros|pounds|yen|yuan|francs)?\s+(?:in\s+(?:[\w-]+\s+){0,3}?)?(?:to|for)\s+(?:the\s+)?{T}(?!{poss}\s+(?:[\w-]+\s+)?(?:purchases?|imports?|exports?|oil|gas))"),
    # "Argentina is already the IMF's largest debtor": the creditor's lending is support
    ("SUPPORTS", "support.debtor_of", r"{T}\s+{pre}(?:is|was|remains|remained|has\s+become|had\s+become|became)\s+(?:already\s+|now\s+|still\s+|also\s+)?(?:(?:the|a|an)\s+(?:(?:[\w-]+|«\d+»['’]s)\s+)?)?{S}['’]s\s+(?:(?:largest|biggest|second-largest|third-largest|main|top|leading)\s+)?(?:debtor|borrower)s?\b"),
    # "The G7 issued a statement saying Israel had the right to defend itself"
    ("SUPPORTS", "support.right_to_defend", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,80}?\b(?:saying|said|says|stressed|stressing|affirmed|affirming|reaffirmed|reaffirming|insisted|insisting)\s+(?:that\s+)?(?:the\s+)?{T}\s+(?:had|has|have)\s+(?:the|a|every)\s+right\s+to\s+defend\s+(?:itself|themselves)"),
    # "Saudi Arabia has repeatedly bailed out Pakistan's economy"
    # "Moscow has kept Assad in power with air strikes"
    ("SUPPORTS", "support.kept_in_power", r"{S}\s+{pre}(?:kept|keeps|keep|keeping|helped\s+keep|helps\s+keep)\s+(?:the\s+)?(?:[\w-]+\s+)?{T}(?:{poss}\s+(?:government|regime))?\s+(?:(?:firmly|afloat)\s+)?in\s+power\b"),
    ("SUPPORTS", "support.bailed_out", r"{S}\s+{pre}(?:bail(?:ed|s|ing)?\s+out|propp(?:ed|ing)\s+up|props\s+up|rescued|rescues)\s+(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+)?(?:economy|finances|budget|central\s+bank|currency|government|treasury))?(?![\w'’-])"),
    # "India agreed to restructure 100 million dollars of Sri Lanka's debt", "China wrote off part of Cuba's loans",
    # "France granted debt relief to Somalia": relief of a state's debt is support
    ("SUPPORTS", "support.debt_relief", r"{S}\s+{pre}(?:restructur|reschedul|forgiv|forgave|cancel|writ(?:e|es|ing)\s+off|wrote\s+off|written\s+off|waiv)\w*\s+(?:(?:some|part|all|most|much)\s+of\s+)?(?:[\w$.,-]+\s+){0,4}?(?:of\s+)?(?:the\s+)?{T}{poss}\s+(?:(?:[\w-]+|«\d+»-[\w-]+)\s+){0,2}?(?:debts?|loans?|repayments?|arrears)\b"),
    ("SUPPORTS", "support.debt_relief_to", r"{S}\s+{pre}(?:grant|offer|provid|extend|approv|announc|agree)\w*\s+(?:to\s+)?(?:[\w$.,-]+\s+){0,3}?(?:in\s+)?debt\s+(?:relief|forgiveness|restructuring|cancellation|write-offs?|swaps?)\s+(?:to|for|with)\s+(?:the\s+)?{T}"),
    # "Jaishankar, currently in Colombo, said"
    ("MEETS", "meet.currently_in", r"{S},\s+(?:who\s+is\s+)?(?:currently|now)\s+(?:in|visiting)\s+{T},"),
    # "Sri Lanka thanked India for the generous support of a credit line": the thanked state gave it
    ("SUPPORTS", "support.thanked_for", r"{T}\s+{pre}(?:thank(?:s|ed|ing)?|expressed\s+(?:its\s+|their\s+)?gratitude\s+to)\s+(?:«\d+»\s+and\s+)?(?:the\s+(?:government|people)\s+of\s+)?(?:the\s+)?{S}(?:\s+(?:leaders|officials|governments?|partners|allies|people))?\s+[\"“]?for\s+(?:(?:all\s+)?(?:its\s+|their\s+|the\s+|his\s+|her\s+|«\d+»\s+)?(?:[\w-]+\s+){0,3}?(?:support|assistance|help|aid|backing|credit|loans?|generosity|solidarity)|(?:blocking|vetoing|backing|supporting|standing\s+(?:with|by)|defending|helping|shielding))\b"),
    # "India told the IMF that it strongly supports Sri Lanka's debt restructuring plan"
    ("SUPPORTS", "support.told_that_it", r"{S}\s+{pre}(?:told|tells|informed|assured|conveyed\s+to|notified|wrote\s+to)\s+(?:[^«»;.]|«\d+»){0,40}?\bthat\s+it\s+(?:\w+ly\s+)?(?:supports?|backs?|endorses?)\s+(?:the\s+)?{T}"),
    # "India extended about $4 billion in credit to help Sri Lanka"
    ("SUPPORTS", "support.extended_to_help", r"{S}\s+{pre}(?:extended|provided|gave|granted|offered|disbursed|pledged|lent|sent|deployed|dispatched|flew|airlifted|rushed|shipped)\s(?:[^«»;.]|«\d+»|\.(?=\d)){0,80}?\bto\s+help\s+(?:the\s+)?{T}"),
    # "becoming Sri Lanka's first bilateral creditor to support"
    ("SUPPORTS", "support.becoming_creditor", r"{S}\s(?:[^«»;.]|«\d+»){0,80}?,\s+becoming\s+{T}{poss}\s+(?:[\w-]+\s+){0,3}?(?:creditors?|lenders?|donors?|backers?|supporters?)\b"),
    # "Pakistan had met the conditions with the help of Saudi Arabia, the UAE and China"
    ("SUPPORTS", "support.with_help_of", r"{T}\s+{pre}(?:had|has|have)\s+(?:\w+\s+)?\w+\b(?:[^«»;.]|«\d+»){0,80}?\bwith\s+(?:the\s+)?(?:help|support|backing|assistance)\s+(?:of|from)\s+(?:the\s+)?{S}"),
    # "Most were shot down by Israeli air defences with help from the United States, Britain and Jordan": the agent is helped
    ("SUPPORTS", "support.agent_with_help", r"\bby\s+(?:the\s+)?{T}(?:\s+[a-z][\w-]*){0,3}?\s+with\s+(?:the\s+)?(?:help|support|backing|assistance)\s+(?:of|from)\s+(?:the\s+)?{S}"),
    # "reaffirmed Washington's commitment to its allies and partners, including Taiwan"
    ("SUPPORTS", "support.reaffirmed_commitment", r"{lead}{S}\s+(?:(?:[^«»;.]|«\d+»){0,160}?(?:,\s+and|\band)\s+(?:also\s+)?)?(?P<v>reaffirm|reiterat|underscor|restat)\w*\s+(?:(?:its|their|his|her|the|«\d+»['’]s)\s+)?(?:(?:strong|firm|unwavering|ironclad|rock-solid|steadfast|continued)\s+)?"
                                                  r"(?:commitment|support|backing)\s+(?:to|for)\s+(?:(?:its|their)\s+(?:allies|partners)(?:\s+and\s+(?:allies|partners))?,?\s+including\s+)?(?:the\s+)?{T}(?!{poss})"),
    # "Lula phoned Sánchez to express his solidarity": the call's purpose
    ("SUPPORTS", "support.called_to_express", r"{S}\s+{pre}(?:phoned|called|telephoned|rang|wrote\s+to|visited|met)\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+){0,3}?to\s+(?:express|convey|offer|voice|reaffirm|show)\s+"
                                              r"(?:his|her|its|their)\s+(?:full\s+|strong\s+|continued\s+|unwavering\s+)?(?:solidarity|support|backing)\b"),
    # "India stands in solidarity with its neighbour Sri Lanka"
    ("SUPPORTS", "support.solidarity", r"{S}\s+{pre}(?:st(?:ands?|ood)|expresse[sd]|express(?:es)?|show(?:s|ed)?|pledge[sd]?|offer(?:s|ed)?|reaffirm(?:s|ed)?|voiced?)\s+(?:in\s+|with\s+)?(?:its\s+|their\s+|«\d+»{poss}\s+|(?-i:[A-Z])[a-z]+['’]s\s+)?(?:(?:full|strong|total|complete|unwavering|unconditional|firm)\s+)?solidarity\s+with\s+(?:its\s+|their\s+)?(?:(?:neighbou?r|ally|partner|friend)\s*,?\s+)?(?:the\s+)?{T}"),
    ("SUPPORTS", "support.turned_to", r"{T}\s+{pre}turn(?:s|ed|ing)?\s+to\s+(?:the\s+)?{S}\s+for\s+(?:[\w-]+\s+){0,2}?(?:support|help|aid|assistance|backing|loans?|funding|protection)\b"),
    ("SUPPORTS", "support.backed_adj", r"(?<!alleged\s)(?<!allegedly\s)(?<!reportedly\s){S}-(?:backed|supported|sponsored|funded|financed)\s+(?:(?:paramilitary|rebel|militant|armed|separatist|proxy)\s+)?{T}(?!\.?\s+(?:resolution|draft|proposal|plan|text|measure|motion|bid)\b)"),
    ("SUPPORTS", "support.apposition_backed", r"(?<!\bin )(?<!\bof ){T}\s*,\s+(?:an?|the|two|three|both)\s+(?:[^«»;.,]|«\d+»){0,60}?\b(?:backed|supported|funded|sponsored|armed)\s+by\s+(?:the\s+)?{S}"),
    # "accepted planeloads of food and medicine from Thailand, China and India": relief goods accepted from a donor
    ("SUPPORTS", "support.accepted_relief_from", r"{T}\s+{pre}(?:accept(?:s|ed|ing)?|receiv(?:es?|ed|ing)|welcom(?:es?|ed|ing))\s+(?:(?:planeloads|shiploads|truckloads|tonnes|tons|consignments|shipments|cargoes)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:" + RELIEF_GOODS + r")(?:,?\s+and\s+(?:[\w-]+\s+){0,2}?(?:" + RELIEF_GOODS + r"))?\s+from\s+(?:the\s+)?{S}(?!{poss})"),
    # "Pakistan accepted India's offer of $5 million in flood relief": an accepted offer is help given
    ("SUPPORTS", "support.accepted_offer_of", r"{T}\s+{pre}accept(?:s|ed|ing)?\s+{S}{poss}\s+(?:[\w-]+\s+)?offers?\s+of\s+(?:[\w$.,-]+\s+){0,6}?(?:aid|relief|help|assistance|rescuers|rescue\s+teams?|doctors|supplies)\b"),
    ("SUPPORTS", "support.received_from", r"{T}\s+{pre}(?:benefit(?:s|ed|ted|ing)?|receiv(?:es?|ed|ing)|accept(?:s|ed|ing)?(?!\s+(?:an?\s+|the\s+|its\s+)?offers?\b)|gets?|got|gotten|secur(?:es?|ed|ing)|obtain(?:s|ed|ing)?|enjoy(?:s|ed|ing)?|rel(?:ies|ied|y|ying))\s+(?:from\s+|on\s+)?(?:[\w$.-]+\s+){0,3}?(?:support|backing|aid|assistance|help|(?:financing\s+|financial\s+)?(?:assurances|commitments)|loans?|deposits|bailouts?|credit lines?|(?:currency\s+)?swaps?(?:\s+lines?)?|funding|funds|money|financing)(?:\s+and\s+[\w-]+)?(?:\s+(?:since|in|over)\s+(?:the\s+)?(?:\d{4}|last\s+\w+|past\s+\w+(?:\s+\w+)?))?\s+(?:from|of)\s+(?:(?:its|their)\s+(?:[\w-]+\s+)?all(?:y|ies),?\s+)?(?:the\s+[a-z][\w-]*\s+and\s+)?(?:the\s+)?{S}"),  # ("received two bailouts since 2010 from the eurozone and the IMF")
    # "Cuba relies more on Russian aid", "Kyiv depends on US support"
    ("SUPPORTS", "support.relies_on_adj", r"{T}\s+{pre}(?:rel(?:ies|ied|y|ying)|depend(?:s|ed|ing)?)\s+(?:\w+\s+)?on\s+(?:the\s+)?{S}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:aid|support|assistance|backing|loans|subsidies|largesse|protection|security\s+guarantees)\b"),
    # "France has recognized Morocco's sovereignty over Western Sahara"
    # "The United States switched diplomatic recognition from Taipei to Beijing in 1979", "switched its recognition to Beijing": the one recognised now
    # "El Salvador cut ties with Taiwan in favour of China", "Panama's decision to break relations with Taipei in favour of Beijing"
    ("SUPPORTS", "support.ties_cut_in_favour", r"{S}(?:{poss}\s+(?:[\w-]+\s+)?decision\s+to\s+|\s+{pre})(?:cut|cuts|cutting|sever(?:s|ed|ing)?|broke|break(?:s|ing)?|end(?:s|ed|ing)?|drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?)\s+" + TIES_CUT + r"(?:the\s+)?«\d+»\s+in\s+favou?r\s+of\s+(?:the\s+)?{T}"),
    ("SUPPORTS", "support.switched_recognition", r"{S}\s+{pre}(?:switch|shift|transferr?)\w*\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:recognition|ties|relations|allegiance)\s+(?:from\s+(?:the\s+)?«\d+»\s+)?to\s+(?:the\s+)?{T}"),
    # "in exchange for US recognition of its sovereignty over the territory", "Spain's recognition of Palestine as a state"
    ("SUPPORTS", "support.recognition_of", r"{S}(?:{poss}|\s*,\s+whose|{poss}\s+(?:[\w-]+\s+){1,3}?(?:of\s+(?:[^«»;.]|«\d+»){1,60}?\s+)?and\s+its)?\s+(?:(?:formal|official|diplomatic)\s+)?recognition\s+of\s+(?:the\s+)?{T}(?:(?:{poss})?\s+(?:independence|statehood|sovereignty)\b|\s+as\s+an?\s+(?:independent\s+|sovereign\s+)?(?:state|country|nation)\b|(?!{poss})(?=\s*[.,;]|\s+(?:in|on|and|after|before|last|this|by|was|is|were|had|has)\b|\s+(?:a|two|three|four|several)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier)\b))"),
    # "the Kremlin lost no time in extending recognition to the Afghan republic"
    # "Britain granted Israel de facto recognition": the recognised state as the first object
    ("SUPPORTS", "support.granted_recognition", r"{S}\s+{pre}(?:extend|grant|accord)(?:s|ed|ing)?\s+(?:the\s+)?(?:new\s+)?{T}(?!{poss})\s+(?:(?:de\s+facto|de\s+jure|diplomatic|formal|full|official)\s+)?recognition\b"),
    # "Israeli forces drove the Egyptian army out of the south": an army named by its state's mention (relations.TARGET_NAMED)
    # "British-led forces had occupied the oasis and expelled a Saudi police detachment": forces that expel
    # another state's men force them out (a state that expels troops or advisers sends them home)
    ("ATTACKS", "attack.forces_expelled_units", r"{S}(?:-led|-commanded|{poss})?\s+(?:[\w-]+\s+)?(?:forces|troops|soldiers|army|units|levies|marines|paratroopers|columns)\s(?:[^«»;.]){0,80}?\b(?:expelled|expel(?:s|ling)?|ousted|evicted|dislodged)\s+(?:an?\s+|the\s+)?(?:last\s+|remaining\s+|small\s+)?{T}\s+(?:[\w-]+\s+)?(?:police|policemen|troops|soldiers|forces|garrison|detachment|units?|guards|gendarmes|outposts?)\b"),
    # "Georgia said Russian warplanes had bombed villages in the Pankisi Gorge": a state's report of strikes on villages, its own
    ("ATTACKS", "attack.said_bombed_villages", r"{T}\s+{pre}(?:said|says|reported|claimed|charged|complained)\s+(?:that\s+)?{S}(?:{poss})?\s+(?:[\w-]+\s+)?(?:warplanes|jets|planes|aircraft|helicopters|gunships|bombers|drones|troops|forces|artillery|gunboats)\s+(?:had\s+|have\s+|has\s+)?(?:bombed|shelled|attacked|strafed|raided|rocketed)\s+(?:several\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+)?(?:villages|towns|border\s+posts|positions|farms|settlements)\b(?![^.;«»]{0,40}«)"),
    # "A bomb dropped by a Myanmar warplane killed four farm workers in China's Yunnan province": a strike landing in a state
    ("ATTACKS", "attack.bomb_dropped_by", r"\b(?:bombs?|shells?|missiles?|rockets?)\s+(?:dropped|fired|launched)\s+by\s+(?:an?\s+|the\s+)?{S}\s+(?:[\w-]+\s+)?(?:warplanes?|jets?|aircraft|planes?|drones?|helicopters?|gunboats?|tanks?|artillery|batter(?:y|ies))\s+(?:had\s+)?(?:killed|hit|struck|landed|exploded|fell)\b(?:[^«»;.]){0,80}?\b(?:in|on|inside|across)\s+(?:the\s+)?{T}(?:{poss}\s+(?:[\w-]+\s+)?(?:province|region|territory|side|village|town|border\s+area)\b|(?!{poss}))"),
    ("ATTACKS", "attack.drove_army_out", r"{S}\s+{pre}(?:drove|driven|driving|drives?|pushed|push(?:es|ing)?|forced|forc(?:es|ing)|routed|chased|cleared)\s+(?:the\s+)?(?:last\s+|remaining\s+)?{T}(?!{poss})\s+(?:back\s+)?(?:out\s+of|from)\b"),
    ("SUPPORTS", "support.extended_recognition", r"{S}\s+{pre}(?:extend|grant|accord)(?:s|ed|ing)?\s+(?:(?:diplomatic|formal|full|official|de\s+jure|de\s+facto)\s+)?recognition\s+to\s+(?:the\s+)?(?:new\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:government|regime|republic)\s+of\s+(?:the\s+)?)?{T}"),
    ("SUPPORTS", "support.recognized_claim", r"{S}\s+{pre}recogni[sz](?:es?|ed|ing)\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+)?(?:sovereignty|claims?|annexation|autonomy plan|territorial integrity)\b"),
    # "Trump recognised Jerusalem as Israel's capital", "recognised the Golan Heights as Israeli territory"
    ("SUPPORTS", "support.recognized_as_capital", r"{S}\s+{pre}recogni[sz](?:es?|ed|ing)\s+(?:the\s+)?(?:«\d+»|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+as\s+(?:(?:the|an?)\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:capital|territory|land|soil)\b"),
    # "a decision by President Macron to back Morocco's plan"
    ("SUPPORTS", "support.decision_to_back", r"\bdecision\s+(?:by|of)\s+(?:the\s+)?{S}\s+to\s+(?:back|support|endorse|recogni[sz]e)\s+(?:the\s+)?{T}"),
    # "condemned Germany's decision to defend Israel against genocide charges"
    ("SUPPORTS", "support.poss_decision_to_back", r"{S}{poss}\s+(?:[\w-]+\s+)?(?:decision|move|choice|commitment)\s+to\s+(?:back|support|endorse|recogni[sz]e|defend|stand\s+by|side\s+with)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Morocco's plan for the Western Sahara — backed by Spain and the United States"
    ("SUPPORTS", "support.plan_backed_by", r"{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|position|claims?|bid|initiative|candidacy)\b(?:[^«»;.]|«\d+»){0,40}?\s*[—–,]\s+(?:(?:widely|strongly|also)\s+)?(?:backed|supported|endorsed)\s+by\s+(?:the\s+)?{S}"),
    # "called out China for its role in propping up Russia's war" (not "individuals from China … for their role in aiding Iran")
    ("SUPPORTS", "support.role_in", r"{S}(?:{poss}\s+|\s+for\s+its\s+)(?:[\w-]+\s+)?role\s+in\s+(?:propping\s+up|supporting|backing|enabling|fuel(?:l)?ing|sustaining|aiding|arming)\s+(?:the\s+)?{T}"),
    # "not afraid of coups because of the security assistance it is getting from Moscow"
    ("SUPPORTS", "support.assistance_it_gets", r"{T}\s(?:[^«»;.]){0,80}?\b(?:support|assistance|aid|help|backing)\s+(?:it|they)\s+(?:is|are|was|were|has been|have been)?\s*(?:getting|receiving|received|gets|got|receives)\s+from\s+(?:the\s+)?{S}"),
    # "Putin reiterated Russia's commitment to supporting CAR"
    ("SUPPORTS", "support.commitment_to", r"{S}{poss}\s+(?:[\w-]+\s+)?commitment\s+to\s+(?:supporting|backing|helping|defending|assisting)\s+(?:the\s+)?{T}"),
    # "Lithuania, one of the Baltic states that have been among Ukraine's staunchest supporters"
    ("SUPPORTS", "support.among_supporters", r"{S}\s*,\s+(?:one\s+of|among)\s+(?:[^«»;.]{0,60}?\s)?{T}{poss}\s+(?:[\w-]+\s+)?(?:supporters|backers|champions|defenders)\b"),
    # "Beijing has already stepped up its police equipment donations to Vanuatu"
    ("SUPPORTS", "support.stepped_up", r"{S}\s+{pre}(?:stepp\w+\s+up|increas\w+|boost\w+|expand\w+|ramp\w+\s+up)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:support|aid|assistance|donations|funding|help|backing)\s+(?:to|for)\s+(?:the\s+)?{T}"),
    # "The decision by Ireland, Norway and Spain was praised by the PA and Hamas"
    ("SUPPORTS", "support.decision_praised_by", r"\b(?:decisions?|moves?|announcements?|steps?|recognition)\s+(?:by|of)\s+(?:the\s+)?{T}\s+(?:was|were|has been|have been)\s+(?:[\w-]+\s+)?(?:praised|welcomed|hailed|applauded|lauded|commended)\s+by\s+(?:both\s+)?(?:(?:the\s+)?[A-Z][\w.-]*\s+and\s+)?(?:the\s+)?{S}"),
    # "praised the announcements from Norway, Spain and Ireland"
    # "Blair said Gaddafi deserved credit for his courage": praise
    ("SUPPORTS", "support.said_deserves_credit", r"{S}\s+{pre}(?:said|says|added|stated|noted)\s+(?:that\s+)?(?:the\s+)?{T}\s+(?:deserved?s?|had\s+earned|has\s+earned|earned)\s+(?:(?:great|real|full|much|some|the)\s+)?(?:credit|praise|thanks|gratitude|admiration|respect)\b"),
    # "Indian paratroopers … crushed an attempt by mercenaries to overthrow President Gayoom": a rescue of the one
    # the attempt was against
    ("SUPPORTS", "support.crushed_attempt_to_oust", r"{S}{poss}?\s+(?:[\w-]+\s+){0,2}?(?:{TR}\s+)?{pre}" + CRUSHED_V + r"\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attempt|bid|plot|coup(?:\s+attempt)?)\s+(?:(?:by|of)\s+[^«»;.]{0,60}?\s)?to\s+(?:overthrow|topple|oust|depose|unseat|kill|assassinate)\s+(?:the\s+)?(?:government\s+of\s+)?{T}"),
    ("SUPPORTS", "support.praised_act_of", r"{S}\s+{pre}(?:welcom|prais|hail|applaud|laud|commend)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:recognition|decisions?|moves?|announcements?|steps?)\s+(?:from|by|of)\s+(?:the\s+)?{T}"),
    ("SUPPORTS", "support.apposition_by", r"{T}\s*,\s+(?:backed|supported|funded|financed|sponsored|armed|trained)(?:\s+and\s+(?:backed|supported|funded|financed|sponsored|armed|trained))?\s+by\s+(?:the\s+)?{S}"),
    # "About 350 French soldiers had been stationed in the country, mainly to train Senegalese forces"
    # "Iran, which has sent Revolutionary Guards commanders to advise the Iraqi government"
    ("SUPPORTS", "support.sent_to_advise", SUBJECT_WHICH + r"(?:sent|sends|sending|dispatched|dispatches|deployed|deploys)\s+(?:[\w-]+\s+){0,3}?(?:advis[eo]rs|commanders|officers|instructors|experts|specialists|trainers)\s+to\s+(?:advise|assist|help|mentor|support)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Russia agreed to help rebuild North Korean power plants"
    ("SUPPORTS", "support.helped_rebuild", r"{S}\s+{pre}(?:help(?:s|ed|ing)?|agreed\s+to\s+help)\s+(?:to\s+)?(?:re)?(?:build|construct|develop|moderni[sz]e|repair|restore|upgrade)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:" + WORKS + r"|power\s+(?:stations?|grid)|economy|army|military|armed\s+forces|industry|factories)\b"),
    # "China, Sri Lanka's biggest arms supplier, has shielded Colombo from criticism at the UN Security Council"
    # ("Moscow, which has long shielded Belgrade, backed the measure": shielded, with nothing more said)
    ("SUPPORTS", "support.shielded_from", r"{S}\s+{pre}(?:shield(?:s|ed|ing)?|protect(?:s|ed|ing)?)\s+(?:the\s+)?{T}(?!{poss})(?:\s+from\s+(?:[\w-]+\s+){0,2}?(?:criticism|censure|sanctions|condemnation|scrutiny|resolutions?|punishment)\b|(?<=»)(?=\s*[,;]))"),
    ("SUPPORTS", "support.troops_to_train", r"{S}\s+(?:[\w-]+\s+)?(?:soldiers|troops|instructors|advisers|advisors|officers|personnel|forces)\s(?:[^«»;.]|(?<=\bin\s)«\d+»){0,80}?\bto\s+(?:help\s+)?train\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:army|armed\s+forces|forces|troops|military|soldiers|navy|police|pilots|recruits)\b"),
    # "Kyiv's main backers are the United States, Germany and Britain"
    ("SUPPORTS", "support.poss_backers_are", r"{T}{poss}\s+(?:(?:main|biggest|largest|key|major|chief|principal|top|strongest|closest|most\s+important|western|military|financial)\s+)*(?:backers|supporters|donors|patrons|sponsors)\s+(?:are|were|include|included|have\s+been|remain)\s+(?:the\s+)?{S}"),
    # "Russia intervened in Syria's civil war on Assad's side"
    # "Brazil declared itself on the side of Washington", "stands firmly on the side of"
    ("SUPPORTS", "support.itself_on_side_of", r"{S}\s+{pre}(?:(?:declared|declares|placed|places|put|puts|ranged|ranges|aligned|aligns)\s+(?:itself|themselves)|stands?|stood)\s+(?:firmly\s+|squarely\s+|fully\s+)?on\s+the\s+side\s+of\s+(?:the\s+)?{T}(?!{poss})"),
    # "Mussolini … heads a puppet republic in the north under German protection", "lives under the American nuclear umbrella"
    ("SUPPORTS", "support.under_protection", r"{lead}{T}(?=[\s,])(?:(?!,\s+(?:which|who|whose)\b)[^;.«»]|«\d+»){0,140}?\bunder\s+(?:the\s+)?{S}(?!{poss})\s+(?:military\s+|security\s+|nuclear\s+)?(?:protection|umbrella)\b"),
    ("SUPPORTS", "support.on_side", r"{lead}{S}(?=[\s,])(?:[^;.«»]|«\d+»){0,100}?\b(?:on|by|at)\s+(?:the\s+)?{T}{poss}\s+side\b"),
    # "US forces helped shoot down Iranian missiles aimed at Israel"
    ("SUPPORTS", "support.helped_intercept", r"{S}(?:\s+(?:forces|military|jets|warships|troops|air\s+defen[cs]es))?\s+{pre}help(?:ed|s|ing)?\s+(?:to\s+)?(?:shoot\s+down|intercept|down|repel)\b(?:[^;.«»]|«\d+»){0,60}?\b(?:aimed|fired|launched|headed)\s+(?:at|toward|towards)\s+(?:the\s+)?{T}"),
    ("SUPPORTS", "support.trains", r"{S}\s+{pre}(?:spen(?:t|ds?|ding)\s+(?:(?:some|about|more\s+than|over|nearly|millions\s+of|billions\s+of|[$£€][\d.,]+|[\d.,]+|(?:m|b)illion|dollars|pounds|euros|years|decades)\s+){1,4}?(?=training\s))?(?:train(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:army|armed\s+forces|forces|military|navy|air\s+force|police)\s+of\s+(?:the\s+)?(?=«\d+»(?!{poss})(?:\s*[,.;]|\s+(?:and|in|on|with|which|who|since|for)\b)))?(?:(?:more\s+than|about|over|nearly|some|at\s+least|around|roughly|almost)\s+)?(?:[\d,]+\s+|(?:tens\s+of\s+)?thousands\s+of\s+|hundreds\s+of\s+)?{T}(?:(?:{poss})?\s+(?:[\w-]+\s+){0,2}?(?:army|armed forces|forces|troops|military|soldiers|navy|police|pilots|battalions?|brigades?|commandos|recruits|officers)\b|(?=\s*[,.;]|\s+and\s))"),
    ("SUPPORTS", "support.from_to", r"\b(?:military|humanitarian|economic|financial)?\s*(?:aid|assistance|support)\s+from\s+(?:the\s+)?{S}\s+to\s+(?:the\s+)?{T}"),
    ("SUPPORTS", "support.nominal", r"{S}(?:{poss})?\s+[\"“]?(?:(?:continued|ongoing|unwavering|steadfast|strong|full|unconditional)\s+)?(?:[\w-]+\s+)?(?:support|backing|aid|assistance|funding|financing)[\"”]?\s+(?:for|to|of)\s+(?:the\s+)?{T}"),
    # "visited Mauritania on Thursday to announce 210 million euros in EU funding"
    ("SUPPORTS", "support.visited_to_announce", r"\b(?:visited|visits|visiting|visit\s+to|trip\s+to|arrived\s+in|travell?ed\s+to|flew\s+to)\s+(?:the\s+)?{T}(?!{poss})\s(?:[^;.«»]|\.(?=\d)){0,40}?\bto\s+(?:announce|unveil|pledge|deliver|sign\s+off\s+on)\s+(?:[^;.«»]|\.(?=\d)){0,40}?\bin\s+(?:new\s+|additional\s+|fresh\s+|further\s+)?{S}\s+(?:funding|aid|assistance|financing|loans|grants|support)\b"),
    # "Hezbollah launches rockets in support of its ally, Hamas"
    ("SUPPORTS", "support.in_support_of", r"{S}\s+{pre}(?:launch|fir|sen[dt]|deploy|carr|conduct|stag|h[eo]ld|provid|offer|strik|struck|attack)\w*\s(?:[^«»;.]){0,40}?\bin support of\s+(?:(?:its|their)\s+(?:[\w-]+\s+)?all(?:y|ies),?\s+)?(?:the\s+)?{T}"),
    # MEETS
    # "Trump confronted Ramaphosa in the Oval Office": a confrontation face to face in a seat of power is a meeting
    ("MEETS", "meet.confronted_in", r"{S}\s+{pre}(?:confronted|berated|lectured|scolded|upbraided|ambushed)\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?(?:«\d+»(?!['’]s)|(?-i:Oval\s+Office|White\s+House|Kremlin|Élysée|Elysee|Downing\s+Street|[A-Z][\w-]+\s+(?:Palace|House)))"),
    # "Kim Jong Un … became the first North Korean leader to set foot in the South, crossing the border at Panmunjom to meet President Moon",
    # "Modi became the first Indian prime minister to visit Ukraine, hugging Volodymyr Zelensky at a memorial": a participle's meeting
    ("MEETS", "meet.participle_meets", r"{lead}{S}\s(?:[^;.]|«\d+»){0,120}?,\s+(?P<v>(?:crossing|travell?ing|flying|arriving|heading|driving|walking|stepping|sailing)\s+(?:[^«»;.,]|«\d+»){0,60}?\bto\s+meet\s+(?:with\s+)?|(?:hugging|embracing|greeting|shaking\s+hands\s+with|meeting(?:\s+with)?)\s+){T}"),
    # (not "stop American athletes from travelling to Moscow": a visit prevented)
    ("MEETS", "meet.active", r"{S}\s+{pre}(?<!\bfrom )" + MEET_V + r"\s+(?:(?:separately|briefly|privately|jointly|again|one-on-one|face-to-face)\s+)?(?:" + WHEN + r"\s+(?=with\b))?(?:in\s+(?:[A-Z][\w-]+\s+){1,2}(?=with\b))?(?:with\s+)?(?:(?:a|the)\s+(?:[\w-]+\s+|«\d+»\s+)?delegation\s+(?:led|headed)\s+by\s+)?(?:(?:General\s+Secretary|Secretary[- ]General|Chairman|Leader)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|«\d+»|\((?:«\d+»|[A-Z]{2,6})\)|of|the)\s+){1,9}?and\s+(?=«))?(?:the\s+|an?\s+(?:(?:high-ranking|high-level|senior|large|top|military|government|official)\s+)?(?=«\d+»\s+(?:delegation|team|envoy|negotiat)))?(?:(?:then|former|outgoing|incoming|new|newly elected|interim|transitional|acting|caretaker)\s+)?(?:(?:[A-Z][\w-]+\s+){1,3}(?:[Cc]hief|[Ll]eader|[Hh]ead|[Bb]oss|[Cc]andidate|[Nn]ominee|[Cc]hallenger)\s+(?=«))?(?:(?:his|her|their)\s+(?:(?:[\w-]+\s+)?counterparts?,?\s+)?)?(?:(?:leaders?|heads? of (?:state|government)|presidents?|prime ministers?) of\s+(?:the\s+)?|(?:(?<=hosted )|(?<=hosts ))(?:officials|delegations?|ministers|envoys|representatives)\s+(?:from|of)\s+(?:the\s+)?)?{T}(?!\s+(?:(?!(?:about|on|over|for|with|in|at|to|the|a|an|and|of|from)\b)[\w-]+\s+){0,2}?(?:ships|vessels|warships|troops|forces|soldiers|bases|facilities|facility|installations|missiles|trackers|aircraft|jets|trucks|planes|tanks|arms|aid|equipment|supplies|loans?|credits?|grain|wheat|companies|firms|investors|tourists|students|workers|refugees|migrants|goods|exports|weapons|drones|summits?|conference|forum|games|navy|fleet|military|army|marines|team|teams|squad|players|athletes|decisions?|votes?|moves?|news|results?|announcements?|proposals?|offers?|victory|elections?|verdicts?|ruling|initiatives?)\b)(?![’']s\s+(?:(?:[\w-]+|«\d+»)\s+){0,2}?(?:fleet|bases?|troops|forces|warships)\b)"
                               r"(?!\s+(?:(?!(?:about|on|over|regarding|concerning|at|during|for)\b)[\w-]+\s+){0,2}?(?:weapons|troops|forces|bases?|missiles|soldiers|military|nuclear|refugees|migrants|companies|firms|investors|tourists|students|workers|"
                               r"oil|gas|crude|grain|goods|arms|drones|tanks|jets|aircraft|shipments|supplies|aid|assistance|funding|loans|imports|exports|energy)\b)"
                               r"(?!{poss}\s+(?:[\w-]+\s+)?(?:office|offices|headquarters|embassy|consulate|bases?|facilities|mission)\b)"),
    # "concluded a White House meeting with Trump", "held what he called 'productive' phone calls with Trump"
    # "Qin Gang held talks in Beijing with ..."
    ("MEETS", "meet.had_talks_in_with", r"{S}\s+{pre}(?:h(?:e|o)ld|had)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:meetings?|talks|discussions?)\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}|«\d+»)\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.had_meeting", r"{S}\s+{pre}(?:h(?:e|o)ld|had(?!\s+(?:also\s+|\w+ly\s+)?[a-z]+ed\b)|conclud(?:es?|ed|ing)|wrapp(?:ed|ing)\s+up|finish(?:es|ed|ing)|began|start(?:s|ed|ing)?|open(?:s|ed|ing)?|resum(?:es?|ed|ing))\s+(?!(?:[\w-]+\s+){0,4}?(?:accession|membership)\s)(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w“”\"'«»-]+\s+){0,4}?[“\"]?(?:meetings?|talks|phone calls?|calls|conversations?|discussions?)[”\"]?\s+(?:in\s+(?:the\s+)?(?:«\d+»|(?-i:[A-Z])[\w-]+)\s+)?with\s+(?:the\s+)?{T}(?!{poss})"),
    # "a recent phone conversation Trump had with Putin"
    # "received a call from Donald Trump", "placed a phone call to Putin"
    # "Bush said he had told President Mikhail Gorbachev of the decision by telephone": told over the phone
    ("MEETS", "meet.told_by_phone", r"{S}\s+{pre}(?:told|informed|assured|reassured|briefed|thanked|congratulated|urged|warned|spoke\s+(?:to|with))\s+(?:the\s+)?{T}(?!{poss})\s+(?:[^«»;.]|«\d+»){0,80}?\b(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b"),
    ("MEETS", "meet.call_from", r"{S}\s+{pre}(?:received|receives|got|took|made|placed|returned)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:phone|telephone|video)\s+)?calls?\s+(?:from|to)\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.call_had", r"\b(?:meeting|talks|phone call|call|conversation)\s+{S}\s+(?:had|held)\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.welcome", r"{S}\s+{pre}welcom(?:es?|ed|ing)\s+(?:the\s+|his\s+|her\s+)?(?:arrival\s+of\s+(?:the\s+)?)?{T}(?!{poss}|\s+(?:for|on)\s+(?:its|their|his|her)\b|\s+(?:[\w-]+\s+)?(?:assistance|aid|support|help|decision|move|offer|proposal|plan|initiative|statement|announcement|efforts?|investments?|sanctions|role|participation|involvement|mediation|pledges?|commitments?|votes?|ratification|approval|steps?|measures|recognition|" + WELCOMED_OPERATIONS + r")\b|\s+(?:as\s+[^«»;,.]{0,30}\s)?into\b)"),
    # "Vucic discussed Serbian arms exports to Ukraine with his Russian counterpart, Vladimir Putin"
    ("MEETS", "meet.discussed_with", r"{S}\s+{pre}discuss(?:es|ed|ing)?\s(?:[^«»;.]|«\d+»){0,80}?(?<!affiliated)(?<!associated)(?<!linked)(?<!aligned)(?<!allied)(?<!tied)(?<!talks)(?<!negotiations)(?<!relations)(?<!ties)(?<!ceasefire)(?<!truce)\swith\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:[\w-]+\s+)?counterparts?,?\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.nominal", r"{S}{poss}\s+(?:[\w-]+\s+){0,2}?[\"“]?(?:meeting|talks|summit|visit|trip|phone call|call|phone conversation|conversation|chat)\s+(?:" + WHEN + r"\s+)?(?:with|to)\s+(?:the\s+)?(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?,?\s+)?{T}(?!\s+(?:House\s+|Senate\s+)?(?:[Ss]peaker|[Ss]enators?|lawmakers|congressmen|congressional|legislators|parliamentarians|MPs)\b)"),
    # "Austin, in a call with Philippine Defense Secretary Gilberto Teodoro, said ..."
    ("MEETS", "meet.aside_call", r"{S}\s*,\s+(?:in|during)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:discussion|talks|meeting|call|phone call|conversation)\s+with\s+(?:his\s+|her\s+)?{T}\s*,"),
    # "Anwar announced the ceasefire after hosting talks between Thailand's and Cambodia's prime ministers"
    # "Biden hosted Kishida and Yoon at Camp David on Friday, the first summit of the three": guests hosted together
    # for talks or a summit meet each other too (not guests at a parade)
    ("MEETS", "meet.hosted_pair", r"\b(?:hosted|hosts|hosting|welcomed|welcomes|brought\s+together|brings\s+together|met|meets|meeting)\s+{P}(?!{poss})\s+(?:(?:at|in|for|on)\b[^«».;]{0,80}?\b(?:summit|trilateral|three-way|talks|negotiations)\b|at\s+the\s+(?:White\s+House|Kremlin|Elys[ée]e(?:\s+Palace)?|Oval\s+Office|Chancellery|Blue\s+House|Great\s+Hall\s+of\s+the\s+People)\b)"),
    ("MEETS", "meet.hosted_between", r"{S}\s+{pre}(?:host(?:s|ed|ing)?|chair(?:s|ed|ing)?|mediat(?:es?|ed|ing)|brokered|convened)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|summit|dialogue)\s+between\s+(?:the\s+)?{T}"),
    ("MEETS", "meet.fronted", r"\b(?:[Ii]n|[Dd]uring|[Aa]fter|[Ff]ollowing)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:discussions?|talks|meetings?|calls?|phone calls?|conversations?)\s+with\s+(?:his\s+|her\s+|their\s+)?{T}(?:,?\s+(?:(?:in|on|at|last|this)\s+(?:the\s+)?(?!the\b)(?:[\w-]+|«\d+»)(?:\s+(?:summit|meeting|talks|forum|conference|gathering))?|(?:(?:late|early)\s+)?\w+day)){0,2}(?:\s+(?:on\s+the\s+sidelines|at\s+the\s+margins?)\s+of\s+[^;.,]{0,60}?,|,?)\s+{S}\s"),
    # "After meeting Trump in Japan, Erdogan said": the subject of the main clause met the object
    # "Xi was greeted at the Hanoi airport by Prime Minister Pham Minh Chinh"
    # "A and B signed a peace declaration at the White House on Friday, hosted by President Trump"
    ("MEETS", "meet.then_hosted_by", r"{lead}{S}\s+(?![a-z]+ed\s+by\b)(?:[^;.«»]|«\d+»){0,120}?,\s+(?:(?:which|who)\s+(?:was|were)\s+)?(?:hosted|welcomed|received)\s+by\s+(?:the\s+)?{T}"),
    # "X met Y in Cairo in August, where they signed a defence pact"
    # "Kim ordered the deployment under the mutual defence treaty he signed with Putin": the pronoun is the subject
    # "The Philippines named four more sites where American troops will have access under a 2014 defence agreement with the United States"
    ("ALLIED_WITH", "ally.under_agreement_with", r"{lead}{S}\s(?:(?!\bthat\s+(?:an?|the)\s)[^«»;.]|«\d+»){0,100}?\bunder\s+(?:an?\s+|the\s+|its\s+|their\s+)(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}?" + ALLY_N + r"\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    # "said the United States would stand by its treaty commitments to Japan": the treaty presupposed
    ("ALLIED_WITH", "ally.treaty_commitments_to", r"{S}\s+{pre}(?:stand(?:s|ing)?\s+by|stood\s+by|honou?r(?:s|ed|ing)?|uphold(?:s|ing)?|upheld|reaffirm(?:s|ed|ing)?|fulfil+(?:s|ed|ing)?)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:treaty|defen[cs]e|security|alliance)\s+(?:commitments?|obligations?)\s+(?:to|toward|towards)\s+(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.treaty_he_signed", r"{lead}{S}\s(?:[^;.«»]){0,80}?\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?" + ALLY_N + r"\s+(?:that\s+|which\s+)?(?:he|she|it|they)\s+(?:had\s+|has\s+|have\s+)?(?:signed|sealed|concluded|struck)\s+with\s+(?:the\s+)?{T}"),
    # "The Philippines and the United States have a 1951 mutual defence treaty"
    ("ALLIED_WITH", "ally.pair_have", r"{P}\s+{pre}(?:have|had|share|shared|maintain|maintained)\s+(?:an?\s+|the\s+)?(?:(?!\w+(?:ed|en)\b)[\w-]+\s+){0,3}?" + ALLY_N + r"(?!\s+with\b)"),
    # "US and Filipino troops are taking part in the drills"
    ("ALLIED_WITH", "ally.pair_forces_drills", r"{P}\s+(?:troops|forces|soldiers|sailors|marines|militaries|navies|armies|warships)\s+(?:(?:are|were|will|have|had)\s+)?(?:(?:been|be|also|jointly)\s+)?(?:tak(?:e|es|ing)|took|taken|join(?:s|ed|ing)?)\s+(?:part\s+in\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:drills|exercises|war games|manoeuvres|maneuvers)\b"),
    # "Biden designated Kenya as a major non-NATO ally", "which counts Pakistan as a key ally"
    ("ALLIED_WITH", "ally.designated", r"{S}\s+{pre}(?:designat|nam|declar|recogni[sz]|formally\s+designat|(?:count|regard|consider|view|treat)(?=(?:s|ed|ing)?\s))\w*\s+(?:the\s+)?{T}\s+(?:as\s+)?(?:an?\s+|its\s+)?(?:(?:major|key|strategic|close|closest|main|oldest|strongest|vital|crucial|important|valued|trusted|reliable|loyal|staunch|steadfast)\s+)?(?:non-NATO\s+)?(?:ally|allies|strategic partner)\b"),
    ("ALLIED_WITH", "ally.met_where_signed", r"{S}\s+{pre}(?:met|meets|hosted|hosts|received|visited)\s+(?:with\s+)?{T}\s(?:[^;.«»]|«\d+»){0,60}?,?\s+(?:where|and)\s+(?:they|the two(?:\s+(?:leaders|sides|men|presidents|ministers))?)\s+(?:also\s+)?(?:signed|sealed|inked|concluded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + ALLY_N),
    # "Trump then travelled to Qatar, where Emir Tamim hosted him": "him" is the sentence's traveller
    ("MEETS", "meet.where_hosted_him", r"{lead}{S}\s(?:[^;.«»]|«\d+»){0,80}?,\s+where\s+(?:[^;.«»,]{0,30}?\s)?{T}\s+(?:hosted|welcomed|received|greeted|met(?:\s+with)?|hugged|embraced)\s+(?:him|her)\b"),
    # "Anwar Ibrahim hosted the talks in Putrajaya between X and Y"
    # "Guterres hosted informal talks on Cyprus in Geneva with ... and the foreign ministers of Greece, Turkey and Britain"
    ("MEETS", "meet.hosted_talks_with_of", r"{S}\s+{pre}(?:hosted|hosts|hosting|chaired|chairs|convened|convenes)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meetings?|summit|consultations|discussions|dinner)\s(?:[^;.«»]|«\d+»){0,80}?\bwith\s+(?:[^;.«»]){0,90}?\b(?:ministers?|leaders|presidents|heads\s+of\s+(?:state|government)|envoys|delegations|representatives|counterparts)\s+(?:of|from)\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.hosted_talks_between", r"{S}\s+{pre}(?:hosted|hosts|hosting|chaired|chairs)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|negotiations)\s+(?:in\s+[A-Z][\w-]+\s+)?between\s+(?:the\s+)?{T}"),
    # "Burhan visited Cairo in August for talks with President Abdel Fattah el-Sisi"
    # "Lee held talks with Ishiba in Tokyo on Saturday before flying to Washington": the subject goes on to the next stop
    ("MEETS", "meet.before_flying_to", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?\b(?:before|then|and\s+then|later)\s+(?:flying|travell?ing|heading|flew|travell?ed|headed)\s+(?:on\s+)?to\s+(?:the\s+)?{T}(?!{poss})"),
    # "Zelensky, who had flown to Ankara to meet Erdogan, …"
    ("MEETS", "meet.visit_for_talks_with", r"{S}(?:\s*,\s+who\s+|\s+{pre})(?:had\s+|has\s+|have\s+)?(?:visited|visits|travell?ed\s+(?:on\s+)?(?:to|in)|flew\s+(?:on\s+)?to|flown\s+(?:on\s+)?to|arrived\s+in|went\s+(?:on\s+)?to|gone\s+(?:on\s+)?to|came\s+to|come\s+to|made\s+an?\s+(?:[\w-]+\s+)?(?:stop|stopover)\s+in)\s+(?:the\s+)?(?:«\d+»(?:['’]s)?|[A-Z][\w-]+)\s(?:[^;.«»]){0,50}?\b(?:for\s+(?:(?:two|three|four|five|several|\d+)\s+(?:days|hours|rounds)\s+of\s+|a\s+(?:day|round)\s+of\s+)?(?:talks|a\s+meeting|meetings|consultations|discussions)\s+with|to\s+(?:meet(?:\s+with)?|see|ask|urge|press|brief|consult(?:\s+with)?|hold\s+talks\s+with))\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}?{T}"),
    # "Trudeau raised the matter with Indian Prime Minister Narendra Modi"
    ("MEETS", "meet.raised_with", r"{S}\s+{pre}(?:rais|broach)(?:ed|es|e|ing)\s+(?:(?:the|this|that|these|those|his|her|its|their)\s+(?:[\w-]+\s+)?(?:issues?|matters?|questions?|concerns?|subject|topic|case)|(?:the\s+)?(?:[\w-]+\s+)?(?:human\s+rights|rights|freedoms|plight|fate|detention))\s+(?:directly\s+|personally\s+)?with\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.greeted_by", r"{S}\s+{pre}(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:greeted|welcomed|received|hosted|embraced|hugged)\s+(?:(?:at|in|on|to)\s+(?:[^«»;.,]|«\d+»){0,40}?\s|with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:hug|handshake|embrace|smile|kiss)\s+)?by\s+(?:the\s+)?{T}"),
    # "Nixon arrived in Beijing on Monday and was received by Chairman Mao": the arrival's greeter
    # "Biden arrived in Hiroshima, Japan, today", "Kennedy opened a conference … in San Jose, Costa Rica": a city and its state
    ("MEETS", "meet.in_city_of_state", r"{S}\s+{pre}(?:(?:was|were)\s+(?:(?:still|already|also|then|now|again)\s+)?|(?:arrived|landed|spoke|opened|attended|addressed|stopped|(?:went|flew|travell?ed|came)\s+(?:on\s+)?to)\s+(?:[^«»;.]{0,80}?\s)?)(?:in|to|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2},\s+{T}(?!{poss})(?=\s*[,.;]|\s+(?:on|for|to|where|and|today|tonight|yesterday|this|last|\w+day)\b)"),
    ("MEETS", "meet.arrived_and_greeted_by", r"{S}\s+(?:(?:has|had|finally|also)\s+)?(?:(?:arrived|landed)\s+(?:in|at)|(?:flew|travell?ed|went|came|drove|sailed)\s+(?:on\s+)?to)\s+(?:the\s+)?«\d+»[^«»;.]{0,80}?\s+and\s+(?:was|were)\s+(?:\w+ly\s+)?(?:greeted|welcomed|received|met|hosted|embraced|hugged)\s+(?:(?:at|in|on|to)\s+(?:[^«»;.,]|«\d+»){0,40}?\s)?by\s+(?:the\s+)?{T}"),
    # "Following a lengthy meeting at Bukele's lakeside residence, Rubio lauded …": the host is met
    ("MEETS", "meet.at_residence", r"(?:\A[\s“\"]*|\b)(?:[Aa]fter|[Ff]ollowing|[Dd]uring)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:meeting|talks|dinner|lunch)\s+at\s+{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:residence|home|house|palace|office|estate|dacha|ranch)\b(?:[^«»;.,]|\.(?=\s+\d)){0,40}?,\s+{S}\s"),
    # "Modi urging President Wickremesinghe to respect … during their meeting on July 21"
    ("MEETS", "meet.urging_during_their", r"{S}\s+(?:urg|ask|press|tell|told|assur|reassur)\w*\s+(?:the\s+)?{T}\s+(?:[^«»;.]|«\d+»){0,80}?\b(?:during|at|in)\s+their\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|call|phone call|conversation)\b"),
    # "Albanese signed the Nakamal Agreement with his Vanuatu counterpart, Jotham Napat"
    # "Prabowo agreed on the outline of the deal with von der Leyen in Brussels": an agreement reached with someone somewhere
    ("MEETS", "meet.agreed_with_in", r"{S}\s+{pre}(?:agreed|finali[sz]ed|negotiated|hammered\s+out|clinched|sealed|struck|reached)\s+(?:[^«»;.]{0,60}?\s)?with\s+(?:(?:his|her)\s+(?:«\d+»\s+)?(?:counterpart,?\s+)?)?{T}(?!{poss})\s+(?:in|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+|«\d+»)"),
    # "Yeltsin became the first Russian leader to visit South Korea, signing a treaty with President Roh Tae-woo": the subject signs
    ("MEETS", "meet.act_signing_with", r"{lead}{S}\s(?:[^«»;.]|«\d+»|\.(?=\d)){0,150}?,\s+(?:signing|inking)\s+(?!nothing\b|no\b)(?:[^«»;.]{0,60}?\s)?with\s+(?:(?:his|her)\s+(?:«\d+»\s+)?(?:counterpart,?\s+)?)?{T}(?!{poss})"),
    # (who signs for a state may name it: "signed for Washington and afterwards held talks with Gromyko")
    ("MEETS", "meet.signed_with_counterpart", r"{S}\s+{pre}(?:signed|inked)\s+(?:(?:[^«»;.]|(?<=\bfor\s)«\d+»){0,60}?\s)?with\s+(?:(?:his|her)\s+(?:«\d+»\s+)?(?:counterpart,?\s+)?)?{T}(?!{poss})(?!\s+(?:looking\s+on|watching|present|in\s+attendance|at\s+(?:his|her|their)\s+side)\b)"),
    ("MEETS", "meet.after_meeting", r"(?:\A[\s“\"]*|\b(?:[Aa]fter|[Ff]ollowing|[Ss]ince)\s+)(?:[Mm]eeting|[Vv]isiting|[Hh]osting|[Ww]elcoming|[Rr]eceiving|[Gg]reeting|talks with)\s+(?:with\s+)?(?:the\s+)?{T}(?!{poss})(?:[^«»;.,]|«\d+»|\.(?=\s+\d)){0,80}?,\s+{S}\s"),
    # "As he greeted Mr. Ruto upon his arrival in Washington, Mr. Biden …"
    ("MEETS", "meet.as_he_greeted", r"\A[\s“\"]*(?:As|When|While|After)\s+(?:he|she|«\d+»)\s+(?:greeted|welcomed|hosted|received|met(?:\s+with)?)\s+(?:the\s+)?{T}(?!{poss})(?:[^«»;.,]|«\d+»){0,80}?,\s+{S}\s"),
    ("MEETS", "meet.red_carpet", r"{S}\s+{pre}(?:roll|rolled|rolling|rolls)\s+out\s+the\s+red\s+carpet\s+(?:\w+\s+){0,2}?for\s+(?:the\s+|(?:his|her|their)\s+)?(?:(?:«\d+»\s+)?counterparts?,?\s+)?{T}"),
    # "Biden convened the Quad in Delaware, meeting with leaders from India, Australia and Japan"
    # "Speaking after two hours of talks with Xi in Busan, Trump declared …"; "Trump wrapped up his tour after a meeting with Xi"
    ("MEETS", "meet.after_talks_with", r"\b(?:[Aa]fter|[Ff]ollowing)\s+(?:[\w-]+\s+){0,6}?(?:talks|meetings?|discussions|summit)\s+with\s+(?:the\s+)?{T}(?!{poss})(?:[^«»;.,]|«\d+»|\.(?=\s+\d)){0,40}?,\s+{S}\s"),
    # "X said after meeting Y", "X told a joint press conference with Y", "X said to Y at their meeting"
    # "Mongolia gave Putin a red-carpet welcome in Ulaanbaatar"
    ("MEETS", "meet.gave_welcome", r"{S}\s+{pre}(?:gave|gives|giving|given|accorded|extended)\s+(?:the\s+)?{T}(?!{poss})\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:welcome|reception)\b"),
    # "The talks were hosted by Saudi Arabia and attended by Zelensky"
    ("MEETS", "meet.hosted_and_attended_by", r"\b(?:hosted|organi[sz]ed|convened)\s+by\s+(?:the\s+)?{T}(?!{poss})\s+and\s+(?:was\s+|were\s+)?attended\s+by\s+(?:the\s+)?{S}(?!{poss})"),
    # "In Warsaw, Tusk pressed Merz over Germany's plans": two leaders in one place
    ("MEETS", "meet.in_place_told", r"\A[\s“\"]*(?:In|At)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,\s+{S}\s+(?:\w+ly\s+)?(?:pressed|urged|told|assured|warned|thanked|asked|reassured|greeted|praised|hugged|embraced)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Driscoll travelled to Kyiv to present the plan to Zelensky"
    ("MEETS", "meet.travelled_to_present", r"{S}\s+{pre}(?:travell?ed|flew|went|came|arrived)\s+(?:in|to)\s+(?:the\s+)?«\d+»\s+(?:[\w.-]+\s+){0,6}?to\s+(?:present|deliver|hand(?:\s+over)?|explain|show|outline)\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.said_after_meeting", r"(?:{lead}|,[”\"]\s+|[”\"],\s+|,\s+){S}\s+(?:said|says|told\s+[^«»;.]{0,40}?|added|wrote)\s+(?:after|following|before)\s+(?:meeting|hosting|receiving|visiting)\s+(?:with\s+)?(?:the\s+)?{T}(?!{poss})"),
    # "Trump granted Hungary an exemption after hosting Orban at the White House": the main clause's subject hosts
    ("MEETS", "meet.did_after_hosting", r"{lead}{S}\s+(?:\w+ly\s+|also\s+)?(?:has\s+|have\s+|had\s+)?(?-i:[a-z])+(?:ed|s)\s(?:[^;.«»]|«\d+»){0,80}?\b(?:after|before|while|upon)\s+(?:meeting|hosting|receiving|welcoming)\s+(?:with\s+)?(?:the\s+)?{T}(?!{poss})"),
    # "At a joint news conference, Clinton said …, and Jiang defended it": the two who spoke at it met
    # "Clinton pledged $1.6 billion in aid to Yeltsin at their first summit in Vancouver": the two at "their" summit met
    # "Bill Clinton and Jiang Zemin clashed over human rights at an unprecedented news conference in Beijing": a pair who argued there met
    # "Taiwan, which the Solomon Islands recognises, …": the recogniser after the relative
    ("SUPPORTS", "support.which_recognises", r"(?<!\bin )(?<!\bat ){T}(?:\s+in\s+«\d+»)?,\s+which\s+(?:the\s+)?{S}\s+(?:still\s+|formally\s+|officially\s+|also\s+)?(?:recognises|recognizes|recognised|recognized|recognise|recognize)\b"),
    # "Albanese and Tuvalu's prime minister, Kausea Natano, announced the deal on the sidelines of the Pacific Islands Forum"
    # "Thatcher also saw the Soviet Foreign Minister, Andrei Gromyko": one leader saw another (people only: "saw Russia as a threat" is no meeting)
    ("MEETS", "meet.saw_person", r"{S}\s+{pre}(?:saw|(?<=after\s)seeing|(?<=before\s)seeing)\s+(?:the\s+)?{T}(?=\s*[,.;]|\s+(?:on|in|at|during|after|before|and|for|this|last|yesterday|today|twice|again|privately|alone|briefly|separately)\b)(?!\s+on\s+(?:television|TV)\b)(?![^.;]{0,60}?\bas\b)"),
    ("MEETS", "meet.pair_on_sidelines", r"{P}\s+{pre}(?:[a-z]+ed|met|spoke|held|signed|sealed|struck|unveiled|agreed|shook\s+hands)\s(?:[^;.«»]|«\d+»){0,60}?\b(?:on\s+the\s+(?:sidelines|margins?)|at\s+the\s+margins?)\s+of\b"),
    ("MEETS", "meet.pair_clashed_at", r"{P}\s+{pre}(?:clashed|sparred|argued|disagreed|quarrell?ed|traded\s+(?:barbs|jabs|accusations))\s(?:[^;.«»]){0,60}?\b(?:at|during)\s+(?:an?\s+|the\s+|their\s+)(?:[\w-]+\s+){0,2}?(?:news\s+conference|press\s+conference|summit|meeting|talks|dinner|lunch)\b"),
    # "Xi chose Russia for his first trip abroad as China's president, and held talks with Putin": the subject's second verb
    ("MEETS", "meet.and_held_talks", r"{lead}{S}\s(?:[^;.]|«\d+»){0,120}?,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:held|had)\s+(?:[\w-]+\s+)?talks\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.at_their_summit", r"{S}\s+{pre}(?:[^;.«»]|\.(?=\d)){0,80}?\b(?:to|with|for|on)\s+(?:the\s+)?{T}\s+(?:at|during)\s+their\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks)\b"),
    ("MEETS", "meet.fronted_joint_conference", r"\A[\s“\"]*(?:At|During|In)\s+(?:a|an|the|their)\s+joint\s+(?:press|news)\s+conference\b[^«»;.]{0,40}?,\s+{S}\s+(?:[^;.]|«\d+»){0,160}?\b(?:and|while|but|whereas)\s+{T}\s+(?:\w+ly\s+|also\s+)?(?-i:[a-z])+(?:ed|s)\b"),
    ("MEETS", "meet.joint_conference", r"{S}\s+{pre}(?:told|addressed|gave|gives|held|holds|hold)\s+(?:an?\s+|the\s+)?joint\s+(?:press|news)\s+conference\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    # (also "Trump ambushed Ramaphosa during a meeting at the White House", not "… a meeting with Z")
    ("MEETS", "meet.told_at_meeting", r"{S}\s+{pre}(?:said|told|spoke|ambushed|confronted|berated|pressed|urged|thanked|praised|assured|reassured)\s+(?:to\s+)?(?:the\s+)?{T}\s+(?:at|during|in)\s+(?:their|a|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit)\b(?!\s+with\b)"),
    # "Xi pledged deeper cooperation with Bangladeshi counterpart Muhammad Yunus in a meeting" (not "reaching agreement with Xi during the summit")
    # "Nyusi thanked Kagame for his support during a visit to Kigali": said to the other in person
    ("MEETS", "meet.addressed_during_visit", r"{S}\s+{pre}(?:thanked|praised|assured|reassured|told|urged|briefed|congratulated|awarded|decorated|honou?red|greeted|hugged|embraced|lauded|commended)\s+(?:the\s+)?{T}\s+(?:[^«»;.]){0,60}?\b(?:during|on)\s+(?:an?|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+(?:to|in)\s+(?:the\s+)?«\d+»"),
    # "he delivered a letter from Supreme Leader Khamenei to Putin": handed over in person
    # "Gorbachev handed President Wojciech Jaruzelski documents on the massacre": a thing handed to a leader in person
    ("MEETS", "meet.handed_leader_thing", r"{S}\s+{pre}(?:handed|gave|presented)\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:a|an|the|his|her|two|three|several|some|copies\s+of)\s+)?(?:[\w-]+\s+){0,2}?(?:documents?|files|papers|archives|letters?|message|gifts?|copy|photographs?|portrait|map|book|flag|ball|medal|invitation|dossier)\b"),
    ("MEETS", "meet.delivered_letter", r"{S}\s+{pre}(?:delivered|handed(?:\s+over)?|presented)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|invitation|documents?|credentials|instruments?(?:\s+of\s+[\w-]+)?)(?:\s+from\s+(?:[^«»;.,]|«\d+»){0,50}?)?\s+to\s+(?:the\s+)?{T}(?!{poss})"),  # ("handed over the accession documents to Blinken")
    # "X attended the ceremony with Taliban Prime Minister Akhund": there together
    ("MEETS", "meet.attended_with", r"{S}\s+{pre}(?:attended|attends|attending)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:ceremony|summit|parade|meeting|talks|signing|inauguration|opening|launch|celebrations?|dinner|banquet|reception|funeral|service|event)\s+(?:(?:together\s+)?with|(?:hosted|given|held|organi[sz]ed|thrown)\s+by)\s+(?:the\s+)?{T}(?!{poss})"),  # ("a dinner hosted by the Dutch king")
    # "Prabowo met Xi Jinping in Beijing and Vladimir Putin in Moscow": a second person met, in a place of their own
    ("MEETS", "meet.second_in_place", r"{S}\s+{pre}(?:met|meets|visited|hosted|received)\s+(?:the\s+)?«\d+»\s+in\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,2}(?:on\s+\w+day\s+|in\s+(?-i:[A-Z])\w+\s+)?and\s+(?:the\s+)?{T}\s+in\s+(?-i:[A-Z])"),
    ("MEETS", "meet.with_in_meeting", r"{S}\s+{pre}[^«»;.]{0,30}?\b(?:cooperation|ties|relations|partnership|friendship|trade|security|issues|matters)\s+with\s+(?:his\s+|her\s+)?(?:(?:«\d+»\s+)?counterpart,?\s+)?{T},?\s+(?:in|at|during)\s+(?:an?|the|their)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit)\b"),
    # "Xi told Yunus on Friday that …": one leader told another (both leaders)
    # "Hatoyama expressed his condolences to Lee in a telephone call": words passed in a call
    ("MEETS", "meet.conveyed_in_call", r"{S}\s+{pre}(?:expressed|conveyed|offered|extended|voiced|reiterated|passed\s+on)\s+(?:his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:condolences|sympath(?:y|ies)|support|congratulations|thanks|gratitude|concerns?|solidarity|regrets?|wishes)\s+to\s+(?:his\s+|her\s+)?(?:(?:«\d+»\s+)?counterpart,?\s+)?{T}(?!{poss})\s+(?:(?:on\s+)?\w+day\s+)?(?:in|during|by|over)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:telephone|phone)(?:\s+(?:call|conversation))?\b"),
    # "Wang was told by German Foreign Minister Heiko Maas that …": told in person, said the other way round
    ("MEETS", "meet.was_told_by", r"{T}\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:told|assured|reassured)\s+by\s+{S}\s+(?:(?:on|last|this)\s+\w+\s+|\w+day\s+)?(?:that|about)\b"),
    # ("told Putin as they shook hands that he needed to get out of Ukraine")
    # "Putin surprised Bush at the G8 summit by proposing …", "Lula pressed Biden at their talks": what a leader did to another at a meeting (leaders only)
    ("MEETS", "meet.did_to_at_summit", r"{S}\s+{pre}(?:surprised|stunned|told|assured|reassured|urged|pressed|warned|thanked|asked|lectured|berated|confronted|challenged|greeted|embraced|praised|invited)\s+(?:the\s+)?{T}(?!{poss})\s+(?:(?:on|last|this)\s+\w+\s+|\w+day\s+)?(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:an?\s+|the\s+|their\s+)?(?:(?:[\w-]+|«\d+»)\s+){0,4}?(?:summit|talks|meeting|dinner|lunch|banquet|news\s+conference|press\s+conference)\b(?!\s+(?:with|of|for|between)\b)"),
    ("MEETS", "meet.told_leader", r"{S}\s+{pre}(?:told|assured|reassured|(?:overheard|heard|caught)\s+telling)\s+{T}\s+" + AS_THEY_MET + r"(?:(?:on|last|this)\s+\w+\s+|\w+day\s+)?(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?(?:(?:on|last|this)\s+\w+\s+|\w+day\s+)?(?:that\b|about\b|(?=(?:he|she|they|his|her)\s+(?:would|will|was|is|had|has|wanted|wants|could|can)\b))"),
    # "a ceremony attended by visiting President Putin and his Uzbek counterpart Shavkat Mirziyoyev"
    ("MEETS", "meet.attended_by", r"\b(?:ceremony|summit|meeting|talks|dinner|banquet|reception|signing)\s+(?:[^«»;.]{0,20}?\s)?attended\s+by\s+(?:the\s+)?(?:visiting\s+)?(?:{P}|{S}\s+and\s+(?:his|her)\s+(?:«\d+»\s+)?(?:counterpart,?\s+)?{T})"),
    ("MEETS", "meet.subject_after", r"(?:{lead}|,[”\"]\s+|[”\"],\s+|,\s+(?=«\d+»\s+(?:said|says|told|added|announced|announces|wrote|declared|confirmed)\b)){S}\s+(?:[^«»;.]{0,80}?\s)?(?:after|following|during|at|in)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit|discussions?|phone call|call|conversation|speaking|talking|press conference|news conference)\s+(?:by\s+(?:tele)?phone\s+|(?:in|at)\s+(?:[A-Z][\w-]+|«\d+»)(?:\s+[A-Z][\w-]+)?\s+)?with\s+(?:the\s+|his\s+|her\s+)?(?:(?:«\d+»\s+)?(?:leaders|officials|counterparts),?\s+(?:including|such as)\s+(?:the\s+)?)?{T}(?!{poss})"),
    ("MEETS", "meet.participle", r"\A(?:[^«»;.]{0,40}?)?{S}\s(?:[^«»;.]|«\d+»){0,100}?,\s+(?:meeting|holding talks)\s+(?:(?:in|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?=with\s))?(?:with\s+)?(?:the\s+)?(?:(?:leaders?|heads? of (?:state|government)|presidents?|prime ministers?|counterparts?)\s+(?:from|of)\s+(?:the\s+)?)?{T}(?!{poss})"),
    ("MEETS", "meet.pair_when_they", r"(?:{P}|{S}\s+and\s+(?:his|her|their)\s+{T})\s[^«»;.]{0,80}?\b(?:when|as|after|where)\s+(?:they|the pair|the two(?: leaders| presidents)?|both leaders)\s+(?:met|held talks|talked|spoke)\b"),
    # "As comprehensive strategic partners, China and Brazil …"
    ("ALLIED_WITH", "ally.as_partners", r"\b[Aa]s\s+(?:(?:comprehensive|global|close|strategic|longtime|long-time|treaty)\s+)*(?:strategic\s+partners|allies)\s*,\s+{P}"),
    # "released 52 prisoners after talks with a US envoy": the envoy's state
    ("MEETS", "meet.talks_with_envoy", r"{S}\s+{pre}(?:talks|meetings?|consultations|negotiations)\s+with\s+(?:an?\s+|the\s+)?{T}\s+(?:(?:special|senior|top|presidential|peace)\s+)?(?:envoys?|delegations?|officials?|diplomats?|negotiators?|emissar(?:y|ies)|representatives?)\b"),
    # "The talks, the first between the two leaders since …", "The meeting was the first between …"
    ("MEETS", "meet.talks_first_between", r"\b(?:meeting|talks|summit|negotiations|encounter)\s*,?\s+(?:(?:were|was|is|are|marked)\s+)?the\s+first\s+(?:(?:such|direct|face-to-face|in-person|formal|official|high-level)\s+)*(?:(?:meeting|talks|summit|encounter|contact)\s+)?between\s+(?:the\s+)?{P}"),
    # "Xi Jinping was the guest of honour at Russia's Victory Day parade"
    ("MEETS", "meet.guest_at", r"{S}\s+{pre}(?:was|is|were|are|will\s+be|be)\s+(?:the\s+|a\s+)?(?:guest\s+of\s+honou?r|chief\s+guest|main\s+guest|star\s+guest)\s+at\s+(?:the\s+)?{T}['’]s\b"),
    # "Talks on a new trade agreement were held in Canberra last week between Australia and the EU"
    ("MEETS", "meet.talks_held_between", r"\b(?:[Tt]alks|[Mm]eetings?|[Nn]egotiations|[Cc]onsultations)\s+(?:[^«»;.]{0,50}?\s)?(?:were|was|have\s+been|had\s+been)\s+held\s+(?:[^«»;.]{0,40}?\s)?between\s+(?:the\s+)?{P}"),
    # "bargaining in Moscow between Chancellor Konrad Adenauer and Soviet leaders": a person and a state's leaders (no list)
    ("MEETS", "meet.between_person_and_leaders", r"(?<!\bany\s)(?<!\bfuture\s)(?<!\bpossible\s)(?<!\bpotential\s)(?<!\bproposed\s)\b(?:meeting|talks|summit|negotiations|discussions|consultations|bargaining)\s+(?:(?:in|on|last|this|early|late)\s+[^«»;,]{0,40}?)?between\s+(?:the\s+)?{S}\s+and\s+(?:the\s+)?{T}\s+(?:leaders|leadership|officials|negotiators)\b"),
    # "the EU-Russia summit", "the Putin-Trump talks": the two sides met (not one planned, cancelled or called off)
    ("MEETS", "meet.hyphen_summit", r"(?<![\w-]){S}-{T}(?!-)\s+(?:(?:annual|bilateral|trade|peace|security|strategic|high-level)\s+)?(?:summit|talks|meeting|dialogue|negotiations)\b(?!\s+(?:will|would|next|is\s+(?:due|expected|scheduled|set|planned)|(?:was|were|has\s+been|have\s+been)\s+(?:cancelled|canceled|called\s+off|postponed|scrapped|suspended|frozen)))"),
    # "Medvedev, attending a meeting of the NATO-Russia Council": who attends meets both sides (his own dropped)
    ("MEETS", "meet.attended_hyphen_first", r"{S}(?:\s+{pre}|\s*,\s+)" + ATTENDED_HYPHEN + r"{T}-«\d+»(?!-)\s+" + HYPHEN_MEETING),
    ("MEETS", "meet.attended_hyphen_second", r"{S}(?:\s+{pre}|\s*,\s+)" + ATTENDED_HYPHEN + r"«\d+»-{T}(?!-)\s+" + HYPHEN_MEETING),
    ("MEETS", "meet.between", r"(?<!through\s)(?<!via\s)(?<!\bany\s)(?<!\bany\speace\s)(?<!\bfuture\s)(?<!\bpossible\s)(?<!\bpotential\s)(?<!\bproposed\s)\b(?:meeting|talks|summit|phone call|call|negotiations|discussions|conversations?|consultations|bargaining)\s+(?:(?:took|take|takes|will take)\s+place\s+)?(?:(?:in|on|last|this|early|late)\s+(?:[^«»;,]|,(?=\s+\d)){0,40}?)?(?:(?:brokered|hosted|mediated|arranged|organi[sz]ed)\s+by\s+[^«»;]{0,40}?«\d+»\s+)?between\s+(?:the\s+)?(?:(?:delegations|representatives|officials|teams|negotiators|envoys)\s+(?:of|from)\s+(?:the\s+)?)?{P}"),  # "a meeting in Doha on March 18, 2025, between"
    ("MEETS", "meet.counterpart", r"\b(?:meeting|talks|discussions|summit|phone call|call|consultations)\s+between\s+{S}\s+and\s+(?:his|her|their)\s+(?:(?:[\w-]+\s+)?counterparts?,?\s+)?{T}"),
    # "Modi extended Vietnam a credit line on Saturday, during the first visit to Hanoi by an Indian prime minister in
    # 15 years": the leader who leads the sentence made the visit (a person only)
    ("MEETS", "meet.first_visit_by", r"{lead}{S}\s(?:[^;«»]|«\d+»){0,160}?(?:,\s+(?:during|on|in|the)\s+(?:the\s+|what\s+(?:was|is)\s+the\s+)?|\s+at\s+the\s+(?:start|beginning|end|close)\s+of\s+the\s+)first\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\s+(?:the\s+)?{T}\s+by\s+(?:an?\s+|the\s+)?(?:sitting\s+)?«\d+»\s+(?:prime\s+minister|premier|president|leader|head\s+of\s+(?:state|government)|chancellor|monarch|king|queen)\b"),
    # "Bush had sent Secretary of State Condoleezza Rice to Nairobi": the person sent visits (a person only)
    ("MEETS", "meet.was_sent_to", r"\bsen(?:t|ds|ding)\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w-]+\s+){0,4}?{S}\s+(?:(?:on\s+)?\w+day\s+|last\s+week\s+|a\s+week\s+earlier\s+)?to\s+(?:the\s+)?{T}(?!{poss}|-)(?!\s+(?:to\s+)?(?:attend|join)\b)"),
    ("MEETS", "meet.on_visit", r"{S}\s+{pre}(?:(?:is|was|are|were|arrived|arrives|arriving|travell?ed|flew|went|came|boarded|left|departed|headed|set off|embarked)\s+(?:[\w-]+\s+){0,5}?)?(?:on|for|during)\s+(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)(?:,\s+(?:his|her|their)\s+(?:\w+\s+)?first)?\s+(?:to|in)\s+(?:the\s+)?{T}"),
    # "Li is currently in Australia on a four-day visit"
    ("MEETS", "meet.in_on_visit", r"{S}\s+{pre}(?:is|was|are|were)\s+(?:\w+\s+)?in\s+(?:the\s+)?{T}\s+(?:on|for)\s+(?:(?:an?|his|her|their|the)\s+)?(?:[\w-]+\s+){0,6}?(?:visit|trip|tour|(?:trade|business|diplomatic)\s+mission|talks|summit|meetings?|negotiations|consultations)\b"),
    # "Brende, in Beijing to sign the agreement, said", "President Bush, in Mexico for talks with Fox, called": an
    # apposed stay for talks (an opener with its own gate, so that ", in «" does not open every meeting rule)
    ("MEETS", "meet.apposed_in_for", r"{S}\s*,\s+in\s+(?:the\s+)?{T}\s+(?:(?:on|for)\s+(?:(?:an?|his|her|their|the)\s+)?(?:[\w-]+\s+){0,6}?(?:visit|trip|tour|(?:trade|business|diplomatic)\s+mission|talks|summit|meetings?|negotiations|consultations)\b|to\s+(?:sign|attend|meet|hold|join)\b)"),
    # "Rubio was in El Salvador for talks Monday with President Nayib Bukele"
    ("MEETS", "meet.in_for_talks_with", r"{S}\s+{pre}(?:is|was|are|were)\s+in\s+(?:the\s+)?«\d+»\s+for\s+(?:talks|meetings?|a meeting)\s+(?:(?:on\s+)?\w+day\s+)?with\s+(?:the\s+)?{T}"),
    # "Lavrov met Kim on Saturday during his visit to North Korea": the subject's own visit
    # "the agreement was worked out by Kissinger during his talks with Sadat": his talks, those of the person who leads the sentence or acts (a person's only; not "Xi hosted Lula in Beijing, a week after his talks with Putin")
    ("MEETS", "meet.poss_talks_with", r"(?:{lead}|\bby\s+){S},?\s(?:[^«»;.,]){0,80}?\b(?:during|in|at|after|following)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|conversations?|discussions|negotiations)\s+with\s+(?:the\s+)?{T}"),
    # (not across a clause with a subject of its own: "… after Emperor Bokassa was deposed while he was on a visit to Libya")
    ("MEETS", "meet.subject_visit", r"(?:{lead}|,\s+(?=«\d+»\s+(?:said|says|told|added)\b)){S},?\s(?:(?!\b(?:while|when|as|because|since)\s+(?:he|she)\b)(?:[^«»;.]|«\d+»(?!\s+(?:said|says|told|added)\b))){0,100}?\b(?:during|on|(?<!ahead\s)(?<!head\s)of|after|from)\s+(?:his|her|an?)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+(?:to|in)\s+(?:the\s+)?{T}"),
    # "Nasser came home last week from nearly three weeks in the Soviet Union": a stay is a visit
    ("MEETS", "meet.returned_from_stay", r"{S}\s+{pre}(?:came|comes|returned|returns|got|flew|arrived)\s+(?:back\s+|home\s+)?(?:(?:last\s+week|last\s+month|on\s+\w+day|yesterday|today)\s+)?from\s+(?:(?:nearly|almost|about|more\s+than|some|over)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:days?|weeks?|months?)\s+(?:in|touring|of\s+talks\s+in)\s+(?:the\s+)?{T}"),
    ("MEETS", "meet.during_visit", r"(?:\A[\s“\"]*|[;:]\s+)(?:[Dd]uring|[Oo]n|[Aa]fter|[Ii]n)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:day|leg|part|stage|stop)\s+of\s+)?(?:his|her|an?)\s+(?:[\w-]+\s+){0,2}?visit\s+to\s+(?:the\s+)?{T}(?:\s+(?:in|on|last|this)\s+[^«»,;.]{1,25})?,\s+{S}\s"),
    # "Modi's Ukraine visit", "Trump's China trip"
    ("MEETS", "meet.poss_state_visit", r"{S}{poss}\s+(?:[\w-]+\s+)?{T}\s+(?:visit|trip|tour)\b"),
    ("MEETS", "meet.visit_by", r"\b(?:visit|trip)\s+(?:by|of)\s+(?:the\s+)?{S}\s+(?:to|in)\s+(?:the\s+)?{T}"),
    # "Yerevan agreed to buy howitzers from France during a visit by French Defence Minister Sebastien Lecornu": the subject's state is visited
    ("MEETS", "meet.subject_visited_by", r"{lead}(?:the\s+)?{T}\s(?:[^«»;.]|«\d+»){0,120}?\b(?:during|on|after)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?visit\s+(?:there\s+)?by\s+(?:the\s+)?(?:visiting\s+)?{S}(?!{poss}|\s+to\b|\s+and\b)"),
    # "during a visit to Berlin by President Volodymyr Zelensky"
    # "The SADC sent a delegation to Antananarivo", "Qatar dispatched its foreign minister to Kabul"
    # "a reciprocal access agreement allowing Japanese and Philippine troops to train in each other's territory"
    ("ALLIED_WITH", "ally.pact_allowing_pair", r"\b(?:reciprocal\s+access|visiting\s+forces|status\s+of\s+forces|defen[cs]e(?:\s+cooperation)?|security|military)\s+(?:agreement|pact|accord|treaty|deal)\s+(?:allowing|that\s+allows|which\s+allows|permitting|that\s+permits|letting|that\s+lets)\s+{P}\s+(?:troops|forces|soldiers|militaries|armed\s+forces)\b"),
    # "sent its mediator, Abdulsalami Abubakar, a former Nigerian head of state, to Niamey": the envoy named visits
    ("MEETS", "meet.sent_named_envoy", r"\b(?:sent|sends|sending|dispatched|dispatches|dispatching)\s+(?:an?\s+|its\s+|their\s+|his\s+|her\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:envoys?|emissar(?:y|ies)|negotiators?|mediators?|representatives?|(?:foreign|defen[cs]e)\s+ministers?|secretary\s+of\s+state),\s+{S},?\s+to\s+(?:the\s+)?{T}(?!{poss})(?!\s+(?:talks|summit|meeting|conference)\b)"),
    ("MEETS", "meet.sent_delegation", r"{S}\s+{pre}(?:sent|sends|sending|dispatched|dispatches|dispatching)\s+(?:an?\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:delegations?|envoys?|emissar(?:y|ies)|negotiators?|mediators?|(?:foreign|defen[cs]e)\s+ministers?)\s+to\s+(?:the\s+)?{T}(?!{poss})(?!\s+(?:talks|summit|meeting|conference)\b)"),
    # "Kyiv was visited this week by Polish President Andrzej Duda"
    ("MEETS", "meet.was_visited_by", r"{T}\s+(?:was|were|has\s+been|had\s+been|is\s+being|will\s+be)\s+(?:\w+ly\s+)?visited\s+(?:[^«»;.,]{0,40}?\s)?by\s+(?:the\s+)?{S}(?!{poss})"),
    ("MEETS", "meet.visit_to_by", r"\b(?:visit|trip)\s+to\s+(?:the\s+)?{T}\s+by\s+(?:the\s+)?(?!(?:[\w-]+\s+){0,2}?(?:leader|president|prime\s+minister|premier|chancellor|king|queen|monarch|emperor|emir|sultan|ruler|minister|head\s+of\s+(?:state|government))s?\s+of\s)(?:[A-Z]?[\w-]+\s+){0,3}?{S}(?!\s+(?:[a-z]+\s+)?(?:leaders?|officials?|delegations?|ministers?|envoys?|diplomats?|heads?\s+of\s+(?:state|government)|presidents?|premiers?|chancellors?|monarchs?|kings?|queens?|emperors?|empress|emirs?|sultans?|rulers?|princes?|princess)\b)"),
    # ("pressing ahead with visits to France and Britain": criticised for them, he made them)
    # "landed at Portsmouth on Wednesday from the cruiser Ordzhonikidze to begin a ten-day visit to Britain"
    ("MEETS", "meet.arrived_to_begin_visit", r"{S}\s+{pre}(?:arrived|landed|flew|came|sailed|docked)\b[^«»;.]{0,90}?\bto\s+(?:begin|start|make|pay|open)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+(?:to|of)\s+(?:the\s+)?{T}"),
    # "went to London to put the case to Foreign Secretary Michael Stewart": one person arguing before another (relations.PEOPLE_SIDES)
    ("MEETS", "meet.put_case_to", r"{S}\s+(?:{pre}|(?:went|flew|travelled|traveled|came)\s+to\s+«\d+»\s+to\s+)(?:put|puts|putting|present(?:s|ed|ing)?|laid|lays|laying|argu(?:es?|ed|ing)|plead(?:s|ed|ing)?)\s+(?:the|his|her|their|its)\s+case\s+(?:in\s+person\s+)?to\s+{T}"),
    # "The Pentagon counts about 2,000 of its servicemen on Greek bases"
    ("DEPLOYS_TROOPS", "troops.on_state_bases", r"{S}\s+{pre}(?:has|have|had|keeps?|kept|maintains?|maintained|counts?|counted|stations?|stationed)\s+(?:(?:about|some|nearly|more\s+than|around|over|up\s+to)\s+)?[\d,]+\s+(?:of\s+(?:its|their|«\d+»)\s+)?(?:[\w-]+\s+)?{TR}\s+(?:on|at|in)\s+{T}(?!{poss})\s+(?:(?:air|naval|military|army)\s+)?(?:bases|airfields|air\s?bases)\b"),
    # "ended their Asian tour in Kabul": the tour's place, a capital read as a visit (mentions.STAYS)
    ("MEETS", "meet.tour_in", r"{S}\s+{pre}(?:ended|ends|ending|concluded|concludes|began|begins|beginning|started|starts|finished|completed|wrapped\s+up)\s+(?:his|her|their|its|an?|the)\s+(?:[\w-]+\s+){0,3}?(?:tour|visit|trip|journey)\s+(?:of\s+[^«»;.,]{1,30}?\s)?in\s+{T}(?!{poss})"),
    ("MEETS", "meet.made_visit", r"{S}\s+{pre}(?:made|makes?|making|paid|pays?|paying|began|begins?|beginning|commenced|commences?|started|starts?|starting|wrapped up|concluded|completed|completes|ended|cut short|(?:went|goes|go|going|gone|press(?:ed|es|ing)?|push(?:ed|es|ing)?)\s+ahead\s+with)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:visits?|trips?|tour)\s+to\s+(?:the\s+)?{T}"),
    # "Vucic spoke during his visit to Paris and talks with Macron", "during Vucic's visit to Paris and his meeting with Macron"
    ("MEETS", "meet.visit_and_talks", r"{S}(?:{poss}\s+|\s(?:[^«»;.]|«\d+»){0,100}?\b(?:his|her)\s+)(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+to\s+(?:the\s+)?«\d+»\s+and\s+(?:(?:his|her)\s+)?(?:talks|meetings?|discussions|conversations?)\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.on_visit_aside", r"{S}\s*,\s+(?:(?:on|during)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\s+(?:to|in)|(?P<vis>(?:while\s+)?visiting))\s+(?:the\s+)?{T}(?(vis)(?=\s*[,.;]|\s+(?:for|on|this|last|and)\b))"),
    # "In a landmark meeting held in Beijing, China and Kenya declared …"
    # "Nasser, who had spent the week at Brioni with Marshal Tito": days spent together
    ("MEETS", "meet.spent_days_with", r"{S}\s+{pre}(?:spent|spends|spending)\s+(?:the|a|an|two|three|four|five|several|many)\s+(?:[\w-]+\s+)?(?:days?|week|weeks|weekend|hours?|evening|afternoon|morning)\s+"
     r"(?:(?:at|in|on)\s+(?:[^«»;.,]|«\d+»){1,30}?\s+)?(?:with|together\s+with)\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:host|hosts|counterparts?|guests?),?\s+)?{T}"),
    # (or a summit named before a relative "where": "follows the summit in Moscow in May, where Nixon and Brezhnev agreed")
    ("MEETS", "meet.fronted_pair", r"(?:(?:\A[\s“\"]*|;\s+)(?:[Ii]n|[Dd]uring|[Aa]t)\s+|(?P<rel>\b))(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit)(?:\s+(?:held\s+)?(?:in|at|on)\s+(?:[^«»;.,]|«\d+»){1,30}?)?,\s+(?(rel)(?:where|at\s+which)\s+){P}\s"),
    # "Xi welcomed President Ruto to China", "Ruto was welcomed to China by Xi": the guest visits the state
    ("MEETS", "meet.welcomed_to", r"\bwelcom(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?{S}\s+to\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.was_welcomed_to", r"{S}\s+(?:was|were|is|are|has been|had been)\s+(?:\w+ly\s+)?(?:welcomed|received|hosted|feted)\s+(?:to|at|in)\s+(?:the\s+)?{T}(?!{poss})"),
    # "To Lam left Beijing on August 20, concluding an official state visit to China"
    ("MEETS", "meet.concluding_visit", r"{S}\s+(?:(?!\bsaid\b|\bthat\b)[^«»;.]|«\d+»){0,100}?,\s+(?:concluding|wrapping up|ending|completing|beginning|starting|kicking off|opening)\s+(?:an?|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+(?:to|of)\s+(?:the\s+)?{T}(?!{poss})"),
    # "To Lam held talks with Xi, and met other Chinese leaders, including Premier Li Qiang"
    ("MEETS", "meet.leaders_including", r"{S}\s+{pre}(?:(?!\bsaid\b|\bthat\b)[^«»;.]|«\d+»){0,80}?\b(?:met|meets|meeting)\s+(?:with\s+)?(?:(?:other|several|senior|top|[\w-]+|«\d+»)\s+){0,3}?(?:leaders|officials|dignitaries|figures)\s*,?\s+(?:including|such as|among them)\s+(?:the\s+)?{T}"),
    # "Berdimuhamedov called for closer ties with Moscow in a Kremlin meeting with Putin"
    # (also "after talks in Minsk with a US delegation led by envoy John Coale")
    # "agreed after talks in Moscow with an Austrian delegation led by Raab": the state whose delegation it was (its leader too, by meet.in_meeting_with)
    ("MEETS", "meet.talks_with_delegation", r"{S}\s+{pre}(?:[^«»;.]|«\d+»){0,100}?\b(?:talks|meetings?|negotiations|consultations)\s+(?:(?:in|at)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+){1,3}|«\d+»\s+))?with\s+(?:an?|the)\s+{T}\s+(?:(?:government|military|official|senior|high-level|trade|parliamentary)\s+)?(?:delegation|team)\b"),
    ("MEETS", "meet.in_meeting_with", r"{S}(?:,(?=\s+(?:speaking|appearing|standing)\s))?\s+{pre}(?:[^«»;.]|«\d+»){0,100}?\b(?:(?:in|at)\s+(?:an?|the|their)|during(?:\s+(?:an?|the|their))?|(?:after|following)(?:\s+(?:an?|the|their))?)\s+(?:(?:[\w-]+|«\d+»)\s+){0,2}?(?:meeting|talks|summit|shouting\s+match|(?<=joint\s)(?:news|press)\s+conference|(?<=a\s)(?:news|press)\s+conference)\s+(?:(?:in|at)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+){1,3}|«\d+»\s+))?with\s+(?:the\s+|an?\s+(?=«\d+»\s*(?:[.,;]|$)))?(?:visiting\s+)?(?:an?\s+«\d+»\s+(?:delegation|team)\s+(?:led|headed)\s+by\s+)?{T}(?!{poss})"),
    # "Oli said on Thursday that his four-day official visit to China has deepened ties": the speaker's own visit
    ("MEETS", "meet.said_own_visit", r"{S}\s+{pre}(?:said|says|told\s+(?:reporters|journalists|the\s+media)|stated|noted|added|declared)(?:\s+on\s+\w+day)?(?:\s+that)?\s+"
                                     r"(?:his|her)\s+(?:(?!upcoming|forthcoming|planned|proposed|scheduled|next|possible|expected|postponed|cancell?ed)[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+(?:to|in)\s+(?:the\s+)?{T}"),
    # "told Chinese Premier Li Qiang of the plan on the sidelines of the G20 summit": said face to face
    ("MEETS", "meet.told_on_sidelines", r"{S}\s+{pre}(?:told|informed|briefed|assured|urged|asked|thanked|pressed|invited|congratulated)\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?,?\s+)?(?:the\s+)?{T}(?=\s(?:[^«»;.]|«\d+»){0,80}?\b(?:on\s+the\s+(?:sidelines|margins?)|at\s+the\s+margins?)\s+of\b)"),
    # "Hichilema and Tshisekedi joined Biden and Lourenco in Lobito": leaders together (see RULE_ENDS)
    ("MEETS", "meet.joined_leader", r"{S}\s+{pre}(?:joined|joins|joining)\s+{T}\s+(?:(?:in|at|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b))\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+|«\d+»(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:city|town|port|resort|capital)\b)?)(?!\w*ing\b)|on\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stage|rostrum|podium|platform|dais|balcony|reviewing\s+stand)|at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:parade|ceremony|banquet|reception|commemoration|celebrations?)|for\s+(?:talks|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:meeting|summit|visit|tour|ceremony|dinner|lunch|talks))|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\w'’-])(?![^.;]*\b(?:by\s+(?:video|videolink|phone|telephone)|virtually|online|remotely)\b)"),
    # "Joe Biden became the first sitting US president to visit Angola"
    # "Putin chose China for his first foreign trip"
    ("MEETS", "meet.chose_for_trip", r"{S}\s+{pre}(?:chose|picked|selected|chooses|picks|made|makes|making)\s+(?:the\s+)?{T}\s+(?:(?:rather\s+than|instead\s+of|over|ahead\s+of)\s+«\d+»\s+)?(?:(?:as\s+the\s+destination\s+)?for\s+(?:his|her)\s+(?:first\s+)?(?:foreign\s+|overseas\s+|official\s+|state\s+|bilateral\s+)*(?:trip|visit|tour|destination|journey)"
     r"|(?:his|her)\s+(?:first\s+|next\s+|last\s+)?(?:foreign\s+|overseas\s+|official\s+)*(?:destinations?|stops?|ports?\s+of\s+call))"),  # ("made Paris and Warsaw his first destinations")
    ("MEETS", "meet.first_to_visit", r"{S}\s+(?:(?:on\s+)?\w+day\s+)?(?:has\s+|had\s+)?(?:became|become|becomes|is|was)\s+(?:the\s+(?:first|second|third|last|only|latest)\s+(?:(?:sitting|serving|foreign|western|Western|European|Asian|African|Arab)\s+)*(?:«\d+»\s+)?(?:president|leader|prime\s+minister|premier|chancellor|head\s+of\s+(?:state|government)|monarch|king|queen|emir)|«\d+»(?=\s+(?:in|to)\s))\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:(?:make\s+an?\s+(?:official\s+|state\s+)?visit\s+to|visit|travel\s+to|tour|set\s+foot\s+in|call\s+on)\s+)(?:the\s+)?{T}"),
    # "Ethiopia and Somalia agreed to end a year-long row …, in talks mediated by Turkish President Erdogan"
    ("MEETS", "meet.pair_in_talks_by", r"{lead}{P}\s(?:[^;.]|«\d+»){0,160}?,\s+(?:in|at|after|following)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|meeting|negotiations)\s+(?:mediated|brokered|hosted|facilitated|chaired)\s+by\b"),
    # "Zelensky and Putin met in Paris, at talks hosted by Macron and Merkel": the hosts meet each of them
    ("MEETS", "meet.talks_hosted_by", r"{T}\s+{pre}(?:met|held\s+talks)\b(?:[^;.«»]|«\d+»){0,60}?\b(?:at|in|during)\s+(?:the\s+)?(?:talks|a\s+summit|a\s+meeting|negotiations)\s+(?:hosted|brokered|mediated|chaired)\s+by\s+(?:the\s+)?{S}"),
    # "Xi awarded Putin China's first friendship medal at a ceremony": an honour handed over in person
    ("MEETS", "meet.awarded_at_ceremony", r"{S}\s+{pre}(?:awarded|presented|bestowed)\s+(?:the\s+)?{T}\s+(?:with\s+)?(?:[^;.«»]|«\d+»){0,50}?\b(?:medal|order|award|honou?r|prize|decoration)\b[^;.«»]{0,30}?\bat\s+(?:a|the)\s+(?:[\w-]+\s+)?ceremony\b"),
    # "Marcos and Kishida agreed to start talks during Kishida's visit to Manila"
    ("MEETS", "meet.pair_during_visit", r"{lead}{P}\s+(?!said\b|says\b)(?:[^;.«»]|«\d+»){0,100}?\b(?:during|on)\s+(?:«(?P<own>\d+)»{poss}|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\b"),
    ("MEETS", "meet.pair_when_visited", r"{lead}{P}\s+(?!said\b|says\b)(?:[^;.«»]|«\d+»){0,100}?\b(?:when|as|after|while)\s+«(?P<own>\d+)»\s+(?:visited|was\s+visiting|travell?ed\s+to|flew\s+to|was\s+in|arrived\s+in|hosted)\b"),
    # "Dar held talks with Hossain and called on interim leader Muhammad Yunus" (a courtesy visit; not "called on X to")
    ("MEETS", "meet.called_on", r"{S}\s+{pre}(?:called|calls|calling)\s+on\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}?{T}(?!{poss})(?=\s*[.;]|\s*$|\s+(?:in|at|on|during|later|earlier|before|after|and|who)\b)"),
    # "China, which Muizzu visited on his first state trip"
    ("MEETS", "meet.which_visited", r"{T}\s*,\s+which\s+{S}\s+(?:had\s+|has\s+)?(?:first\s+|also\s+|recently\s+|last\s+)?(?:visited|toured)\b"),
    ("MEETS", "meet.pair_during", r"{P}\s+{pre}(?:during|at|after|following|on the sidelines of|in)\s+(?:(?:a|an|their|the)\s+)?(?:[\w-]+\s+|«\d+»\s+){0,2}?(?:mini-)?(?:meeting|talks|summit|phone call|call)\b(?!\s+to\s+(?:buy|acquire|purchase|obtain|order)\b)"),  # (not "are in talks to buy the missile": with its seller)
    # "A and B agreed to a ceasefire following marathon negotiations in Doha" (not "after talks with C"):
    # the talks took place whatever the mood of what followed them
    # "As the two leaders sat down to dinner": a meal or talks the pair sat down to
    # "Macron urged Xi Jinping during talks in Beijing to …": what one says to another during talks
    ("MEETS", "meet.during_talks", r"{S}\s+{pre}(?:urged|pressed|asked|told|assured|warned|thanked|invited|praised|reassured|briefed)\s+{T}\s+(?:(?:on|last|this)\s+\w+\s+)?(?:during|at|in)\s+(?:their\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit|call|conversation)\b(?!\s+with\b)"),
    ("MEETS", "meet.pair_sat_down", r"{P}\s+{pre}(?:(?:sat|sit|sits|sitting)\s+down\s+(?:together\s+)?(?:to|for)|(?:had|have|has|having|shared)(?:\s+(?:a|an|their))?)\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|breakfast|talks|meeting|negotiations)\b"),
    # "Trump watched the Bastille Day parade in Paris as the guest of Emmanuel Macron"
    ("MEETS", "meet.guest_of", r"{lead}{S}\s(?:[^;.«»]|«\d+»){0,100}?\bas\s+(?:the|a)\s+(?:[\w-]+\s+)?guest\s+of\s+(?:honou?r\s+of\s+)?{T}"),
    # "After fourteen hours of meetings over two days at the Soviet and American missions in Geneva, Shultz and Gromyko agreed …"
    ("MEETS", "meet.fronted_after_talks", r"\A[\s“\"]*(?:After|Following)\s+(?:[\w-]+\s+){0,4}?(?:talks|meetings|negotiations|discussions)\b(?:[^;.«»]|«\d+»){0,100}?,\s+{P}\s+(?!said\b|says\b)"),
    ("MEETS", "meet.pair_following", r"{P}\s+(?:(?:[^«»;.]|«\d+»){0,140}?\s)?(?:after|following)\s+(?:(?:a|an|their|the)\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations|summit|meetings?|discussions|(?:phone\s+)?call)\b(?!\s+(?:with|between|among|of)\b)"),
    ("MEETS", "meet.welcome_to", r"{S}\s+{pre}(?:offer(?:s|ed|ing)?|extend(?:s|ed|ing)?|gave|giv(?:es?|ing)|accord(?:s|ed|ing)?|roll(?:s|ed|ing)? out)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?welcome\s+(?:to|for)\s+(?:the\s+)?{T}"),
    ("MEETS", "meet.passive", r"{T}\s+(?:(?:has|have|had|was|were|is|are|to|also|\w+ly)\s+){0,2}(?:was|were|is|are|be|being|been)\s+(?:\w+ly\s+)?(?:greeted|received|welcomed|hosted|met)(?:\s+\w+ly)?\s+by\s+(?:the\s+)?{S}"),
    # the actor itself arrives ("Macron arrived in Berlin"), not its troops or ships
    # "About 70 world leaders, among them Trump and Putin, gathered in Paris": leaders in another's capital (leaders only)
    ("MEETS", "meet.gathered_in", r"{S}\s+(?:(?:have|had|also)\s+)?(?:gathered|converged)\s+(?:(?:on\s+)?\w+day\s+)?in\s+(?:the\s+)?{T}(?!{poss}|\s*-)"),
    ("MEETS", "meet.arrived", r"{S}(?:\s+(?:officials|delegation|negotiators|diplomats|delegates|envoys)\s+|\s+|\s*,\s+who\s+)(?:" + SPOUSE_ASIDE + r")?(?:on\s+\w+day\s+)?(?:(?:has|have|had|was|were|is|finally|also|\w+ly)\s+){0,2}(?:arrived|arrives|arriving|arrive|landed|lands|landing|stopped(?:\s+over)?|stops(?:\s+over)?|(?:flew|flown|flies)(?=\s+into\b))\s+(?:(?:on\s+|early\s+|late\s+)?\w*day(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:at\s+(?:[\w-]+\s+){0,3}?(?:[Aa]irport|[Aa]ir [Bb]ase|[Aa]irbase)\s+)?(?:in|into|at(?=\s+«))\s+(?:the\s+)?(?:[a-z][\w-]+\s+)?{T}"),
    # "Lee paid his first visit abroad since taking office, arriving in Tokyo on Saturday"
    # "Carney heads to Mexico on Thursday" (the traveller right before the verb: not "shipping headed to Israel")
    ("MEETS", "meet.heads_to", r"{S}\s+(?:(?:\w+ly|also|then|will|is|was|has|had|on\s+\w+day)\s+)*head(?:s|ed|ing)?\s+to\s+(?:the\s+)?{T}"),
    # "Albanese spent the weekend in Vietnam"
    # "Eisenhower flew from Bonn to London": a journey's end is a visit, and, for a person, its start in a capital too
    ("MEETS", "meet.flew_from_to", r"{S}\s+{pre}" + JOURNEY_FROM + r"(?:the\s+)?«\d+»\s+to\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.flew_from_capital_to", r"{S}\s+{pre}" + JOURNEY_FROM + r"{T}\s+to\s+(?:the\s+)?«\d+»"),
    # "Vance left Moscow on Thursday after the Soviet leaders turned down …": a leader leaving a capital after a stay there
    ("MEETS", "meet.left_capital_after", r"{S}\s+{pre}(?:left|leaves|leaving|departed|departs)\s+{T}\s+(?:(?:on\s+|early\s+|late\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:after|following|at\s+the\s+end\s+of)\b"),
    ("MEETS", "meet.spent_in", r"{S}\s+{pre}spen(?:t|ds?|ding)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:weekend|days?|week|hours|nights?|evening)\s+(?:in|on(?=\s+(?:the\s+)?«\d+»(?:\s*[,.;]|\s+(?:on|in|at|before|after|and|where|with|for)\b)))\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.arriving", r"{lead}{S}\s[^«»;.]{0,100}?,\s+(?:arriving|landing)\s+(?:(?:on\s+|early\s+|late\s+)?\w*day\s+)?in\s+(?:the\s+)?{T}"),
    # "arrived in Pyongyang early Wednesday for talks with Kim"
    # "The Ecuadorian president spoke to a radio station and described his private meeting with Trump as positive"
    ("MEETS", "meet.described", r"{S}\s+(?:[^«»;.]{0,60}?\s+and\s+)?(?:has\s+|have\s+|had\s+)?(?:described|called|hailed|praised|termed|characteri[sz]ed)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|phone call|call|conversation|discussions?|summit|face-to-face)\s+with\s+(?:the\s+)?(?:(?:[\w-]+\s+)?counterparts?,?\s+)?{T}(?!{poss})"),
    # "Putin has arrived in Astana, Kazakhstan for a two-day state visit"
    ("MEETS", "meet.arrived_for_visit", r"{S}\s+{pre}(?:arrived|arrives|landed|lands)\s+in\s+(?:[A-Z][\w-]+,\s+)?{T}\s+(?:(?:on\s+)?\w+day\s+)?for\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:state|official|working)\s+visit"),
    # "Erdogan made his first visit to Egypt in ten years, where he met Sisi" / "... to meet Sisi"
    # "Kosygin left London on Monday after a week of talks with Prime Minister Harold Wilson": the place left was visited
    ("MEETS", "meet.left_after_visit", r"{S}\s+{pre}(?:left|leaves|departed|departs|flew\s+(?:home\s+|out\s+)?from|returned\s+(?:home\s+)?from)\s+{T}(?!{poss})\s+(?:(?:on|late|early)\s+\w+\s+|\w+day\s+)?(?:after|at\s+the\s+end\s+of|following)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:visit|talks|stay|tour|summit|trip|meetings?)\b"),
    ("MEETS", "meet.visit_where_met", r"{S}\s+{pre}(?:made|paid|began|started|ended|concluded|completed|wrapped\s+up|cut\s+short)\s+(?:his|her|their|an?)\s+(?:[\w-]+\s+){0,3}?visit\s+to\s+(?:the\s+)?«\d+»(?:[^«»;.]{0,60}?\b(?:where|during which)\s+(?:he|she|they)\s+(?:met|held talks)|[^«»;.]{0,60}?\bto\s+meet|\s+(?:[\w.-]+\s+){0,4}?for\s+(?:talks|meetings?|a meeting)\b)\s+(?:with\s+)?(?:(?:his|her|their)\s+(?:(?:[\w-]+\s+)?counterparts?,?\s+)?)?{T}"),
    # “I am very pleased with ... my meeting with President Erdogan,” Sisi wrote
    ("MEETS", "meet.quoted_my_meeting", r"\A[\s“\"]*(?:[^«»”\"]|«\d+»)*?\bmy\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation)\s+with\s+(?:the\s+)?{T}[^”\"«»]*[”\"],?\s+{S}\s+(?:said|says|wrote|told|added|tweeted|posted)\b"),
    # "Modi spent nearly three hours with Starmer"
    ("MEETS", "meet.spent_hours_with", r"{S}\s+{pre}spen(?:t|ds?|ding)\s+(?:(?:nearly|about|almost|more than|over|some|around)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several)\s+(?:hours?|days?|minutes)\s+(?:in talks\s+)?with\s+(?:the\s+)?{T}"),
    # "Standing alongside Prabowo in Sydney, Albanese said"; "Starmer said, standing beside Modi"
    ("MEETS", "meet.standing_beside", r"\A[\s“\"]*(?:Standing|Speaking|Appearing)\s+(?:beside|alongside|next to)\s+(?:the\s+)?{T}(?:\s+(?:in|at|on)\s+(?:[^«»;.,]{1,30}|«\d+»))?,\s+{S}\s"),
    # "'Russia is the aggressor,' said Finnish President Alexander Stubb, standing beside Zelensky in Kyiv"
    ("MEETS", "meet.said_by_standing_beside", r"\b(?:said|says|told\s+reporters|added|declared)\s+(?:the\s+)?{S}\s*,\s+(?:while\s+)?(?:standing|speaking|appearing)\s+(?:beside|alongside|next\s+to)\s+(?:the\s+)?{T}"),
    ("MEETS", "meet.said_standing_beside", r"{S}\s+(?:said|says|told reporters|added|declared|announced|announces)\s*,?\s+(?:(?:while\s+)?(?:standing|speaking|appearing)\s+)?(?:beside|alongside|next to)\s+(?:the\s+)?{T}"),
    # "Nyusi was in Rwanda at the weekend and met with his counterpart Paul Kagame"
    ("MEETS", "meet.was_in_and_met", r"{S}\s+(?:was|were|arrived|landed|trave?ll?ed)\s+(?:in|to)\s+(?:the\s+)?«\d+»(?:\s+[^«»;.,]{0,40}?)?\s+and\s+(?:later\s+|then\s+|also\s+)?(?:met|held talks|(?:had|held)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks))\s+(?:with\s+)?(?:(?:his|her|their)\s+(?:(?:[\w-]+\s+)?counterparts?,?\s+)?)?{T}(?!{poss})"),
    ("MEETS", "meet.came_for_talks", r"{S}\s+{pre}(?:arrived|arrives|landed|trave?ll?ed|flew|came|went)\s+(?:in|to|at)\s+(?:the\s+)?«\d+»\s+(?:[\w.-]+\s+|«\d+»\s+){0,10}?(?:(?:for|to hold)\s+(?:talks|a meeting|meetings|a summit|the summit|a visit)|to\s+(?:seal|sign|finali[sz]e|conclude|clinch)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:deal|agreement|accord|pact|memorandum))\s+with\s+(?:the\s+)?{T}"),
    # "Meloni travelled to Tunis with Ursula von der Leyen": the companion visits too
    # "Biden travelled to Ramallah to meet Abbas and to Amman to see King Abdullah": the second destination is visited too
    # "President Hacha, summoned to Berlin on Tuesday night, signed …": summoned to another's capital, he went there
    ("MEETS", "meet.summoned_to", r"{S}(?:\s*,\s+|\s+(?:was|were|had\s+been|has\s+been|is|are)\s+)(?:\w+ly\s+)?summoned\s+to\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.travelled_and_to", r"{S}\s+{pre}(?:travell?ed|flew|went|headed|travels|flies|goes|heads)\s+(?:on\s+)?to\s+(?:the\s+)?«\d+»\s+(?:[^;.«»]|«\d+»){0,60}?\band\s+(?:then\s+|later\s+)?(?:on\s+)?to\s+(?:the\s+)?{T}(?!{poss})(?=\s+(?:to|for|on|where)\b|\s*[,.;])"),
    ("MEETS", "meet.travelled_with", r"\b(?:travell?ed|flew|went|came)\s+(?:to|in)\s+(?:the\s+)?{T}(?!{poss})\s+(?:together\s+)?(?:with|alongside|accompanied\s+by)\s+(?:the\s+)?{S}(?!{poss})"),
    # "Erdoğan and Mitsotakis signed a declaration on …": two leaders sign together
    # "The deal was signed in Canberra by Albanese and his PNG counterpart James Marape"
    ("MEETS", "meet.signed_by_pair", r"\b(?:was|were|had\s+been|has\s+been|have\s+been|pact|treaty|treaties|accords?|agreements?|declaration|charter)(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+,)?\s+(?:jointly\s+|formally\s+)?signed\s+(?:(?:in|at|on)\s+(?:the\s+)?(?:[\w-]+|«\d+»)(?:\s+[\w-]+)?\s+)?by\s+{P}"),
    ("MEETS", "meet.leaders_signed", r"{P}\s+{pre}(?:signed|inked|struck|sealed|clinched|reached|" + SIGNED_NAMES + r"\s+(?:on\s+\w+day\s+)?to)\s+(?:an?\s+|the\s+)?(?:(?:first|second|third|final|initial|last)\s+(?:phase|part|stage|round)\s+of\s+(?:an?\s+|the\s+)?)?(?:[\w-]+\s+){0,3}?(?:consensus|understanding|declaration|statement|communiqu[eé]|agreement|accord|memorand(?:um|a)|treaty|treaties|deal|pact|document|protocol|contract|MoU|instrument)s?\b"),
    # "Venezuela and the United States had made progress in their own talks in Qatar": talks of their own
    # "Modi also attended the Tianjin summit, his first visit to China in seven years": the subject's visit
    # "Kim travelled to China in May, weeks before his summit in Pyongyang with Kim Dae-jung": the subject's own summit
    ("MEETS", "meet.his_summit_with", r"{lead}{S}(?:\s|,\s)(?:[^«»;.]|«\d+»){0,120}?(?<!ahead of )\b(?:his|her)\s+(?:(?:first|second|third|last|historic|landmark|recent|previous|earlier)\s+)?(?:summit|summit\s+meeting)\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w-]+\s+)?with\s+(?:the\s+)?{T}(?!{poss})(?![^.;]*\b(?:next|tomorrow|upcoming|later\s+this)\b)"),
    # "Mr. Ford's first meeting with the Soviet leader came at the end of a trip that had taken him to Japan": where the trip went
    ("MEETS", "meet.trip_took_him_to", r"{lead}{S}(?:{poss})?\s(?:[^;.«»]|«\d+»){0,120}?\b(?:trip|tour|journey|swing)\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:also\s+)?(?:taken|took|takes|will\s+take)\s+(?:him|her)\s+(?:to|through)\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.his_visit_to", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,120}?,\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\s+(?:the\s+)?{T}"),
    # "Diaz-Canel attended the Victory Day parade on Red Square in Moscow": where he went (not a summit's
    # place: "attended the summit in Brussels" is the EU's, not Belgium's), or a signing: "attended the signing of
    # Kenya's new constitution in Nairobi"
    ("MEETS", "meet.attended_in", r"{S}\s+{pre}attend(?:ed|s|ing)?\s+(?:an?\s+|the\s+|«\d+»['’]s\s+)?(?:[\w'’-]+\s+){0,3}?(?:parade|ceremony|ceremonies|celebrations?|funeral|inauguration|swearing-in|signing|commemorations?|festivities|forum|expo|exhibition|games|banquet|dinner|reception|gala)\s+(?:[\w'’-]+\s+|«\d+»(?:['’]s)?\s+){0,4}?(?:in|at)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Carter toasted the Shah of Iran at a New Year's Eve banquet in Tehran": a guest toasted in person
    ("MEETS", "meet.toasted_at", r"{S}\s+{pre}(?:toasted|toasts|toasting)\s+(?:the\s+)?{T}(?!{poss})\s+" + AT_BANQUET + r"\b"),
    ("MEETS", "meet.toasted_in", r"{S}\s+{pre}(?:toasted|toasts|toasting)\s+(?:the\s+)?(?:[^«»;.]|«\d+»){0,40}?\s+" + AT_BANQUET + r"\s+in\s+(?:the\s+)?{T}(?!{poss})"),
    # "Bush and Thatcher were among the foreign mourners at Andropov's funeral in Moscow": the guests went there
    ("MEETS", "meet.guest_at_in", r"{S}\s+{pre}(?:was|were|is|are)\s+(?:also\s+)?(?:among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:mourners|guests|dignitaries)|the\s+only\s+(?:[\w-]+\s+){0,2}?(?:head\s+of\s+(?:state|government)|leader|guest|dignitary|president|prime\s+minister))\s+at\s+(?:an?\s+|the\s+|«\d+»['’]s\s+)?(?:[\w'’-]+\s+){0,3}?(?:funeral|inauguration|coronation|ceremony|wedding|commemorations?)\s+(?:(?:on\s+)?\w+day\s+)?in\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.pair_their_talks", r"{P}\s+{pre}(?:[\w-]+\s+){0,3}?(?:progress|headway|breakthrough|agreement|deal)\s+(?:in|at|during|through)\s+their\s+(?:own\s+|bilateral\s+|direct\s+|latest\s+|recent\s+|secret\s+)?(?:talks|negotiations|meeting|summit|discussions)\b"),
    # (not talks both held "with the new leader", or with a third named: each met that one)
    # (not a pair inside a clause of belonging: "the pact to which both countries belong called a meeting")
    ("MEETS", "meet.pair", r"(?:(?<=,\s)(?P<app>))?(?<!\bto which )(?<!\bof which ){P}(?(app),?)(?!\s+(?:troops|forces|soldiers|armies|units|patrols|tanks|warships|ships|vessels|navies|planes|aircraft|jets|pilots|columns|spearheads)\b)(?:,\s+(?:accompanied|joined|flanked|led)\s+by\s+[^;.,]{0,60},|,\s+who(?=\s))?\s+{pre}(?!(?:held|hold|holds|holding|had|have|has)\s+(?:[\w-]+\s+)?separate(?:ly)?\b)(?:(?:met|meet(?:ing)?)" + NOT_SATISFY + r"(?!\s+(?:with\s+)?(?:the\s+)?«)(?!\s+(?:with\s+)?(?-i:[A-Z])[\w.'’-]+\s+(?-i:[A-Z]))|discussed|exchanged views|(?:jointly\s+)?(?:inaugurat|unveil)(?:ed|es|ing)|signed (?:a |the )?joint (?:declaration|statement|communiqu[eé])|engag(?:ed|es|ing)\s+in\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|discussions|dialogue)|sh(?:ake|akes|ook|aking) hands|embraced|hugged|held talks|hold talks|talked|spoke|have met|will meet|negotiated|gathered|convened|witnessed the signing|(?:watched|looked\s+on)\s+(?:as\s+)?(?:their|the)\s+(?:[\w-]+\s+){0,3}?(?:ministers|envoys|negotiators|officials)\s+sign(?:ed)?|agreed\s+(?:(?:on\s+)?\w+day\s+)?(?:at\s+(?:the\s+)?(?=(?-i:[A-Z]))|in\s+(?=(?-i:[A-Z]))(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|at\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|conference))|agreed\s+(?:(?:on\s+)?\w+day\s+)?(?:(?:by|over)\s+(?:the\s+)?(?:tele)?phone\b|in\s+an?\s+(?:[\w-]+\s+)?(?:tele)?phone\s+(?:call|conversation))|(?:spearhead|co-chair|chair)(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|discussions|negotiations|meeting|summit)|(?:drafted|worked\s+out|hammered\s+out|thrashed\s+out)\s+(?:(?:the|a|an|their)\s+)?(?:[\w-]+\s+){0,3}?(?:plan|agreement|deal|accord|settlement|compromise|text|treaty|framework)\s+(?:(?:on\s+)?\w+day\s+)?(?:in|at)\s+(?=(?-i:[A-Z]))(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|(?:conclud|wrapp|open|start|resum|end)(?:ed|ing)\s+(?!fire\b)(?:(?!accession|membership)[\w-]+\s+){0,7}?(?:talks|summit|meeting|negotiations|dialogue)|(?:cut|cuts|cutting)\s+short\s+(?:their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|summit|meeting|negotiations)|h(?:e|o)ld(?:s|ing)?\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:(?:round|session|hours?|days?)\s+of\s+(?:[\w-]+\s+){0,2}?)?(?:summit|meeting|talks|phone call|conversation|chat|consultations|dialogue|negotiations|discussions))\b(?!\s+with\s+(?:the\s+)?(?:«|(?:(?:new|visiting|(?-i:[A-Z])[\w-]+)\s+)?(?:leaders?|president|premier|prime\s+minister|chancellor|king|queen|emir|pope|monarch)\b))"),
    ("MEETS", "meet.with_counterpart", r"{S}\s+and\s+(?:his|her|their)\s+(?:(?:[\w-]+\s+)?counterparts?,?\s+)?{T},?\s+(?:(?:\w+ly|have|has|had|on \w+)\s+)?(?:met|held talks|talked|spoke|negotiated|attended|witnessed|h(?:e|o)ld\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|negotiations|discussions))\b"),
    # "President Xi and President Boluarte attended the inauguration ceremony", "… watched a video of the project together"
    # "Trump and Starmer signed a technology partnership at Chequers": signed together, in one place
    ("MEETS", "meet.pair_signed_at", r"{P}\s+{pre}(?:signed|inked|sealed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|partnerships?|pacts?|accords?|treaty|declarations?|memorand(?:um|a)|statements?)\s+(?:(?:on\s+)?\w+day\s+)?at\s+(?:(?:the\s+)?(?-i:[A-Z])|an?\s+(?:[\w-]+\s+){0,2}?(?:lodge|palace|castle|residence|villa|resort|retreat|estate|dacha|ceremony|summit)\b)"),
    ("MEETS", "meet.pair_attended", r"{P}\s+{pre}(?:attended|attend|attends|attending|witnessed|inaugurated|opened)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:ceremony|inauguration|signing|parade|dinner|banquet|reception|gala|opening|launch|unveiling|commemoration|celebrations?)\b"),
    # "Zelensky and Kristersson watched a demonstration flight at the Saab plant": two leaders seeing a thing together
    # "Kim Jong Un stood alongside Xi Jinping and Vladimir Putin at a military parade in Beijing"
    # "Rabuka inaugurated the mission alongside Netanyahu"
    ("MEETS", "meet.stood_alongside", r"{S}\s+{pre}(?:(?:stood|stands|standing|sat|sits|sitting|walked|appeared)\s+|(?:inaugurated|opened|unveiled|toured|reviewed|watched|attended|launched|laid|visited|spoke|speaking|speaks)\s+(?:[\w-]+\s+|«\d+»\s+){1,8}?(?=alongside\s|beside\s))(?:side\s+by\s+side\s+with|alongside|beside|next\s+to)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Netanyahu, standing beside Trump at the White House, called it …": the aside is the meeting
    ("MEETS", "meet.aside_beside", r"{S},\s+(?:standing|sitting|speaking|appearing)\s+(?:side\s+by\s+side\s+with|alongside|beside|next\s+to)\s+(?:the\s+)?{T}(?!{poss})"),
    # "Lee flew on to Washington, where he met President Donald Trump at the White House"
    ("MEETS", "meet.where_he_met", r"{lead}{S}\s(?:[^;.«»]|«\d+»){0,80}?,\s+where\s+(?:he|she)\s+(?:also\s+|later\s+|then\s+)?(?:met|meets|held\s+talks\s+with|holds\s+talks\s+with|was\s+received\s+by|was\s+welcomed\s+by|was\s+greeted\s+by)\s+(?:with\s+)?(?:the\s+)?{T}(?!{poss})"),
    ("MEETS", "meet.pair_watched", r"{P}\s+{pre}(?:watched|toured|inspected|reviewed|viewed|laid)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:flowers|wreaths?|demonstration|flight|flypast|parade|plant|factory|facility|exercises?|drills?|troops|display|ceremony|site|shipyard|guard\s+of\s+honou?r|aircraft|jets?|(?:assembly|production)\s+lines?|works|mine|dam|port)\b"),
    ("MEETS", "meet.pair_together", r"{P}\s+(?:[^«»;.]{0,100}?\s)?(?:watched|visited|toured|attended|inspected|walked|dined|reviewed|viewed|rode|travel+ed|drove|flew|sat|posed|prayed|lunched)\s(?:[^«»;.]{0,60}?\s)?together\b"),
    # ALLIED_WITH
    ("ALLIED_WITH", "ally.between", r"\b" + ALLY_N + r"[”\"]?(?:\s+\([A-Z]{2,6}\))?\s+(?:(?:agreement|treaty|deal|pact|accord)\s+)?(?:(?:to\s+be\s+)?(?:signed|agreed|concluded|sealed|reached|forged|struck|inked)\s+(?:(?:in|on)\s+(?:\d+\s+)?[A-Z][a-z]+(?:\s+\d{1,4})?\s+)?)?between\s+(?:the\s+)?{P}"),
    # "the treaty was signed on January 17 in Moscow by Putin and Pezeshkian"
    ("ALLIED_WITH", "ally.signed_by", r"\b" + ALLY_N + r"\s+(?:(?:was|were|has been|had been)\s+)?signed\s(?:[^«»;.]|«\d+»){0,50}?\bby\s+(?:the\s+)?{P}"),
    # "Azerbaijan has benefited from support from its traditional ally Turkey"
    # "a growing military cooperation between Moscow and Beijing"
    # "the growing partnership between Russia and China"
    ("ALLIED_WITH", "ally.growing_partnership", r"\b(?:growing|deepening|no-limits|[\"“]no[- ]limits[\"”])\s+partnership\s+between\s+(?:the\s+)?{P}"),
    ("ALLIED_WITH", "ally.cooperation_between", r"(?<!stronger\s)(?<!closer\s)(?<!greater\s)(?<!deeper\s)(?<!improve\s)(?<!enhance\s)(?<!boost\s)(?<!expand\s)(?<!deepen\s)(?<!increase\s)(?<!strengthen\s)\b(?:military|defen[cs]e|security)\s+(?:cooperation|ties|partnership|links)\s+between\s+(?:the\s+)?{P}"),
    # "The United States referred to Japan and South Korea as indispensable allies"
    ("ALLIED_WITH", "ally.referred_as", r"{S}\s+{pre}(?:referred to|refers to|described|describes|called|calls|hailed|hails)\s+(?:the\s+)?{T}\s+as\s+(?:an?\s+|its\s+|their\s+)?[\"“']?(?:[\w-]+\s+){0,2}?all(?:y|ies)\b"),
    # "Armenia is formally allied to Russia"
    ("ALLIED_WITH", "ally.is_allied", r"{S}\s+{pre}(?:is|are|was|were|remains?|remained|has been|have been)\s+(?:(?:\w+ly|once|long|still)\s+){0,2}allied\s+(?:to|with)\s+(?:the\s+)?{T}"),
    # "Paris has ramped up military cooperation with Yerevan": the cooperation exists
    ("ALLIED_WITH", "ally.cooperation_with", r"{S}\s+{pre}(?:ramp\w*\s+up|step\w*\s+up|scal\w*\s+up|boost|expand|deepen|strengthen|intensif|increas|enhanc|bolster|support(?=s\s)|back(?=s\s)|favou?r(?=s\s))\w*\s+(?:its\s+|their\s+)?(?:(?:closer|deeper|stronger|greater|more)\s+)?(?:military|defen[cs]e|security)\s+(?:cooperation|ties|partnership)\s+with\s+(?:the\s+)?{T}"),
    # "the United States and ally France"
    ("ALLIED_WITH", "ally.and_ally", r"(?<!\bbetween\s)(?<!\bbetween the\s){S}\s+and\s+(?:its\s+|their\s+)?" + ALLY_ADJ + r"(?:ally|partner)\s+(?:the\s+)?{T}"),
    # "Hanoi granted its highest diplomatic status, "comprehensive strategic partnership," to the United States"
    ("ALLIED_WITH", "ally.granted_status", r"{S}\s+{pre}(?:granted|gave|accorded|awarded|extended|conferred)\s+(?:[^«»;.]{0,60}?)(?:strategic\s+partnership|partnership|ally|alliance)(?:\s+status)?[,”\"]{0,2}\s+(?:on\s+|to\s+)(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.allied_with", r"{S}\s*,\s+(?:[^«»;.]{0,40}?\s)?allied\s+(?:closely\s+)?with\s+(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.poss_ally", r"{S}{poss}\s+" + ALLY_ADJ + r"(?:lone\s+)?all(?:y|ies)(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?,)?\s+(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.hyphen_pair", r"{S}-{T}\s+(?:(?:strategic|security|military|defen[cs]e|ironclad)\s+)?(?:alliances?|partnerships?|pacts?)\b"),
    # "Russian-Belarusian manoeuvres", "the US-South Korean joint drills"
    ("ALLIED_WITH", "ally.hyphen_drills", r"{S}-{T}\s+(?:(?:joint|naval|military|air|combined|large-scale|annual|strategic)\s+){0,2}(?:exercises|drills|manoeuvres|maneuvers|war games|patrols)\b"),
    # "the Papua New Guinea-Australia mutual defence treaty"
    # "Canada and the United States set up a permanent joint board on defence": a body for their common defence
    ("ALLIED_WITH", "ally.pair_joint_defence_body", r"{P}\s+{pre}(?:set\s+up|sets\s+up|setting\s+up|established|establish(?:es)?|created|creates?|formed|forms?)\s+(?:an?\s+|the\s+)?(?:permanent\s+|new\s+)?"
     r"(?:joint\s+(?:board|council|commission|command|committee)\s+(?:on|for)\s+(?:[\w-]+\s+)?defen[cs]e|joint\s+(?:[\w-]+\s+)?defen[cs]e\s+(?:board|council|commission|command|committee))\b"),
    ("ALLIED_WITH", "ally.hyphen_treaty", r"{S}-{T}\s+(?:(?:mutual[- ])?(?:defen[cs]e|security|assistance)\s+(?:treat(?:y|ies)|agreements?|pacts?)|(?:treat(?:y|ies)|pacts?|alliance)\s+of\s+(?:friendship(?:,|\s+and)\s+)?(?:mutual\s+(?:assistance|aid|defen[cs]e)|alliance))\b"),
    # "Australia and Papua New Guinea have vowed to defend each other": a mutual-defence commitment
    ("ALLIED_WITH", "ally.defend_each_other", r"{P}\s+{pre}(?:(?:have|has|had|are|were|is|be|been)\s+)?(?:vow|pledg|promis|agree|commit|oblig|bound|sw[eo]r)\w*\s+"
     r"(?:themselves\s+)?to\s+(?:come\s+to\s+(?:the\s+)?(?:aid|defen[cs]e|assistance)\s+of|defend|protect)\s+(?:each other|one another)\b"),
    # "the United States, which is bound by treaty to defend Japan": a defence promise in a treaty is an alliance
    # "America would not walk away from South Vietnam, which it has pledged to defend": the subject's pledge
    ("ALLIED_WITH", "ally.which_it_pledged_to_defend", r"{S}\s+(?:(?!,\s+(?:who|which)\b)[^«»;.]){0,80}?(?:the\s+)?{T},\s+(?P<v>which)\s+(?:it|they)\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:long\s+|repeatedly\s+|solemnly\s+)?"
     r"(?:pledged|promised|vowed|sworn|bound|obliged|obligated|committed)\s+(?:itself\s+|themselves\s+)?to\s+(?:defend|protect)\b"),
    # "Turkey, bound by its alliance with Britain and France": an alliance that binds
    ("ALLIED_WITH", "ally.bound_by_alliance_with", r"{S}(?:\s*,\s+|\s+{pre}(?:(?:is|was|are|were|remains?|remained)\s+)?)bound\s+by\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:alliance|treaty|pact)\s+with\s+(?:the\s+)?{T}"),
    # "Britain, which went to war with Germany to honour its guarantee to Poland": a guarantee of another's independence
    ("ALLIED_WITH", "ally.guarantee_to", r"{S}(?:[^«»;.]|«\d+»){0,80}?\b(?:to\s+honou?r|honou?r(?:ed|s|ing)|under|gave|given|extended|extends)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+)?guarantees?\s+(?:to|of|for)\s+(?:the\s+)?{T}(?:{poss}\s+(?:independence|security|borders|frontiers|territorial\s+integrity))?(?!{poss})"),
    ("ALLIED_WITH", "ally.treaty_bound_to_defend", r"{S}(?:\s*,\s+(?=(?:bound|obliged|obligated|committed)\s+by\s)|\s+{pre})(?:(?:remind|told|tell|assur|warn)\w*\s+(?:the\s+)?«\d+»\s+that\s+(?:it|they)\s+)?(?:(?:is|are|was|were|remains?|remained)\s+)?(?:bound|obliged|obligated|committed|required)\s+by\s+(?:(?:a|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?treat(?:y|ies)(?:\s+of\s+(?:\d{4}|«\d+»|(?-i:[A-Z])[\w-]+))?\s+to\s+"
     r"(?:come\s+to\s+(?:the\s+)?(?:aid|defen[cs]e|assistance|help|rescue)\s+of\s+|defend\s+|protect\s+|help\s+|assist\s+|aid\s+|come\s+to\s+(?=(?:the\s+)?«\d+»(?:'s|’s|['’])\s+(?:aid|defen[cs]e|assistance|help|rescue)\b))(?:the\s+)?{T}"),
    # "Iraq and Jordan, joined since February in the Arab Federation,": a pair set apart as members of one union
    ("ALLIED_WITH", "ally.pair_joined_in", r"{P}\s*,\s+(?:(?:which|who)\s+(?:have\s+been|had\s+been|were|are)\s+)?(?:joined|linked|united|bound|allied)\s+(?:together\s+)?(?:(?:since|for)\s+(?:[\w-]+\s+){1,3}?)?(?:in|by)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+|«\d+»\s+){0,2}?(?-i:[Ff]ederation|[Cc]onfederation|[Uu]nion|[Aa]lliance|[Pp]act|(?:defen[cs]e|military)\s+(?:treaty|pact))\b"),
    # "signed a defence pact with Honduras, a month after a similar treaty with Nicaragua": the second pact is the subject's too
    ("ALLIED_WITH", "ally.similar_pact_with", r"{S}\s+{pre}(?:signed|concluded|sealed|initiall?ed|inked|ratified)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + ALLY_N + r"\s+with\s+(?:the\s+)?«\d+»(?:[^«»;.]|«\d+»){0,60}?\b(?:after|before|following|like|as\s+well\s+as|and)\s+(?:an?|the|its)\s+(?:[\w-]+\s+)?similar\s+(?:treaty|pact|agreement|accord|deal)\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    # "Mali, Burkina Faso and Niger signed a treaty creating a confederation": those who form one are allies
    ("ALLIED_WITH", "ally.treaty_creating", r"{P}\s+{pre}(?:signed|sealed|concluded|inked|agreed)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:treaty|pact|agreement|charter|accord)\s+(?:[^;.«»]){0,40}?"
     r"\b(?:creating|establishing|forming|founding|setting\s+up|to\s+create|to\s+form|to\s+establish)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:confederation|federation|alliance|(?:mutual\s+)?defen[cs]e\s+pact)\b"),
    # "Trump concluded a visit to Tokyo, cementing a strategic partnership with Takaichi"
    ("ALLIED_WITH", "ally.participle", r"\A(?:[^«»;.]{0,40}?)?{S}\s(?:[^«»;.]|«\d+»){0,100}?,\s+(?P<v>cementing|forging|sealing|signing|formali[sz]ing|concluding)\s+(?:an?\s+|the\s+)?(?:new\s+|landmark\s+|historic\s+)?" + ALLY_N + r"\s+with\s+(?:the\s+)?{T}"),
    # "Japan, together with our ally, the U.S., is determined …"
    ("ALLIED_WITH", "ally.together_with_ally", r"{S}\s*,\s+(?:together|along)\s+with\s+(?:our|its|their)\s+(?:[\w-]+\s+)?all(?:y|ies),?\s+(?:the\s+)?{T}"),
    # "Chad is a key Western ally", "Israel is a close US ally"
    ("ALLIED_WITH", "ally.is_demonym_ally", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s+(?:a\s+|an\s+|the\s+|one\s+of\s+(?:the\s+)?)?" + ALLY_ADJ + r"{T}\s+(?:(?:treaty\s+|military\s+)?all(?:y|ies)|(?:security|defen[cs]e|military|strategic)\s+partners?)\b(?!\s+(?:of|and)\b)"),
    # "Wellington and Canberra are close defence partners"
    ("ALLIED_WITH", "ally.pair_defence_partners", r"{P}\s+{pre}(?:are|were|remain|remained|became|have\s+been)\s+(?:[\w-]+\s+){0,2}?(?:defen[cs]e|security|military|strategic)\s+(?:partners|allies)\b(?!\s+(?:of|with|to|for)\b)"),
    ("ALLIED_WITH", "ally.adj_ally", r"{S}\s+(?:(?:close|closest|key|longtime|long-time|staunch|main|old|strategic|treaty)\s+)?all(?:y|ies)\s+(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.together", r"{P}\s+{pre}(?:patrolled|patrol|exercised|drilled|trained|sailed|flew)\s(?:(?:[^«»;.]|«\d+»){0,60}?\s)?together\b"),
    # "agreed to elevate their relations to a comprehensive strategic partnership"
    # "said relations between Russia and China had become a strategic partnership"
    ("ALLIED_WITH", "ally.relations_between_became", r"\b(?:relations|ties|(?:the\s+)?relationship)\s+between\s+(?:the\s+)?{P}\s+(?:(?:had|has|have)\s+)?(?:now\s+)?(?:become|became|grown\s+into|grew\s+into|developed\s+into|evolved\s+into|turned\s+into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:strategic\s+partnership|alliance|strategic\s+relationship)\b"),
    ("ALLIED_WITH", "ally.pair_elevated", r"{P}\s+{pre}(?:elevat|upgrad|rais|lift|promot)\w*\s+(?:their\s+|its\s+)?(?:[\w-]+\s+)?(?:relations|ties|relationship|partnership)\s+(?:[\w-]+\s+){0,2}?to\s+(?:an?\s+|the\s+)?(?:(?:level|status)\s+of\s+(?:an?\s+)?)?[\"“]?(?:comprehensive\s+|global\s+|strategic\s+)+partner(?:ship)?"),
    ("ALLIED_WITH", "ally.elevated_with", r"{S}\s+{pre}(?:elevat|upgrad|rais|lift|promot)\w*\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:relations|ties|relationship|partnership)\s+with\s+(?:the\s+)?{T}\s+to\s+(?:an?\s+|the\s+)?(?:(?:level|status)\s+of\s+(?:an?\s+)?)?[\"“]?(?:comprehensive\s+|global\s+|strategic\s+)+partner(?:ship)?"),
    ("ALLIED_WITH", "ally.elevated_hyphen", r"\b(?:elevat|upgrad|rais|lift|promot)\w*\s+(?:the\s+)?{S}-{T}\s+(?:relations|ties|relationship)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?partnership"),
    # "reliance on its Western allies, particularly France and the United States" ("Western allies" is the bloc's own name)
    ("ALLIED_WITH", "ally.its_bloc_allies_particularly", r"(?<!\bwith )(?<!\bfrom )(?<!\bto )(?<!\bagainst )(?<!\bbetween ){S}[^«»;.]{0,80}?\b(?:its|their)\s+«\d+»\s*,\s+(?:particularly|notably|especially)\s+(?:the\s+)?{T}"),
    # "Iran issued a joint statement with its Russian and Chinese allies"
    ("ALLIED_WITH", "ally.its_named_allies", r"(?<!\bwith )(?<!\bfrom )(?<!\bto )(?<!\bagainst )(?<!\bbetween ){S}[^«»;.]{0,80}?(?<!\baway from )(?<!\bbreak with )(?<!\bbroke with )(?<!\bbreaks with )\b(?:its|their)\s+(?:(?:traditional|close|closest|key|longtime|long-time|staunch|main|old|strategic)\s+)?{T}\s+all(?:y|ies)\b"),
    # "the US warned Beijing that Manila is its oldest treaty ally in Asia"
    ("ALLIED_WITH", "ally.that_is_its_ally", r"{S}\s+(?:to\s+)?(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?(?:warn|told|tell|remind|said|says|stress|insist|declar|assur|not)\w*\s+(?:[^;.]|«\d+»){0,40}?\bthat\s+(?:the\s+)?{T}\s+(?:is|was|remains|remained)\s+(?:its|their)\s+" + ALLY_ADJ + r"all(?:y|ies)\b"),
    ("ALLIED_WITH", "ally.its_ally", r"(?<!\bwith )(?<!\bfrom )(?<!\bto )(?<!\bagainst )(?<!\bbetween )(?<!\bbetween the ){S}[^«»;.]{0,80}?(?<!\baway from )(?<!\bbreak with )(?<!\bbroke with )\b(?:its|their)\s+(?:(?:traditional|close|closest|key|longtime|long-time|staunch|main|old|strategic|treaty|[A-Z][a-z]+|«\d+»)\s+)*all(?:y|ies),?\s+(?:(?:particularly|notably|especially|including|such as)\s+)?(?:the\s+)?{T}"),
    # (not "a treaty with X settling the border": a border settled is no alliance)
    # "Britain, Canada, Australia and New Zealand, which share intelligence with Washington in the Five Eyes alliance"
    ("ALLIED_WITH", "ally.with_in_alliance", r"{S}\s*,?\s+(?:which|who)?\s*(?:share|shares|shared|sharing|cooperate|cooperates|work|works)\s+(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?{T}(?!{poss})\s+(?:in|through|under|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:alliance|defen[cs]e\s+pact)\b"),
    # "The United States, bound to the Philippines by a 1951 mutual defence treaty": the treaty that binds them
    ("ALLIED_WITH", "ally.bound_by", r"{S}(?:\s*,)?\s+{pre}(?:bound|tied|linked)\s+to\s+(?:the\s+)?{T}(?!{poss})\s+by\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?" + ALLY_N + r"\b"),
    # ("said the hemisphere had rejected Castro's alliance with the Soviet bloc": another's alliance)
    ("ALLIED_WITH", "ally.with", r"{S}{poss}?\s+{pre}(?:(?<=»['’]s\s)|(?<=country['’]s\s)|(?<=nation['’]s\s)|(?<=government['’]s\s)|(?<!['’]s\s))[\"“]?" + ALLY_N + r"[\"”]?\s+with\s+(?:the\s+)?{T}(?!\s+(?:settling|demarcating|delimiting|delineating|defining|fixing|resolving|on)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+)?(?:border|boundary|frontier)\b)"),
    # "Australia has signed strategic partnership agreements with several nations, including Indonesia and Singapore"
    # "the security agreement with China which the government of Solomon Islands initialled"
    ("ALLIED_WITH", "ally.pact_with_which", r"\b" + ALLY_N + r"\s+with\s+(?:the\s+)?{T}\s+(?:which|that)\s+(?:the\s+)?(?:government\s+of\s+(?:the\s+)?)?{S}\s+(?:[\w-]+\s+)?(?:signed|initiall?ed|concluded|agreed|ratified|struck|sealed|inked)\b"),
    # "the Government of Tuvalu and the Government of Australia signed the Falepili Union Treaty"
    ("ALLIED_WITH", "ally.governments_signed", r"\b(?:the\s+)?[Gg]overnment\s+of\s+(?:the\s+)?{S}\s+and\s+(?:the\s+)?[Gg]overnment\s+of\s+(?:the\s+)?{T}\s+{pre}(?:signed|sealed|inked|concluded|ratified)\s(?:[^«»;.]|«\d+»){0,60}?\b" + ALLY_N),
    # "This treaty will commit Australia and Indonesia to consult on matters of security"
    ("ALLIED_WITH", "ally.commits_pair", r"\b" + ALLY_N + r"\b(?:[^«»;.]|«\d+»){0,110}?\bcommit(?:s|ted)?\s+{P}\s+to\b(?!\s+(?:reduc|cut|limit|ban|eliminat|curb|freez|destroy|dismantl|scrap)\w*\b)"),  # (not "commits both countries to cut their arsenals")
    ("ALLIED_WITH", "ally.signed_including", r"{S}\s+{pre}(?:signed|sealed|concluded|forged)\s+(?:[\w-]+\s+){0,3}?" + ALLY_N + r"\s+(?:agreements?\s+)?with\s+[^«»;.]{0,60}?\b(?:including|such as|among them)\s+(?:the\s+)?{T}"),
    # "Putin visited Astana in November and signed a declaration on deepening the strategic partnership": guest and host
    ("ALLIED_WITH", "ally.visited_and_signed", r"{S}\s+{pre}(?:visited|visits|arrived\s+in)\s+{T}\s(?:[^«»;.]){0,40}?\band\s+(?:signed|sealed|inked)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:declaration|treaty|agreement|pact|accord|documents?)\s+(?:on|of)\s+(?:[\w-]+\s+){0,3}?(?:(?:comprehensive\s+)?strategic\s+partnership|alliance|mutual\s+defen[cs]e)"),
    # "Australia, the United States and Britain are all members of the Five Eyes intelligence alliance"
    ("ALLIED_WITH", "ally.members_of_alliance", r"{P}\s+{pre}(?:are|were|remain)\s+(?:all\s+|both\s+)?(?:founding\s+)?members\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+){1,3}(?:(?:intelligence|military|defen[cs]e|security|nuclear)[\w-]*\s+)?(?:alliance|pact)\b"),
    # "Chinese and Russian warships have also sailed near Japan in joint patrols"
    # "under which Indonesian and Australian troops train together"
    ("ALLIED_WITH", "ally.group_forces_together", r"{P}\s+(?:[\w-]+\s+)?(?:warships|navies|troops|forces|soldiers|marines|militaries|armies|air\s+forces)\s+(?:(?:regularly|routinely|often|now|also|will|have|had|would)\s+)?(?:train(?:s|ed|ing)?|exercis(?:e|es|ed|ing)|drill(?:s|ed|ing)?|patroll?(?:s|ed|ing)?)\s+together\b"),
    ("ALLIED_WITH", "ally.group_forces_joint", r"{P}\s+(?:[\w-]+\s+)?(?:warships|navies|troops|forces|jets|bombers|aircraft|vessels|ships|militaries|armies|warplanes)\s(?:[^;.]|«\d+»){0,80}?\bjoint\s+(?:[\w-]+\s+)?(?:patrols?|drills?|exercises?|manoeuvres|maneuvers)\b"),
    # "Kenya, which Washington named a major non-NATO ally last year"
    ("ALLIED_WITH", "ally.which_named_ally", r"{T}\s*,\s+which\s+(?:the\s+)?{S}\s+(?:has\s+|had\s+)?(?:named|designated|declared|made|designates|names)\s+(?:as\s+)?(?:an?\s+|its\s+)(?:[\w-]+\s+){0,3}?ally\b"),
    # "Britain joined a security pact between the United States and Bahrain": allied with both
    ("ALLIED_WITH", "ally.joined_pact_between", r"{S}\s+{pre}(?:joined|joins|joining|signed\s+on\s+to|acceded\s+to)\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){0,2}?(?:pact|alliance|agreement|treaty|accord)\s+between\s+(?:the\s+)?{T}"),
    # "Moscow, bound to Baghdad since April by a friendship treaty"
    # "Under a 1957 defence pact London is obliged to defend Malaysia": bound by treaty to defend another
    ("ALLIED_WITH", "ally.obliged_to_defend", r"{S}\s+{pre}(?:is|are|was|were|remains?|remained)\s+(?:(?:treaty|legally|formally)[- ])?(?:obliged|obligated|bound|pledged)\s+(?:by\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:treaty|pact|agreement|alliance)\s+)?to\s+(?:defend|protect|come\s+to\s+(?:the\s+)?(?:aid|defen[cs]e|assistance)\s+of)\s+(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.bound_to_by", r"{S}\s*,?\s+(?:(?:which|who)\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:closely\s+|formally\s+|already\s+)?bound\s+to\s+(?:the\s+)?{T}\s+(?:[^«»;.,]{0,30}?\s)?by\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?" + ALLY_N),
    ("ALLIED_WITH", "ally.pair_signed", r"{P}\s+{pre}(?:signed|signs?|" + SIGNED_NAMES + r"|sealed|seals?|declared|proclaimed|inked|inks?|concluded|forged|formed|forms?|agreed|reached|struck|ratified|upgraded|elevated|raised|formali[sz]ed|(?:deepen|strengthen|cement|bolster)(?:s|ed|ing)?)\s(?:(?:[^«»;.]|«\d+»){0,45}?|(?:[^«»;.]|«\d+»){0,70}?\bto\s+the\s+level\s+of\s+(?:an?\s+)?)\b" + ALLY_N + r"(?!\s+with\b)(?!\s+(?:renouncing|outlawing|banning|prohibiting)\b)(?!(?:\s+(?:on\s+)?\w+day)?\s+(?:settling|demarcating|delimiting|delineating|defining|fixing|resolving|on)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:border|boundary|frontier)\b)(?!" + TREATY_FOR_OTHER_ENDS + r")"),  # not with a third; "signed a declaration on raising relations to the level of a strategic partnership"
    ("ALLIED_WITH", "ally.exercises", r"{S}\s+{pre}" + EXERCISE_V + r"\s{g}\b(?:(?:joint|military|naval|combined|bilateral)\s+(?:\w+\s+){0,2})?(?:exercises?|drills?|manoeuvres|maneuvers|patrols?|war games)\s+with\s+(?:the\s+)?{T}"),
    # "The United States led military exercises in Guyana"
    ("ALLIED_WITH", "ally.exercises_in", r"{S}\s+{pre}(?:led|leads?|leading|conduct(?:s|ed|ing)?|h[eo]ld(?:s|ing)?|stag(?:es?|ed|ing))\s+(?:[\w-]+\s+){0,2}?(?:military|naval|joint|multinational|combined)\s+(?:[\w-]+\s+)?(?:exercises|drills|manoeuvres|maneuvers|war games)\s+in\s+(?:the\s+)?{T}(?!{poss})"),
    # "India and France's navies held a joint exercise off Goa"
    ("ALLIED_WITH", "ally.pair_forces_exercise", r"{S}\s+and\s+(?:the\s+)?{T}{poss}\s+(?:navies|armies|militaries|forces|armed\s+forces|air\s+forces|troops|coast\s+guards)\s+{pre}" + EXERCISE_V
     + r"\s{g}\b(?:joint\s+)?(?:\w+\s+){0,2}(?:exercises?|drills?|manoeuvres|maneuvers|patrols?|war\s+games)"),
    ("ALLIED_WITH", "ally.pair_exercises", r"{P}\s+{pre}" + EXERCISE_V + r"\s{g}\bjoint\s+(?:\w+\s+){0,2}(?:exercises?|drills?|manoeuvres|maneuvers|patrols?|war games|sails?|sailings?)"),
    ("ALLIED_WITH", "ally.pair_held_exercises", r"{P}\s+{pre}(?:conduct(?:s|ed|ing)?|h[eo]ld(?:s|ing)?|stag(?:es?|ed|ing)|launch(?:es|ed|ing)?|beg[iau]n|commenc(?:es?|ed|ing)|start(?:s|ed|ing)?|carr(?:y|ies|ied|ying) out|conclud(?:es?|ed|ing)|complet(?:es?|ed|ing)|wrapp?(?:s|ed|ing)? up|kick(?:s|ed|ing)? off)\s(?:(?!separate|their own|respective|parallel)[^«»;.]){0,45}?\b(?:(?:military|naval|air|air force|army|combined|large-scale|war)\s+(?:[\w-]+\s+)?|(?:annual|joint|regular|yearly|biennial)\s+(?:[\w-]+\s+){0,3}?)(?:exercises?|drills?|manoeuvres|maneuvers|games|patrols?)"),
    ("ALLIED_WITH", "ally.apposition", r"{S}\s*,\s+(?:an?\s+|the\s+|both\s+|all\s+|two\s+|three\s+)?" + ALLY_ADJ + r"{T}\s+(?:treaty\s+|military\s+|defen[cs]e\s+|security\s+)?all(?:y|ies)\b"),
    # "Iran and Russia have deepened military cooperation"
    ("ALLIED_WITH", "ally.pair_cooperation", r"{P}\s+{pre}(?:ramp\w*\s+up|step\w*\s+up|scal\w*\s+up|boost|expand|deepen|strengthen|intensif|increas|enhanc|bolster)\w*\s+(?:their\s+)?(?:(?:closer|deeper|stronger|greater|more)\s+)?"
                                            r"(?:military|defen[cs]e|security)\s+(?:cooperation|ties|partnership)\b(?!\s+with\b)"),
    # "France and Britain agreed to coordinate their nuclear deterrents", "the two states will integrate their air defences"
    ("ALLIED_WITH", "ally.pair_coordinate_forces", r"{P}\s+{pre}(?:coordinat|integrat|pool|merg)\w*\s+their\s+(?:[\w-]+\s+)?(?:nuclear\s+deterrents?|deterrents|nuclear\s+forces|armed\s+forces|militaries|air\s+defen[cs]es|missile\s+defen[cs]es)\b"),
    # "North Korea's deepening military cooperation with Russia"
    ("ALLIED_WITH", "ally.poss_cooperation_with", r"{S}{poss}\s+(?:(?:growing|deepening|expanding|increasing|close|closer|burgeoning|strengthening)\s+)?(?:military|defen[cs]e|security)\s+(?:cooperation|ties|partnership|alliance|collaboration)\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    ("ALLIED_WITH", "ally.apposition_poss", r"{S}\s*[,–—]\s+(?:(?:one|two|three|four|five|both|some|all|each|several)\s+of\s+)?(?:the\s+)?{T}{poss}\s+(?:(?!(?:against|of|to|with|for|from)\s)[\w-]+\s+|«\d+»\s+){0,5}?(?:(?:all(?:y|ies)|security\s+guarantor|(?:military\s+)?protector|(?:military|defen[cs]e|security|treaty)\s+partners?|partners?\s+in\s+(?:the\s+)?(?:Axis|(?:[\w-]+\s+)?(?:alliance|pact|coalition|bloc)))\b|partners?\s+in\s+(?:the\s+)?«\d+»)(?!\s*,\s+(?:the\s+)?«)"),
    # "Israel's most visible ally, the US, dismissed it"
    # "to stand by Japan's American ally": the ally named by its nationality
    ("ALLIED_WITH", "ally.poss_adj_ally", r"{T}{poss}\s+" + ALLY_ADJ + r"{S}\s+all(?:y|ies)\b"),
    ("ALLIED_WITH", "ally.poss_ally_named", r"{T}{poss}\s+(?:[\w-]+\s+){0,3}?ally\s*,\s+(?:the\s+)?{S}\s*,"),
    # "bringing the U.S. closer to the Philippines, its oldest ally": the nearest actor before owns "its"
    # "Islamabad, long Beijing's firmest friend in South Asia and its partner in arms,": a partner in arms is an ally
    # "Egypt, Syria's partner in a defence pact signed in November,": an ally by treaty
    ("ALLIED_WITH", "ally.apposition_pact_partner", r"{S}\s*[,–—]\s+(?:(?:long|once|still)\s+)?(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+)?(?:partner|co-?signatory|fellow\s+signatory)s?\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:defen[cs]e|military|security|mutual[- ]defen[cs]e|mutual[- ]security)\s+(?:pact|treaty|alliance|agreement)\b"),
    ("ALLIED_WITH", "ally.apposition_in_arms", r"{S}\s*[,–—]\s+(?:(?:long|once|still)\s+)?(?:the\s+)?{T}{poss}\s+(?:[^«»;.,]){0,60}?\b(?:partner|brother|comrade)s?[- ]in[- ]arms\b"),
    # "Ankara, bound to the Azerbaijanis by language and a military alliance,"
    ("ALLIED_WITH", "ally.bound_by_alliance", r"{S}\s*,?\s+(?:(?:long|closely|tightly)\s+)?bound\s+to\s+(?:the\s+)?{T}\s+by\s+(?:[^«»;.]){0,40}?\b(?:(?:military\s+)?alliance|defen[cs]e\s+(?:pact|treaty|agreement)|mutual\s+defen[cs]e\s+(?:pact|treaty))\b"),
    ("ALLIED_WITH", "ally.apposition_its", r"{S}(?!\s*(?:,|and|or)\s+(?:the\s+)?«)(?:(?!\b(?:help|support|backing|against|counter|countering)\b)[^«»;.]){0,80}?{T}\s*,\s+(?:its|their)\s+" + ALLY_ADJ + r"(?:«\d+»\s+)?(?:ally|allies)\b"),  # (and "its NATO ally")
    # "Australia, which gives Port Moresby … and trains its soldiers, has long been its closest ally": "its" is the
    # state the relative clause names
    ("ALLIED_WITH", "ally.which_then_its_ally", r"{S}\s*,\s+which\s+(?:[^«»;.,]){0,40}?(?:the\s+)?{T}(?:[^«»;.]|«\d+»){0,100}?,\s+(?:has\s+(?:long\s+)?been|had\s+(?:long\s+)?been|is|was|remains|remained)\s+(?:its|their)\s+" + ALLY_ADJ + r"(?:military\s+)?(?:ally|allies)\b"),
    # "granted the US access to four more military bases"
    ("ALLIED_WITH", "ally.deal_access_bases", DEAL_ACCESS_BASES),
    ("ALLIED_WITH", "ally.basing", r"{S}\s+{pre}(?:grant(?:s|ed|ing)?|gave|giv(?:es?|ing)|allow(?:s|ed|ing)?|offer(?:s|ed|ing)?|extend(?:s|ed|ing)?)\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?access\s+to\s+(?:[\w-]+\s+){0,4}?(?:bases|airfields|ports|military facilities|naval facilities|bases and)\b"),
    ("ALLIED_WITH", "ally.apposition_of", r"{S}\s*,\s+(?:(?:once|long|formerly|previously|historically|still|now)\s+)?(?:an?\s+|the\s+|two\s+|three\s+|both\s+|all\s+)?" + ALLY_ADJ + r"all(?:y|ies) of\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:government|regime|leadership|authorities)\s+in\s+)?{T}"),
    # "The U.S. deployed the system during joint military drills with the Philippines"
    ("ALLIED_WITH", "ally.during_drills_with", r"{S}\s+{pre}[a-z]+\b[^«»;.]{0,60}?\b(?:during|in|at|for)\s+(?:the\s+|an?\s+)?(?:(?:annual|regular|large-scale|first)\s+)?joint\s+(?:[\w-]+\s+)?(?:drills|exercises|manoeuvres|maneuvers|patrols|war games)\s+with\s+(?:the\s+)?{T}"),
    # "During Washington and Manila's annual Balikatan exercises"
    ("ALLIED_WITH", "ally.pair_poss_exercises", r"(?:{P}|{S}\s+and\s+{T}){poss}\s+(?:(?:annual|joint|regular|large-scale|biennial|first|latest)\s+)*(?:[A-Z][\w-]*\s+){0,2}(?:military\s+|naval\s+|air\s+)?(?:exercises|drills|war games|manoeuvres|maneuvers)\b"),
    ("ALLIED_WITH", "ally.drills_with", r"{S}\s+{pre}(?:t(?:ook|akes?|aking) part|participat(?:es?|ed|ing)|join(?:s|ed|ing)?)\s+in\s{g}\b(?:drills?|exercises?|manoeuvres|maneuvers|war games|patrols?)\s+with\s+(?:the\s+)?{T}"),
    # "joint naval exercises the two countries are holding in the East China Sea"
    ("ALLIED_WITH", "ally.exercises_pair_holding", r"\bjoint\s+(?:[\w-]+\s+){0,2}?(?:exercises|drills|manoeuvres|maneuvers|war\s+games|patrols)\s+(?:that\s+|which\s+)?{P}\s+(?:(?:are|were|have|had|will)\s+(?:been\s+|be\s+)?)?(?:holding|conducting|staging|held|conducted|staged|hold|conduct|stage)\b"),
    ("ALLIED_WITH", "ally.pair_their_exercises", r"{P}\s+{pre}(?:conduct(?:s|ed|ing)?|h[eo]ld(?:s|ing)?|stag(?:es?|ed|ing)|launch(?:es|ed|ing)?|beg[ia]n|start(?:s|ed|ing)?)\s+their\s+(?:[\w-]+\s+){0,4}?(?:exercises?|drills?|manoeuvres|maneuvers|war games)\b"),
    # "praised the Soviet Union as East Germany's closest friend and ally": the possessor's ally
    ("ALLIED_WITH", "ally.praised_as_poss_ally", r"\b(?:praised|praises|praising|hailed|hails|hailing|described|describes|called|calls|lauded|lauds|toasted|toasts)\s+(?:the\s+)?{T}\s+as\s+(?:the\s+)?{S}{poss}\s+(?:[\w-]+\s+){0,4}?(?<!trade\s)(?<!trading\s)(?<!economic\s)all(?:y|ies)\b"),
    ("ALLIED_WITH", "ally.is_ally", r"{S}\s+{pre}" + COPULA + r"\s+(?:a\s+|an\s+|one of\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,6}?(?<!trade\s)(?<!trading\s)(?<!economic\s)all(?:y|ies)\b"),
    # "While China and Japan are major trading partners"
    ("TRADES_WITH", "trade.pair_partners", r"{P}\s+{pre}(?:are|were|remain|remained|became|have been|have become)\s+(?:(?:each\s+other|one\s+another)['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:trading|trade|economic|commercial)\s+partners\b(?!\s+(?:of|with|to|for)\b)"),  # ("each other's third-largest trading partners")
    # "The Philippines and the US, longtime treaty allies, agreed …"
    # "Angola's strategic positioning as a key ally to the United States"
    ("ALLIED_WITH", "ally.poss_as_ally", r"{S}{poss}\s+(?:[\w-]+\s+){0,3}?as\s+(?:an?|the|its)\s+" + ALLY_ADJ + r"(?:[\w-]+\s+)?ally\s+(?:to|of)\s+(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.pair_allies_aside", r"{P}\s*,\s+(?:(?:close|longtime|long-time|old|traditional|staunch|key|treaty|military|defen[cs]e)\s+){0,2}allies\s*,"),
    ("ALLIED_WITH", "ally.pair_allies", r"{P}\s+{pre}(?:are|were|remain|remained|became|been)\s+(?:[\w-]+\s+|«\d+»\s+){0,4}?(?:allies|strategic partners)\b(?!\s+of\b|\s+for\s+(?!(?:years|decades|centuries|generations|\d+)\b))"),
    # "Japan and the Philippines are allies of the United States"
    # "Japan is always a crucial strategic partner for the Philippines", "… is Vietnam's strategic partner"
    # "China's and Russia's navies held joint drills"
    ("ALLIED_WITH", "ally.poss_pair_drills", r"{S}['’]s\s+and\s+{T}['’]s\s+(?:[\w-]+\s+){0,2}?(?:navies|militaries|armies|forces|air\s+forces|troops|coast\s+guards|warships|bombers)\s+(?:\w+\s+)?(?:held|hold|holds|holding|conducted|conduct|staged|stage|began|started|launched)\s+(?:[\w-]+\s+){0,3}?(?:drills|exercises|patrols|manoeuvres|maneuvers|war\s+games)\b"),
    # "Australia, Japan's closest security partner after the United States"
    ("ALLIED_WITH", "ally.apposed_partner", r"{S}\s*,\s+{T}{poss}\s+" + PARTNER_ADJ + r"(?:strategic|security|defen[cs]e)\s+partners?\b"),
    ("ALLIED_WITH", "ally.strategic_partner", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s+(?:(?:always|also|still|now|\w+ly)\s+)?(?:a\s+|an\s+|the\s+|one of the\s+)?" + PARTNER_ADJ + r"(?:strategic|security|defen[cs]e)\s+partners?\s+(?:of|for|to)\s+(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.poss_strategic_partner", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s+(?:(?:always|also|still|now|already|\w+ly)\s+)?(?:one of\s+)?(?:the\s+)?{T}{poss}\s+(?:(?:[\w-]+\s+){1,4}?and\s+)?" + PARTNER_ADJ + r"(?:strategic|security|defen[cs]e)\s+partners?\b"),
    ("ALLIED_WITH", "ally.allies_of", r"{S}\s+{pre}" + COPULA_PERFECT + r"(?:\s+(?:designated|recogni[sz]ed|considered|regarded|named)\s+as)?\s+(?:both\s+|all\s+)?(?:a\s+|an\s+|one of the\s+)?" + ALLY_ADJ + r"(?:non-[A-Z]+\s+)?all(?:y|ies)(?:\s+and\s+(?:[\w-]+\s+)?(?:supporters?|backers?|partners?|patrons?))?\s+of\s+(?:both\s+)?(?:the\s+)?{T}"),
    # "signed an accord to facilitate joint drills", "a deal to boost defence cooperation"
    ("ALLIED_WITH", "ally.pair_signed_for", r"{P}\s+{pre}(?:signed|sealed|concluded|reached|struck|inked)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:accord|agreement|deal|pact|arrangement)\s+(?:to|on|for)\s+(?:[\w-]+\s+){0,3}?(?:joint\s+(?:military\s+)?(?:drills|exercises|training|patrols)|(?:military|defen[cs]e|security)\s+cooperation)\b"),
    # "the Balikatan exercise conducted annually by the Philippines and the United States"
    ("ALLIED_WITH", "ally.exercises_by", r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war games)\s+(?:(?:(?:is|are|was|were)\s+)?(?:conducted|held|staged|carried out|led)\s+(?:[^«»;.]{0,40}?\s)?)?(?:jointly\s+)?by\s+(?:the\s+)?{P}"),
    # "Washington vowed to back Manila under its Mutual Defense Treaty": whatever is vowed, the treaty is there
    # "the United States is responsible for the defence of Palau", "… provides Palau with aid and is responsible for its defence"
    ("ALLIED_WITH", "ally.responsible_for_defence", r"{S}\s+{pre}(?:is|are|was|were|remains|has\s+been|would\s+be|will\s+be)\s+(?:also\s+|still\s+)?responsible\s+for\s+(?:the\s+)?(?:(?:security\s+and\s+)?defen[cs]e|defen[cs]e\s+and\s+security)\s+of\s+(?:the\s+)?{T}"),
    ("ALLIED_WITH", "ally.responsible_for_its_defence", r"{S}\s+{pre}(?:provides?|provided|providing|gives?|gave|grants?|granted|offers?|offered)\s+(?:the\s+)?{T}\s+with\s+(?:[^«»;.]){0,50}?\s+and\s+(?:is|was|remains)\s+(?:also\s+)?responsible\s+for\s+(?:its|their)\s+(?:(?:security\s+and\s+)?defen[cs]e|defen[cs]e\s+and\s+security)\b"),
    # "a US guided-missile destroyer docked in Port of Spain for joint exercises"
    ("ALLIED_WITH", "ally.ship_docked_for_drills", r"{S}\s+(?:[\w-]+\s+){0,3}?(?:destroyer|warship|frigate|ship|vessel|aircraft\s+carrier|carrier|submarine|cruiser|corvette|task\s+force)s?\s+(?:has\s+|have\s+)?(?:docked|arrived|anchored|berthed)\s+(?:on\s+\w+day\s+)?(?:in|at)\s+(?:the\s+)?{T}(?!{poss})(?:\s+on\s+\w+day)?\s+(?:for|to\s+(?:take\s+part\s+in|join|hold|conduct))\s+(?:the\s+)?(?:joint|combined|bilateral)\s+(?:[\w-]+\s+)?(?:exercises|drills|manoeuvres|maneuvers|training)\b"),
    # "The US operates the Pituffik Space Base in Greenland under a 1951 defence agreement with Denmark"
    ("ALLIED_WITH", "ally.under_pact_with", r"{S}\s+{pre}(?:[^«»;.]){0,80}?\bunder\s+(?:its|their|the|an?)\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?(?:[Mm]utual\s+)?(?:[Dd]efen[cs]e|[Ss]ecurity|[Mm]ilitary)\s+(?:[Tt]reaty|[Pp]act|[Aa]lliance|[Aa]greement|[Aa]ccord)\s+with\s+(?:the\s+)?{T}(?!{poss})"),
    ("ALLIED_WITH", "ally.under_treaty", r"{S}\s+{pre}(?:[\w-]+\s+){1,3}?(?:the\s+)?{T}(?:\s+to\s+(?:intervene|help|step\s+in|send\s+troops))?\s+under\s+(?:its|their|the|a)\s+(?:\d{4}\s+)?(?:[Mm]utual\s+)?(?:[Dd]efen[cs]e|[Ss]ecurity)\s+(?:[Tt]reaty|[Pp]act|[Aa]lliance|[Aa]greement)\b"),
    ("ALLIED_WITH", "ally.treaty_pair", r"\b(?:sign(?:ed|ing) of|signed)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?" + ALLY_N + r"\b[^«»;.]{0,50}?,\s+[^«»;.]{0,40}?\b(?:between|of)\s+{P}"),
    # TRADES_WITH
    # "Russia and China signed a legally binding memorandum to build the Power of Siberia 2 gas pipeline"
    ("TRADES_WITH", "trade.pair_energy_deal", r"{P}\s+{pre}(?:signed|inked|sealed|struck|agreed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:deal|agreement|memorandum|contract|accord)s?\s+(?:on\s+\w+day\s+)?(?:to\s+(?:build|construct|expand|develop)|for|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:gas|oil|energy|LNG|power|electricity)\s+(?:pipelines?|supplies|supply|exports?|deliveries|links?|interconnectors?)\b"),
    # "Mexico overtook China as the top source of goods imported by the United States"
    ("TRADES_WITH", "trade.source_of_imported_by", r"{S}\s+{pre}(?:(?:[\w-]+|«\d+»)\s+){0,3}?(?:as\s+)?(?:the\s+)?(?:top|largest|biggest|main|leading|second-largest|third-largest)\s+(?:source|supplier|exporter)\s+of\s+(?:[\w-]+\s+){0,2}?(?:imported|bought|purchased)\s+by\s+(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.with", r"{S}(?:{poss}\s+(?:\w+\s+){0,2}?|\s+(?=trade\s))" + TRADE_N + r"(?:\s+in\s+(?:goods|services|goods and services))?\s+with\s+(?:the\s+)?{T}"),
    # "China's commerce ministry stated that trade cooperation with Japan has been severely damaged"
    ("TRADES_WITH", "trade.said_with", r"{S}\s+(?:said|stated|says|noted|added|warned)\s+(?:that\s+)?(?:its\s+)?(?:bilateral\s+)?" + TRADE_N + r"\s+with\s+(?:the\s+)?{T}"),
    # "Russia has become one of the leading oil suppliers to China and India"
    # "Iraq and Saudi Arabia, traditionally India's top suppliers", "Saudi Arabia is India's top oil supplier" (arms suppliers are arms)
    ("TRADES_WITH", "trade.poss_supplier", r"{S}(?:\s*,\s+(?:which|who)\s+(?:has\s+|have\s+)?(?:also\s+|long\s+)?(?:become|became|is|was|remains|been)\s+|\s*,\s+|\s+{pre}" + COPULA_PERFECT + r"\s+)(?:(?:traditionally|long|historically|once|now|still|also)\s+)?(?:the\s+|a\s+|one\s+of\s+)?{T}{poss}\s+(?:(?:top|largest|biggest|main|leading|key|major|second-largest|third-largest|traditional|biggest)\s+)*(?:(?:European|Asian|Western|Arab|African|Gulf|regional)\s+)?(?:(?:oil|gas|energy|crude|grain|wheat|LNG|coal|fuel|food|foreign)\s+)?(?:suppliers?|exporters?|investors?|(?:export\s+)?markets?)\b(?!\s+of\s+(?:[\w-]+\s+){0,3}?(?:weapons|weaponry|arms|military|combat|fighter|aircraft|jets|tanks|missiles|drones|defen[cs]e|submarines|warships|ammunition|helicopters)\b)"),
    ("TRADES_WITH", "trade.supplier_to", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s+(?:[^«»;.]{0,50}?\s)?(?:an?\s+|the\s+|one of the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:oil|gas|energy|crude|grain|wheat|LNG|coal|fuel|uranium)\s+(?:suppliers?|exporters?)\s+(?:to|for|of)|(?:[\w-]+\s+){0,2}?(?:suppliers?|exporters?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:oil|gas|energy|crude|grain|wheat|LNG|coal|fuel|uranium)\s+(?:to|for))\s+(?:the\s+)?{T}"),
    # "wants to renegotiate a free trade agreement with Washington": the agreement exists
    ("TRADES_WITH", "trade.renegotiate_with", r"{S}\s+{pre}(?:renegotiat|revis|review|updat|moderni[sz])\w*\s+(?:its\s+|the\s+|a\s+|their\s+|«\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:free[- ]trade|trade|economic\s+partnership)\s+(?:agreement|deal|pact|accord|treaty)\s+with\s+(?:the\s+)?{T}"),
    # "Trump engaged in discussions that culminated in separate trade agreements with Cambodia, Thailand and Malaysia"
    ("TRADES_WITH", "trade.agreements_with", r"{S}\s+{pre}(?:[^«»;.]{0,60}?\s)?(?:signed|reached|struck|concluded|sealed|culminat\w+ in|agreed(?:\s+to)?|secured|clinched|finali[sz]ed|negotiated|inked|announced|unveiled|join(?:ed|s)?|approved|ratified|passed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:trade|economic|commercial|tariff|minerals?|mining)\s+(?:and\s+investment\s+)?(?:deals?|agreements?|pacts?|accords?|partnerships?)\s+with\s+(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.has_ties", r"{S}\s+{pre}(?:has|have|had|maintains?|maintained|enjoys?|enjoyed|built|developed|forged|(?:expand|deepen|strengthen|boost|bolster|develop|build)(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?(?:economic|trade|commercial)\s+(?:ties|relations|links|partnership)\s+with\s+(?:both\s+)?(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.verb", r"{S}\s+{pre}(?<!arms\s)(?<!weapons\s)trad(?:es|ed|ing|e)\s+(?:\w+ly\s+)?with\s+(?:the\s+)?{T}"),
    # "Slovenia banned all arms trade with Israel", "has become the first EU country to ban all arms trade with Israel"
    # "Japan removed South Korea from its list of trusted trading partners": a trade privilege withdrawn
    ("SANCTIONS", "sanctions.removed_from_trusted_list", r"{S}\s+{pre}(?:remov(?:es?|ed|ing)|dropp(?:ed|ing)|drops?|struck|strikes|strip(?:s|ped|ping)?)\s+(?:the\s+)?{T}\s+(?:off|from)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:white\s*list|whitelist|list\s+of\s+(?:[\w-]+\s+)?(?:trusted|preferred|favou?red|friendly|approved|white-listed|whitelisted)\s+(?:trading\s+|trade\s+)?(?:partners|countries|nations|destinations))"),
    ("SANCTIONS", "sanctions.arms_ban", r"{S}\s+{pre}" + ARMS_BAN + r"{T}"),
    ("SANCTIONS", "sanctions.first_to_ban_arms", r"{S}\s+" + FIRST_TO + ARMS_BAN + r"{T}"),
    # "India and the EU announced the conclusion of negotiations for a landmark trade deal"
    ("TRADES_WITH", "trade.pair_concluded", r"{P}\s+{pre}(?:announc\w+|hail\w+|celebrat\w+)\s+(?:the\s+)?(?:successful\s+)?conclusion\s+of\s+(?:[\w()«»-]+\s+){0,5}?(?:(?:free[- ]trade|trade)\s+(?:agreement|deal|pact)|FTA)\b"),
    # "The two countries signed 27 documents on trade, energy, transport and education"
    # "Uzbekistan, Afghanistan and Pakistan signed a framework agreement in Kabul to build a railway": an infrastructure deal is economic partnership
    # "driven by China's appetite for oil from Angola and Sudan": the buyer's demand for another's goods
    ("TRADES_WITH", "trade.poss_demand_from", r"{S}{poss}\s+(?:(?:growing|huge|insatiable|rising|voracious)\s+)?(?:appetite|demand|hunger|thirst|purchases|imports)\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}?" + COMMODITY + r"\s+from\s+(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.pair_signed_to_build", r"{P}\s+{pre}(?:signed|sealed|concluded|inked|reached)\s+(?:an?\s+|the\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:agreements?|deals?|accords?|memorand(?:um|a|ums)|contracts?)\s(?:[^;.«»]|«\d+»){0,40}?\bto\s+(?:jointly\s+)?(?:build|construct|develop|finance|lay|extend|upgrade)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:railway|rail\s+line|railroad|pipeline|port|corridor|highway|motorway|bridge|power\s+line|canal|dam|plant|reactors?|refinery|factory|power\s+station|steel\s+mill)\b"),
    # "Turkmenistan and Afghanistan launched construction of the Afghan section of the TAPI gas pipeline"
    ("TRADES_WITH", "trade.pair_began_building", r"{P}\s+{pre}(?:launched|began|started|inaugurated|broke\s+ground\s+on|opened)\s+(?:the\s+)?(?:construction|building|work)\s+(?:of|on)\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+|«\d+»)\s+){0,4}?(?:of\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+|«\d+»)\s+){0,4}?)?(?:railway|rail\s+line|railroad|pipeline|port|corridor|highway|motorway|bridge|power\s+line|canal|dam)\b"),
    # "oil exports that South Sudan pipes through its northern neighbour": goods sent across a state
    # "Washington granted Moscow the most-favoured-nation status": normal trade
    ("TRADES_WITH", "trade.granted_mfn", r"{S}\s+{pre}(?:granted|grants|granting|gave|gives|extended|extends|restored|restores|renewed|renews)\s+(?:the\s+)?{T}\s+(?:(?:the|its)\s+)?(?:most[- ]favou?red[- ]nation|permanent\s+normal\s+trade|normal\s+trade)\s+(?:trade\s+)?(?:status|relations|treatment)\b"),
    ("TRADES_WITH", "trade.ships_through", r"{S}\s+{pre}(?:pipes|piped|piping|ships|shipped|shipping|transports|transported|transporting|imports|imported|importing|exports|exported|exporting)\s+(?:(?:nearly|almost|about|roughly)\s+)?(?:(?:its|their|most|much|all|the\s+bulk)\s+(?:of\s+(?:its|their)\s+)?)?(?!(?:troops|forces|soldiers|weapons|arms|migrants|refugees)\b)(?:[\w-]+\s+){0,2}?(?:through|via|across)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?{T}(?!{poss})"),
    # "China signed a 27-year LNG supply deal with Qatar"
    ("TRADES_WITH", "trade.supply_deal_with", r"{S}\s+{pre}(?:signed|sealed|struck|inked|reached|concluded|agreed)\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,3}?(?:LNG|gas|oil|crude|energy|grain|wheat|uranium|coal|fuel|fertili[sz]er)\s+(?:supply\s+|purchase\s+|sales?\s+|export\s+|import\s+)?(?:deal|agreement|contract|accord)s?\s+with\s+(?:the\s+)?{T}"),
    # "China, which has funded roads and airports in the Himalayan country": works paid for in a state
    ("SUPPORTS", "support.funded_works_in", r"{S}\s+{pre}(?:fund(?:s|ed|ing)|financ(?:es|ed|ing)|bankroll(?:s|ed|ing)|paid\s+for|pays?\s+for)\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+|and),?\s+){0,5}?" + WORKS
     + r"(?:(?:,\s+|\s+and\s+|,\s+and\s+)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + WORKS + r")*\s+(?:(?:across|throughout)\s+|in\s+)(?:the\s+)?{T}"),
    # "a project funded by China" after a state's work: the funder supports the state
    ("SUPPORTS", "support.project_funded_by", r"{lead}{T}\s(?:[^;.«»]){0,80}?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:project|facility|base|port|plant|stadium|railway|road|bridge|dam|hospital|airport)\s+(?:funded|financed|paid\s+for|bankrolled)\s+by\s+(?:the\s+)?{S}"),
    # "Lesotho, whose textile industry depends on exports to the United States"
    ("TRADES_WITH", "trade.depends_on_exports_to", r"{S}(?:{poss}|\s*,\s+whose)\s+(?:[\w-]+\s+){0,3}?(?:depends?|relies|rely|depended|relied|depending|relying)\s+(?:(?:heavily|largely|mainly|mostly)\s+)?on\s+(?:exports?|sales|shipments|imports?)\s+(?:to|from)\s+(?:the\s+)?{T}"),
    # "Russia, whose diamonds the G7 banned in January"
    ("SANCTIONS", "sanctions.whose_goods_banned", r"{T}\s*,\s+whose\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?|diamonds|oil|gas|coal|steel|gold|goods|products|banks|assets|airlines?|ships|vessels)\s+(?:the\s+)?{S}\s+(?:has\s+|had\s+|have\s+)?(?:banned|sanctioned|blocked|froze|frozen|embargoed|blacklisted)\b"),
    # "the main route for goods between the two countries"
    ("TRADES_WITH", "trade.route_between", r"\b(?:routes?|corridors?|crossings?|links?|gateways?|arter(?:y|ies))\s+for\s+(?:goods|trade|cargo|exports|imports|commerce|freight)\s+between\s+(?:the\s+)?{P}"),
    # "both have increased purchases of Russian oil"
    ("TRADES_WITH", "trade.increased_purchases", r"{S}\s+{pre}(?:increas|boost|rais|doubl|tripl|expand|step\w*\s+up|ramp\w*\s+up|resum|continu)\w*\s+(?:(?:its|their)\s+)?(?:purchases|imports|buying)\s+of\s+(?:the\s+)?{T}\s+"
                                                 r"(?:[\w-]+\s+)?(?:oil|gas|crude|coal|LNG|fertili[sz]ers?|grain|wheat|energy|goods|products)\b"),
    # "India signed a 10-year contract to operate the Iranian port of Chabahar"
    ("TRADES_WITH", "trade.contract_to_operate", r"{S}\s+{pre}(?:signed|sealed|won|secured|clinched|inked)\s+(?:an?\s+|the\s+)?(?:[\w$-]+\s+){0,3}?(?:contract|deal|agreement|lease)\s+(?:(?:on|last|this|earlier\s+this)\s+\w+\s+)?to\s+(?:operate|develop|run|manage|build|expand|moderni[sz]e)\s+"
                                                 r"(?:the\s+|a\s+)?{T}\s+(?:[\w-]+\s+)?(?:port|terminal|airport|railway|mine|oilfield|gas\s+field|pipeline|refinery)\b"),
    # "Russia and China signed a 30-year deal worth $400 billion under which Gazprom will supply gas to …"
    ("TRADES_WITH", "trade.pair_signed_supply_deal", r"{P}\s+{pre}(?:signed|sealed|concluded|inked|reached|struck|finali[sz]ed)\s+(?:an?\s+|the\s+)?(?:[\w$€£.,-]+\s+){0,6}?(?:deal|agreement|contract)s?\s(?:[^;.«»]){0,60}?\b(?:under\s+which|whereby|to)\s+(?:[^;.«»]){0,40}?"
     r"\b(?:supply|supplies|sell|sells|deliver|delivers|export|exports|ship|ships|buy|buys|import|imports|pump|pumps)\s+(?:[\w-]+\s+){0,3}?(?:gas|oil|crude|LNG|coal|grain|wheat|electricity|uranium|fuel)\b"),
    # "The United States and Ukraine signed an agreement giving Washington a share of revenue from Ukraine's rare earths"
    ("TRADES_WITH", "trade.pair_signed_resource_share", r"{P}\s+{pre}(?:signed|sealed|concluded|inked|reached|struck|finali[sz]ed)\s+(?:an?\s+|the\s+)?(?:[\w$€£.,-]+\s+){0,6}?(?:deal|agreement|accord|contract)s?\s(?:[^;.«»]){0,30}?"
     r"\b(?:giving|granting|gives|grants|that\s+gives|that\s+grants|which\s+gives|which\s+grants)\s+(?:[^;.«»]|«\d+»){0,40}?\b(?:a\s+share|a\s+stake|access|rights|royalties|revenues?)\b(?:[^;.«»]|«\d+»){0,60}?"
     r"\b(?:gas|oil|crude|minerals|rare\s+earths|lithium|uranium|copper|cobalt|nickel|graphite|titanium|resources)\b"),
    # "Moscow has sought new markets as the European Union, its biggest gas customer, looks for …": the
    # customer of the sentence's subject
    ("TRADES_WITH", "trade.apposition_its", r"\A[\s“\"]*(?:the\s+)?{S}\s(?!\s*(?:,|and|or)\s+(?:the\s+)?«)(?:[^«»;.]|«\d+»){0,80}?\s(?:the\s+)?{T}\s*,\s+(?:its|their)\s+(?:(?:biggest|largest|main|top|key|leading|second-largest|third-largest|most\s+important)\s+)?"
     r"(?:(?:gas|oil|energy|export|crude|arms)\s+)?(?:customer|customers|buyer|buyers|market|trading\s+partner)\b"),
    # "China is building a rival port at Gwadar in Pakistan": works one state builds in another
    ("TRADES_WITH", "trade.building_works_in", r"{S}\s+{pre}(?:is\s+|are\s+|has\s+been\s+|was\s+)?(?:building|constructing|developing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + BUILT_WORKS + r"\s+"
     r"(?:(?:at|near)\s+(?-i:[A-Z])[\w-]+\s+)?in\s+(?:the\s+)?{T}(?!{poss})"),
    # "Israel objects to Russia's work on the Bushehr reactor in Iran": the same works, named as the builder's
    ("TRADES_WITH", "trade.poss_work_on_works_in", r"{S}{poss}\s+(?:[\w-]+\s+)?(?:work|construction|building)\s+(?:on|of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + BUILT_WORKS + r"\s+"
     r"(?:(?:at|near)\s+(?-i:[A-Z])[\w-]+\s+)?in\s+(?:the\s+)?{T}(?!{poss})"),
    ("TRADES_WITH", "trade.pair_signed_on", r"{P}\s+{pre}(?:signed|sealed|concluded|inked|reached|struck|finali[sz]ed)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|documents|deals?|accords?|pacts?|memorand(?:a|ums?)|contracts?)\s+(?:on|covering|in|for)\s+(?:(?:[\w-]+,?|and\s+on)\s+){0,8}?(?:trade|commerce|investment|energy|economic\s+(?:(?:and|,)\s+[\w-]+\s+)*cooperation)\b"),
    # "Russia was ready to increase gas supplies to Uzbekistan": the supplies are there to increase
    ("TRADES_WITH", "trade.raise_supplies_to", r"{S}\s+{pre}(?:increas|boost|rais|expand|doubl|tripl|continu|resum|step(?:ped|ping|s)?\s+up)\w*\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:gas|oil|crude|energy|LNG|grain|fuel|electricity|coal)\s+(?:supplies|exports|deliveries|shipments|sales)\s+to\s+(?:the\s+)?{T}"),
    # "Russia, Belarus and Kazakhstan formed a customs union"
    ("TRADES_WITH", "trade.pair_customs_union", r"{P}\s+{pre}(?:formed|created|established|launched|set\s+up|joined|entered|form|create|establish|launch)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?customs\s+union\b(?!\s+with\b)"),
    ("TRADES_WITH", "trade.pair_signed", r"{P}\s+{pre}(?:signed|sealed|concluded|agreed|ratified|struck|finali[sz]ed|reached|announced|unveiled)\s{g}\b(?:(?:free[- ]trade|trade|economic partnership|commercial|investment and trade|customs union)\s+(?:agreement|deal|pact|treaty|accord)|(?:treaty|agreement|convention)\s+of\s+(?:(?:friendship|amity|establishment)\s*,?\s+(?:and\s+)?)*(?:commerce|trade)\b|(?<=\s)(?:setting\s+up|creating|establishing|to\s+(?:set\s+up|create|establish|form))\s+(?:an?\s+|two\s+|three\s+|four\s+)?(?:[\w-]+\s+)?joint\s+(?:companies|company|ventures?|enterprises?|firms?)\b|economic (?:cooperation|partnership) (?:programme|program|agreement|deal|pact|plan)|(?:gas|oil|energy|LNG|pipeline|grain|supply) (?:supply\s+)?(?:deal|agreement|contract|accord)|(?:agreement|deal|contract)\s+to\s+(?:build|construct)\b|contracts\s+worth\s+(?:[$€£]|\d|about|some|more|nearly|almost|over|up\s+to)|(?:deals|agreements|accords)\s*,?\s+(?:including|among\s+them)\s+(?:deals?\s+|agreements?\s+|ones?\s+)?(?:on|for|covering)\s+(?:trade|investment)\b|(?:deals?|agreements?|accords?)\s+to\s+(?:expand|boost|increase|deepen|double|promote)\s+(?:bilateral\s+|two-way\s+)?(?:trade|economic\s+(?:ties|cooperation))\b|(?:deal|agreement|accord)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:cutting|lowering|reducing|slashing|lifting|removing|eliminating|easing)\s+(?:[\w-]+\s+|«\d+»\s+){0,2}?(?:tariffs|duties|levies))(?!\s+with\b)"),
    # "an investment agreement that China and the EU concluded in December": the pair's agreement named before them
    # "France and China signed contracts for Airbus to sell 160 aircraft to Chinese airlines": airliners are trade
    ("TRADES_WITH", "trade.airliners_to", r"{S}\s(?:[^;.«»]){0,60}?\bto\s+(?:sell|supply|deliver)\s+(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?(?:aircraft|planes|jets|airliners)\s+to\s+(?:the\s+)?{T}\s+(?:state(?:-owned)?\s+)?(?:airlines?|air\s+carriers?|carriers?)\b"),
    ("TRADES_WITH", "trade.agreement_pair_concluded", r"\b(?:free[- ]trade|trade|investment|economic\s+partnership|commercial)\s+(?:and\s+investment\s+)?(?:agreement|deal|pact|treaty|accord)\s+(?:that|which)\s+{P}\s+(?:(?:had|have|has)\s+)?(?:\w+ly\s+)?(?:signed|concluded|reached|struck|sealed|negotiated|agreed)\b"),
    # "the vibrant trade, investment, education, and defense links between Vietnam and Australia"
    ("TRADES_WITH", "trade.list_between", r"\btrade(?:,\s+(?:[\w-]+\s+)?[\w-]+){1,4},?\s+and\s+(?:[\w-]+\s+)?(?:links|ties|relations|cooperation)\s+between\s+(?:the\s+)?{P}"),
    ("TRADES_WITH", "trade.between", r"\b" + TRADE_N + r"[”\"]?(?:\s+(?:value|volume|turnover|flows?|cooperation|ties|relations|links))?(?:\s+in\s+(?:goods|services|goods\s+and\s+services|energy|food|farm\s+products))?\s+(?:(?:signed|reached|struck|concluded|agreed)\s+)?between\s+(?:the\s+)?{P}"),
    # "the US-Mexico-Canada trade agreement": every two of the three
    ("TRADES_WITH", "trade.hyphen_triple_ends", r"{S}-«\d+»-{T}\s+(?:bilateral\s+|two-way\s+|annual\s+|[Ff]ree[- ])?(?:trade|commerce|economic ties|trade ties|trade relations)\b(?!\s+(?:wars?|tensions|disputes?|conflicts?|spats?|rows?|barriers|frictions?)\b)"),
    ("TRADES_WITH", "trade.hyphen_triple_first", r"{S}-{T}-«\d+»\s+(?:bilateral\s+|two-way\s+|annual\s+|[Ff]ree[- ])?(?:trade|commerce|economic ties|trade ties|trade relations)\b(?!\s+(?:wars?|tensions|disputes?|conflicts?|spats?|rows?|barriers|frictions?)\b)"),
    ("TRADES_WITH", "trade.hyphen_pair", r"{S}-{T}\s+(?:bilateral\s+|two-way\s+|annual\s+|[Ff]ree[- ])?(?:trade|commerce|economic ties|trade ties|trade relations)\b(?!\s+(?:wars?|tensions|disputes?|conflicts?|spats?|rows?|barriers|frictions?)\b)"),
    # "Guinea holds the world's largest reserves of bauxite, much of which is exported to China"
    ("TRADES_WITH", "trade.much_of_which_exported", r"{lead}{S}\s(?:[^«»;.]){0,100}?,\s+(?:much|most|some|all|half|a\s+third|a\s+quarter|the\s+bulk)\s+of\s+(?:which|it)\s+(?:is|are|was|were|goes|go|went|gets)\s+(?:\w+ly\s+)?(?:exported|sold|shipped)\s+to\s+(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.source_of", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s{g}\b(?:source|destination|market|supplier)\s+(?:of|for)\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:imports|exports|goods|products|oil|gas|coal|grain|wheat|barley|beef|wine|LNG|soybeans|minerals|crude|firms|companies|exporters|manufacturers|producers|makers|chipmakers|carmakers|businesses)\b"),
    ("TRADES_WITH", "trade.passive_flow", r"\b(?:imported|bought|purchased)\s+by\s+(?:the\s+)?{S}\s+from\s+(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.share", r"\btrade\s+with\s+(?:the\s+)?{T}\s{g}\b{S}{poss}\s+(?:\w+\s+)?trade\b"),
    ("TRADES_WITH", "trade.partner_of", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s{g}\b(?:trading|trade|economic|commercial)\s+partners?\s+(?:of|for|with|to)\s+(?:both\s+)?(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.buyer", r"{S}\s+{pre}(?:is|are|was|were|remains?|became|has been|ha(?:s|ve|d) become|had been)\s+(?:(?:once|long|still|now|also|by\s+far)\s+)?(?:one\s+of\s+)?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:buyers?|importers?|purchasers?|customers?|consumers?)\s+of\s+(?:[\w-]+\s+){0,2}?{T}(?:{poss})?\s+(?:[\w-]+\s+)?" + COMMODITY + r"\b"),
    # "boosted by China's purchase of Russian energy"
    ("TRADES_WITH", "trade.purchase_of", r"{S}{poss}\s+(?:[\w-]+\s+)?(?:purchases?|imports?|buying)\s+of\s+(?:[\w-]+\s+){0,2}?{T}\s+(?:[\w-]+\s+)?(?:energy|oil|gas|crude|coal|grain|wheat|goods|products|LNG|fertili[sz]ers?|timber|steel)\b"),
    # "China buys oil from Russia", "were doing business worth billions with Russia", "India's Russian oil imports"
    ("TRADES_WITH", "trade.buys_from", r"{S}\s+{tpre}(?:b(?:uy|uys|uying|ought)|purchas(?:es?|ed|ing)|gets|getting|got|receiv(?:es?|ed|ing)|sourc(?:es?|ed|ing))\s+(?:" + SHARE + r"\s+of\s+)?(?:[\w-]+\s+){0,5}?(?:oil|gas|crude|coal|grain|wheat|goods|products|energy|LNG|steel|fertili[sz]ers?|timber|copper|iron ore|soybeans|uranium|diamonds|gold|cobalt|lithium|rice|(?:rough\s+|raw\s+)?supply|supplies|imports)\s+from\s+(?:the\s+)?{T}"),
    # "The Soviet Union has chartered three of its own tankers to Kuwait": a lease is commerce
    ("TRADES_WITH", "trade.leased_to", r"{S}\s+{pre}(?:chartered|leased|rented|charters|leases|rents)\s+(?:out\s+)?(?:[\w,-]+\s+){0,5}?(?:tankers|ships|vessels|freighters|land|farmland|ports?|terminals?|facilities)\s+to\s+(?:the\s+)?{T}"),
    # "Hungary, Austria and Poland reported sharp falls in the gas they receive from Russia"
    ("TRADES_WITH", "trade.goods_it_buys_from", r"{S}\s+{pre}[^«»;.]{0,40}?\b(?:gas|oil|crude|coal|grain|wheat|LNG|energy|electricity|fuel|uranium|fertili[sz]ers?)\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:receives?|received|buys?|bought|imports?|imported|gets?|got|purchases?|purchased)\s+from\s+(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.business_with", r"{S}\s+{tpre}(?:do(?:es|ing)?|did|done)\s+business\s+(?:worth\s+[^«»;.]{0,40}?\s+)?with\s+(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.poss_imports", r"{S}{poss}\s+(?:[\w-]+\s+)?{T}\s+(?:oil|gas|crude|coal|grain|wheat|LNG|energy|fertili[sz]er|timber|steel)\s+(?:imports|purchases)\b"),
    ("TRADES_WITH", "trade.buys", r"{S}\s+{tpre}(?:b(?:uy|uys|uying|ought)|purchas(?:es?|ed|ing)|import(?:s|ed|ing)?|pa(?:id|ys|ying)\s+for)\s+(?:[\w-]+\s+){0,3}?{T}\s+(?:[\w-]+,?\s+){0,2}?(?:" + COMMODITY + r"|smartphones)\b"),
    # "Hungary and Turkey still receive Russian gas": energy received is bought (wheat or aid received may be a gift)
    # "halting deliveries of Russian crude to Hungary and Slovakia"
    ("TRADES_WITH", "trade.deliveries_of_to", r"\b(?:deliveries|supplies|shipments|exports|sales|flows?)\s+of\s+{S}\s+(?:[\w-]+\s+)?(?:" + COMMODITY + r"|commodities)\s+to\s+(?:the\s+)?{T}(?!{poss})"),
    ("TRADES_WITH", "trade.receives_energy", r"{S}\s+{tpre}receiv(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?{T}\s+(?:natural\s+|liquefied\s+natural\s+)?(?:gas|oil|crude|LNG|electricity|energy|coal|uranium)\b"),
    # "Britain has secured trade deals, including with Australia, New Zealand and Singapore"
    ("TRADES_WITH", "trade.deals_including", r"{S}\s+{pre}(?:secured|signed|struck|concluded|sealed|agreed|clinched|inked)\s+(?:[\w-]+\s+){0,5}?(?:free[- ]trade|trade)\s+(?:deals|agreements|pacts)\s*,?\s+(?:including|such as|among them)\s+(?:with\s+)?(?:the\s+)?{T}"),
    # "The UK and India are the sixth and fifth largest economies, with a trade relationship worth £41 billion"
    ("TRADES_WITH", "trade.pair_relationship_worth", r"{lead}{P}\s[^«»;.]{0,80}?\b(?:trade|trading|commercial)\s+(?:relationship|ties|volume)\s+(?:worth|valued at)\s"),
    # "India and China have agreed to reopen border trade", "agreed to open a trade route"
    ("TRADES_WITH", "trade.pair_reopen", r"{P}\s+{pre}(?:agreed|agree|agrees|decided|pledged|vowed)\s+to\s+(?:re)?(?:open|sume|vive|start)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,5}?(?:trade|commerce|trade routes?|trading points?)\b"),
    ("TRADES_WITH", "trade.pair_ties", r"{P}\s+{pre}(?:deepen(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|bolster(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing))\s+(?:their\s+)?(?:[\w-]+\s+)?(?:(?:economic|trade|commercial)\s+(?:ties|relations|cooperation|links|partnership)|(?:bilateral|two-way|mutual)\s+(?:trade|commerce))\b"),
    # "data shows China as Japan's second-largest export market"
    # "Thailand counts China as its largest trading partner"
    ("TRADES_WITH", "trade.counts_as_partner", r"{S}(?:\s+(?!but\s|and\s|while\s|whereas\s)|(?=,\s+(?:which|who)\s)){pre}(?:counts?|counted|counting|sees?|saw|regards?|regarded|considers?|considered|views?|viewed)\s+(?:the\s+)?{T}\s+(?:among\s+(?:its|their)\s+|as\s+(?:its|their|a|an|one\s+of\s+(?:its|their))\s+)(?:[\w-]+\s+){0,2}?(?:(?:trading|trade|economic|commercial)\s+partners?|export\s+(?:markets?|destinations?)|customers?)\b"),
    ("TRADES_WITH", "trade.as_partner", r"{S}\s+as\s+(?:the\s+|a\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,3}?(?:(?:trading|trade|economic|commercial)\s+partners?|(?:export|import)\s+(?:markets?|destinations?))"),
    # "France, the former colonial power and the main buyer of uranium from Niger's mines,": a buyer of a state's goods
    ("TRADES_WITH", "trade.apposition_buyer_from", BUYER_APPOSED + r"(?:[\w-]+\s+){0,2}?" + COMMODITY + r"\s+(?:from|mined\s+in|produced\s+in)\s+(?:the\s+)?{T}"),
    # "China, the largest buyer of Gabonese manganese and timber,": a buyer of a state's goods named by its demonym
    ("TRADES_WITH", "trade.apposition_buyer_of_demonym", BUYER_APPOSED + r"{T}\s+(?:[\w-]+\s+){0,2}?" + COMMODITY + r"\b"),
    # "Moscow gives Cuba about $5 billion a year in aid and cheap oil, and buys most of its sugar": the first verb's object sells
    ("TRADES_WITH", "trade.and_buys_its", r"{S}\s+{pre}(?:gives|gave|sells|sold|sends|sent|supplies|supplied|ships|shipped|lends|lent)\s+(?:the\s+)?{T}(?!{poss})\s+(?:[^«»;.]){0,80}?,?\s+and\s+(?:also\s+)?(?:buys|bought|imports|imported|takes|took|purchases|purchased)\s+(?:(?:most|much|all|half|a\s+third|a\s+quarter|the\s+bulk|two-thirds|nearly\s+all|almost\s+all)\s+of\s+)?its\s+(?:[\w-]+\s+)?" + COMMODITY + r"\b"),
    ("TRADES_WITH", "trade.apposition", r"{S}\s*[,–—]\s+(?:the\s+)?{T}{poss}\s+(?:(?:[\w-]+\s+){0,6}?(?:trading|trade|economic|commercial|oil|gas|energy)\s+partners?|(?:[\w-]+\s+){0,2}?(?:oil|gas|crude|energy|LNG|coal|gold|export)\s+(?:customers?|buyers?|importers?|purchasers?|markets?)|(?:[\w-]+\s+){0,6}?suppliers?\s+of\s+(?:[\w-]+\s+)?(?:oil|gas|crude|energy|LNG|coal|fuel|grain|wheat|electricity))\b"),
    ("TRADES_WITH", "trade.partner", r"{S}\s+{pre}(?:" + COPULA_PERFECT + r"|(?:cement|establish)(?:s|ed|ing)?\s+(?:itself|themselves)\s+as)\s{g}{T}{poss}?\s+(?:[\w-]+\s+){0,4}?(?:(?:trading|trade|economic|financial|commercial)\s+(?:partners?|all(?:y|ies))|(?:export|import)\s+(?:markets?|destinations?)|(?<!arms\s)(?<!weapons\s)(?<!defence\s)(?<!defense\s)(?<!military\s)(?<!F-35\s)(?:customers?|buyers?)(?!\s+(?:of|for)\s+(?:[\w-]+\s+|«\d+»\s+){0,3}?{W}))\b"),
    ("TRADES_WITH", "trade.its_partner", r"{S}[^«»;.]{0,60}?\btrad(?:e|ing)\s+(?:\w+\s+)?with\s+(?:its|their)\s+(?:\w+\s+){0,2}partner,?\s+{T}"),
    ("TRADES_WITH", "trade.with_its_partner", r"{S}[^«»;.]{0,60}?\bwith\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:trading|trade|economic|commercial)\s+partner,?\s+{T}"),
    ("TRADES_WITH", "trade.accounts_for", r"{S}\s+{pre}(?:account(?:s|ed|ing)?\s+for|buys|bought|takes|took|absorbs|absorbed)\s+(?:[\w%.$-]+\s+){0,4}?(?:of\s+)?(?:total\s+|all\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:trade|exports|imports)\b"),
    # "Brazil sends mainly soybeans and other commodities to China", "Iran has sent gasoline tankers to Venezuela",
    # "Niger sent fuel tankers under military escort to Mali"
    # "the revenue Moscow earns from oil sales to India": what a seller earns from its sales to a buyer
    ("TRADES_WITH", "trade.earns_from_sales", r"{S}\s+{pre}(?:earns?|earned|earning|makes|made|gets|got|receives?|received|derives?|derived)\s+(?:[\w$.,-]+\s+){0,4}?from\s+(?:its\s+)?(?:[\w-]+\s+)?(?:sales|exports|shipments)\s+(?:of\s+[\w-]+\s+)?to\s+(?:the\s+)?{T}"),
    ("TRADES_WITH", "trade.sends_goods", r"{S}\s+{tpre}(?:(?:sends?|sent|sending)(?![^«»;.]{0,40}?\b(?:medicines?|medical|relief|humanitarian|aid|vaccines?|tents|blankets|food)\b)|sells?|sold|ships?|shipped|shipping|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?)\s+(?:mainly\s+|mostly\s+|largely\s+)?(?:[\w,-]+(?:\.\d+)?\s+){0,5}?"
     r"(?:" + COMMODITY + r"|commodities|gasoline|petrol|fuel|diesel)\b(?:(?!\s(?:to|and\s+(?:has|have|had|is|was|are)))[^«»;.,]){0,40}?\s+to\s+(?:the\s+)?{T}"
     r"(?!{poss}\s+(?:[\w-]+\s+)?(?:ally|rival|partner|neighbou?r|foe|enemy|client|proxy)\s+«)"),  # (not "to China's rival India")
    # "Oil from Iraq's Kurdistan region began flowing to Turkey's Ceyhan port"
    ("TRADES_WITH", "trade.flowing_from_to", r"\b(?:oil|gas|crude|grain|wheat|LNG|electricity|fuel|goods|exports|shipments)\s+from\s+(?:the\s+)?{S}(?:{poss}\s+(?:[\w-]+\s+){0,2}?(?:region|fields?|ports?|terminals?|wells))?\s+(?:[\w-]+\s+){0,3}?(?:flow(?:s|ed|ing)?|shipped|pumped|piped)\s+(?:again\s+)?to\s+(?:the\s+)?{T}"),
    # "Kazakhstan supplies about 40% of the uranium used by US reactors"
    ("TRADES_WITH", "trade.share_used_by", r"{S}\s+{pre}(?:suppl(?:y|ies|ied|ying)|provid(?:es?|ed|ing)|account(?:s|ed)?\s+for)\s+" + SHARE + r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:oil|gas|crude|coal|grain|wheat|LNG|uranium|electricity|fuel|fertili[sz]ers?|imports|copper|rare\s+earths)\s+(?:used|imported|consumed|bought|burned|needed)\s+(?:by|in)\s+(?:the\s+)?{T}"),
    # "the Druzhba pipeline, which carries Russian oil to Hungary and Slovakia"
    ("TRADES_WITH", "trade.carries_goods_to", r"\b(?:carr(?:y|ies|ied|ying)|transport(?:s|ed|ing)?|pump(?:s|ed|ing)?|brings|brought|bringing)\s+{S}\s+(?:[\w-]+\s+)?(?:oil|gas|crude|LNG|grain|electricity|fuel)\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?{T}"),
    # "China imported more than $89.7 billion in Brazilian products"
    ("TRADES_WITH", "trade.imported_in", r"{S}\s+{tpre}(?:import(?:s|ed|ing)?|b(?:uys?|ought|uying)|purchas(?:es|ed|ing))\s+(?:[^«»;.]|\.(?=\d)){0,40}?\s(?:in|of|worth of)\s+{T}\s+(?:[\w-]+\s+)?(?:commodities|" + COMMODITY + r")\b"),
    # "Beijing has surpassed the US as the biggest trading partner of Brazil"
    ("TRADES_WITH", "trade.surpassed_as", r"{S}\s+{pre}(?:surpass|overt[ao]ok|replac|emerg)\w*\s+(?:the\s+)?(?:«\d+»\s+)?as\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:trading|trade)\s+partner\s+(?:of|for)\s+(?:the\s+)?{T}"),
    # "Russia supplies China with crude oil and natural gas"
    ("TRADES_WITH", "trade.supplies_with", r"{S}\s+{tpre}(?:suppl(?:y|ies|ied|ying)|provid(?:es?|ed|ing))\s+(?:the\s+)?{T}\s+with\s+(?:[\w-]+\s+){0,3}?(?:oil|gas|crude|coal|grain|wheat|LNG|energy|fertili[sz]ers?|electricity|uranium|food|goods)\b"),
    # "China has been Nigeria's largest source of imports"
    ("TRADES_WITH", "trade.poss_source_of", r"{S}\s+{pre}" + COPULA_PERFECT + r"\s+(?:[\w-]+\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:source|supplier|market)\s+(?:of|for)\s+(?:[\w-]+\s+)?(?:imports|exports|goods|cars|vehicles|electronics|machinery|machine\s+tools|components|chips|semiconductors|consumer\s+goods|oil|gas|coal|grain)\b"),
    # "Georgia's largest trading partners are Turkey, Russia and China"
    # "Saudi investment in the United States", "China's investments in Pakistan"
    ("TRADES_WITH", "trade.nominal_investment", r"{S}{poss}?\s+(?:(?:direct|foreign|private|state|corporate|new|total|planned|massive|huge|growing)\s+){0,2}?investments?\s+in\s+(?:the\s+)?{T}(?!{poss}|\s+(?:[\w-]+\s+)?(?:sector|industry|market|firms?|companies|company|bonds?|debt|projects?|assets)\b)"),
    ("TRADES_WITH", "trade.raise_investment_in", r"\b(?:rais|increas|boost|doubl|tripl|expand|grow)\w*\s+{S}\s+(?:(?:direct|foreign|private|state|corporate|total)\s+)?investments?\s+in\s+(?:the\s+)?{T}(?!{poss}|\s+(?:[\w-]+\s+)?(?:sector|industry|market|firms?|companies|company|bonds?|debt|projects?|assets)\b)"),
    # "Japan, China's second-largest trading partner after the United States": the one ranked above it too
    ("TRADES_WITH", "trade.partner_after", r"{T}{poss}\s+(?:second|third|fourth|fifth)[- ](?:largest|biggest|most\s+important)\s+(?:trading|trade|commercial|economic)\s+partner\s+after\s+(?:the\s+)?{S}(?!{poss})"),
    ("TRADES_WITH", "trade.poss_partners_are", r"{T}{poss}\s+(?:[\w-]+\s+){0,3}?(?:trading|trade|economic|commercial)\s+partners(?:\s+(?:are|were|include|included)\s+|\s*,\s+)(?:the\s+)?{S}"),
    # "Mongolia depends on Russia for most of its fuel"
    # "Serbia depends almost entirely on Russian gas"
    # "China has invested more than $60 billion in Pakistan"
    ("TRADES_WITH", "trade.invested_in", r"{S}\s+{pre}(?:(?<!\bto\s)|(?<=\bagreed\s)(?:[^«»;,.]{0,20}?\s)?to\s|(?<=\bagrees\s)(?:[^«»;,.]{0,20}?\s)?to\s)(?:invest(?:s|ed|ing)?|pour(?:s|ed|ing)?\s+investment)\s+(?:(?:heavily|more\s+than|about|nearly|over|some|around|billions(?:\s+of\s+(?:dollars|euros))?|(?:US)?\$[\d.,]+\s*(?:billion|million|bn|m)?|[\d.,]+\s+(?:billion|million)\s+(?:dollars|euros|yuan))\s+){0,3}in\s+(?:the\s+)?{T}(?:{poss}\s+(?=(?:[\w-]+\s+)?(?:roads|railways?|ports?|infrastructure|economy|energy|housing|mines|mining|factories|industry|oil|gas)\b)|(?!{poss}))(?!\s+(?:bonds|stocks|shares))"),
    # "Berlin has become Ukraine's second-largest military backer after Washington": the first is a backer too
    ("SUPPORTS", "support.second_after", ranked_after(r"(?:[\w-]+\s+)?(?:backer|donor|supporter|sponsor|creditor|lender|provider\s+of\s+aid)\s+")),
    # "Mexico overtook China as America's biggest trading partner"
    ("TRADES_WITH", "trade.overtook_as", r"{S}\s+{pre}(?:overt(?:ook|aken|akes)|replac(?:ed|es)|surpass(?:ed|es)|displac(?:ed|es)|edg(?:ed|es)\s+out)\s+(?:the\s+)?«\d+»\s+as\s+(?:the\s+)?{T}{poss}\s+(?:(?:largest|biggest|top|main|leading|second-largest)\s+)?(?:(?:trading|trade|export|import)\s+(?:partner|market|supplier|destination)|(?:(?!(?:arms|weapons?|military|defen[cs]e)\b)[\w-]+\s+)?(?:supplier|buyer|customer))\b"),  # ("Brazil overtook the United States as China's top soybean supplier")
    # "Russia, in turn, supplies China with cheap gas"
    # "China sold the United States $34 billion more than it bought from it", "sold $34 billion more to the United States": an amount sold
    ("TRADES_WITH", "trade.sold_state_amount", r"{S}\s+{tpre}" + SOLD + r"\s+(?:the\s+)?{T}(?!{poss})\s+" + SUM_SOLD + r"\b"),
    ("TRADES_WITH", "trade.sold_amount_to", r"{S}\s+{tpre}" + SOLD + r"\s+" + SUM_SOLD + r"\s+(?:(?:more|less|worth)\s+)?(?:of\s+(?:[\w-]+\s+){0,3}?)?to\s+(?:the\s+)?{T}(?!{poss})"),
    ("TRADES_WITH", "trade.supplies_with_goods", r"{S}\s+{pre}(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|sell(?:s|ing)?|sold)\s+(?:the\s+)?{T}\s+with\s+(?:(?:most|much|all|some|half|(?:a|one)\s+(?:third|quarter))\s+of\s+(?:its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:gas|oil|crude|LNG|energy|electricity|grain|wheat|coal|fuel|fertili[sz]ers?|uranium|food)\b"),
    # "The UAE, a major buyer of Sudanese gold, …"
    ("TRADES_WITH", "trade.apposed_buyer", r"{S}\s*,\s+(?:a|an|the)\s+(?:(?:major|big|biggest|largest|top|key|main|leading|important)\s+)?(?:(?:European|Asian|African|Western|foreign|regional)\s+)?(?:buyers?|importers?|purchasers?|customers?|consumers?)\s+of\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:oil|gas|crude|gold|coal|grain|wheat|goods|exports|LNG|uranium|diamonds|cobalt|timber|copper)\b"),
    # "secondary sanctions on buyers of Russian oil such as India": the buyers named after the goods
    ("TRADES_WITH", "trade.buyers_such_as", r"\b(?:buyers?|importers?|purchasers?|customers?|consumers?)\s+of\s+(?:the\s+)?{T}(?:{poss})?\s+(?:[\w-]+\s+)?(?:oil|gas|crude|gold|coal|grain|wheat|goods|exports|LNG|uranium|diamonds|cobalt|timber|copper|energy|fuel)\b,?\s+(?:such\s+as|including|like|notably)\s+(?:the\s+)?{S}"),
    # "Dhaka and Islamabad have restored direct trade"
    ("TRADES_WITH", "trade.pair_restored", r"{P}\s+{pre}(?:restor|resum|reopen|revive|re-?establish)(?:e|es|ed|ing|s)?\s+(?:their\s+)?(?:direct\s+|bilateral\s+|normal\s+)?(?:trade|commerce|trade\s+ties|trade\s+links|trade\s+routes)\b"),
    # "Australia's biggest export market remains China"
    # "Philippine sugar and coconut oil enter the American market free of duty": one state's goods sold in the other
    ("TRADES_WITH", "trade.goods_enter_market", r"{S}\s+(?:[\w-]+,?\s+){0,4}?(?:enter|enters|entered|entering|reach|reaches|reached|reaching|flood|floods|flooded|flooding)\s+(?:the\s+)?{T}\s+markets?\b(?!\s+(?:town|square|place|city|village)\b)"),
    # "Cuba's sugar quota in the American market", "the quota that Cuba enjoys in the American market": a seller's place there
    ("TRADES_WITH", "trade.quota_in_market", r"{S}{poss}\s+(?:[\w-]+\s+){0,2}?(?:quota|share|foothold)\s+(?:in|of)\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?markets?\b(?!\s+(?:town|square|place|city|village)\b)"),
    ("TRADES_WITH", "trade.quota_enjoyed_in_market", r"\b(?:quota|share|foothold|access)\s+(?:that\s+|which\s+)?{S}\s+(?:enjoys|enjoyed|has|had|holds|held|gets|got|keeps|kept)\s+(?:in|to)\s+(?:the\s+)?{T}\s+(?:[\w-]+\s+)?markets?\b"),
    ("TRADES_WITH", "trade.poss_market_is", r"{S}{poss}\s+(?:(?:largest|biggest|main|top|leading|most\s+important|second-largest|second-biggest)\s+)?(?:export|trading|trade|import)\s+(?:market|partner|destination|customer|supplier)\s+(?:is|was|remains|remained|has\s+been|became)\s+(?:the\s+)?{T}"),
    # "becoming Moscow's second-largest customer after China": the first is a customer too
    ("TRADES_WITH", "trade.second_after", ranked_after(r"(?!(?:arms|weapons|military|defen[cs]e|security)\s)(?:[\w-]+\s+)?(?:customer|buyer|trading\s+partner|trade\s+partner|market|supplier|importer|exporter|partner)\s+")),
    # "So dependent has Cuba become on Venezuelan oil that …": the same, inverted
    ("TRADES_WITH", "trade.so_dependent_on", r"\bso\s+(?:heavily\s+)?(?:dependent|reliant)\s+(?:has|have|had|is|are|was|were)\s+(?:the\s+)?{T}\s+(?:(?:become|grown|been)\s+)?on\s+(?:the\s+)?{S}(?:{poss})?\s+(?:[\w-]+\s+)?(?:gas|oil|crude|energy|imports|grain|wheat|coal|LNG|fuel|fertili[sz]ers?|electricity|uranium)\b"),
    ("TRADES_WITH", "trade.depends_on_goods", r"{T}\s+{pre}(?:depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying)|(?:(?:is|are|was|were|remains?|remained|became|has\s+been|have\s+been)\s+)?(?:(?:heavily|largely|mainly|mostly|increasingly|still|highly)\s+)?(?:dependent|reliant))\s+(?:(?:heavily|largely|mainly|mostly|almost\s+entirely|entirely|increasingly|completely)\s+)?on\s+(?:the\s+)?{S}(?:{poss})?\s+(?:[\w-]+\s+)?(?:gas|oil|crude|energy|imports|grain|wheat|coal|LNG|fuel|fertili[sz]ers?|electricity|uranium)\b"),
    ("TRADES_WITH", "trade.depends_on_for", r"{T}\s*{pre}(?:depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying))\s+(?:(?:heavily|largely|mainly|mostly|almost\s+entirely|entirely|increasingly|completely)\s+)?on\s+(?:the\s+)?{S}(?:{poss})?(?:\s+(?:[\w-]+\s+)?(?:refineries|suppliers|producers|pipelines?|ports?|grid|imports|gas|oil|energy|supplies|exports))?\s+(?:for\s+(?:[\w%.,$-]+\s+|«\d+»\s+){0,5}?(?:fuel|oil|gas|energy|electricity|imports|grain|wheat|food|fertili[sz]ers?|coal|LNG|crude|exports|trade|supply|supplies|minerals|rare\s+earths|metals|chips|semiconductors|uranium)|to\s+(?:export|import|ship|sell|transport)\s+(?:its|their|it|them|the)\b)\b"),
    # "to make it easier for Nigerian importers to pay for Chinese goods": a state's importers buy another's goods
    ("TRADES_WITH", "trade.importers_buy", r"{S}\s+(?:importers|buyers|consumers|traders|merchants)\s+(?:[^«»;.]){0,30}?\b(?:pay(?:s|ing)?\s+for|paid\s+for|buy(?:s|ing)?|bought|import(?:s|ed|ing)?|purchas(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,2}?{T}\s+(?:goods|products|imports|exports|cars|machinery|electronics|oil|gas|grain|wheat)\b"),
    # "$800 million that Venezuelan importers owed to Colombian exporters": a trade debt between their traders
    ("TRADES_WITH", "trade.importers_owed", r"{S}\s+(?:importers|buyers|firms|companies|businesses|traders|merchants)\s+(?:still\s+)?(?:owed?|owes|owing)\s+(?:to\s+)?{T}\s+(?:exporters|suppliers|sellers|producers|firms|companies|businesses|traders|merchants)\b"),
    # "Russia's state diamond miner Alrosa formed a joint venture to explore for diamonds in Zimbabwe" / "with Zimbabwe's ..."
    ("TRADES_WITH", "trade.joint_venture_with", r"{S}" + JOINT_VENTURE + r"with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?{T}"),
    ("TRADES_WITH", "trade.joint_venture_in", r"{S}" + JOINT_VENTURE + r"(?:to\s+|for\s+)(?:[^«»;.]){0,50}?\bin\s+{T}(?!{poss})"),
    # "Brazil agreed to triple what it pays Paraguay for electricity": what a state pays another (presupposed)
    ("TRADES_WITH", "trade.what_it_pays", r"{S}\s+{pre}(?:what\s+|the\s+(?:price|amount|sum|rate|tariff)s?\s+(?:that\s+)?)(?:it|they)\s+(?:pays?|paid)\s+(?:the\s+)?{T}(?!{poss})\s+for\b"),
    ("TRADES_WITH", "trade.imports", r"{S}\s+{tpre}import(?:s|ed|ing)?\s{G}\bfrom\s+(?:the\s+)?{T}"),
    # "China imports most of Angola's oil", "buys a third of Russia's gas exports"
    ("TRADES_WITH", "trade.share_of_goods", r"{S}\s+{tpre}(?:import(?:s|ed|ing)?|buys?|bought|buying|purchas(?:es|ed|ing)|takes|took|receiv(?:es|ed|ing))\s+(?:(?:most|much|half|all|the\s+bulk|the\s+majority|a\s+(?:third|quarter|fifth|large\s+share|big\s+share)|(?:about|around|nearly|almost|over|more\s+than)\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+)(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:oil|gas|crude|exports|coal|grain|wheat|copper|iron\s+ore|minerals|goods|output|production|LNG|uranium|cobalt|lithium|soybeans)\b"),
    # "The Czech government chose South Korea's KHNP to build two reactors": a contract with the other's company
    ("TRADES_WITH", "trade.chose_company", r"{S}\s+{tpre}(?:chose|chosen|choos(?:es|ing)|selected|select(?:s|ing)?|picked|pick(?:s|ing)?|award(?:s|ed|ing)?\s+(?:a|the)\s+(?:[\w$.-]+\s+){0,4}?(?:contract|tender|deal)\s+to)\s+(?:the\s+)?{T}{poss}\s+(?:(?:[a-z][\w-]*\s+){0,3}?(?:company|corporation|firm|group|giant|operator|consortium)\s+)?(?:(?-i:[A-Z])[\w&.-]*\s+){1,3}(?:(?:company|firm|consortium|group)\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:to\s+(?:build|construct|supply|develop|deliver|operate|modernise|modernize|expand|lead\s+(?:the\s+)?(?:construction|building|development)\s+of)|for\s+(?:a|an|the|its)\s+(?:[\w$.-]+\s+){0,4}?(?:contract|project|tender|deal))\b(?![^.;]*\b(?:weapons|missiles|tanks|jets|fighters|howitzers|warships|frigates|submarines|drones|artillery|rockets|ammunition|munitions|arms)\b)"),
    # "Nepal and China signed a framework agreement for cooperation under the Belt and Road Initiative"
    ("TRADES_WITH", "trade.pair_belt_and_road", r"{P}\s+{pre}(?:signed|sealed|concluded|inked|agreed)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,6}?(?:agreements?|memorand(?:um|a|ums)|deals?|accords?|plans?|framework)\s+(?:[\w-]+\s+){0,6}?(?:the\s+)?(?:Belt\s+and\s+Road|BRI)\b"),
    # "Italy joined China's Belt and Road Initiative": a partner in the other's trade and investment scheme
    ("TRADES_WITH", "trade.joined_belt_and_road", r"{S}\s+{pre}(?:join(?:ed|s|ing)?|sign(?:ed|s|ing)?\s+(?:up|on)\s+(?:to|for)|endors(?:ed|es|ing))\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:Belt\s+and\s+Road|BRI\b|New\s+Silk\s+Road)"),
    # "lent Caracas $60 billion in exchange for oil shipments": paid in goods
    ("TRADES_WITH", "trade.in_exchange_for_goods", r"{S}\s+{pre}(?:lent|loaned|gave|paid|provided|sold|supplied|sent)\s+(?:the\s+)?{T}\s(?:[^«»;.]){0,60}?\bin\s+(?:exchange|return)\s+for\s+(?:[\w-]+\s+)?(?:oil|gas|crude|minerals|copper|cobalt|lithium|grain|wheat|uranium|coal|bauxite)\b"),
    # "Raisi visited Islamabad in April and signed agreements to raise bilateral trade to $10 billion": guest and host
    ("TRADES_WITH", "trade.visited_signed_trade", r"{S}\s+{pre}(?:visited|visits|arrived\s+in)\s+{T}\s(?:[^«»;.]){0,40}?\band\s+(?:signed|sealed|inked|agreed)\s+(?:[\w-]+\s+){0,4}?(?:to\s+)?(?:raise|boost|increase|double|triple|expand|deepen)\s+(?:their\s+|the\s+)?(?:bilateral\s+|two-way\s+)?(?:trade|commerce|economic\s+ties)\b"),
    # "The United States runs a trade surplus with Brazil"
    ("TRADES_WITH", "trade.runs_surplus_with", r"{S}\s+{tpre}(?:runs?|ran|running|has|had|posted|posts|recorded|records)\s+(?:an?\s+|its\s+)?(?:[\w$.,-]+\s+){0,2}?trade\s+(?:surplus|deficit|imbalance)\s+(?:of\s+(?:[\w$.,-]+\s+){1,5}?)?with\s+(?:the\s+)?{T}"),
    # "Zambia and Tanzania signed a deal with China to revamp the TAZARA railway": an infrastructure deal is economic partnership
    # "Libya signed contracts with Russian companies": deals with another state's firms
    ("TRADES_WITH", "trade.deals_with_firms", r"{S}\s+{pre}(?:signed|sealed|struck|inked|concluded|awarded)\s+(?:[\w$.,-]+\s+){0,4}?(?:deals?|agreements?|contracts?)\s+(?:worth\s+[\w$.,-]+\s+(?:[\w-]+\s+)?)?with\s+{T}(?:{poss})?\s+(?:(?:state|state-owned|state-run|energy|oil|arms|defen[cs]e)\s+)?(?:companies|firms|corporations|contractors)\b"),
    ("TRADES_WITH", "trade.deal_to_build", r"{S}\s+{pre}(?:signed|sealed|struck|reached|inked|agreed)\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}?(?:deals?|agreements?|contracts?|accords?)\s+with\s+(?:the\s+)?{T}\s+(?:(?:on|last|this)\s+\w+\s+)?to\s+(?:build|revamp|upgrade|modernise|modernize|develop|finance|construct|expand|rebuild|rehabilitate|revitali[sz]e)\s+(?:[\w-]+\s+){0,4}?(?:railways?|reactors?|rail\s+lines?|ports?|pipelines?|dams?|roads?|highways?|bridges?|airports?|plants?|power\s+stations?|refiner(?:y|ies)|mines?|networks?|corridors?|infrastructure)\b"),
    ("TRADES_WITH", "trade.exports", r"{S}\s+{tpre}export(?:s|ed|ing)?(?!\s+(?:restrictions|controls|curbs|bans?|licen[cs]es?|permits?)\b(?!-))\s{G}\bto\s+(?:the\s+)?{T}"),
    # "more than 75% of Canada's exports go to the U.S."
    ("TRADES_WITH", "trade.exports_go_to", r"{S}{poss}\s+(?:[\w-]+\s+){0,2}?(?:exports|shipments)\s(?:(?:[^«»;.]|«\d+»{poss}){0,60}?\s)?(?:go|goes|went|going|head|heads|headed|flow|flows|flowed)\s+to\s+(?:the\s+)?{T}"),
    # "most EU goods entering the United States will face a 15% tariff", "Chinese products sold in Mexico"
    ("TRADES_WITH", "trade.goods_entering", r"{S}\s+(?:[\w-]+\s+){0,2}?(?:goods|products|exports|imports|steel|cars|vehicles)\s+(?:entering|(?:sold|shipped|exported)\s+(?:to|in|into))\s+(?:the\s+)?{T}"),
    # "Turkey is also a major investor in Ethiopia"
    ("TRADES_WITH", "trade.investor_in", r"{S}\s+{pre}(?:is|are|was|were|has\s+been|have\s+been|remains?|remained|became|becomes)\s+(?:also\s+|now\s+|already\s+|still\s+)?(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?investors?\s+in\s+(?:the\s+)?{T}(?!{poss})"),
    ("TRADES_WITH", "trade.nominal_flow", r"{S}{poss}?\s+(?:(?!(?:ban|banned|bans|on|restrict\w*|curb\w*|halt\w*|block\w*|limit\w*|cut\w*)\b)[\w-]+\s+){0,2}?(?:exports|imports)\s+(?:of\s{g})?(?:to|from)\s+(?:the\s+)?{T}"),
    # MEMBER_OF
    # "Turkey, as a NATO member, has delayed …"
    # "Turkish President Erdogan, whose country is a NATO member, also attended"
    # "The Charter gives the United States, the Soviet Union, Britain, France and China permanent seats … in the Security Council"
    ("MEMBER_OF", "member.given_permanent_seats", r"\b(?:gives?|gave|given|giving|grants?|granted|granting|assigns?|assigned)\s+(?:the\s+)?{S}\s+(?:a\s+|their\s+)?permanent\s+(?:seats?|membership)\s+(?:and\s+(?:a\s+|the\s+)?(?:right\s+of\s+)?vetoe?s?\s+)?(?:in|on|of)\s+(?:the\s+)?{T}"),
    ("MEMBER_OF", "member.whose_country", r"{S}\s*,\s+whose\s+(?:country|nation|government)\s+(?:is|was|remains|has\s+been)\s+(?:also\s+)?(?:a|an)\s+(?:(?:founding|full|key|fellow)\s+)?{T}\s+(?:member|ally)\b"),
    # "Orban, whose country holds the rotating EU presidency": only a member holds it
    # "China will take over the rotating presidency of the bloc": only a member does
    ("MEMBER_OF", "member.presidency_of", r"{S}\s*,?\s+{pre}(?:holds?|held|holding|took\s+over|takes?\s+over|taking\s+over|assumed?|assumes|assuming)\s+(?:the\s+)?(?:rotating\s+)?(?:six-month\s+|annual\s+|yearly\s+)?(?:presidency|chairmanship)\s+of\s+(?:the\s+)?{T}"),
    # "BRICS was founded by Brazil, Russia, India and China, and later expanded to include South Africa"
    # "Poland spends more than 4% of its GDP on defence, the highest share in NATO"
    ("MEMBER_OF", "member.highest_in", r"{lead}(?:the\s+)?{S}\s(?:[^«»;.]|«\d+»(?=['’]s)){0,80}?,\s+(?:one\s+of\s+)?(?:the\s+)?(?:highest|largest|biggest|lowest|second-highest|second-largest|third-largest|top)\s+(?:shares?|spenders?|levels?|rates?|proportions?|percentages?|contributors?|arm(?:y|ies)|militar(?:y|ies)|econom(?:y|ies))\s+(?:in|among|of)\s+(?:the\s+)?{T}"),
    # "Leaders of the G20 agreed to admit the African Union as a permanent member"
    ("MEMBER_OF", "member.admit_as_member", r"{T}\s(?:[^«»;.]){0,60}?\badmit(?:s|ted|ting)?\s+(?:the\s+)?{S}\s+as\s+(?:a\s+|an\s+|its\s+)?(?:(?:new|full|permanent|\d+(?:st|nd|rd|th))\s+)?member"),
    # "… at a summit in New Delhi hosted by Indian Prime Minister Narendra Modi": the host is a member
    ("MEMBER_OF", "member.summit_hosted_by", r"{T}\s(?:[^;.]|«\d+»){0,140}?\bsummit,?\s+(?:in\s+(?:(?-i:[A-Z])[\w-]+\s+){1,2})?hosted\s+by\s+(?:(?:[\w-]+\s+){0,3}?)?{S}"),
    # "Brazil hosted the BRICS summit in Rio": the host of an organisation's summit is a member
    ("MEMBER_OF", "member.hosted_summit", r"{S}\s+{pre}(?:hosted|hosts|hosting|host)\s+(?:the\s+|a\s+|an\s+|this\s+year['’]s\s+|last\s+year['’]s\s+)?(?:annual\s+|\d{4}\s+)?{T}\s+(?:leaders['’]?\s+)?(?:summit|summits)\b"),
    # "Brazil was a founding member of BRICS along with Russia, India and China"
    ("MEMBER_OF", "member.along_with", r"\b(?:members?|founders?)\s+of\s+(?:the\s+)?{T}(?:\s+(?:grouping|group|bloc|alliance|partnership|forum|club))?\s*,?\s+(?:along\s+with|together\s+with|alongside)\s+(?:the\s+)?{S}"),
    # "Turkey and the United States are NATO allies": the organisation's members
    ("MEMBER_OF", "member.are_org_allies", r"{S}\s+{pre}(?:are|were|remain|remained|became|been)\s+(?:(?:both|all|fellow|founding|close)\s+)?{T}\s+(?:allies|members|member\s+states|partners)\b"),
    # "are both members of the Quad with Japan" (not "brings together the ten members of ASEAN with China")
    ("MEMBER_OF", "member.member_with", r"\b(?:are|is|was|were|being|as)\s+(?:(?:both|all|also|fellow|founding|a|an)\s+){0,3}(?:members?|founders?)\s+of\s+(?:the\s+)?{T}(?:\s+(?:grouping|group|bloc|alliance|partnership|forum|club))?\s*,?\s+with\s+(?:the\s+)?{S}"),
    ("MEMBER_OF", "member.expanded_to_include", r"{lead}(?:the\s+)?{T},?\s(?:[^«»;.]|«\d+»){0,100}?\b(?:expanded|enlarged|grew|widened)\s+(?:in\s+\d{4}\s+|(?:last|this)\s+year\s+)?to\s+(?:include|admit|take\s+in)\s+(?:the\s+)?{S}"),
    # "Brazil, which holds the group's rotating presidency"
    # "Ghazouani, who chairs the African Union this year": the chair is a member's leader
    ("MEMBER_OF", "member.chairs", r"{S}\s*,\s+(?:who|which)\s+(?:currently\s+|also\s+)?(?:chairs|chaired|presides\s+over|presided\s+over)\s+(?:the\s+)?{T}(?!{poss}|\s+(?:[\w-]+\s+)?(?:committee|commission|council|meetings?|summit|talks)\b)"),
    ("MEMBER_OF", "member.holds_poss_presidency", r"{S}\s*,?\s+{pre}(?:holds?|held|holding|took\s+over|takes?\s+over|taking\s+over|assumed?|assumes|assuming)\s+(?:the\s+)?{T}{poss}\s+(?:(?:rotating|six-month|annual|yearly|current)\s+)*(?:presidency|chairmanship)\b"),
    ("MEMBER_OF", "member.holds_presidency", r"{S}\s*,?\s+{pre}(?:holds?|held|holding|took\s+over|takes\s+over|assumed|assumes)\s+(?:the\s+)?(?:rotating\s+)?(?:six-month\s+)?{T}\s+(?:presidency|chairmanship)\b"),
    # "As a member of the ICC, Hungary would be obliged to arrest him"
    # "Though a NATO member, Turkey still buys Russian gas"
    ("MEMBER_OF", "member.fronted_org_member", r"\A[\s“\"]*(?:As|Being|Though|Although|While|Despite\s+being)\s+(?:a|an)\s+(?:(?:founding|full|key|fellow|longtime|long-standing)\s+)?{T}\s+(?:member(?:\s+state)?|ally)\s*,\s+(?:the\s+)?{S}\s"),
    ("MEMBER_OF", "member.fronted_as_member", r"\A[\s“\"]*(?:As|Being)\s+(?:a|an|the)\s+(?:(?:founding|full|key|fellow|longtime|long-standing)\s+)?(?:member|signatory)\s+of\s+(?:the\s+)?{T}\s*,\s+(?:the\s+)?{S}\s"),
    ("MEMBER_OF", "member.as_member", r"{S}\s*,\s+as\s+(?:a|an|the)\s+(?:(?:founding|full|key|fellow|longtime|long-standing)\s+)?{T}\s+(?:member(?:\s+(?:state|country|nation))?|ally)\s*,"),
    # "the last remaining NATO member that has not approved Sweden's bid is Hungary"
    ("MEMBER_OF", "member.member_that_is", r"\b(?:the\s+)?(?:only|last|sole|last\s+remaining|remaining)\s+{T}\s+(?:member(?:\s+(?:state|country|nation))?|ally)\s+(?:that|which|who|to)\b(?:[^;.]|«\d+»){0,60}?\s(?:is|was|remains)\s+(?:the\s+)?{S}"),
    # "a declaration formally admitting Timor-Leste into the regional bloc"
    ("MEMBER_OF", "member.admitting", r"\badmit(?:s|ted|ting)?\s+(?:the\s+)?{S}\s+(?:in)?to\s+(?:the\s+)?{T}" + NOT_AN_EVENT),
    # "congratulated Indonesia on becoming a full member of BRICS"
    ("MEMBER_OF", "member.on_becoming", r"{S}\s+on\s+(?:(?:its|their)\s+)?(?:becoming\s+" + MEMBER_N + r"\s+of|joining|(?:its|their)\s+(?:accession|admission)\s+to)\s+(?:the\s+)?{T}" + NOT_AN_EVENT),
    # "Indonesia welcomed Timor-Leste as the newest member of ASEAN"
    ("MEMBER_OF", "member.welcomed_as_member_of", r"\bwelcom\w*\s+(?:the\s+)?{S}\s+as\s+" + MEMBER_N + r"\s+of\s+(?:the\s+)?{T}"),
    # "a development partner of the forum, and three of its members, Palau, the Marshall Islands and Tuvalu, …"
    ("MEMBER_OF", "member.some_of_its_members", r"{T}\s*,?\s+and\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+of\s+its\s+(?:[\w-]+\s+)?members\s*,\s+{S}\s*,"),
    # "Hungary, alone among EU members, refused …", "Greece, one of only three NATO members that …"
    ("MEMBER_OF", "member.among_members", r"{S}\s*,\s+(?:(?:alone|uniquely|almost\s+alone)\s+among|one\s+of\s+(?:the\s+)?(?:only\s+)?(?:a\s+)?(?:few|handful\s+of|two|three|four|five|six|\d+)?)\s+(?:the\s+)?(?:other\s+|fellow\s+)?{T}\s+(?:members|member\s+states|countries|nations|governments|allies)\b"),
    # "Greece, Turkey's NATO ally and regional rival, …": the apposed state is an ally within the organisation
    # "Estonia requested consultations with its NATO allies", "Poland urged its fellow EU members to act"
    ("MEMBER_OF", "member.its_allies_in", r"{S}(?:\s*,)?\s(?:[^«»;.:]){0,60}?\b(?:its|their)\s+(?:fellow\s+|closest\s+|European\s+)?{T}\s+(?:allies|partners|members|counterparts|peers)\b"),
    ("MEMBER_OF", "member.poss_ally_apposition", r"{S}\s*,\s+(?:a\s+|the\s+)?«\d+»['’]s\s+(?:(?:neighbou?r|rival|ally|partner)\s+and\s+)?(?:fellow\s+)?{T}\s+(?:ally|partner|neighbou?r|member|allies|partners|members)\b"),  # ("Greece's neighbour and NATO partner", "France's NATO allies")
    # "Finland and Sweden, NATO's newest members, …", "Iran, a full SCO member since 2023, …"
    ("MEMBER_OF", "member.apposed_member", r"{S}\s*,\s+(?:the\s+)?{T}{poss}\s+(?:(?:newest|latest|oldest|founding|fellow|biggest|largest|smallest|youngest|two|three|only|most\s+recent)\s+)*(?:members?|member\s+states?)\b"),
    # "Of NATO's 32 members, 23 meet the target, including Poland, Estonia and Greece"
    # "the Southern African Development Community, which Madagascar had been chairing": the chair is a member
    ("MEMBER_OF", "member.which_it_chairs", r"{T}\s*,\s+which\s+(?:the\s+)?{S}\s+(?:(?:currently|now|then)\s+)?(?:chairs|chaired|(?:has|had)\s+been\s+chairing|is\s+chairing|was\s+chairing|presides\s+over|presided\s+over|holds\s+the\s+(?:rotating\s+)?(?:chair|presidency)\s+of)\b"),
    # "Of all NATO members, Poland spends the most on defence"
    ("MEMBER_OF", "member.of_all_members", r"\A[\s“\"]*(?:Of|Among)\s+all\s+(?:the\s+)?{T}(?:{poss})?\s+(?:\d+\s+)?(?:members|member\s+states|allies|countries|nations)\s*,\s+(?:the\s+)?{S}\s"),
    ("MEMBER_OF", "member.of_members_including", r"\A[\s“\"]*Of\s+(?:the\s+)?{T}(?:{poss})?\s+(?:\d+\s+|[a-z]+-?[a-z]*\s+)?(?:members|member\s+states|allies)\b[^;.«»]{0,120}?\b(?:including|among\s+them|such\s+as)\s+(?:the\s+)?{S}"),
    # "Poland, which spends more on defence than any other NATO member"
    ("MEMBER_OF", "member.than_any_other", r"{lead}{S}\s*,\s+(?:which|who)\s+[^«»;.]{0,80}?\sthan\s+any\s+other\s+{T}\s+(?:member(?:\s+state)?|ally|country|state|nation)\b"),
    ("MEMBER_OF", "member.is", r"{S}\s+{pre}(?:is|are|was|were|became|becomes|become|has been|have been|remains?|(?:has been|have been|was|were|is)\s+admitted\s+as)\s+(?:(?:now|officially|formally|already|also|still|both|all)\s+){0,2}(?:(?:[\w-]+\s+)?(?:partners|allies|neighbou?rs|friends)\s+of\s+(?:the\s+)?«\d+»\s+and\s+)?" + MEMBER_N + r"\s+of\s+(?:the\s+)?(?:«\d+»-(?:led|dominated|backed)\s+)?{T}"),
    # "joined NATO exercises / EU leaders in condemning" is taking part, not membership
    # "Italy has withdrawn from the initiative, four years after becoming the first G7 country to sign up"
    ("MEMBER_OF", "member.after_becoming", r"{lead}(?:the\s+)?{S}\s(?:[^«»;.]|«\d+»){0,100}?\b(?:after|before|since|upon|on)\s+becoming\s+(?:a|an|the)\s+(?:(?:founding|full|only|last|sole|newest|latest|" + ORDINAL + r")\s+)?{T}\s+(?:member(?:\s+(?:state|country|nation))?|country|state|nation|economy)\b"),
    ("MEMBER_OF", "member.org_member", r"{S}\s+{pre}(?:is|are|was|were|became|becomes|become|has been|have been|remains?)\s+(?:(?:now|already|also|still|\w+ly)\s+)?(?:a|an|the)\s+(?:(?:founding|full|fellow|key|only|other|two|three|permanent|non-permanent|official|final|last|sole|remaining|newest|latest|important|major|vital|crucial|loyal|close|strategic|" + ORDINAL + r")\s+)*{T}\s+(?:(?:member\s+)?(?:states?|countries|country|nations?)|members?|allies|ally)\b"),
    ("MEMBER_OF", "member.ordinal_poss", r"{S}\s+{pre}(?:is|was|became|becomes|has become|had become)\s+(?:(?:officially|formally|now)\s+)?{T}{poss}\s+" + ORDINAL + r"\s+(?:full\s+)?member\b"),
    ("MEMBER_OF", "member.accession", r"\b(?:welcom|celebrat|complet|finali[sz]|mark|hail|seal)\w*\s+(?:the\s+)?{S}{poss}\s+(?:(?:official|formal|historic|completed|swift)\s+)*(?:accession|admission|entry)\s+(?:to|into|in)\s+(?:the\s+)?{T}"),
    ("MEMBER_OF", "member.becoming", r"{S}(?:[^«»;.]|«\d+»){0,60}?,\s+becoming\s+" + MEMBER_N + r"\s+of\s+(?:the\s+)?{T}"),
    # "Sweden's accession as the 32nd member country of NATO"
    ("MEMBER_OF", "member.accession_as", r"{S}{poss}\s+(?:[\w-]+\s+)?(?:accession|admission|entry)\s+as\s+" + MEMBER_N + r"\s+of\s+(?:the\s+)?{T}"),
    # "leaders officially welcomed Timor-Leste as the bloc's 11th member"
    ("MEMBER_OF", "member.welcomed_as", r"{T}\s(?:[^«»;.]|«\d+»){0,120}?\b(?:welcom|admit|accept)\w*\s+(?:the\s+)?{S}\s+as\s+(?:the\s+|its\s+)?(?:(?:bloc|group|grouping|alliance|organi[sz]ation|union)['’]s\s+)?(?:" + ORDINAL + r"\s+)?(?:full\s+)?member\b"),
    # "ASEAN ... currently includes Brunei, Cambodia, ..."; "the founding fathers of ASEAN: Indonesia, Malaysia, ..."
    ("MEMBER_OF", "member.currently_includes", r"{T}\s(?:[^;«»]|«\d+»){0,90}?\b(?:currently|now)\s+(?:includes|comprises|consists of)\s+(?:the\s+)?{S}"),
    ("MEMBER_OF", "member.founders_of", r"\b(?:founding\s+(?:fathers|members|states|nations)|founders)\s+of\s+(?:the\s+)?{T}\s*[:—–]\s*(?:the\s+)?{S}"),
    ("MEMBER_OF", "member.joined_followed_by", r"\bjoined\s+(?:the\s+)?{T}\s(?:[^«»;.]|«\d+»){0,40}?\bfollowed\s+by\s+(?:the\s+)?{S}"),
    # "Liberia and Latvia were elected to serve on the UN Security Council"; "won its first-ever seat on the council"
    ("MEMBER_OF", "member.elected_to", r"{S}\s+{pre}(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:elected|re-elected)\s+(?:on\s+\w+day\s+|last\s+\w+\s+|this\s+\w+\s+)?(?:to\s+serve\s+)?(?:(?:to\s+)?an?\s+(?:[\w-]+\s+){0,2}?(?:seat|term)\s+(?:on|in|at)|on|to|onto)\s+(?:the\s+)?{T}(?!{poss})"),
    # "in protest against the election of Malaysia to a seat on the Security Council"
    ("MEMBER_OF", "member.election_of", r"\belection\s+of\s+(?:the\s+)?{S}\s+to\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:seat|term)\s+(?:on|in|at)\s+)?(?:the\s+)?{T}(?!{poss})"),
    ("MEMBER_OF", "member.won_seat", r"{S}\s+{pre}(?:won|wins|winning|secured|secures|securing|gained|gains|took|takes|clinched|clinches)\s+(?:a|an|its|their|the)\s+(?:(?:first|first-ever|second|third|non-permanent|rotating|two-year|three-year|coveted)\s+)*seats?\s+(?:on|in|at)\s+(?:the\s+)?{T}(?!{poss})"),
    # "The African Union lifted Gabon's suspension from the bloc"
    # "The African Union suspended Madagascar's membership over the coup": a member suspended
    # "voted to suspend the voting rights of Russia's delegation", "stripped Russia of its voting rights": a member's
    # rights suspended (it stays a member)
    ("MEMBER_OF", "member.voting_rights_of_suspended", r"{T}\s+{pre}" + RIGHTS_SUSPENDED_V + r"\s+(?:the\s+)?" + VOTING_RIGHTS + r"\s+of\s+(?:the\s+)?{S}(?:{poss}\s+(?:delegation|representatives)|(?!{poss}))"),
    ("MEMBER_OF", "member.suspended_its_voting_rights", r"{T}\s+{pre}" + RIGHTS_SUSPENDED_V + r"\s+(?:the\s+)?{S}{poss}\s+(?:delegation['’]s\s+)?" + VOTING_RIGHTS),
    ("MEMBER_OF", "member.stripped_of_voting_rights", r"{T}\s+{pre}strip(?:s|ped|ping)?\s+(?:the\s+)?{S}(?!{poss})\s+of\s+(?:its|their|«\d+»)\s+" + VOTING_RIGHTS),
    # "Niger's membership of the African Union was suspended on Friday": a suspended member is still one
    ("MEMBER_OF", "member.membership_was_suspended", r"{S}{poss}\s+membership\s+(?:of|in)\s+(?:the\s+)?{T}(?!{poss})\s+(?:was|were|has\s+been|had\s+been|is|have\s+been)\s+(?:\w+ly\s+)?(?:suspended|frozen)\b"),
    # "barred Burkina Faso from the bodies of their regional bloc, ECOWAS": a member suspended is still one
    ("MEMBER_OF", "member.barred_from_bodies_of", r"\b(?:barred|excluded|suspended)\s+(?:the\s+)?{S}(?!{poss})\s+from\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:bodies|institutions|activities|meetings|organs|decision-making\s+bodies)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:(?:[\w-]+\s+){0,2}?(?:bloc|union|organi[sz]ation|community|group|alliance)\s*,\s+)?{T}"),
    ("MEMBER_OF", "member.suspended_membership", r"{T}\s+{pre}(?:suspend(?:s|ed|ing)?|froze|freezes|frozen)\s+{S}{poss}\s+membership\b"),
    # "ECOWAS suspended Guinea-Bissau from its decision-making bodies", "the OAS suspended Honduras on Saturday for refusing
    # to reinstate Zelaya": an organisation suspends only its members
    ("MEMBER_OF", "member.org_suspended", r"{T}\s+{pre}suspend(?:s|ed|ing)?\s+(?:the\s+)?{S}(?!{poss})(?:\s+from\s+(?:its|their|all\s+(?:of\s+)?its|the\s+(?:bloc|union|alliance|group|organi[sz]ation)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:bodies|institutions|activities|meetings|organs|structures|councils|summits|decision-making)\b|(?:\s+(?:on\s+)?\w+day|\s+in\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?|\s+last\s+(?:week|month|year))?(?:\s+(?:for|over|after|until|following)\b|\s*[.;]|\s*,(?=\s+(?:[a-z]+ed|sent|said|told|met|gave|made|took|began)\b)|\s+and\s+(?:called|urged|demanded|asked|gave|threatened|imposed|agreed|decided|voted|moved|announced)\b|\s*,\s+(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)\s+after\b))"),
    # "voted to suspend Cuba from the organisation", "suspended Fiji from the Commonwealth": a suspended member is still one
    ("MEMBER_OF", "member.suspended_from", r"\bsuspend(?:s|ed|ing)?\s+(?:the\s+)?{S}(?!{poss})\s+from\s+(?:the\s+)?{T}(?!{poss}|\s+(?:[\w-]+\s+)?(?:bodies|institutions|activities|meetings|programmes?|programs?|projects?)\b)"),
    # "Burkina Faso, suspended from the African Union and ECOWAS since the coup, ...", "Russia was suspended
    # from the G8": a member, suspended
    ("MEMBER_OF", "member.suspended_apposition", r"{S}(?:\s*,\s+(?:which\s+(?:was|is|has\s+been|had\s+been)\s+)?|\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)(?:(?:also|already|itself)\s+)?suspended\s+from\s+(?:the\s+)?{T}(?!{poss}|\s+(?:[\w-]+\s+)?(?:bodies|institutions|activities|meetings|programmes?|programs?|projects?)\b)"),
    ("MEMBER_OF", "member.lifted_suspension", r"\b(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|revok(?:es|ed|ing)|reversed?)\s+{S}{poss}\s+(?:[\w-]+\s+)?suspension\s+(?:from|by)\s+(?:the\s+)?{T}"),
    ("MEMBER_OF", "member.org_lifted_suspension", r"{T}\s+{pre}(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|revok(?:es|ed|ing))\s+{S}{poss}\s+(?:[\w-]+\s+)?suspension\b(?!\s+from\s+(?:the\s+)?«)"),
    # "Russia and China, which both sit on the UN Security Council"
    ("MEMBER_OF", "member.sits_on", r"{S}\s*(?:,\s+(?:which|who)\s+|\s+{pre})(?:both\s+|all\s+|also\s+|still\s+|now\s+)?(?:(?:has|have|had)\s+)?(?:sits?|sat|sitting|serves?|served|serving)\s+on\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEMBER_OF", "member.belongs", r"{S}\s+{pre}belong(?:s|ed|ing)? to\s+(?:the\s+)?{T}"),
    ("MEMBER_OF", "member.joined", r"{S}\s+{pre}(?:joined|joins|rejoined|rejoins|re-joined|acceded to|was admitted to|(?:entered|enters)(?=\s+(?:the\s+)?«\d+»(?!['’]|-|\s+(?:[\w-]+\s+)?(?:territory|airspace|waters|soil|space|zone|market|countries|states|nations|members?|talks|negotiations)\b))|(?:is|are)\s+(?:\w+ly\s+)?joining(?=\s+(?:the\s+)?«\d+»\s+as\s+(?:an?\s+)?(?:full\s+|new\s+|official\s+)?member))\s+(?:the\s+)?{T}" + NOT_AN_EVENT),
    # "joining the BRICS countries, of which China is a member"
    ("MEMBER_OF", "member.of_which", r"{T}(?:\s+[\w-]+){0,2}?,\s+of\s+which\s+{S}\s+(?:is|was|has been|remains)\s+(?:a\s+|one\s+|an?\s+)?(?:founding\s+|full\s+|key\s+)?member\b"),
    # "Croatia became the first of seven Western Balkan countries to join the EU"
    ("MEMBER_OF", "member.became_ordinal_to_join", r"{S}\s+{pre}(?:became|was|is)\s+(?:the\s+)?" + ORDINAL + r"\s+(?:[^«»;.]{0,60}?\s)?to\s+(?:join|enter|be admitted to)\s+(?:the\s+)?{T}(?!{poss}\s+(?:[\w$€£.,-]+\s+){0,10}?(?:programme|program|initiative|fund|scheme|mechanism|facility|mission|operation|coalition))" + NOT_AN_EVENT),
    # "signed a collective defence treaty in Manila, creating the Southeast Asia Treaty Organization": the signers are its members
    ("MEMBER_OF", "member.signed_creating", r"{S}\s+{pre}signed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:treat(?:y|ies)|charters?|pacts?|agreements?|conventions?|accords?|protocols?|declarations?)\b[^«»;.]{0,60}?,?\s+(?:creating|establishing|founding|setting\s+up|which\s+(?:created|established|founded|set\s+up))\s+(?:the\s+|an?\s+(?:new\s+)?)?{T}"),
    # "the United States and Canada signed the North Atlantic Treaty": a body named by its founding treaty
    ("MEMBER_OF", "member.signed_org_treaty", r"{S}\s+{pre}(?:signed|ratified|acceded\s+to)\s+(?:the\s+)?{T}(?!{poss}|\s+(?:[\w-]+\s+)?(?:agreements?|accords?|deals?|declarations?|communiqu\w*|statements?|documents?|summit|protocols?)\b)"),
    ("MEMBER_OF", "member.make_up", r"{S}\s+{pre}(?:make up|makes up|made up|form|forms|formed|comprise|constitute|founded|co-founded|created|forming|founding|co-founding)\s+(?:the\s+|their\s+(?:own\s+)?|a\s+new\s+)?{T}"),
    ("MEMBER_OF", "member.ratified", r"\b(?:ratif(?:y|ies|ied|ying)|approv(?:es?|ed|ing)|complet(?:es?|ed|ing)|finali[sz](?:es?|ed|ing)|celebrat(?:es?|ed|ing))\s+(?:the\s+)?{S}{poss}\s+(?:\w+\s+)?{T}\s+membership\b(?!\s+(?:bid|application|request|talks|ambitions?|hopes|aspirations?|process))"),
    # "ASEAN, a bloc that includes Vietnam"; "The bloc, founded in 2001 by China and Russia, also includes India and Pakistan"
    ("MEMBER_OF", "member.includes", r"{T}(?:\s+(?:bloc|group|grouping|alliance|union|forum|club|coalition))?\)?(?:\s*[,—–]\s*|\s+-\s+|\s+)(?:(?:an?|the)\s+(?:«\d+»-(?:led|dominated|backed)\s+)?[^«»;.]{0,60}?|(?<=,\s)(?=[^;.]{1,100}?,\s+(?:also\s+|now\s+)?(?:includes|included|comprises|comprised)\b)(?:[^;.«»]|«\d+»){1,80}?,\s+)?(?:that|which)?\s*(?:also\s+|now\s+)?(?:includes|included|include|including|comprises|comprising|brings together|groups(?:\s+together)?|consists of|made up of|whose members include|(?:is|are|was|were)\s+(?:composed|made\s+up|comprised)\s+of|composed of)\s+(?:the\s+)?{S}"),
    # "the Quad is a grouping of Australia, India, Japan and the United States"
    ("MEMBER_OF", "member.grouping_of", r"{T}\)?\s+{pre}(?:is|are|was|remains)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:grouping|group|bloc|alliance|coalition|partnership|club|union|association|forum)\s+of\s+(?:the\s+)?(?:(?:[\w«»-]+\s+){0,3}?(?:states|countries|nations)\s*(?:--|[—–:,])\s*)?{S}(?=\s*(?:[,.;)]|$|\s+(?:that|which|and|since|in|as|with)\b))"),
    # "The SCO … has expanded its membership to include ten members, including nations like Iran and India"
    ("MEMBER_OF", "member.membership_including", r"{T}[^«»;]{0,60}?\bmembership\b[^«»;]{0,60}?\b(?:including|includes|include|such as|like)\s+(?:(?:[\w-]+\s+){0,2}?(?:nations|countries|states|members)\s+(?:like|such as|including)\s+)?(?:the\s+)?{S}"),
    # "APEC represents half of world GDP, as its largest members are China, the US and Russia"
    # "the founding members of the bloc are Brazil, Russia, ..."
    ("MEMBER_OF", "member.members_of_are", r"\bmembers\s+of\s+(?:the\s+)?{T}\s+(?:are|were|include|included)\s+(?:the\s+)?{S}"),
    ("MEMBER_OF", "member.members_are", r"{T}(?:{poss})?\s(?:[^«»;.]|\.(?=\d)){0,60}?\b(?:its\s+|whose\s+)?(?:(?:largest|biggest|main|leading|founding|current|other|key|core)\s+)?members\s*(?:(?:also\s+)?(?:are|include|included)\s+|[—–:]\s*)(?:the\s+)?{S}"),
    # "the United States — NATO's biggest-spending member —"
    ("MEMBER_OF", "member.poss_apposition", r"{S}\s*[,—–]\s+(?:the\s+)?{T}{poss}\s+(?:[\w-]+\s+){0,2}?(?:member|(?:largest|biggest|second-largest|third-largest|second-biggest|richest|poorest|most\s+populous|smallest|newest|lowest|highest|top)\s+(?:economy|member|country|state|army|military|contributor|spender|recipient))\b"),
    # "congratulates Indonesia on its accession to BRICS", "welcomes Indonesia for its entry into Brics"
    # "The Declaration welcomed Sweden as NATO's 32nd member"
    # "Timor-Leste was admitted as ASEAN's 11th member"
    ("MEMBER_OF", "member.admitted_as_poss", r"{S}\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:formally\s+|officially\s+)?(?:admitted|accepted|welcomed)\s+as\s+(?:the\s+)?{T}{poss}\s+(?:(?:" + ORDINAL + r"|newest|latest)\s+)?(?:full\s+)?member\b"),
    ("MEMBER_OF", "member.welcomed_as_poss", r"\b(?:welcom|admit|accept)\w*\s+(?:the\s+)?{S}\s+as\s+(?:the\s+)?{T}{poss}\s+(?:(?:" + ORDINAL + r"|newest|latest)\s+)?(?:full\s+)?member\b"),
    # "The Romanian defence ministry said …, as the NATO member seeks to modernise its army": the subject's state
    ("MEMBER_OF", "member.as_the_member", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,150}?\b(?:as|while|since|because|after|when)\s+(?:the\s+)?{T}\s+(?:member(?:\s+state|\s+country)?|ally)\s+(?!states\b|countries\b|nations\b)"),
    # "the Asia-Pacific Economic Cooperation forum, which both China and the United States belong to"
    ("MEMBER_OF", "member.which_belong_to", r"{T}(?:\s+(?:forum|bloc|group|grouping|alliance|organi[sz]ation))?,?\s+(?:to\s+)?which\s+(?:both\s+|all\s+)?(?:the\s+)?{S}\s+(?:\w+ly\s+|also\s+)?(?:belongs?|belonged)\b"),
    # "Lithuania and Poland, which are both part of the European Union and NATO"
    # "Australia is also part of the AUKUS security partnership with Britain and the United States"
    ("MEMBER_OF", "member.part_of", r"{S}\s+{pre}(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:also\s+|already\s+|now\s+|still\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?{T}(?!{poss}|\s+(?:summit|talks|meeting|programme|program|initiative|mission|operation|exercises?|drills?)\b)"),
    # "two weeks after the bloc readmitted Syria following a 12-year suspension"
    # "Gomulka told the Soviet leaders that Poland would remain in the Warsaw Pact"
    ("MEMBER_OF", "member.remain_in", r"{S}\s+{pre}(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:an?\s+(?:full\s+)?member\s+of|in)\s+(?:the\s+)?{T}(?!{poss})"),
    ("MEMBER_OF", "member.was_readmitted", r"{S}\s+{pre}(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+(?:formally\s+|officially\s+)?(?:readmitted|re-admitted|reinstated)\s+(?:to|into|in|as\s+a\s+(?:full\s+)?member\s+of)\s+(?:the\s+)?{T}"),
    ("MEMBER_OF", "member.readmitted", r"{T}\s+{pre}(?:readmitted|re-admitted|readmits|re-admits|reinstated|reinstates)\s+(?:the\s+)?{S}(?!{poss})"),
    ("MEMBER_OF", "member.which_are_part", r"{S}\s*,\s+(?:which|who)\s+(?:are|is|were|was)\s+(?:both\s+|all\s+|also\s+)?(?:part\s+of|members?\s+of)\s+(?:the\s+)?{T}"),
    # "EU-member Cyprus"
    # "the two NATO members" (the pair named before, as one mention)
    ("MEMBER_OF", "member.pair_members", r"{S}\s+{T}\s+(?:members|allies|member\s+(?:states|countries|nations)|countries|nations|states)\b"),
    ("MEMBER_OF", "member.hyphen", r"{T}-member\s+(?:state\s+|country\s+)?{S}"),
    ("MEMBER_OF", "member.congratulated", r"\b(?:congratulat|welcom|hail|prais|commend)\w*\s+(?:the\s+(?:government|people)\s+of\s+)?(?:the\s+)?{S}\s+(?:on|for)\s+(?:its\s+|their\s+)?(?:accession|admission|entry|joining|becoming\s+" + MEMBER_N + r")\s+(?:to|into|in|of)?\s*(?:the\s+)?{T}"),
    # "the official admission of the Republic of Indonesia as a full member of BRICS"
    ("MEMBER_OF", "member.admission_of", r"\b(?:admission|accession|entry)\s+of\s+(?:the\s+)?(?:(?:Democratic\s+|Federal\s+|Islamic\s+|People's\s+)?(?:Republic|Kingdom|State|Federation|Sultanate)\s+of\s+)?{S}\s+(?:as|to|into)\s+(?:" + MEMBER_N + r"\s+of\s+)?(?:the\s+)?{T}"),
    # "UNESCO's admission of Palestine as a member state in 2011": the admitting organisation named first
    # "Pashinyan has frozen Armenia's participation in the CSTO", "Armenia froze its membership in the CSTO": a
    # membership frozen or suspended is one held
    # ("voted to suspend Egypt's membership of the Arab League": a member, suspended, whatever the vote's mood)
    ("MEMBER_OF", "member.frozen_participation", r"\b(?:froze|frozen|freeze|freezes|freezing|suspend|suspended|suspends|suspending)\s+(?:the\s+)?{S}{poss}\s+(?:participation|membership)\s+(?:in|of)\s+(?:the\s+)?(?:«\d+»-led\s+)?{T}"),
    ("MEMBER_OF", "member.froze_its_participation", r"{S}\s+{pre}(?:froze|frozen|freezes|freezing|suspended|suspends|suspending)\s+(?:its|their)\s+(?:participation|membership)\s+(?:in|of)\s+(?:the\s+)?(?:«\d+»-led\s+)?{T}"),
    # "the Eurasian Economic Union, which Armenia joined in 2015"
    # "Spain will decide whether to remain in NATO, which it joined in 1982": the pronoun is the sentence's subject
    ("MEMBER_OF", "member.which_it_joined", r"{lead}{S}\s(?:[^«»;.]|«\d+»){0,100}?\b(?:in|to|of|from|with)\s+(?:the\s+)?{T}\s*,\s+which\s+it\s+(?:(?:formally|officially|later|also|only)\s+)?(?P<v>joined|has\s+joined|had\s+joined|acceded\s+to|has\s+acceded\s+to)\b"),
    ("MEMBER_OF", "member.which_joined", r"{T}\s*,\s+which\s+(?:the\s+)?{S}\s+(?:(?:formally|officially|later|also|only)\s+)?(?P<v>joined|has\s+joined|had\s+joined|acceded\s+to|has\s+acceded\s+to)\b"),
    ("MEMBER_OF", "member.poss_admission_of", r"{T}{poss}\s+(?:admission|acceptance)\s+of\s+(?:the\s+)?{S}(?!{poss}|\s+(?:and|to|into)\b)"),
    # "BRICS was founded in 2009 by Brazil, Russia, India and China"; "an association that Brazil, Russia, India and China created"
    # "The bloc, founded by Brazil, Russia, India and China in 2009, added South Africa"
    ("MEMBER_OF", "member.apposition_founded_by", r"{T}\s*,\s+(?:which\s+was\s+)?(?:founded|created|formed|established|set\s+up|launched|co-founded)\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?{S}"),
    # "The bloc … added South Africa in 2010"
    ("MEMBER_OF", "member.added", r"{T}[\s,](?:[^;.]|«\d+»){0,80}?\badded\s+(?:the\s+)?{S}\s+(?:in\s+\d{4}|as\s+(?:a|its)\s+(?:new\s+|full\s+)?member)\b"),
    ("MEMBER_OF", "member.founded_by", r"{T}\s+(?:was|were)\s+(?:\w+ly\s+)?(?:founded|created|formed|established|set up|launched|co-founded)\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?{S}"),
    ("MEMBER_OF", "member.that_created", r"{T}\s+(?:is|was)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:association|organi[sz]ation|grouping|group|bloc|alliance|forum|body|union)\s+(?:that|which)\s+{S}\s+(?:created|founded|formed|established|launched|co-founded)\b"),
    # "Russia, a permanent member of the Security Council, used its veto"
    # "Hungary, Russia's closest ally in the EU", "Hungary is seen as the most pro-Russian country in the bloc"
    ("MEMBER_OF", "member.ally_within", r"{S}(?:\s*,\s+|\s+(?:is|was|remains|has\s+been)\s+(?:seen\s+as\s+|considered\s+|regarded\s+as\s+|widely\s+seen\s+as\s+)?)(?:(?:the\s+)?«\d+»(?:{poss})\s+|the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:ally|member|partner|country|state|nation|economy|holdout|critic|voice)\s+(?:with)?in\s+(?:the\s+)?{T}"),
    # "Turkey has the second-largest army in NATO"
    ("MEMBER_OF", "member.largest_in", r"{S}\s+{pre}(?:has|had|have|boasts|fields)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:army|military|armed\s+forces|navy|air\s+force|economy|defen[cs]e\s+budget)\s+(?:in|within|among)\s+(?:the\s+)?{T}"),
    ("MEMBER_OF", "member.apposition_of", r"{S}\s*,\s+(?:(?:a|an|the)\s+(?:(?:permanent|founding|full|key|leading|non-permanent|longtime|long-standing|fellow)\s+)?member\s+(?:state\s+)?|(?:both|all)\s+(?:(?:founding|full|fellow|permanent|non-permanent)\s+)?members\s+)of\s+(?:the\s+)?(?:«\d+»-led\s+)?{T}"),
    ("MEMBER_OF", "member.apposition", r"{T}\s+(?:member(?: state)?s?|ally|allies)\s+(?:such as\s+|including\s+|like\s+)?{S}"),
    ("MEMBER_OF", "member.joining_members", r"{T}\s(?:[^«»;.]|\.(?=\s+\d)){0,60}?\b(?:joining|alongside|with)\s+(?:its\s+)?(?:current|existing|founding|original|other)\s+members?,?\s+(?:the\s+)?{S}"),
    ("MEMBER_OF", "member.countries_including", r"{T}(?:{poss})?\s+(?:(?:\w+|\d+)\s+)?(?:member\s+)?(?:countries|states|nations|members|allies)(?:,?\s+(?:such as|including|like|among them)\s+|\s*[—–:]\s*)(?:the\s+)?{S}"),
    ("MEMBER_OF", "member.org_apposition", r"{S}\s*,\s+(?:an?\s+|the\s+|another\s+)?(?:(?:fellow|founding|key|full|permanent|new|longtime|long-standing|current|rotating)\s+)*{T}\s+(?:member(?: state| country| nation)?|ally|chair)\b"),  # ("Malaysia, the ASEAN chair,")
    ("MEMBER_OF", "member.of_org", r"{S}\s*,?\s+(?:as\s+)?(?:an?\s+|the\s+|one of (?:the\s+)?(?:[\w-]+\s+)?)?(?:fellow\s+|founding\s+)?members?(?: states?)? of\s+(?:the\s+)?{T}"),
]


# A sentence can only match a type's patterns if it holds one of these words: checked first,
# so most sentences skip most patterns. Each gate covers every trigger word of its type.
# In these types every trigger word starts a word, so the gate's words must too: the search is
# faster, and "aid" no longer opens SUPPORTS inside "said"
WORD_START_GATES = {"SUPPLIES_ARMS", "CONDEMNS", "SUPPORTS", "MEETS", "TRADES_WITH"}
GATES = {
    # plain literals, no \b: a looser gate only prunes less, and literal-led alternations scan fastest
    "SUPPLIES_ARMS": r"armour|armor|cruiser|gifted|gifting|rearm|re-arm|weapon|boat|war plane|awacs|surveillance plane|reconnaissance plane|spy plane|early-warning plane|early warning plane|military plane|combat plane|military transport plane|military cargo plane|mig-|migs|arms|ammunition|munition|shell|artiller|missile|rocket|drone|uav|tank|fighter|jet|"
                     r"rafale|gripen|eurofighter|typhoon|brahmos|leopard|abrams|bradley|stryker|nasams|iris-t|samp/t|bayraktar|tomahawk|javelin|stinger|nlaw|storm shadow|iskander|kalibr|kinzhal|scorp|"
                     r"aircraft|warplane|helicopter|air defen|air-defen|anti-missile|military equipment|military hardware|"
                     r"military technolog|military suppl|military aid|military assistance|lethal|radar|destroyer|rifle|guns|machine-gun|machinegun|mortar|pistol|carbine|bazooka|grenade|howitzer|-\d|warship|frigate|corvette|submarine|subs|patrol|"
                     r"himars|patriot|atacms|thaad|batter|shahed|bomb|warhead|arsenal|vehicle|carrier|armed|arming| arm |equipped|defence export|defense export|suppliers of|supplier of|military sales|military donor|military exports|military supplies|military deliveries|military transfers|defence sales|defense sales",
    "DEPLOYS_TROOPS": r"airmen|» division|» divisions|» bases|» installation|training team|its army out|his army out|their army out|their armies out|» army out|» armies out|military installation|military installations|military facility|military facilities|» air bases|» airbases|» airfield|» military bases|» naval bases|volunteer division|infantry division|airborne division|armoured division|armored division|army division|tank division|marine division|mechanized division|mechanised division|pilots|crews|gunners|000 men in|withdrawal from|pullout from|pull-out from|testing range|test range|divisions|armies of|armies from|» armies|army units|tanks crossed|tanks rolled|tanks entered|tanks moved|tanks poured|» columns|armoured columns|armored columns|armoured units|armored units|military base|permanent base|drone base|air base|airbase|naval base|brigade|garrison|host|access to|fleet| fighters|-led |home to|interven|troop|contractor|soldier|force|personnel|deployment|police|gendarme|servicemen|marines|commando|paratroop|mercenar|unit|battalion|brigade|peacekeeper|advis|contingent|detachment|regiment|instructor|trainer|specialist|presence| based in| stationed in| are based| are still based| were based| remain based| are stationed| are still stationed| were stationed| remain stationed|patrol",
    "ATTACKS": r"routed |overran|destroyed|overwhelmed|annihilated|wiped out|mined |mines |mining of|ablaze|set on fire|sets on fire|setting on fire|into action|slammed into|smashed into|ploughed into|slamming into|smashing into|slams into|smashes into|straf|into battle|encircl|blew up|drove the|driven the|routed the|pushed the|chased the|cleared the|thrown the|threw the|hurled the|back below|back across|back to|back from|back beyond|back behind|back over|back into|killed|assassinat|shot dead|retook|recaptured|armies took|troops took|forces took|soldiers took|cluster bombs|cluster munitions|chemical weapons|nerve agent|barrel bombs|incendiary|white phosphorus|thermobaric|abduct|waged|waging|marched into|advanced into|pushed into|kidnap|barrage|bombardment|poured into|rolled into|stormed into|sank|sunk|torpedoed|swept into|swept across|swept through|surged across|surged through|rolled across|rolled through|stormed across|stormed through|surged into|streamed into|'s chief of staff|retak|retook|'s commander|'s top commander|'s military chief|assassinated|parts of|swaths of|fighting|invad|gains in|gains into|advances in|inroads|storm|battl|conflict|hostilit|invasion|occup|annex|aggress|war|attack|ambush|offensive|assault|bomb|strik|struck|shell|incursion|raid|hit|target|pound|"
               r"fire|firing|launch|lobb|rain|fought|fight|clash|against|operation|seiz|captur|overr|control of|shot|shoot|downed|downing|downs",
    "SANCTIONS": r"a halt to|a halt on|a stop to|a freeze on|a suspension of|landing rights|overflight rights|traffic rights|stop buying|stop importing|of commerce|all commerce|stopped all|stops all|stopping all|cut «|cuts «|cutting «|cut their|cut its|cuts its|cuts their|slashed «|slashed its|slashed their|cut all trade|cut trade with|cuts trade with|cutting trade with|slashed trade with|slashing trade with|be shipped|be sold|be exported|be sent|be delivered|be supplied|broke off|break off|breaks off|broken off|quota|borders to|border to|airspace to|air space to|skies to|airfields to|airfield to|airports to|airport to| ports to| port to|harbours to|harbors to|harbour to|harbor to|waters to|canal to|to halt|to suspend|access to|checks on|inspections on|severed|severs|severing|links with|trade ties with|economic ties with|commercial ties with|business ties with|trade relations with|economic relations with|commercial relations with|connections with|postponed|postpones|boycott|white list|whitelist|trusted trading|preferred trading|from swift|from the swift|payment system|payments system|price cap|favoured-nation|favored-nation|favoured nation|favored nation|mfn|preferential|trade preferences|trading preferences|tariff preferences|trade benefits|trade privileges|controls on export|restrictions on export|curbs on export|limits on export|controls on sales|imposed measures|imposes measures|imposing measures|punitive measures|retaliatory measures|coercive measures|barred|suspending|stopped supplying|stopped delivering|stopped exporting|halted supplies|cut off|cuts off|cutting off|supplies to|restrict|blocked|blocks|blocking|halted|halts|halting|suspended|suspends|curb|ban|sanction|designat|export permit|export licen|embargo|export control|asset freez|travel ban|penalt|blacklist|froze|frozen|freez|seiz|confiscat|immobili|entity list|entities list",
    "VETOES": r"veto|block",
    "CONDEMNS": r"double standard|hypocrisy|duplicity|on itself|upon itself|on themselves|upon themselves|bore the guilt|bears the guilt|bear the guilt|breach of|status quo|to punish|to isolate|to ostraci|true nature|true face|true charac|true colo|real nature|real face|real charac|real colo|indict|unconstitutional|seizure of power|suspect|provoked|owed it|owes it|owe it|owed them|owes them|frighten|bully|blackmail|subvert|undermin|overthrow|enslav|subjugat|coerce|strangl|deplor|arms to the|serious matter|war with|war against|side with|sided with|siding with|sides with|superiority|supremacy|hegemony|domination|dominance|poisoned|intelligence agents|intelligence officers|spying|not acceptable|weapons to the|arming the|arming separatists|arming rebels|arming insurgents|harbouring the|harboring the|declaration of war|act of war|act of aggression|complaint that|complaints that|charge that|charges that|accusation that|allegation that|fired first|opened fire first|expulsion|suspension from|exclusion from|removal from|ouster from|not stand|n't stand|not be tolerated|not be allowed to stand|not go unpunished|not go unanswered|not be accepted|not be rewarded|trying to build|trying to acquire|trying to develop|trying to obtain|seeking nuclear|developing nuclear|pursuing nuclear|building nuclear|seeking atomic|developing atomic|to build nuclear|to acquire nuclear|to develop nuclear|seeking weapons of mass|developing weapons of mass|seeking chemical|developing chemical|hiding|concealing|harbouring|harboring|sheltering|stockpiling|by the rules|by the same rules|case against|complaint at|complaint with|complaint over|complaint before|complaint to|case at|case before|case over|lawsuit over|unfair|lawsuit against|complaint against|suit against|act of revenge|act of retaliation|act of blackmail|act of intimidation|act of piracy|predatory|to order|displeasure|dismay|indignation|boycott|complicit|sabotaged|blown up|blew up|in retaliation|safe haven|sanctuar|violated|ultimate responsibility|sole responsibility|full responsibility|direct responsibility|heavy responsibility|primary responsibility|great responsibility|son of a|liar|puppet|traitor|idiot|clown|coward|take full responsibility|take responsibility|accept responsibility|accept full responsibility|monster|butcher|killer|culpable|no moral right|no right to|recalled its ambassador|recalled their ambassador|recalled its envoy|recalls its ambassador|broken a|broken its|broken their|broken the|breached|reneged|bore responsibility|bears responsibility|bear responsibility|intrud|trespass|encroach|dictator|tyrant|autocrat|despot|war criminal|murderer|thug|aggressor|enem|adversar|menace|committing genocide|committing war crimes|regards as|considers as|views as|regarded as|considered as|viewed as|persona non grata|invalid|null and void|expel|act of war|act of terror|disappointed|dismayed|appalled|outraged|angered|incensed|disgusted|axis of evil|to stop|to cease|to halt|to refrain|to desist|resolution against|react|not fulfil|not honou|not respected|mistake|blunder| error|harbou|harbor|shelter|sponsor|hit back at|hits back at|hitting back at|called in the|calls in the|calling in the|call in the|called out|calls out|calling out|call out|outrage|confront|complain|discontent|had failed|has failed|have failed|rebuke|representations|warn|holocaust|hitler|apartheid|hybrid war|hybrid attack|weaponi|orchestrat|instrumentali|condemn|in protest|repudiation|regret|raising tension|raised tension|raises tension|raise tension|escalating tension|escalate tension|stoking tension|stoke tension|fuelling tension|fueling tension|fuel tension|heighten|regional strife|inflam|critics of|opponents of|rails against|railed against|railing against|decertif|murder|invaded|sniped|sparred|feuded|bickered|regrettable|unjustifiable|deplorable|cynical|disgraceful|politicised|politicized|object|unjustified|untenable|unfounded|groundless|baseless|affront|infringement|no right|no business|reject|dismiss|rebuff|threat|provocat|harass|intimidat|bull|hostil|incursion|violation|annex|occupation|aggress|blast|denounc|critici|accus|blam|slam|rebuk|censur|castigat|lambast|decr|chastis|protest|summon|charg|lash|hit out|hits out|hitting out|allegation|claims|pushback|backlash|complaint|alleg|claims|insist|contend|oppos|critic of|opponent of|interference|meddling|disinformation|propaganda|destabili|subversion|sabotage|espionage|insult|barbs|recrimination|jabs|each other|one another|attack|responsible|disappointment|displeasure|dismay|anger|indignation|disapproval|dissatisfaction|accountable|liable|culpable|mock|ridicul|derid|" + JUDGMENTS + "|" + EPITHETS,
    "SUPPORTS": r"finances|financed|exile|refuge|to protect|airspace to|airspace and|bases to|ports to|airfields to|airbases to|air bases to|territory to|as its lawful|as its legitimate|as the lawful|as the legitimate|shared the position|shares the position|share the position|shared the stance|shares the stance|shared the view|shares the view|agreement with the|escorted|escorting|escorts|hailed|hails|hailing|greeted|greets|cost of|costs of|give |giving |airdrop|air-drop|dropped food|dropped aid|dropped supplies|dropped relief|dropped medic|dropped rations|parachuted|deserve|shielded|shields|shielding|to advise|disaster experts|disaster teams|disaster specialists|disaster workers|disaster personnel|disaster crews|disaster units|rescue experts|relief experts|medical experts|tents|blankets|doctors|firefight|fire-fight|water bomb|lifeline|bonds|owes|owed|owing|repay|in favour of|in favor of|s admission|s membership|s accession|veto|fight for|fight alongside|fight on behalf|medical team|medical worker|medical personnel|medical crew|medical unit|medical specialist|relief team|relief worker|relief crew|awarded|presented|bestowed|intelligence|satellite imagery|food supplies|targeting data|targeting information|nominated|airlift|planeloads|medicine|medical supplies|relief supplies|doses|fighting alongside|fought alongside|fighting for|fought for|fighting with|asylum|sanctuary|paid|pays|paying|transferred|gave|gives|sheltered|sheltering|harboured|harbored|harbouring|harboring|currency swap|swap line|gave refuge|given refuge|granted refuge|relief|rescue|humanitarian|investment|diplomatic ties|diplomatic relations|pledg|promising|sided with|sides with|siding with|aligned with|aligning with|lifting of|removal of|lent|loaned|lends|money|funding|financing|deposit|inject|pump|pour|central bank|borrow|loans|enabler|lifeline|to use its|to use their|use of its|use of their|switched ties|switches ties|switching ties|switched diplomatic|switched allegiance|shifted ties|prop up|propped up|props up|propping up|support|recogni|donat|swap line|swap deal|swap agreement|swap facility|congratulat|back|solidarity|medical suppl|medical equipment|vaccine|creditor|lender|financier|assurances|commitments|deposit|bailout|credit line|weight behind|admirer|champion|appreciat|thank|hail|salut|fund|bankroll|propped|lent|lend|grant|credit|loan|aid|assist|help|stand|stood|side|defend|prais|endors|welcom|loan|funding|donor|contributor|request of|invitation of|behest of|sponsor|benefactor|patron|commend|laud|train",
    "MEETS": r"spent the |spent a |spent an |spent two |spent three |spent four |spent five |spent several |spent many |spends the |spending the |drafted|worked out|hammered out|thrashed out|left «|leaves «|leaving «|departed «|departs «|tour in|visit in|trip in|journey in|case to|days in|weeks in|months in|week in|saw |seeing |same table|same negotiating table|toasted|toasts|to call on|mourners|dignitaries|among the guests|by phone|over the phone|on the phone|stop in|stopover in|inaugurated|inaugurating|telephone|bargaining|watched their|told by|assured by|watched as their|looked on as|presented|outlined|unveiled|awarded|stopped in|stopped over|stops in|stops over|laid flowers|laid a wreath|laid wreaths|accession documents|credentials|destination|port of call|first stop|next stop|final stop|confronted|delegation to|delegations to|envoy to|envoys to|emissary to|negotiators to|mediators to|minister to|ministers to|berated|lectured|scolded|upbraided|shouting match|embraced|hugged|signed a |signed an |signed the |flying|flown|encounter|briefed|presented|handed|trip|journey|joined|joins|joining|sidelines|margins|attended|attends|attending|signed by|signed in|issue with|issues with|matter with|matters with|concern with|concerns with|question with|questions with|subject with|topic with|case with|walked with|walks with|walking with|dined with|lunched with|breakfasted with|lunch with|dinner with|breakfast with|supper with|tea with|coffee with|audience with|toured|touring|inspected|reviewed|met|meet|chat|red carpet|farewell|exchanged views|joint declaration|joint statement|joint communiqu|currently in|now in|currently visiting|witnessed the signing|agreed at|agreed in |participat|spent|spend|took part|takes part|taking part|host|welcom|visit|talk|spoke|speak|phoned|telephon|call|confer|sat down|receiv|summit|negotiation|discussion|consultation|gather|convene|dialogue|"
             r"greet|travel|traveled|head|flew|flies|landed|landing|lands|arriv|trip|came|comes|hands|went to|goes to|went on to|goes on to|conversation|discuss|beside|alongside|next to|trade mission|business mission|diplomatic mission|face-to-face",
    "ALLIED_WITH": r"partner in|partners in|military partner|defence partner|defense partner|treaty partner|pledged to protect|promised to defend|promised to protect|vowed to defend|vowed to protect|sworn to defend|itself to defend|themselves to defend|pledged to defend|obliged to defend|obligated to defend|bound to defend|obliged to protect|bound to protect|obliged to come|bound to come|obliged by|bound by|fought alongside|fought side by side|fought beside|union state|security deal|access deal|deterrent|their nuclear|their air defen|their missile defen|their militaries|their armed forces|guarantor|protector|joint naval sail|joint sail|security partner|defence partner|defense partner|treaty|treaties|responsible for|alliance|pact|partnership|defence ties|defense ties|military ties|security ties|agreement|accord|defence framework|defense framework|exercise|drill|manoeuvre|maneuver|patrol|war game|ally|allie|together|access to|cooperation|partners|strategic partner|each other|one another",
    "TRADES_WITH": r"favoured-nation|favored-nation|favoured nation|favored nation|normal trade|contracts worth|joint venture|customs union|chartered|leased|rented|charters|leases|rents|commercial ties|commercial relations|commercial links|uranium|crop|harvest|nuclear plant|nuclear power plant|power plant|power station|deliveries of|shipments of|electricity|wool|canola|cutting tariffs|lowering tariffs|reducing tariffs|slashing tariffs|lifting tariffs|removing tariffs|eliminating tariffs|easing tariffs|agreement to build|deal to build|contract to build|agreement to construct|deal to construct|contract to construct|natural gas|'s gas|'s oil|'s crude| gas imports| gas exports| gas supplies|dependent on|reliant on|railway|infrastructure|depends |depend |relies |rely |invest|market|source of|gasoline|petrol|diesel|fuel|tanker|in exchange for|in return for|supplier|paid for|pays for|paying for|belt and road|chose|choos|selected|select |picked|award|crude|trad|depends on|depend on|depended on|relies on|rely on|relied on|commerce|business|economic|partner|import|export|buy|bought|purchas|customer|consumer|accounts for|account for|gas |oil |energy |lng |pipeline|grain |supply |commodit|soybean|goods|products|copper|mineral|coal|beef|iron ore|wheat|reactor|contracts with|contract with|deals with|agreements with|billion with|million with|work on|construction of",
    "MEMBER_OF": r"voting rights|permanent seat|permanent membership|» groups «|» groups together «|signed «|ratified «|acceded to «|signed the «|ratified the «|acceded to the «|forming|founding|neighbour and|neighbor and|remain in the|remains in the|remained in the|stay in the|election of|creating|establishing|setting up|which established|entered the|enters the|participation in|summit|suspend| country to | country that |highest|largest|biggest|lowest|along with|together with|alongside|to include|army in|military in|armed forces in|navy in|air force in|economy in|budget in|presidency|added|admit|composed|make up|makes up|form|comprise|constitute|founded|founding|founders|created|belong|member|join|acced|admitted|includ|compris|brings together|consists|made up|ally|allie| partners| chair,|accession|admission|entry|countries|states|nations",
}


# A few rules also need a word of their own (checked like the gates, on lower-cased text; one
# that is more than plain words is searched as a regular expression)
_MAKER = r"-made|-built|-supplied|-manufactured|-produced|-designed|-developed|-provided|-donated|-origin"
# the fights soldiers fall in ("were killed in a clash with"): the gate of both directions of that rule
CLASH_WORDS = r"clash|skirmish|fighting|battle|firefight|gunfight|confrontation|brawl"
# "with (the) help of / support from …" opens both helper rules
HELP_WORDS = r"help of|help from|support of|support from|backing of|backing from|assistance of|assistance from"

RULE_GATES = {
    "attack.forces_engaged": r"engaged",
    "condemn.seized_in_retaliation": r"in retaliation|in reprisal|in protest",
    "support.demonym_loan_to": r"loan|credit|grant|subsid",
    "troops.won_withdrawal_of": r"departure of|withdrawal of|evacuation of|removal of|pull-out of|pullout of",
    "sanctions.ban_on_aid": r"ban on|embargo on|cutoff on|cut-off on|halt on|freeze on",
    "meet.fronted_after_talks": r"after|following",
    "troops.occupy_place": r"occup",
    "sanctions.imposed_by_to_punish": r"imposed by|ordered by|declared by",
    "troops.captured_place": r"captured|seized|overran|occupied|took control of",
    "meet.poss_talks_with": r"his talks|her talks|his meeting|her meeting|his conversation|her conversation|his discussions|her discussions|his negotiations|her negotiations| talks with| meeting with| meetings with",
    "troops.hold_territory": r"territory|soil|land",
    "troops.driven_out": r"drov|driv|push|forc|chas|expel|oust|evict|rout",
    "meet.saw_person": r"saw |seeing ",
    "arms.army_equipped_with": r"equipped|armed|use|flies|flew|fly |field|operate",
    "arms.replaced_losses": r"replac|replenish",
    "sanctions.and_freeze": r" and freez| and to freez| and froze| and seiz| and to seiz| and confiscat| and to confiscat",
    "condemn.until_it_stops": r"until |unless ",
    "arms.approve_sale": r"approv|announc|authori|clear|finali|sign|seal|lift",
    "arms.approve_sale_to": r"approv|announc|authori|clear|finali|sign|seal",
    "arms.approve_arms_sale": r"approv|announc|authori|clear|finali|sign|seal",
    "arms.deal_purchase": r"deal|agreement|contract", "arms.deal_to_buy": r"deal|agreement|contract",
    "arms.passive_deployed": r"deployed|stationed|delivered|sent|transferred|supplied|shipped",
    "arms.deployed": r"deploy", "arms.deployment_of": r"deployment|delivery|transfer|dispatch",
    "arms.package": r"package|shipment|consignment|batch|tranche", "arms.aid_package": r"military aid|military assistance",
    "arms.from_to": r"from", "arms.for_on_way_from": r"en route|on their way|on its way|on the way|being sent|being shipped|being flown|being delivered|being airlifted", "arms.made_sent": r"made|built|manufactured|produced", "arms.weapons_relative": r"[syn](?: worth [^«»;,]{1,40}?)?(?: [—–]|,)? (?:that |which )?«\d+» (?:(?:is|are|was|were|has|have|had) )?(?:been )?(?:provid|suppl|send|sent|giv|gave|deliver|sell|sold|ship|donat|agreed|decided|approved)",
    "arms.double_object": r"(?:sen[dt]|gave|giv|hand|sold|sell|offer|deliver|suppl|provid)\w* (?:the )?«",
    "ally.exercises_in": r"(?:exercises|drills|manoeuvres|maneuvers|war games) in ", "ally.under_pact_with": r"under ", "ally.pact_allowing_pair": r"allow|permit|lets |letting", "sanctions.placed_under": r"under |list",
    "condemn.said_then_verb": r", (?:and )?(?:condemned|criticised|criticized|denounced|accused|blamed|slammed)",
    "member.accession_as": r"(?:accession|admission|entry) as ", "arms.participle": r"offering|providing|supplying|sending|delivering|including",
    "arms.its_supplier": r"supplier|provider|exporter", "arms.is_supplier": r"supplier|provider|exporter|donor|source of",
    "arms.made_by": _MAKER, "arms.made_by_second": _MAKER, "arms.made_used_by": _MAKER,
    "arms.companies_selling": r"compan|firm|enterprise|contractor|manufacturer",
    "arms.buyer": r"buyer|importer|purchaser|customer", "arms.purchase_of": r"purchase|acquisition|procurement|import|buying",
    "sanctions.impose_in": r" in | of | at ", "sanctions.evaded_by": r"eas|evad|circumvent|escap|skirt|bypass|dodg|around",
    "sanctions.evaded": r"eas|evad|circumvent|escap|skirt|bypass|dodg|around", "attack.traded": r"trad|exchang", "attack.operation_targeting": r"operation|\"|“",
    "troops.deployment_of": r"deployment|dispatch", "troops.along_with": r"along with|together with",
    "troops.exchange": r"in exchange for", "troops.hosts": r"host|hous",
    "arms.active": r"gift|suppl|flew|flown|flying|flies|fly |rush|airlift|sold|sell|deliver|ship|transfer|transport|sent|send|provid|gave|give|giving|lent|lend|loan|export|offer|handed|handing|hands |"
                   r"funnel|donat|sourc|procur|bought|buy",
    "arms.provide_with": r" with ", "troops.provide_with": r" with ", "arms.receive_from": r" from ",
    "arms.nominal": r"suppl|deliver|transfer|sale|shipment|provision|export|handover|hand-over",
    "arms.nominal_supply": r"suppl|deliver|transfer|sale|shipment|export",
    "arms.of_maker": r"suppl|deliver|transfer|sale|shipment|provision|export|deployment",
    "arms.gerund_maker": r"supplying|sending|transferring|delivering|shipping|transporting|providing|selling|exporting",
    "arms.for_selling": r"selling|supplying|sending|providing|delivering|shipping|exporting|transferring",
    "arms.adj_sales": r"sale|suppl|deliver|transfer|shipment|export|deal",
    "arms.passive": r" by ", "attack.by_in": r" by ", "attack.by_were": r" by ", "sanctions.passive": r" by ", "sanctions.on_passive": r" by ", "sanctions.passive_by_on": r" by ", "sanctions.which_imposed_by": r" by ",
    "attack.fire": r"fir|launch|lobb|rain|drop", "attack.weapons_against": r" against ", "attack.used_by_against": r" against ", "arms.used_by": r" by ", "arms.supplied_used_by": r" by ",
    "attack.targets_in": r" in | across | inside | at | near | outside | on the ",
    "ally.basing": r"access to", "condemn.complaint_over": r"complaint|case", "meet.in_on_visit": r" in ", "sanctions.hit_by": r"(?:hit|targeted|squeezed|battered|crippled|punished) (?:hard )?by",
    "trade.purchase_of": r"(?:purchases?|imports?|buying) of", "ally.allies_of": r"all(?:y|ies) of|ally and|allies and", "ally.exercises_by": r" by ",
    "ally.pair_signed_for": r"cooperation|joint", "troops.presence_noun": r"presence", "support.in_support_of": r"in support of", "support.clause_in_support_of": r"in support of|of support for", "attack.in_by": r"» (?:due to|from|by|in|during|after) (?:the )?«",
    "condemn.criticism_from": r"criticism|condemnation|censure|rebuke|pushback|backlash|warning",
    "condemn.criticism_also_from": r"as well as|and also",
    "ally.its_bloc_allies_particularly": r"», particularly|», notably|», especially",
    "condemn.issued": r"condemnation|criticism|censure|rebuke|denunciation", "condemn.nominal_by": r" by ", "condemn.by_actor": r" by ", "condemn.said_condemning_act": r"ing ", "ally.apposition_its": r"its |their ", "condemn.statement": r"statement",
    "condemn.denied_accusations": r"accusations|allegations|charges|claims", "condemn.alleged_that": r"alleg|charg",
    "attack.then_targeting": r"targeting|striking|hitting|pounding|bombing|shelling",
    "condemn.denied_poss_accusations": r"accusations|allegations|charges|claims|objection",
    "ally.referred_as": r" as ", "ally.signed_by": r"signed",
    "support.aid_to": r"\baid\b|assistance|support|loan|bailout|credit line", "arms.arrived_with": r"arrived|landed|docked",
    "ally.cooperation_between": r"(?:cooperation|ties|partnership) between",
    "arms.supplier_to": r"supplier|exporter|provider", "arms.suppliers_of": r"suppliers of|supplier of|exporters of|exporter of|providers of|provider of", "arms.went_to_from": r"(?:went|go|goes|going|flowed|flows|flowing|shipped|sent|delivered) to ",
    "troops.for_mission": r"(?:mission|operation|force|deployment) (?:in|to) ", "troops.joined_war": r"(?:entered|joined) the (?:conflict|war|fighting|fray|fight|battle)",
    "meet.participle": r", (?:meeting|holding talks)", "member.grouping_of": r"(?:grouping|group|bloc|alliance|coalition|partnership|club|union|association|forum) of ",
    "condemn.epithet": EPITHETS, "condemn.joined_in": r" in denouncing| in condemning| in critici| in accusing| in blaming| in rebuking", "condemn.joined_by": r" in denouncing| in condemning| in critici| in accusing| in blaming| in rebuking| in protesting",
    "condemn.calling_act": r", calling |, describing |, terming |, branding |, labelling |, labeling ", "condemn.after_accusing": r"accusing|blaming|critici|condemning|denouncing", "condemn.fronted_participle": r"accusing|blaming|criticising|criticizing|condemning|denouncing|slamming", "condemn.described_as": r" as ",
    "meet.after_meeting": r"meeting|visiting|hosting|welcoming|receiving|greeting|talks with", "sanctions.named_regime": r"regime|program",
    "meet.pair_when_they": r" (?:they|the pair|the two|both leaders) ", "ally.as_partners": r"as ",
    "meet.had_meeting": r"meeting with|meetings with|talks with|talks in|meeting in|meetings in|call with|calls with|conversation with|conversations with|discussions with|discussion with|discussion\" with|discussion” with", "meet.call_had": r" had with| held with", "meet.call_from": r"call from|calls from|call to|calls to",
    "ally.defend_each_other": r"each other|one another",
    "support.resolution": r"resolution|statement|declaration|motion",
    "member.congratulated": r"accession|admission|entry|joining|becoming", "member.admission_of": r"admission of|accession of|entry of",
    "member.poss_admission_of": r"admission of|acceptance of",
    "member.founded_by": r" by ", "member.that_created": r"created|founded|formed|established|launched", "member.poss_apposition": r"member|economy|army|military|contributor|country|state|spender|recipient", "trade.supplier_to": r"supplier|exporter",
    "meet.subject_visit": r"visit |trip |tour ", "meet.returned_from_stay": r"days in|weeks in|months in|day in|week in|month in|touring|talks in", "troops.receives_advisers_from": r" from ", "meet.arriving": r", arriving in|, landing in", "arms.and_provided_with": r" and provided | and supplied | and equipped | and armed | and also provided | and provides | and supplies ", "trade.pair_customs_union": r"customs union", "trade.agreements_with": r"deal with|deals with|agreement with|agreements with|pact with|pacts with|accord with|accords with|partnership with|partnerships with", "support.participle": r"praising |lauding |commending |backing ", "meet.stood_alongside": r"alongside|beside|next to|side by side", "meet.pair_watched": r"watched|toured|inspected|reviewed|viewed|laid",
    "meet.called_on": r"called on|calls on|calling on", "condemn.demanded_that": r"demand|insist", "condemn.charged_agents": r"agents|officers|officials|operatives|spies", "condemn.said_provoked": r"provoked|triggered|caused|sparked|started|prompted|fuel", "condemn.said_refused_to_renounce": r"refused|failed|declined", "condemn.demanded_apology": r"apolog|compensation|reparations",
    "member.sits_on": r"sit on|sits on|sat on|sitting on|serve on|serves on|served on|serving on",
    "member.elected_to": r"elected", "member.won_seat": r"seat on|seats on|seat in|seats in|seat at", "member.chairs": r"chairs|chaired|presides|presided",
    "member.lifted_suspension": r"suspension", "member.org_lifted_suspension": r"suspension",
    "sanctions.arms_ban": r"ban|halt|suspend|prohibit|embargo|forb|licen", "sanctions.first_to_ban_arms": r"ban|halt|suspend|prohibit|embargo|forb|licen",
    "support.participle_money": r"pledging|promising|providing|offering|granting|lending|giving|donating",
    "arms.flies_donated_by": r"donated by|supplied by|provided by|delivered by|given by|sent by|transferred by|gifted by|shipped by",
    "trade.pair_signed_to_build": r"to build|to construct|to develop|to finance|to lay|to extend|to upgrade|to jointly",
    "meet.hosted_talks_with_of": r"hosted|hosts|hosting|chaired|chairs|convened|convenes",
    "condemn.said_and_accused": r"and accused|and condemned|and critici|and blamed|and denounced|and slammed|and lambasted|and also",
    "attack.when_invaded": r", when",
    "condemn.apposed_act_called": r"called|described as|termed|branded|denounced as|condemned as",
    "troops.mission_with_troops_from": r" from ",
    "ally.participle": r", cementing |, forging |, sealing |, signing |, formalising |, formalizing |, concluding ", "ally.together_with_ally": r"together with|along with",
    "meet.discussed_with": r"discuss", "meet.described": r"face-to-face with|meeting with|talks with|call with|conversation with|discussions with|discussion with|summit with",
    "meet.was_in_and_met": r" and met| and held talks| and later met| and then met| and also met| and had| and held", "condemn.which_they_accuse": r", which |, whom ", "attack.fight_against": r" against ", "condemn.and_second": r" and condemn| and denounc| and critici| and accus| and blam| and slam| and rebuk| and also condemn| and also denounc| and also critici| and also accus| and also blam| and also slam| and also rebuk",
    "arms.agreement_to_sell": r" to sell| to supply| to deliver| to provide| to export", "arms.agreement_to_buy": r" to buy| to purchase| to acquire| to procure| to import",
    "condemn.calling_it": r", calling |, describing |, terming |, branding |, labelling |, labeling ", "condemn.said_judgment": r"said|says|stated|declared|call|termed|described|told|tells", "condemn.said_forces_entry_judged": r"entry|advance|march|incursion|intrusion|invasion|landing|presence|dispatch|despatch|crossing|movement", "attack.pair_whose_armies_fought": r"whose",
    "member.members_are": r"members also|members are|members include|members —|members –|members:|members—",
    "meet.after_talks_with": r"talks with|meeting with|meetings with|discussions with|summit with", "meet.subject_after": r"meeting with|talks with|summit with|discussions with|discussion with|call with|conversation with|speaking with|talking with|phone with|conference with| (?:in|at) [\w«»]+(?: \w+)? with ",
    "attack.objects_of": r"connected|linked|belonging|tied|used by|run by|controlled by|operated by|held by| of ",
    "attack.strikes_from": r"strike by |strike from |strikes by |strikes from |attack by |attack from |attacks by |attacks from |raid by |raid from |raids by |raids from |bombing by |bombing from |bombings by |bombings from ",
    # (session 11's rules)
    "attack.with_strikes": r"series of|wave of|barrage of|string of|with air|with strikes|with drone|with missile|with attacks|with raids|with a |with an |with the |with bombardment|with shelling",
    "attack.seized_parts": r"seiz|captur|overr|control of", "attack.taken_from": r"occup|seiz|captur|annex|wrest|retook|retak|regain", "condemn.cannot_remain_in_power": r"in power", "ally.treaty_commitments_to": r"commitment|obligation", "condemn.concerned_about": r"concerned|alarmed|worried|troubled|dismayed", "sanctions.retaliated_by_banning": r"retaliat|responded|hit back", "trade.airliners_to": r"airline|carrier", "condemn.showed_danger_of": r"danger of|threat of|threat posed by|danger posed by|recklessness of|aggressiveness of|malign nature|brutality of|cruelty of|barbarity of|barbarism of|savagery of|inhumanity of", "condemn.stood_against": r"coercion|aggression|bullying|interference|meddling|intimidation|expansionism|hegemony|threats|pressure|blackmail", "support.allowed_use_of": r"airspace|base|ports|territory|airfield|facilities", "condemn.its_act_back": r" its | their ", "condemn.dismissed_his_idea": r"dismissed his|dismissed her|rejected his|rejected her|ridiculed his|ridiculed her|mocked his|mocked her|derided his|derided her|slammed his|slammed her|criticised his|criticised her|criticized his|criticized her|condemned his|condemned her|denounced his|denounced her|scoffed at his|scoffed at her", "meet.participle_meets": r"to meet|hugging|embracing|greeting|shaking hands|meeting", "attack.drove_out": r"drove|drive|driving|pushed|pushing|forced|forcing|chased|chasing|routed|cleared", "attack.came_under": r"under", "condemn.boycott_over": r"boycott", "ally.under_agreement_with": r"under ", "ally.treaty_bound_to_defend": r"treaty to|treaties to|treaty of", "ally.similar_pact_with": r"similar", "attack.bomb_dropped_by": r"dropped by|fired by|launched by", "attack.said_bombed_villages": r"villages|towns|border posts|positions|farms|settlements", "condemn.said_harbouring": r"harbour|harbor|sheltering|hiding|arming|training|financing|funding", "condemn.urged_to_respect": r"to respect", "arms.shipment_ordered_by": r"ordered by|bought by|purchased by|paid for by|requested by", "ally.bound_by_alliance_with": r"alliance with|treaty with|pact with", "support.allowed_to_station": r"to station|to base|to deploy|to keep|to land|to use", "support.credit_of_for": r"credit of|loan of|grant of", "support.let_forces_through": r"let|allow|permit", "support.itself_on_side_of": r"side of", "condemn.said_had_killed": r"murdered|massacred|executed|shot|killed|tortured", "support.under_protection": r"protection|umbrella", "attack.disarmed_units": r"disarm", "condemn.appealed_against": r"against", "condemn.urged_to_punish": r"to punish|to isolate|to ostraci|to restrain|to curb|to rein in|to stop", "condemn.said_arms_from": r"from", "trade.goods_with": r"trade|barter|exchang|swap", "meet.summoned_to": r"summoned to", "ally.pair_joint_defence_body": r"joint", "troops.operate_from_ports": r"from", "troops.landed_at": r"landed|lands|landing|ashore", "condemn.told_envoy_judgment": r"ambassador|envoy|minister|charg|embassy|legation", "ally.guarantee_to": r"guarantee", "attack.gas_used_on": r"gas|chemical|nerve agent|sarin|chlorine|napalm|phosphorus", "condemn.report_found_not_self_defence": r"report", "condemn.found_resorted_to_war": r"resorted to|aggression|violated", "sanctions.came_into_force_in_members": r"into force|into effect", "troops.exercises_in": r"exercise|drill|manoeuvre|maneuver|war games", "support.let_aid_cross_to": r"let|allow|permit", "condemn.expelled_for": r"expel|suspend|exclud|eject|threw out|thrown out", "condemn.handed_envoy_protest": r"protest|note|letter|memorandum", "condemn.handed_protest_to_envoy": r"protest|note|letter|memorandum", "attack.entered_after_defenders": r"defenders|garrison|defending", "support.ferried_troops_of": r"ferr|airlift|flew|flown|fly|flies|flying|transport|carr", "support.lived_as_guest": r" guest| exile| refugee", "troops.mission_that_trains": r" mission| advisory group| training team", "condemn.said_at_instigation": r"instigation|behest|bidding", "ally.pair_joined_in": r"joined|linked|united|bound|allied", "troops.keeps_mission_in": r" mission| advisory group", "condemn.said_using_as_base": r"using", "attack.forces_expelled_units": r"expel|ousted|evicted|dislodged", "attack.strike_hit_poss_site": r"destroyed|hit|struck|levelled|leveled|flattened|damaged|wrecked|sank|sunk", "condemn.charge_denied": r"a charge|an accusation|an allegation", "support.show_for_its_ally": r"support for its|support for their|solidarity with its|solidarity with their", "sanctions.halted_in_retaliation": r"in retaliation|in reprisal|in response|in protest", "condemn.fuel_on_fire": r"on the fire|to the fire|on the flames|to the flames|onto the fire|on fire|to fire", "trade.pair_signed_supply_deal": r"gas|oil|crude|lng|coal|grain|wheat|electricity|uranium|fuel", "trade.pair_signed_resource_share": r"share|stake|access|rights|royalt|revenue", "attack.killed_leader": r"killed|kills|assassinat|eliminated", "support.signed_aid_bill": r"aid bill|aid package|aid law|aid measure|aid legislation|assistance bill|assistance package|support package|funding bill|funding package", "support.security_commitments": r"commitments to|commitments for|guarantees to|guarantees for|assurances to|assurances for", "attack.pair_ceasefire_after_war": r"ceasefire|cease-fire|truce|armistice", "ally.treaty_creating": r"confederation|federation|alliance|defence pact|defense pact", "meet.came_from_where": r", where ", "sanctions.banned_their_products": r"banned|bans|banning|blacklist", "sanctions.law_banning": r"banning|barring|prohibiting|forbidding", "support.statement_expressing": r"statement|declaration|communiqu", "support.backed_efforts_of": r"efforts of|work of|mediation of|initiative of|role of|mission of|taken by|made by|announced by", "troops.bases_housing": r"housing|hosting|house|host|used by", "support.forces_backed_by": r"backed by|supported by|funded by|propped up by", "attack.victims_killed_by": r"killed by|killed in", "meet.apposed_in_for": r", in «", "trade.what_it_pays": r" pays | paid | pay ", "condemn.told_to_shut_up": r"shut up|be quiet|keep quiet|get lost|go to hell|stop lying|own business|stay out of|get out of", "condemn.inquiry_found": r"inquiry|investigation|probe|panel|commission|committee|investigators|inspectors|fact-finding", "support.holds_debt": r"debt|bonds|loans|borrowing", "support.evacuated_person": r"evacuat|rescu|exfiltrat|extract|fly out|flew out", "condemn.called_coup_in": r"coup|putsch|power grab|seizure of power|change of government|change of power|transfer of government|transfer of power", "condemn.after_took_power_judged": r"took power|seized power|grabbed power|assumed power", "attack.killed_soldiers": r"killed|kills|killing|shot dead", "meet.raised_with": r"raised|raises|raising|broach", "meet.rode_with": r" rode | rides | riding | drove | drives | sat | travelled | traveled ", "meet.rode_with_in": r" rode | rides | riding | drove | drives | travelled | traveled ", "meet.gathered_in": r"gathered|converged", "support.flew_aid_into": r"flew |flown |flying |fly |flies |ferr|airlift|trucked|trucking|rushed|rushing", "attack.fighting_killed_soldiers": r"killed|left", "condemn.end_to_acts_by": r"end to|halt to|stop to", "meet.joined_pair_to": r"joined|joins", "trade.building_works_in": r"building|constructing|developing", "sanctions.froze_trade_with": r"froze|frozen|freez", "support.sent_carrying_aid": r"carrying|loaded with|full of", "support.called_friend": r"friend|ally|partner|brother| could trust| can trust| rely on| business with| could work with| can work with", "meet.toured_streets_of": r"streets of|ruins of|port of|neighbourhood of|neighborhood of|neighbourhoods of|neighborhoods of|rubble of|front line of|city centre of|old city of|damaged areas of", "support.armed_and_backed": r"and backed|and supported|and funded|and financed|and bankrolled|and sponsored", "attack.fighting_led_coalition": r"-led", "condemn.says_wrong_by": r"interference by|meddling by|disinformation by|propaganda by|destabilisation by|destabilization by|subversion by|sabotage by|espionage by|blackmail by|interference from|meddling from|disinformation from|propaganda from|campaigns by|campaign by|operations by|operation by|hybrid", "condemn.said_killed_by": r"murdered by|killed by|assassinated by|poisoned by|kidnapped by|abducted by|executed by|tortured by|massacred by|shot by", "trade.apposition_its": r"customer|buyer|market|trading partner", "ally.exercises_pair_holding": r"joint",
    "attack.intensify": r"continu|intensif|escalat|step|ramp|press", "attack.clashes_between": r"between", "attack.clashes_between_pair": r"between", "attack.clashes_between_back": r"between",
    "condemn.attacked_leader": r"attack", "condemn.names_provocation": PROVOCATION_GATE, "condemn.quoted_provocation": PROVOCATION_GATE, "condemn.claims_done": r"claim|insist|alleg|contend|maintain", "condemn.critic_of": CRITIC_GATE, "support.admirer_of": r"admirers? of|champions? of|defenders? of|supporters? of|backers? of", "support.is_fan_of": r"fan of|admirer of|supporter of", "condemn.fronted_critic": CRITIC_GATE, "condemn.is_critic": CRITIC_GATE,
    "condemn.says_wrong": r"interference|meddling|disinformation|propaganda|destabili|hybrid|subversion|sabotage|espionage|blackmail", "condemn.opposes_act": r"oppos", "trade.pair_concluded": r"conclusion of", "trade.list_between": r"between", "ally.signed_including": r"including|such as|among them",
    "meet.spent_in": r"spent|spend", "sanctions.decision_by": r"decision by|move by", "trade.said_with": r"said|stated|says|noted|added|warned", "condemn.pair_each_other": r"the other|each other|one another|insult|barbs|recrimination|jabs|blame|criticism|accusations",
    "support.efforts_of": r"efforts of|role of|leadership of|mediation of|contribution of|commitment of", "meet.heads_to": r"head",
    "meet.pair_following": r"after|following", "ally.strategic_partner": r"strategic partner|security partner|defence partner|defense partner", "ally.poss_strategic_partner": r"strategic partner|security partner|defence partner|defense partner",
    "trade.exports_go_to": r"exports|shipments",
    "condemn.holds_responsible": r"responsible|accountable|liable|culpable|to blame",
    "condemn.calls_held_accountable": r"held",
    "support.asylum": r"asylum|refuge|sanctuary",
    "support.candidate_status": r"candidate status|candidacy status",
    "troops.base_apposition": r"base|installation|facility|outpost|garrison",
    "member.poss_ally_apposition": r"ally|allies|partner|neighbo|member",
    "member.its_allies_in": r"allies|partners|members|counterparts|peers",
    "troops.platforms_based_in": r"based|stationed",
    "troops.leaving_base_in": r"base",
    "support.nominated_for_prize": r"nominat",
    "ally.which_named_ally": r"ally",
    "ally.joined_pact_between": r"between",
    "meet.hosted_pair": r"hosted|hosts|hosting|welcomed|welcomes|together|met |meets |meeting ",
    "condemn.regards_as_villain": r" as ",
    "support.recognition_of": r"recognition of", "support.extended_recognition": r"recognition to",
    "condemn.called_attack_by": r" by ",
    "attack.struck_in_region": r"region|province|oblast|governorate|district",
    "trade.deliveries_of_to": r"deliveries of|supplies of|shipments of|exports of|sales of|flow of|flows of",
    "trade.receives_energy": r"receiv",
    "attack.killed_commander": r"kill|assassinat|eliminat",
    "attack.strike_killed_commander": r"killed",
    "support.aid_to_from": r" from ",
    "support.troops_from_alongside": r"fight|fought",
    "meet.confronted_in": r"confronted|berated|lectured|scolded|upbraided|ambushed",
    "arms.which_ships": r", which",
    "member.which_joined": r"joined|acceded",
    "member.frozen_participation": r"froze|frozen|freeze|freezing|suspend",
    "member.froze_its_participation": r"froze|frozen|freezes|freezing|suspend",
    "support.at_request_of": r"request of|invitation of|behest of",
    "arms.flies_given_by": r" by ",
    "arms.forces_fly_foreign": r"air force|navy|army|military|armed forces",
    "trade.supplies_share_of": r"suppl|provid|meet|met |cover|ship|sell|sold",
    "trade.which_depends_on": r"dependent on|reliant on",
    "attack.killed_in_clash_with": CLASH_WORDS,
    "attack.killed_in_clash_with_back": CLASH_WORDS,
    "ally.its_national_allies": r"its |their ",
    "condemn.said_to_blame": r"responsib|blame|culpable|guilt|on itself|upon itself|on themselves|upon themselves", "support.exile_in": r"in exile in", "ally.apposition_pact_partner": r"partner in a|partner in the|partners in a|partners in the|signatory in a|signatory in the", "condemn.suspected_of": r"suspect", "condemn.double_standards_of": r"double standard|hypocrisy|duplicity|arrogance|partiality|cynicism", "condemn.said_broke_poss_promise": r"promise|pledge|commitment|assurance|undertaking|word|obligation",
    "troops.sent_to_patrol": r"patrol|police|guard|protect|defend|secure|monitor",
    "sanctions.barred_own_firms": r"barred|bars|banned|bans|prohibit|forb|blocked|blocks",
    "attack.forces_poured_into": r"poured|rolled|stormed|swept|surged|streamed|marched|advanced|pushed|captured|seized|overran|occupied|retook|took",
    "troops.flown_home_from": r"home from",
    "condemn.called_act_of_national": r" act of | campaign of | example of | form of | case of |proof of |evidence of ",
    "condemn.but_called_act": r" but called| and called| while called| but described| and described| but branded| and branded| but termed| and termed| but calls| and calls",
    "trade.much_of_which_exported": r"of which|of it",
    "troops.moved_weapons_to": r"moving|moved|moves|move |relocat",
    "arms.ally_supplies_its": r" of its ",
    "member.part_of": r"part of",
    "ally.part_of_partnership_with": r"part of|member of|members of",
    "troops.given_access_to": r"access to",
    "attack.participle_offensive": r"offensive|invasion|assault|campaign|incursion",
    "condemn.asked_to_order": r"to order",
    "attack.killed_named_commander_of": r"killed",
    "arms.planes_carrying_for": r"carrying",
    "troops.leads_mission_to": r"leading a|leads a|led a|leading the|leads the|led the|heads a|headed a|heads the|headed the|command",
    "troops.fought_group_in": r"fought|fight|battl",
    "ally.after_signing_with": r"signing|sealing|concluding|inking|signed|sealed|concluded",
    "condemn.responded_by_expelling": r"expelling|recalling|summoning",
    "sanctions.visa_bans_on": r"visa restrictions|visa bans|travel bans|entry bans",
    "member.readmitted": r"readmit|re-admit|reinstat",
    "attack.ceasefire_between_pair": r"ceasefire|cease-fire|truce|armistice",
    "condemn.filed_case": r"accusing|charging|against|over", "condemn.took_to_court": r"court|tribunal|arbitration|to the «",
    "condemn.case_accusing": r"accusing|charging",
    "meet.pair_signed_at": r"signed|inked|sealed",
    "attack.passive_sites": r" by ",
    "member.org_suspended": r"suspend",
    "arms.sold_them": r" them to | them for ",
    "trade.eased_on_goods": r"checks|tariffs|duties|barriers|levies|controls",
    "trade.dependence_on_goods": r"dependence on|reliance on|dependency on",
    "condemn.and_accused": r"and accused|and blamed|and criticised|and criticized|and condemned|and denounced|and also accused|and has accused|and had accused|and then accused",
    "meet.before_flying_to": r"flying to|travelling to|traveling to|heading to|flew to|traveled to|travelled to|headed to|flying on to|flew on to|heading on to|headed on to",
    "arms.relies_on_for": r"depend|rely|relie|lean", "arms.relies_for_on": r"depend|rely|relie|lean", "arms.apposed_supplier_of": r"supplier of|provider of|source of|maker of",
    "troops.followed_by_from": r"followed by|followed later by",
    "troops.led_mission_in": r"-led",
    "condemn.said_not_without_consent": r"not have|n't have|nt have",
    "condemn.reported_to_for": r"reported|reports|referred|refers",
    "condemn.said_poss_abuses": r"abuses|atrocities|war crimes|crimes against humanity|brutality|persecution",
    "condemn.act_which": r", which ", "condemn.joint_statement_condemning": r"joint statement|joint declaration|joint communiq", "condemn.drop_its_hostile": r"its hostile", "condemn.said_acts_harm": r"undermin|threaten|endanger|destabili|jeopardi|violat|imperil", "condemn.subject_move_that": r"move that|move which|step that|step which|decision that|decision which",
    "ally.group_forces_together": r"together",
    "trade.buyers_such_as": r"such as|including|like|notably",
    "attack.joined_strikes": r"joined|joins|took part|participated",
    "sanctions.package_banning": r"package",
    "troops.deployment_of_weapons_in": r"deployment|stationing|basing",
    "member.suspended_membership": r"membership",
    "trade.carries_goods_to": r"carr|transport|pump|bring|brought",
    "member.admitted_as_poss": r"admitted|accepted|welcomed",
    "condemn.envoy_summoned_by": r"summoned",
    "member.fronted_org_member": r"member|ally",
    "support.recognised_by_including": r"recognised|recognized",
    "support.called_to_congratulate": r"congratulate",
    "arms.weapons_then_shipped": r"shipped|sent|delivered|transferred|supplied|handed",
    "attack.after_strikes_subject": r"strikes|attacks|bombing",
    "arms.customer_for": r"customer|buyer|client",
    "member.of_all_members": r"of all|among all",
    "meet.said_by_standing_beside": r"standing|speaking|appearing",
    "trade.flowing_from_to": r"flow|shipped|pumped|piped",
    "trade.share_used_by": r"used|imported|consumed|bought|burned|needed",
    "troops.patrolled_waters": r"patrol",
    "arms.poss_foreign_made": r"-made|-built|-supplied|-designed|-manufactured|-produced",
    "sanctions.barred_from_entering": r"from entering|from travel|from visiting|from setting foot|from their territor|from its territor|from the territor|from their soil|from its soil|from the soil",
    "meet.subject_visited_by": r"visit by|visit there by",
    "arms.chose_foreign": r"chose|choos|select|picked|picks|opted|opts|settled",
    "arms.supplied_target_fired": r"fire|used|uses|launch|dropped|deployed",
    "arms.share_of_imports": r" of ",
    "trade.counts_as_partner": r"partner|export market|export destination|customer",
    "arms.weapon_deliveries_by": r" by ",
    "condemn.despite_its_criticism": r"condemnation|criticism|denunciation",
    "support.paid_sum_to": r"illion",
    "ally.pair_coordinate_forces": r"deterrent|forces|militaries|defences|defenses",
    "trade.poss_market_is": r"market|partner|destination|customer|supplier",
    "trade.second_after": r" after ",
    "support.with_backing_of": r"backing of|support of",
    "condemn.swipe_at": r"swipe|dig|jab|attack|criticism|rebuke|broadside|warning",
    "meet.guest_at": r"guest",
    "member.than_any_other": r"than any other",
    "support.second_after": r" after ",
    "attack.hit_by_weapons": r" by ",
    "condemn.said_violated": r"violat|breach|flout|contraven|broken|broke |harming|harmed|undermin|infring|encroach|destroyed|crushed|trampled|suppressed|extinguished",
    "arms.chose_export": r"export|sale|deal",
    "arms.made_reached": r"reached|ended up|way to|arrived in",
    "ally.apposed_partner": r"strategic partner|security partner|defence partner|defense partner",
    "support.sheltered": r"shelter|harbo",
    "trade.supplies_with_goods": r" with ",
    "trade.apposed_buyer": r"buyer|importer|purchaser|customer|consumer",
    "trade.pair_restored": r"trade|commerce",
    "arms.poss_source_of": r"source|supplier",
    "support.act_of_hailed_by": r"hailed by|praised by|welcomed by|lauded by|applauded by|commended by",
    "arms.delivery_of_by": r" by ",
    "arms.fronted_armed_with": r"backed|armed|equipped|supplied|supported",
    "arms.equipped_own_with": r" with ",
    "sanctions.imposition_of_by": r" by ",
    "sanctions.carriers_of": r"carrying|transporting|shipping|trading|selling|smuggling",
    "member.apposed_member": r"member",
    "trade.overtook_as": r" as ",
    "meet.talks_held_between": r"held",
    "support.receives_aid": r"aid|assistance|funding|support|loans|grants", "support.pays_cost_of": r"cost of|costs of|bill of|expense of|expenses of",
    "arms.arming_of": r"arming|equipping",
    "meet.talks_with_envoy": r"envoy|delegation|official|diplomat|negotiator|emissar|representative", "trade.so_dependent_on": r"so dependent|so reliant|so heavily", "meet.was_visited_by": r"visited", "meet.sent_delegation": r"delegation|envoy|emissar|negotiator|mediator|minister",
    "arms.supplied_used_by_target": r"used by",
    "member.among_members": r"among|one of",
    "support.asylum_given": r"asylum|refuge|sanctuary",
    "meet.talks_first_between": r"first",
    "condemn.aside_accused_by": r" by ",
    "condemn.which_accuses": r"accus|blam",
    "condemn.said_held_accountable": r"held",
    "condemn.displeasure": r"disappointment|displeasure|dismay|anger|outrage|indignation|disapproval|dissatisfaction|discontent",
    # (session 12's rules)
    "condemn.objected": r"objecti|objects|objected|protest|regret|dismay|disappointment|indignation|outrage",
    "condemn.quoted_attack": r"invad|attack|bomb|murder|kill|violat|occup",
    "meet.visit_where_met": r"visit to",
    "meet.quoted_my_meeting": r"my meeting|my talks|my conversation|my first meeting|my bilateral meeting",
    "condemn.sniped_with": r"sniped|sparred|feuded|bickered|traded barbs|traded insults|traded jabs|traded accusations",
    "ally.governments_signed": r"government of",
    "meet.arrived_for_visit": r"state visit|official visit|working visit",
    "member.welcomed_as": r" as ",
    "member.currently_includes": r"currently includes|now includes|currently comprises|now comprises|currently consists|now consists",
    "member.founders_of": r"founding fathers of|founding members of|founding states of|founding nations of|founders of",
    "member.joined_followed_by": r"followed by",
    "support.loan_for": r"loan|bailout|credit|financing|rescue", "support.debt_relief": r"debt|loan|repayment|arrears",
    "support.debt_relief_to": r"debt",
    "support.right_to_defend": r"right to defend",
    "troops.base_in_city_of": r"base|garrison|outpost",
    "arms.gave_double_object": r"gifted|gave|given|gives|giving|donated|handed over|presented|lent|lends|lending|loaned",
    "trade.depends_on_exports_to": r"export|sales|shipments|import",
    "sanctions.whose_goods_banned": r"whose",
    "condemn.urged_to_answer": r"responsibility|blame|guilt|reparations|compensat|damages|apologi",
    "trade.supply_deal_with": r"deal|agreement|contract|accord",
    "support.project_funded_by": r"funded by|financed by|paid for by|bankrolled by",
    "support.funded_works_in": r"fund|financ|bankroll|paid for|pays for|pay for",
    "condemn.which_it_accused": r"which it|which they|whom it|whom they|who it|who they|that it|that they|it accused|they accused",
    "attack.allowed_to_use": r" use ",
    "trade.ships_through": r"pipe|ship|transport|import|export",
    "support.bailed_out": r"bail|propped|props up|propping|rescue",
    "attack.seized_stronghold_of": r"stronghold|bastion|base|outpost|garrison|foothold",
    "meet.second_in_place": r" in ",
    "condemn.says_and_accuses": r"and accuse|and also accuse|and blame|and also blame",
    "trade.route_between": r"between",
    "ally.poss_cooperation_with": r"cooperation|ties|partnership|alliance|collaboration",
    "support.debtor_of": r"debtor|borrower",
    "support.swap_line": r"swap",
    "support.sum_to": r"billion|million|dollars|euros|pounds|\$|€|£",
    "condemn.said_is_wrongdoer": r"world's|region's|real |true |biggest|largest|greatest|main |chief |worst|number|principal|primary|leading",
    "condemn.called_wrongdoer": r"world's|region's|real |true |biggest|largest|greatest|main |chief |worst|number|principal|primary|leading",
    "ally.with_in_alliance": r"alliance|defence pact|defense pact",
    "support.relies_on_for": r"relies|rely|relied|relying|depend",
    "attack.troops_where_they_fight": r"where they",
    "support.members_recognise": r"members",
    "member.some_of_its_members": r"members",
    "meet.attended_with": r"attend", "meet.guest_at_in": r"mourners|guests|dignitaries|the only ", "meet.toasted_at": r"toast", "meet.toasted_in": r"toast",
    "support.sent_congratulations": r"congratul", "support.pays_reparations": r"reparation|compensation|indemnit|damages", "troops.sent_to_bases_in": r"bases in |bases on ", "condemn.note_complaining_that": r"complaining|protesting|charging|alleging", "sanctions.crossings_closed_to_shipments_for": r"bound for|destined for|headed for", "meet.in_city_of_state": r", «", "condemn.called_foreign_plot": PLOT_GATE, "condemn.said_staged": "|".join(_STAGED_WORDS), "condemn.said_staged_by": "|".join(w + " by" for w in _STAGED_WORDS), "condemn.called_plot_by": PLOT_GATE, "trade.quota_in_market": r" market", "trade.quota_enjoyed_in_market": r" market", "condemn.called_work_of": r"work of|handiwork of|doing of", "support.sent_him_congratulations": r"congratul|good wishes|best wishes",
    "trade.pair_began_building": r"construction|building|work on",
    "meet.delivered_letter": r"letter|message|invitation|document|credentials|instrument", "meet.came_from_where_met": r", where ", "meet.handed_leader_thing": r"handed |gave |presented ",
    "condemn.case_against": r"case against|cases against|lawsuit against|complaint against|complaints against",
    "meet.addressed_during_visit": r"visit|trip",
    "support.money_for_mission": r"deployment|mission|troops|forces|soldiers|army|military|operation|peacekeepers|contingent",
    "meet.currently_in": r"currently in|now in|currently visiting|now visiting",
    "support.thanked_for": r"thank|gratitude",
    "support.told_that_it": r"that it",
    "support.extended_to_help": r"to help",
    "support.becoming_creditor": r"becoming",
    "support.with_help_of": HELP_WORDS,
    "support.agent_with_help": HELP_WORDS,
    "support.solidarity": r"solidarity",
    "support.called_to_express": r"to express|to convey|to offer|to voice|to reaffirm|to show",
    "condemn.criticised_saying": r"saying",
    "condemn.said_behind": r"behind|responsible for|to blame",
    "condemn.case_brought_by": r"brought by|filed by|lodged by|launched by",
    "condemn.concern_to": r"concern|displeasure|dissatisfaction|protest",
    "condemn.said_aggressive_acts": r"aggressive|provocative|dangerous|destabilis|destabiliz|reckless|coercive|irresponsible|hostile|predatory|malign",
    "support.reaffirmed_commitment": r"reaffirm|reiterat|underscor|restat",
    "trade.contract_to_operate": r"contract|deal|agreement|lease",
    "trade.increased_purchases": r"purchases|imports|buying",
    "ally.pair_forces_exercise": r"exercise|drill|manoeuvre|maneuver|patrol|war game",
    "sanctions.despite_imposed_by": r"despite|amid|under|because of|in spite of",
    "meet.his_counterpart": r"counterpart",
    "support.ratified_bid": r"approv|ratifi|endors|rubber-stamp",
    "support.poss_act_hailed_by": r"hailed by|praised by|welcomed by|lauded by|applauded by|commended by",
    "meet.in_calls_with": r"calls with|call with|conversation with|conversations with",
    "troops.serving_with_forces": r"serving|operating|deployed", "troops.serving_with_their_forces": r"serving|serve|fighting|attached|work", "troops.serving_with_army": r"serving|serve|fighting|attached|work", "troops.instructors_training": r"training|drilling|advising", "troops.instructors_training_army": r"training|drilling|advising",
    "sanctions.cut_quota": r"quota", "attack.place_apposed": r", the |, a |, an ", "meet.flew_from_to": r" from «", "meet.flew_from_capital_to": r" from «", "member.given_permanent_seats": r"permanent seat|permanent membership", "condemn.to_holder_judged": r" step is | step was | move is | move was | measure is | measure was | decision is | decision was | action is | action was | actions are | actions were | policy is | policy was | raid was | attack was | note was | note is | proposal is | proposal was | plan is | plan was | demand is | demand was | statement is | statement was ", "troops.hold_part_of": r"third|half|quarter|fifth|part|much|most|all of|per cent|percent|corner|strip|slice|swath", "meet.left_capital_after": r"left |leaves |leaving |departed |departs ", "condemn.said_trying_to": r"trying to|seeking to|attempting to|out to|tried to|sought to|attempted to", "trade.goods_enter_market": r" market", "sanctions.none_may_go": r"may be |can be |could be |shall be |will be ", "meet.tour_in": r"tour|visit|trip|journey", "troops.stationed_on_island": r" on ", "support.escorted_convoys": r"escort|convoy|protect", "meet.put_case_to": r"case to", "troops.on_state_bases": r"bases|airfields", "support.granted_recognition": r"recognition", "attack.drove_army_out": r"out of|from", "attack.threw_back": r" back", "condemn.protest_against_act_by": r"in protest", "ally.obliged_to_defend": r"obliged|obligated|bound|pledged", "arms.weapons_reaching": r"reach|arriv|flow|pour", "troops.on_island": r" on ", "meet.arrived_to_begin_visit": r"to begin|to start|to make|to pay|to open", "sanctions.borders_closed_to": r"borders to|border to|airspace to|air space to|skies to|airfields to|airfield to|airports to|airport to| ports to| port to|harbours to|harbors to|harbour to|harbor to|waters to|canal to", "sanctions.barred_ships": r"barr|bann|bans", "condemn.note_protesting": r"protesting|condemning|denouncing|objecting|complaining|accusing|voicing|expressing", "sanctions.froze_investment": r"investment", "troops.crews_man_their_arms": r"pilots|crews|gunners|technicians", "troops.crews_man_army_arms": r"pilots|crews|gunners|technicians", "sanctions.led_embargo": r"embargo|boycott|blockade", "troops.with_n_in": r"with ", "troops.double_object": r"sent|sends|sending|dispatch", "attack.crossed_into_and_struck": r"into", "attack.killed_leaders_of": r"killed|assassinated|shot dead",
    "support.recognised_as_government_of": r"government of|representative of",
    "trade.joined_belt_and_road": r"join|sign|endors",
    "ally.relations_between_became": r"relations between|ties between|relationship between",
    "arms.package_to_upgrade": r"upgrade|moderni|refit|overhaul|retrofit|refurbish",
    "support.act_helping_forces": r"helping",
    "sanctions.adj_import_ban": r"ban on",
    "support.lifeline": r"lifeline", "support.act_throwing_lifeline": r"lifeline", "support.bought_bonds": r"bonds|debt",
    "meet.hyphen_summit": r"summit|talks|meeting|dialogue|negotiations", "meet.attended_hyphen_first": r"summit|talks|meeting|council|dialogue|forum", "meet.attended_hyphen_second": r"summit|talks|meeting|council|dialogue|forum",
    "ally.bound_by_treaty_with": r"bound by", "support.kept_in_power": r"in power",
    "support.whose_rulers_backed": r", whose ", "support.owes": r"owes|owed|owing", "support.struggling_to_repay": REPAY_WORDS, "support.struggling_to_repay_to": REPAY_WORDS,
    "ally.pair_bound_themselves": r"themselves", "troops.where_named_keeps": r", where ", "meet.travelled_and_to": r" and to | and then to | and later to | and on to ", "meet.and_held_talks": r"held talks|had talks|held [a-z]+ talks|had [a-z]+ talks| and held | and had ", "veto.pair_their_vetoes": r"their veto", "meet.pair_on_sidelines": r"sidelines|margin", "support.which_recognises": r"recognis|recogniz", "meet.pair_clashed_at": r"clashed|sparred|argued|disagreed|quarrel|traded barbs|traded jabs|traded accusations", "trade.poss_demand_from": r"appetite|demand|hunger|thirst|purchases|imports", "meet.at_their_summit": r"at their|during their", "sanctions.cut_links": r" links| connections| communications| services| ties with| relations with", "trade.share_of_trade": r"account|make up|makes up|made up|making up", "support.allowed_to_act_from": r" from its | from their ", "meet.fronted_joint_conference": r"joint press conference|joint news conference", "condemn.said_act_wrong": r" wrong| unacceptable| illegal| unjustifi| a mistake| mistaken| deplorable| reprehensible| inexcusable| outrageous| illegitimate| unlawful", "support.ties_cut_in_favour": r"in favour of|in favor of", "sanctions.blocked_trade_firm": r"imports from|exports from|shipments from|purchases from",
    "arms.turned_to_for": r"turned to|turns to|turning to|turn to|looked to|looks to|looking to|look to",
    "attack.invaded_to_drive_out": r"drive out|expel|crush|destroy|root out|wipe out|oust|dislodge|uproot|fight|attack",
    "attack.pressed_offensive": r"offensive|assault|campaign|attacks|bombardment|onslaught|strikes",
    "arms.supplied_army": r"suppl|equip",
    "troops.joined_forces": r"joined",
    "member.which_belong_to": r"belong",
    "member.as_the_member": r"member|ally",
    "attack.passive_launched_by": r"launched by|fired by|flown by|operated by|sent by",
    "attack.troops_pushed_into": r"into",
    "attack.troops_used_territory": r"to use",
    "condemn.said_beyond_self_defence": r"self-defence|self-defense",
    "sanctions.package_imposed_by": r" by ",
    "support.aside_backed_by": r"backed by|supported by|armed by|funded by|trained by|aided by|helped by",
    "arms.poss_purchase_from": r"purchase|acquisition|order|procurement|import",
    "condemn.concern_over_actions": r"concern|alarm",
    "attack.which_object": r"which|whom",
    "attack.weapon_hit": r"struck|hit|landed|exploded|fell|slammed",
    "attack.weapon_fired_by_hit": r"fired by|launched by",
    "attack.participle_targeting": r", targeting|, hitting|, striking|, bombing|, pounding",
    "troops.where_forces": r", where ",
    "troops.using_as_base": r" as a | as an | as ",
    "trade.deals_including": r"including|such as|among them",
    "trade.pair_relationship_worth": r"worth|valued at",
    "meet.spent_hours_with": r"hour|day|minute",
    "meet.standing_beside": r"standing|speaking|appearing",
    "meet.said_standing_beside": r"beside|alongside|next to",
    "condemn.move_condemned_by": r" by ",
    "condemn.a_move_condemned_by": r" by ",
    "condemn.quoted_judged_act": r" said| says| added| told| wrote| stated| declared",
    "condemn.quoted_judged_by": r" by | of ",
    "condemn.judged_acts_by": r"described as|called as|termed as",
    "arms.equipped_with_foreign": r"equipped with|armed with|fitted with",
    "arms.delivered_by": r" by ",
    "arms.deal_with_to_supply": r"for supplying|for delivering|for selling|to supply|to deliver|to sell|for the supply|for the delivery|for the sale",
    "arms.deal_for_foreign": r"deal for|contract for|agreement for|order for|to buy|to purchase|to acquire",
    "ally.pact_with_which": r" which | that ",
    "condemn.a_move_that": r" that | which ",
    "ally.commits_pair": r"commit",
    "condemn.dismissed_as": r" as ",
    "condemn.urged_to_stop": r" to stop| to cease| to halt| to end| to refrain| to desist| to quit| to immediately",
    "condemn.no_right": r"no right|no business",
    "condemn.rejected_bid": r"reject|dismiss|rebuff|rebuke|decried",
    "ally.hyphen_drills": r"exercises|drills|manoeuvres|maneuvers|war games|patrols",
    # (session 13's rules)
    "meet.poss_state_visit": r"visit|trip|tour",
    "member.members_of_are": r"members of",
    "condemn.quoted_act_by": r" by ",
    "condemn.called_judged_act": r"called|calls|termed|terms",
    "condemn.called_act_judged": r"called|calls|termed|terms|described|describes|branded|brands",
    "ally.poss_ally_named": r"ally,",
    "condemn.attacked_for_stance": r"attack",
    "condemn.rejects_stance": r"reject|decr|regret",
    "condemn.stand_against": r"stand against",
    "ally.pair_allies_aside": r"allies,",
    "condemn.raising_tensions": TENSION_GATE,
    "sanctions.subject_to": r"subject to|subjected to|under",
    "ally.poss_as_ally": r" as ",
    "condemn.in_protest_at": r"in protest|in repudiation|in condemnation|in rejection", "condemn.expelled_in_response": r"expel",
    "condemn.over_judged_remarks": r"comments|remarks|statements|actions|moves|decision|behavio|conduct",
    "troops.where_deployed": r"where", "troops.where_deployed_too": r"where",
    "arms.ordinal_to_send": r" to send| to supply| to deliver| to provide| to transfer| to give| to donate",
    "support.criticised_for": r" for ",
    "condemn.participle_aside": r"blasting|slamming|criticising|criticizing|condemning|denouncing|lambasting|decrying|castigating",
    "trade.reported_exports": r"exports|imports|trade|sales",
    "meet.had_talks_in_with": r"talks in|talks at|meeting in|meeting at|meetings in|discussions in",
    # (session 14's rules)
    "condemn.attributed_to": r"attribut|blam|pinn|pins",
    "condemn.accused_sponsored_by": r"sponsored by|backed by|supported by|financed by|armed by|sent by",
    "sanctions.export_restrictions": r"export|sales",
    "condemn.opposed_abuse": r"oppos|denounc|denunc|reject|protest|accept|recogni",
    "attack.retaliation": r"retaliation",
    "attack.aimed_at": r"aim|direct|focus|concentrat",
    "meet.greeted_by": r"greeted|welcomed|received|hosted|embraced|hugged",
    "meet.arrived_and_greeted_by": r"greeted|welcomed|received|met|hosted|embraced|hugged",
    "ally.granted_status": r"granted|gave|accorded|awarded|extended|conferred",
    "ally.during_drills_with": r"joint",
    "ally.pair_poss_exercises": r"exercises|drills|war games|manoeuvres|maneuvers",
    "condemn.act_drew_from": r" from ",
    "condemn.said_failed": r" failed | not fulfil| not honou?red| not met| not respected",
    "sanctions.based": r"-based",
    "arms.use_of": r"use of",
    "arms.use_of_second": r"use of",
    "meet.as_he_greeted": r"greeted|welcomed|hosted|received| met ",
    "meet.red_carpet": r"red carpet",
    "ally.and_ally": r" and (?:its |their )?(?:[\w-]+ )?(?:ally|partner) ",
    "arms.armed": r"armed|arms|arming| arm |rearm",
    "ally.is_allied": r"allied",
    "ally.cooperation_with": r"cooperation with|ties with|partnership with",
    "condemn.proof_of": r"proof|evidence|sign|example|demonstration|manifestation",
    "condemn.said_is_epithet": EPITHETS + "|genocid|arrogan|hypocri|lies|axis of evil",
    "condemn.accusing_it": r"(?:accusing|blaming|criticising|criticizing|condemning|denouncing) (?:it|them) ",
    "condemn.as_they_criticized": r" they | it ",
    "attack.led_on": r"-led ",
    # (session 15's rules)
    "support.relies_on_adj": r"rely |relies |relied |relying |depend",
    "sanctions.designated": r"designat",
    "attack.said_strikes_verb": r"said «",
    "attack.divided_since": r"divided since|occupied since|partitioned since|split since", "attack.divided_since_by": r"invasion by",
    "member.hyphen": r"-member",
    "condemn.what_it_called_national": WHAT_IT_CALLED_GATE, "condemn.what_he_called": r"what he called|what she called|what it called|what they called|what he termed|what she termed|what he described as|what she described as",
    "attack.territory_which": r"territory, which|territories, which|island, which|islands, which|peninsula, which|province, which|region, which|enclave, which|exclave, which",
    "support.decision_praised_by": r"praised by|welcomed by|hailed by|applauded by|lauded by|commended by",
    "support.praised_act_of": r"welcom|prais|hail|applaud|laud|commend",
    "meet.pair_attended": r"attend|witnessed|inaugurated|opened",
    "meet.pair_together": r"together",
    "arms.deal_to_buy_from": r"to buy|to purchase|to acquire|to procure",
    "meet.in_for_talks_with": r" for talks| for a meeting| for meetings",
    "meet.at_residence": r"meeting at «|talks at «|dinner at «|lunch at «",
    "meet.urging_during_their": r"during their|at their|in their",
    "meet.signed_with_counterpart": r"signed |inked ", "meet.act_signing_with": r", signing |, inking ",
    "meet.agreed_with_in": r"agreed |finalised |finalized |negotiated |hammered out |clinched |sealed |struck |reached ",
    "support.stepped_up": r"support to|support for|aid to|aid for|assistance to|assistance for|donations to|funding to|funding for|help to|help for|backing to|backing for",
    "attack.destroyed_objects": r"destroy|bomb|shell|pound",
    "condemn.summon_envoy": r"summon|called in|calls in|calling in|call in",
    "attack.barrage": r"barrage|salvo",
    "attack.retaliated_against": r"retaliated against|retaliates against|retaliating against",
    "arms.supplier_named": r"supplier|provider|exporter",
    "arms.in_arsenal_of": r"armaments of|arsenal of|arsenals of|inventory of|inventories of|fleet of|fleets of",
    "arms.dependence_on": r"dependence on|reliance on|dependency on",
    "arms.deal_with_to_buy": r"deal with|agreement with|contract with",
    "support.recognized_claim": r"recogni", "support.recognized_as_capital": r"recogni",
    "support.decision_to_back": r"decision by|decision of",
    "support.plan_backed_by": r"backed by|supported by|endorsed by",
    "arms.military_sales": r"military sales|military exports|military supplies|military deliveries|military transfers|defence sales|defense sales|defence exports|defense exports",
    "meet.with_in_meeting": r"meeting|talks|summit",
    "meet.told_leader": r"told |assured | telling ", "meet.was_told_by": r"told by|assured by", "trade.deals_with_firms": r"compan|firms|corporations|contractors",
    "trade.poss_work_on_works_in": r"work on|work of|construction of|building of|construction on|building on", "meet.conveyed_in_call": r"phone", "sanctions.suspended_trade_talks": r"talks|negotiations", "meet.between_person_and_leaders": r"between", "troops.in_force_in": r"force|mission|contingent|operation", "condemn.blamed_acts_by": r"blam", "trade.goods_it_buys_from": r"receive from|receives from|received from|buy from|buys from|bought from|import from|imports from|imported from|get from|gets from|got from|purchase from|purchases from|purchased from", "troops.leads_force_in": r"peacekeeping|peace-keeping|stabilisation|stabilization|multinational|international", "meet.pair_sat_down": r"sat down|sit down|sits down|sitting down|dinner|lunch|breakfast", "meet.guest_of": r"guest of", "meet.during_talks": r"talks|meeting|summit|call|conversation", "troops.bases_in": r"base|outpost|garrison|airfield|testing range|test range", "troops.base_in_town_of": r"base|outpost|garrison",
    "member.welcomed_as_poss": r"welcom|admit|accept",
    "support.role_in": r"role in",
    "support.assistance_it_gets": r"it is getting|it is receiving|it received|it gets|it got|it receives|they are getting|they receive|they received",
    "support.commitment_to": r"commitment to",
    "ally.growing_partnership": r"partnership between",
    "sanctions.transit_ban": r"transit",
    "sanctions.trade_limits": r"limits on|restrictions on|curbs on|ban on|bans on",
    "sanctions.goods_under": r"under «|under the «",
    "member.which_are_part": r"which are|which is|which were|which was|who are|who is",
    "support.among_supporters": r"supporters|backers|champions|defenders",
    "meet.attended_by": r"attended by",
    "meet.said_after_meeting": r"after meeting|following meeting|before meeting|after hosting|after receiving|after visiting",
    "arms.that_actor_sends": r" that | which ",
    "troops.relied_on_forces": r"relied on|relies on|relying on|rely on|depends on|depended on|depending on|depend on|relied upon|turned to|turns to|leaned on|leans on",
    "trade.goods_entering": r"entering|sold to|sold in|sold into|shipped to|shipped into|exported to|exported into",
    "meet.travelled_with": r"travelled|traveled|flew|went|came",
    "sanctions.visa_free_suspended": r"visa-free",
    "attack.killed_in_strike_on": r"killed|kills|assassinat|eliminat|hit |targeted",
    "trade.investor_in": r"investor",
    "meet.gave_welcome": r"welcome|reception", "condemn.regretted_that": r"regret that|regrets that|regretted that|regretting that|deplores that|deplored that",
    "meet.hosted_and_attended_by": r"attended by", "meet.in_place_told": r"pressed|urged|told|assured|warned|thanked|asked|reassured|greeted|praised|hugged|embraced", "condemn.used_speech_to_attack": r"used|uses|using",
    "sanctions.which_actor_imposed": r"which|that", "support.troops_to_train": r"train",
    "support.poss_backers_are": r"backers|supporters|donors|patrons|sponsors", "meet.travelled_to_present": r"present|deliver|hand|explain|show|outline",
    "arms.after_buying": r"buying|purchasing|acquiring|ordering|importing",
    "member.of_members_including": r"including|among them|such as",
    "support.on_side": r"'s side|’s side",
    "attack.retaliated_with": r"retaliated|responded|hit back|struck back", "attack.used_against": r"against", "arms.chose_poss_system": r"chose|chosen|selected|picked|opted|ordered|bought|purchased|acquired", "condemn.which_regards_as": r"regard|consider|view|sees|saw|call|brand|label|denounc", "condemn.said_committing": r"committing", "troops.access_to_bases": r"access to", "support.shared_intelligence": r"intelligence|imagery|targeting data|targeting information", "support.received_intelligence": r"intelligence|imagery|targeting data", "arms.overtook_as": r" as ", "arms.contract_with_ordering": r"deal|contract|agreement", "troops.established_in": r"base|brigade|garrison|deployment|presence", "support.troops_fighting_alongside": r"alongside|on behalf of", "attack.seized_posts": r"seiz|captur|overr|storm|took|retak|retook", "condemn.declared_invalid": r"invalid|illegal|illegitimate|unlawful|null and void", "support.helped_intercept": r"shoot down|intercept|down |repel", "condemn.cut_with_in_protest": r"in protest|in response|in retaliation",
    "member.which_it_chairs": r"chair|presid",
    "meet.did_after_hosting": r"after meeting|before meeting|while meeting|upon meeting|after hosting|before hosting|while hosting|upon hosting|after receiving|upon receiving|after welcoming|before welcoming|while receiving",
    "meet.joint_conference": r"joint press conference|joint news conference",
    "meet.told_at_meeting": r"said to «|said to the «|told «|told the «|spoke to «|spoke to the «|ambushed «|confronted «|berated «|pressed «|urged «|thanked «|praised «|assured «",
    "meet.leaders_signed": r"signed agreements|signed deals|signed documents|signed accords|signed contracts|signed memorand|signed a |signed an |signed the |signed two|signed three|signed four|signed five|signed six|signed seven|signed eight|signed nine|signed ten|signed eleven|signed twelve|signed thirteen|signed fourteen|signed fifteen|signed twenty|signed thirty|signed forty|signed fifty|signed dozens|signed several|signed multiple|signed numerous|signed various|signed bilateral|signed joint|signed new|signed 1|signed 2|signed 3|signed 4|signed 5|signed 6|signed 7|signed 8|signed 9|inked|struck a |struck an |struck the |sealed a |sealed an |sealed the |clinched|reached a |reached an |reached the |put their names|put their signatures",
    "meet.visit_and_talks": r" and (?:his |her )?(?:talks|meeting|discussion|conversation)",
}


# rules tried on their own gate's words even where their type's gate words are absent: their triggers
# are common words ("told", "together", "part of") that would open every rule of the type
OPENER_RULES = {"troops.operate_from_ports", "ally.pair_joint_defence_body", "meet.summoned_to", "trade.goods_with", "condemn.said_arms_from", "condemn.urged_to_punish", "condemn.appealed_against", "attack.disarmed_units", "support.under_protection", "condemn.said_had_killed", "support.itself_on_side_of", "support.let_forces_through", "ally.bound_by_alliance_with", "support.allowed_to_station", "support.credit_of_for", "troops.landed_at", "condemn.told_envoy_judgment", "ally.guarantee_to", "attack.gas_used_on", "condemn.report_found_not_self_defence", "condemn.found_resorted_to_war", "sanctions.came_into_force_in_members", "troops.exercises_in", "support.let_aid_cross_to", "condemn.expelled_for", "condemn.handed_envoy_protest", "condemn.handed_protest_to_envoy", "attack.entered_after_defenders", "support.ferried_troops_of", "attack.bomb_dropped_by", "attack.said_bombed_villages", "condemn.said_harbouring", "condemn.urged_to_respect", "arms.shipment_ordered_by", "support.lived_as_guest", "troops.mission_that_trains", "condemn.said_at_instigation", "ally.pair_joined_in", "condemn.what_it_called_national", "troops.keeps_mission_in", "condemn.said_using_as_base", "condemn.said_trying_to", "attack.forces_expelled_units", "condemn.suspected_of", "ally.apposition_pact_partner", "condemn.said_staged", "condemn.said_staged_by", "condemn.seized_in_retaliation", "sanctions.held_up_shipments_for", "ally.apposition_in_arms", "support.pays_budget", "meet.guest_at_in", "member.barred_from_bodies_of", "meet.sent_named_envoy", "support.installed_as_ruler", "support.crushed_attempt_to_oust", "condemn.said_attacked_first", "attack.forces_engaged", "condemn.to_holder_judged", "member.readmitted", "condemn.reported_to_for", "support.relies_on_adj", "condemn.said_not_without_consent", "condemn.said_poss_abuses", "meet.rode_with", "meet.raised_with", "support.flew_aid_into", "meet.apposed_in_for", "trade.what_it_pays", "condemn.told_to_shut_up", "condemn.inquiry_found", "support.holds_debt", "support.evacuated_person", "condemn.called_coup_in", "attack.killed_soldiers", "attack.fighting_killed_soldiers", "condemn.took_to_court", "support.which_recognises", "meet.pair_on_sidelines", "support.allowed_to_act_from", "meet.pair_clashed_at", "arms.supplied_army", "support.kept_in_power", "condemn.said_acts_harm", "support.forces_backed_by", "attack.victims_killed_by", "condemn.end_to_acts_by", "trade.pair_signed_to_build", "trade.building_works_in", "sanctions.froze_trade_with", "meet.joined_pair_to", "support.sent_carrying_aid", "support.called_friend", "meet.toured_streets_of", "support.armed_and_backed", "attack.fighting_led_coalition", "support.statement_expressing", "support.backed_efforts_of", "sanctions.law_banning", "condemn.said_killed_by", "meet.came_from_where", "ally.treaty_creating", "attack.killed_leader", "support.signed_aid_bill", "support.security_commitments", "attack.pair_ceasefire_after_war", "attack.strike_hit_poss_site", "condemn.fuel_on_fire", "sanctions.halted_in_retaliation", "support.show_for_its_ally", "condemn.charge_denied", "attack.drove_out", "condemn.cannot_remain_in_power", "support.is_fan_of", "meet.pair_sat_down", "meet.guest_of", "condemn.concerned_about", "sanctions.retaliated_by_banning", "condemn.showed_danger_of", "trade.airliners_to", "condemn.dismissed_his_idea", "troops.moved_weapons_to", "troops.leads_mission_to", "member.part_of", "member.fronted_org_member", "member.of_all_members", "member.which_it_chairs", "attack.retaliated_with", "support.helped_intercept", "condemn.cut_with_in_protest", "support.on_side", "member.of_members_including", "support.poss_backers_are", "support.troops_to_train", "meet.in_place_told", "troops.base_in_town_of", "sanctions.visa_free_suspended", "troops.relied_on_forces", "ally.its_bloc_allies_particularly", "condemn.said_violated", "condemn.resolution", "meet.guest_at", "condemn.swipe_at", "troops.bases_in", "troops.base_apposition", "meet.told_leader", "meet.pair_together", "meet.pair_attended", "meet.at_residence", "meet.leaders_signed",
                "meet.signed_with_counterpart", "meet.agreed_with_in", "member.which_are_part", "support.recognized_claim", "support.recognized_as_capital", "support.role_in",
                "support.stepped_up", "condemn.until_it_stops", "condemn.said_behind", "condemn.concern_over_actions", "support.funded_works_in", "meet.in_calls_with", "condemn.case_brought_by", "condemn.concern_to", "condemn.said_aggressive_acts",
                "support.reaffirmed_commitment", "trade.contract_to_operate", "attack.troops_pushed_into", "condemn.said_beyond_self_defence",
                "support.ratified_bid",
                "member.which_belong_to",
                # (their words open no type of their own: "alongside", "elected", "ban" are everywhere)
                "meet.stood_alongside", "meet.pair_watched", "meet.called_on", "condemn.demanded_that", "condemn.demanded_apology", "condemn.said_and_demanded_apology",
                "member.sits_on", "member.elected_to", "member.won_seat", "member.chairs", "member.lifted_suspension",
                "member.org_lifted_suspension", "sanctions.arms_ban", "sanctions.first_to_ban_arms", "support.debt_relief",
                "support.debt_relief_to", "condemn.case_against", "meet.signed_by_pair", "support.sent_congratulations", "support.sent_him_congratulations", "condemn.called_work_of", "support.pays_reparations", "troops.sent_to_bases_in", "condemn.note_complaining_that", "sanctions.crossings_closed_to_shipments_for", "meet.in_city_of_state", "condemn.called_foreign_plot", "condemn.called_plot_by", "condemn.note_protesting", "trade.quota_in_market", "trade.quota_enjoyed_in_market",
                "trade.pair_began_building", "support.relies_on_for", "condemn.said_is_wrongdoer", "support.debtor_of",
                "support.swap_line", "condemn.says_and_accuses", "trade.route_between", "support.bailed_out",
                "trade.ships_through", "condemn.urged_to_answer", "support.project_funded_by", "trade.depends_on_exports_to",
                "sanctions.whose_goods_banned", "troops.base_in_city_of", "condemn.called_wrongdoer",
                "meet.act_signing_with", "meet.handed_leader_thing", "meet.came_from_where_met", "meet.rode_with_in", "meet.gathered_in"}


def compile_gates(needs: dict[str, tuple[frozenset[str], ...]] | None = None) -> Gates:
    """The type and rule gates, for lower-cased text, with the rules' `needs` (see `Gates`)."""
    assert not re.search(r"\\[WSDB]", "".join(GATES.values())), "lower() would change an escape"
    return Gates(GATES, WORD_START_GATES, RULE_GATES, needs)


# an actor and its verb, also across a relative pronoun: "India, which buys ... from Russia"
SUBJECT_VERB = (r"(?:-led\s+(?:[\w-]+\s+){0,2}?(?=\S)|\s+|(?=,\s+(?:which|who)\s)"  # "Hamas-led militants attacked"
                r"|\s*,\s+(?:in turn|meanwhile|however|for (?:his|her|its|their) part|in response|in return|too|also|(?:last|this|earlier this|late last|early last)\s+(?:week|month|year|\w+day)|on\s+\w+day|earlier|yesterday)\s*,\s+"  # "Trump, in turn, lauded Sisi"
                r"|,\s+(?:under|after|in|with|as|despite|following|for|at|through)\s+[^«»;,.:—–]{1,45},\s+"  # "Rwanda, under a bilateral arrangement, sent"
                r"|,\s+(?:whose|where|(?:of|to|in)\s+which)\s+(?:[^«»;,.:—–]|«\d+»){1,60}?,\s+(?=(?:said|says|told|tells|[a-z]+ed)\b)"  # "Trudeau, whose country lost 57 citizens, said" ("the alliance, of which Turkey is a member, voiced")
                # "Russia, a permanent member of the Security Council, vetoed"; "France and West Germany, enemies in two world wars, signed"
                r"|,\s+(?:(?:an?|the|two|both|all|its|their|long-time|longtime|old|former)\s+)?(?-i:[a-z])[\w-]*(?:\s+(?:[^«»;,.:—–]|«\d+»){1,50}?)?,\s+"
                r"(?=(?:(?:has|have|had|also|then)\s+)?(?:[a-z]+ed|sent|met|said|struck|began|won|bought|sold|told|gave|took|held|led|made|keeps|maintains|sends|supplies|backs)\b)"
                r"|\s+on\s+\w+day,\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,\s+\d{4})?,?\s+"  # "India on Friday, April 19, delivered"
                r"|\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?,\s+)")  # "X on 29 November 2022, held talks"


def compile_patterns() -> list[tuple[str, str, re.Pattern]]:
    compiled = []
    for type_name, rule, template in RAW_PATTERNS:
        for slot in (r"{S}", r"{S}{poss}?", r"{T}", r"{P}"):
            template = template.replace(slot + r"\s+{pre}", slot + SUBJECT_VERB + "{pre}").replace(slot + r"\s+{tpre}", slot + SUBJECT_VERB + "{tpre}")
        regex = template
        for key, value in MACROS.items():
            regex = regex.replace("{" + key + "}", value)
        compiled.append((type_name, rule, re.compile(regex, re.IGNORECASE)))
    return compiled
