"""Is a matched statement asserted, negated or hedged? Looks at the words leading up to the
trigger in the same clause, and at conditionals and questions around it."""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.literals import anchored
from ingest.patterns import (ARMS_TRADE_OF, CONTACTS_WITH, CRUSHED_V, CUT_OFF_V, EXPELLED, EXPORT_LICENCES_FOR, HALT_WORDS, JUDGMENTS, LIFTED_HOLD, LINKS_WITH, OTHERS_ASKED, PROVOKED_V, PUNISHED_V, RESPECTED, SPED_UP, STATE_AGENTS,
                             STATE_GOODS, TIES_CUT, TRADE_CUT_V, TRADE_TALKS, TRIED_WRONGS, WHICH_IT)

NEGATION = anchored(re.compile(
    r"\b(?:not(?!\s+(?:only|just|merely|the first|the only|for the first)\b)|never|no longer|at no (?:point|time|stage)|in no way|by no means|no (?:interest|intention|plans?) (?:in|to|of)|(?:no|little) (?:sign|signs|indication|hint) of(?!\s+(?:eas|lift|end|stop|halt|withdraw|pull|scal|relax|back|cut|reduc|soften)\w*)|neither|nor|den(?:y|ies|ied|ying)|refus(?:es|ed|ing) to|declin(?:es|ed|ing) to|refrain(?:s|ed|ing)? from|"
    r"fail(?:s|ed|ure|ing)? to|instead of|reject(?:s|ed)? (?:claims|reports|allegations)|(?:declin|reject|rebuff|turn)\w*\s+(?:down\s+)?(?:an?|the|its)\s+invitation|without|halt(?:s|ed|ing)?|(?:froze|frozen|freez(?:es|ing)|freeze\s+on)(?=\s+(?:all\s+)?(?:[a-z-]+\s+){0,2}?(?:exports|imports|trade|shipments)\b)|stop(?:s|ped|ping)?(?!\s+(?:over\s+)?in\b)|paus(?:e|es|ed|ing)|"
    r"suspend(?:s|ed|ing)?|ceas(?:es|ed|ing)|end(?:s|ed|ing)|an end to|a halt to|cut(?:s|ting)?(?=\s+(?:off\s+)?(?:(?:its|their|the|all|[\w-]+)\s+){0,3}(?:ties|agreements?|pacts?|accords?|cooperation|relations|deals?|aid|funding|assistance|trade|commerce)\b)|(?:broke|break(?:s|ing)?|broken)\s+off(?=\s+(?:(?:its|their|the|all|[\w-]+)\s+){0,3}(?:trade|commerce)\b)|lift(?:s|ed|ing)?|ruled out|dismiss(?:es|ed)|"
    r"prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idden)|revok(?:es|ed|ing)|scrap(?:s|ped|ping)|cancel(?:s|led|ed|ling)|terminat(?:es|ed|ing)|abrogat(?:es|ed|ing)|renounc(?:es|ed|ing)|repudiat(?:es|ed|ing)|(?:cancel|scrap|call\s+off)(?=\s+(?:(?:a|an|the|its|their|this|that|planned|scheduled)\s+)?(?:[\w-]+\s+){0,2}?(?:meetings?|talks|visits?|summits?|trips?|tours?|sessions?)\b)|tore up|yet to)\b|n['’]t\b", re.I))  # "won't", "didn’t": no word boundary before the "n't"
# ("agreed to" hedges what was agreed, unless a decided act follows it, or a type's own trigger blanked in the window:
# "agreed to halt all trade with Burundi" is the sanction itself)
HEDGE = anchored(re.compile(
    r"\b(?:could|would|might|(?-i:may)|should|must(?!\s+(?:have|take|bear|accept|shoulder|be\s+held|answer|pay|face)\b)|can|if|whether|unless|consider(?:s|ed)?|considering(?!\s+(?:the\s+)?(?-i:[A-Z]))|plans?(?=\s+to\b)|(?<!\bthe )(?<!\bthis )(?<!\bthat )plans?|planning|planned|"
    r"intends?|intending|intent(?:ion)? to|of intent|threat(?:en|ens|ened|ening)\s+(?:to|(?:\w+\s+)?(?:military\s+)?(?:action|force|retaliation|strikes?|attacks?|war))|wants?|wanted|seeks?|seeking|sought|hopes?|hoping|hoped(?=\s+to\b)|aims?|aiming|"
    r"(?<!\bas )expected(?!\s+as\b)|likely|possib(?:le|ly)|potential(?:ly)?|hypothetical(?:ly)?|propos(?:es|ed|ing|al)|promis(?:es|ing)|promised(?=\s+(?:to\b|(?-i:[A-Z])))|pledg(?:es|ed|ing) to|"
    r"ready (?:to|for)|willing to|prepared (?:to|for)|open to|scheduled to|slated to|supposed to|(?:is|are|was|were) due to|(?:is|are) to(?=\s+(?:visit|meet|travel|fly|hold|attend|host|sign|pay|go)\b)|(?:was|were) to have(?=\s+(?:[a-z]+(?:ed|en|ne)|met|held|had|paid|sent|made|gone|flown|signed)\b)|prepar(?:es|ing) to|poised to|about to|agree(?:s|d)? to(?!\s+(?:a|an|the|elevate|upgrade|raise|establish|restore|resume|reopen|revive|restart|open|normali[sz]e|supply|send|provide|deliver|transfer|sell|export|deploy|coordinate|integrate|impose|ban|bar|blacklist|sanction|halt|suspend|freeze|block|restrict|curb|back|support|fund|finance|lend|give|help|aid|admit|accept|restructure|reschedule|forgive|write\s+off|waive|buy|purchase|acquire|order|import|invest|ease|lower|reduce|relax)\b|\s{3,})|in\s+talks\s+(?:to|on|over|about|for)|push(?:es|ed|ing)(?!\s+(?:ahead|on)\s+with\b)|press(?:es|ed|ing)(?!\s+(?:the|this|that)\s+(?:issue|case|point|matter)\b|\s+(?:ahead|on)\s+with\b)|vow(?:s|ed)? to|urg(?:e|es|ed|ing)|calls? (?:on|for)|called (?:on|for)|will|shall|set to|"
    r"look(?:s|ed|ing)? (?:at|to|into)|alleged(?:ly)?|suspected|suggest(?:s|ed|ing)|rumou?red|reportedly considering|mulling|weighing|discuss(?:es|ed|ing)|"
    r"negotiat(?:es|ed|ing)|try|tries|tried|trying|attempt(?:s|ed|ing)?|offer(?:s|ed)? to|ask(?:s|ed)? to|invitations? to|invit(?:e|es|ed|ing)(?=\s+(?:\S+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|its|their)\s))|encourag(?:e|es|ed|ing)|"
    r"ask(?:s|ed|ing)?(?=\s+(?:\S+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|its|their)\s))|"
    r"demand(?:s|ed)|risk(?:s|ed)?|fears?|warn(?:s|ed)|prevent|avoid|"
    r"(?:(?:is|are|was|were|been|being)\s+accused\s+of)|"  # "Pakistan was accused of conducting airstrikes"
    r"pav(?:es|ed|ing) the way for|willingness to|accus(?:es|ed|ing|e)\s+(?:\S+\s+){0,6}?of\b|"
    r"(?:resolution|proposal|draft|bid|plan|efforts?|attempts?|push|calls?) to)\b", re.I))
# a condition after a refusal: "could not fund a cabinet led by Hamas until the group renounced violence and recognised
# Israel", "will not lift sanctions until" (not a past narrative's "did not end until Russia sent troops": it did)
UNTIL_UNMET = re.compile(r"(?:\b(?:could|would|will|can|shall|must)\s*(?:not|n['’]t)|\bcannot|\bwon['’]t|\brefus(?:es|ing)\s+to)\b[^.;]{0,100}?\buntil\s+[^.;,]{0,80}$", re.I)
UNTIL_CHARS = 200
BARE_NOT_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:been\s+)?[a-z]+(?:ed|en)\s+(?:the\s+)?$")
# an existing relation is the object of these verbs, whatever their own mood
PRESUPPOSED = re.compile(r"\b(?:strengthen|deepen|boost|bolster|enhance|further|cement|consolidate|undermine|weaken|discuss|"
                         r"harm|damage|hurt|jeopardi[sz]e|end|expand|stop|halt|review|intensif|escalat|cancel|abandon)\w*\s+(?:the\s+|their\s+|its\s+|this\s+)?$|"
                         r"\bstep(?:s|ped|ping)?\s+up\s+(?:the\s+|their\s+|its\s+|this\s+)?$", re.I)  # ("vowed to intensify its bombing of …": the bombing goes on)
# ... and sanctions one joins, enforces or complies with: "refused to join Western sanctions on Moscow" (they exist)
JOINED_SANCTIONS = re.compile(r"\b(?:join|enforce|comply\s+with|abide\s+by)\w*\s+(?:the\s+|their\s+|its\s+)?$", re.I)
# "called for the lifting of Western sanctions on Zimbabwe": they are in place (and the call is support)
_CALL_FOR = r"\b(?:call\w*|urg\w*|demand\w*|push\w*|press\w*)\s+for"
_END_OF = r"\s+(?:the\s+)?(?:lifting|removal|easing|end)\s+of"
# ... and so are those a decision, plan or refusal "to lift" names: "put off a decision to lift the bloc's arms embargo on China"
_TO_LIFT = r"\b(?:decision|plans?|proposals?|moves?|bids?|calls?|pressure|efforts?|refus\w*|declin\w*|reluctan\w*|vot\w*|agree\w*|offer\w*|promis\w*|pledg\w*|vow\w*|want\w*|consider\w*|seek\w*|sought)(?:\s+(?:on\s+)?\w+day)?\s+to\s+(?:lift|ease|end|remove|scrap)"
CALLED_FOR_END = re.compile(r"(?:" + _CALL_FOR + _END_OF + r"|" + _TO_LIFT + r")\s+(?:the\s+|all\s+)?$", re.I)
LIKELY_AFTER = re.compile(r"\s+(?:was|is|were|are|would be|could be|seemed|seems|remains?)\s+[“\"]?(?:\w+\s+)?(?:likely|possible|inevitable|unthinkable|conceivable|"
                          r"expected|imminent|unlikely|feared|planned|probable)\b", re.I)
# "and" before a second verb of the same subject ("urged talks and then blamed the US")
AND_THEN = r"\band\s+(?:also\s+|then\s+|later\s+|instead\s+)?"
# a participle after a comma or "when" has a mood of its own: "Kabul denied the claim, accusing Pakistan",
# "was not apprehended when visiting South Africa"
CLAUSE_OPENERS = r"when|while|after|before|since"
WHAT_CALLED = re.compile(r"what\s+(?:he|she|it|they)\s+(?:called|calls|termed|terms|described)\b")
COMMA_BEFORE = re.compile(rf"(?:,|\b(?:{CLAUSE_OPENERS}))\s+(?:\w+ly\s+)?$")  # (also "after repeatedly accusing")
# the verbs of condemning (what a vetoed text "would have deplored" still happened; its deploring did not)
CONDEMNING_STEMS = ("deplor", "condemn", "denounc", "censur")
# a relation a presupposing verb takes as its object exists, whatever the mood around it:
# "a push to bolster its alliances with South Korea", "plans to boost trade with China"
PRESUPPOSED_OBJECT = anchored(re.compile(r"\b(?:strengthen|deepen|boost|bolster|enhance|cement|consolidate|expand)\w*\s+"
                                r"(?:(?:the|their|its|this|his|her|our)\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:alliances?|ties|partnerships?|relations(?:hip)?|cooperation|trade|commerce|links)\b"
                                # "could reduce its military presence in Chad": the presence exists
                                r"|\b(?:reduc\w*|scal\w+\s+(?:back|down)|draw\w*\s+down)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?presence\b"
                                # "would speed deliveries of arms to Jordan": the deliveries go on
                                r"|\b" + SPED_UP + r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:deliveries|shipments|supplies)\b"
                                # "a resolution that would have deplored its invasion of Ukraine": the invasion happened
                                r"|\b(?:" + "|".join(CONDEMNING_STEMS) + r")\w*\s+(?:its|their|his|her|«\d+»['’]s)\s+(?:[\w-]+\s+)?(?:invasion|aggression|occupation|annexation)\b"
                                # "will end its defense treaty with Taiwan", "vowed to honour its treaty with Manila": the treaty stands
                                r"|(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bto\s))(?:end|scrap|abrogate|terminate|abandon|renounce|honou?r|uphold|respect)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:treaty|alliance|pact)\s+with\b", re.I))
# a relative clause after the subject is asserted whatever the main clause's mood ("If X agrees…, it
# would follow the UK, which became the first country to provide Kyiv with missiles")
# (or a relative clause in the perfect: "scrap an initiative that has supplied Ukraine with shells" — it has)
RELATIVE_BEFORE = re.compile(r"(?:,|\band)\s+(?:which|who|whom)\s+(?:[^,;]{0,45}?\s)?$|,\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:move|step|decision)\s+(?:that|which)\s+(?:[^,;]{0,45}?\s)?$|\b(?:that|which|who)\s+(?:has|have|had)\s+(?:(?:\w+ly|also|already)\s+)?$")
# "will go on supplying arms to", "would continue to back", "would remain a member of": what goes on is under way (the modal is no hedge)
CONTINUED_MODAL = re.compile(r"\b(?:will|would|shall)\s+(?=(?:continue\s+to|go\s+on|keep(?:\s+on)?|remain)\s+\w)", re.I)
# "signed an agreement under which Moscow will buy American grain": the terms of an accord made
AGREED_TERMS = re.compile(r"\b(?:signed|reached|concluded|struck|sealed)\b[^.;]{0,80}?\bunder\s+which\s+[^.;]{0,50}?\b(?P<m>will|shall)\s", re.I)
# "the decision to supply missiles to Ukraine remained under consideration": not decided
UNDECIDED_AFTER = re.compile(r"\s+(?:is|was|are|were|remain(?:s|ed)?)\s+(?:still\s+)?(?:under consideration|under review|undecided|on hold)\b", re.I)
# an attack that was ended or halted took place: "the ceasefire ended a year of hostilities between X and Y"
STOPPED_STILL_HAPPENED = {"ATTACKS", "MEETS"}  # (and talks that ended were held: "ended two days of talks"; a feud ended at a summit, the summit held)
STOPPING = re.compile(r"\b(?:end(?:s|ed|ing)?)\b(?=\s+(?:(?:more\s+than\s+)?(?:a|an|the|its|their|\w+)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:war|hostilities|conflict|fighting|clashes|talks|summit|meeting|visit|trip|tour|negotiations|feud|feuding|rift|quarrel|dispute|estrangement|boycott)\b)", re.I)
# a presence or role denied or left unconfirmed
UNCONFIRMED_BEFORE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|(?:not|never)\s+(?:\w+\s+)?(?:confirm|acknowledg|admit)\w*|"
                                r"(?:dismiss|reject|den)\w*\s+(?:the\s+|as\s+\w+\s+)?(?:reports?|claims?|allegations?|accounts?|suggestions?)\s+(?:of|that)|"
                                r"\b(?:no|little|not\s+any)\s+(?:[\w-]+\s+)?(?:evidence|proof|signs?|indications?|traces?)\s+(?:of|that))\s+(?:the\s+)?"
                                r"(?:(?:presence|deployment|existence|involvement|participation|use)\s+of\s+)?$", re.I)
# an indefinite act that only could happen: "a Chinese attack on Taiwan could trigger a military response"
INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]ny)\s+(?:[\w-]+\s+)?$")
# a condition right after the statement leaves it undecided: "has offered the Central African Republic security
# assistance if it ends its reliance on Wagner" (not "even if", "as if"; a new clause ends the reach)
CONDITION_AFTER = re.compile(r"(?:,?\s+(?!(?:if|unless|and|but|or|while|which|who|that|after|before|when|as|said|says|even)\b)[\w$€£.-]+){0,4}?,?\s+"
                             r"(?:if|unless|provided\s+that|on\s+(?:the\s+)?condition\s+that)\b", re.I)  # (not the verb: "has provided security advisers")
# ... but not a treaty's terms: "bound by treaty to help Czechoslovakia if France did" (the alliance stands)
TREATY_BOUND = re.compile(r"\b(?:bound|obliged|obligated|committed)\s+by\s+(?:[\w-]+\s+){0,4}?treat(?:y|ies)\b", re.I)
MODAL_AFTER = re.compile(r"\s+(?:could|would|might|may)\b")
THAT_END = re.compile(r"\bthat\s*$", re.I)  # "told Putin that if Russia had not …": the condition is what was told
# "any missile launched from Cuba would be regarded as an attack by the Soviet Union on the United States": what
# something would count as is supposed, not stated
COUNTED_AS_BEFORE = re.compile(r"\b(?:would|will|could|might|may|shall)\s+be\s+(?:\w+ly\s+)?(?:regarded|considered|treated|seen|viewed|deemed|taken)\s+as\s+(?:an?\s+)?$", re.I)
# "the export of weapons to Israel has been suspended": stopped, not taking place
STOPPED_AFTER = re.compile(r"(?:\s*,\s+(?:which|who)\b[^,;.]{0,100},)?\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:been|now)\s+)?(?:suspended|halted|stopped|frozen|paused|cancel+ed|ruled\s+out|blocked|vetoed|shelved|scrapped|called\s+off)\b"
                           r"|\s+(?:but|and)\s+(?:then\s+|later\s+)?call(?:ed|s)?\s+(?:them|it)\s+off\b", re.I)  # "approved strikes on Iran but called them off"
# the content of a decision that is the subject of the verb is not the verb's mood: "Germany's decision in
# August to halt exports of arms that could be used in Gaza drew sharp criticism from Israel"
NOMINAL_TO = re.compile(r"\b(?:decision|move|plan|bid|refusal|order|pledge|promise|offer|threat|announcement|choice)\s+(?:[\w-]+\s+){0,3}?to\s", re.I)
AUX_BEFORE = re.compile(r"\s+(?:(?:has|have|had|did|does|do|was|were|is|are|also|already|now|not|never|n['’]t)\s+)*$", re.I)
# ("fired on suspected members of al-Qaeda": the suspicion describes the targets, not the strike)
ATTACK_OWN = re.compile(r"\bsuspected(?=\s+(?:[\w-]+\s+)?(?:members|militants|fighters|operatives|hideouts|camps|positions|insurgents|rebels|terrorists)\b)|"
                         r"\bpush(?:es|ed|ing)(?=\s+(?:(?:around|about|some|nearly|up\s+to)\s+)?(?:\d+\s*(?:km|kilomet\w+|miles)\s+(?:deep\s+)?)?(?:(?:deep|deeper|further|farther)\s+)?into\b)"
                         # ("pressed their offensive against Hezbollah": an attack carried on, not a demand)
                         r"|\b(?:press|push)(?:es|ed|ing)?(?=\s+(?:on\s+(?:with\s+)?|ahead\s+with\s+)?(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:offensive|attacks?|assault|campaign|advance|bombardment|onslaught|operations?)\b)"
                         # ("tanks pushed American and South Korean troops out of Chonan": troops driven back, no pressure)
                         r"|\bpush(?:es|ed|ing)?(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:troops|forces|soldiers|army|armies|units|defenders|rebels|fighters|militants|guerrillas)\s+(?:back|out\s+of|from)\b)", re.I)
# "troops pushed into Lebanon", "said its troops would stay in Iraq", "wants the troops on its soil withdrawn": troops there
TROOPS_THERE = re.compile(ATTACK_OWN.pattern + r"|\b(?:would|will)(?=\s+(?:stay|remain)\s+(?:in|on)\s)"
                          r"|\b(?:wants?|wanted)(?=\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?(?:«\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|units)\b[^.;]{0,50}?\b(?:withdrawn|removed|pulled\s+out|out|gone)\b)", re.I)
# an actor masked or still named ("dismissed «1» and Germany as old Europe")
_NAMED = r"(?:«\d+»|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3})"
# a type's own trigger words that are hedges elsewhere: "alleged that" is an accusation
# and "vowed to defend each other" is the mutual-defence commitment an alliance is
# ("said the attack could not have happened without the consent of Iran": a charge, its "not" no denial; "urged Turkey
# to halt its drilling, which it called provocative": the urging and the halt are the charge's)
# ("suspected Libyan agents in that attack": the suspicion is the charge; "said Washington's plans for space defences
# had provoked the test": the plans are blamed, not only thought of)
# ("called for Spain's expulsion from the United Nations": the call for a state's expulsion is the condemnation)
OWN_TRIGGERS = {"CONDEMNS": re.compile(r"\b(?:appeal\w*\s+to|call\w*\s+on|urg\w*|ask\w*)(?=\s+(?:the\s+)?(?:" + OTHERS_ASKED + r"|" + _NAMED + r"(?=\s+to\s+(?:restrain|curb|rein\s+in)))\s+to\s+" + PUNISHED_V + r")|"
                                       r"\b(?:trying|seeking|attempting|tried|sought|attempted)(?=\s+to\s+" + TRIED_WRONGS + r")|\b(?:urg\w*|call\w*\s+on|told|tells|press\w*|warn\w*)(?=\s+(?:the\s+)?" + _NAMED + r"\s+to\s+respect\s+(?:the\s+)?(?:" + _NAMED + r"['’]s\s+)?(?:[\w-]+\s+)?" + RESPECTED + r")|\b(?:helped\s+plan|planned)(?=\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|assassination|murder|coup|plot|raid|invasion)\b)|\bplans?(?=\s+(?:(?:for|of|to)\s+(?:[\w-]+\s+){0,3}?)?(?:had|has|have)\s+" + PROVOKED_V + r"\b)|\bsuspect(?:s|ed|ing)?(?=\s+(?:(?:two|three|four|several|\d+)\s+)?(?:the\s+)?" + _NAMED + r"\s+" + STATE_AGENTS + r"\b)|\bsuspect(?:s|ed|ing)(?=\s+(?:the\s+)?" + _NAMED + r"(?:,[^;,]{1,80},)?\s+of\s)|\bsuggest(?:s|ed|ing)(?=\s+[^.;]{0,60}?\b(?:(?:was|were|is|are|had\s+been)\s+behind|(?:had|has|have)\s+(?:staged|faked|orchestrated|engineered|fabricated))\b)|\b(?:(?:could|can|would|will)\s*(?:not|n['’]t|never)|cannot|won['’]t|refus\w*\s+to)(?=\s+(?:accept|recogni[sz]e)\s+(?:the\s+)?" + _NAMED + r"(?:['’]s)?\s)|\b(?:call\w*\s+for|demand\w*|s(?:eeks|ought|eeking)|urg\w*|propos\w*|push\w*\s+for)(?=\s+(?:the\s+)?(?:immediate\s+)?(?:[\w.'’-]+\s+){0,4}?" + EXPELLED + r"\s+(?:of|from)\b)|\b(?:seeking|trying\s+to\s+(?:build|acquire|develop|obtain|make))(?=\s+(?:an?\s+)?(?:nuclear|atomic|weapons\s+of\s+mass|chemical\s+weapons|biological\s+weapons)\b)|\b(?:urg\w*|call\w*\s+on|press\w*|told|ask\w*)(?=\s+(?:the\s+)?" + _NAMED + r"\s+to\s+(?:" + HALT_WORDS + r"|refrain)\b[^.;]{1,60}?" + WHICH_IT + r"\s+(?:called|described|termed|branded)\b)|\b(?:" + HALT_WORDS + r")\w*(?=\s+(?:from\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+" + WHICH_IT + r"\s+(?:called|described|termed|branded)\b)|\b(?:could|would)\s*(?:not|n['’]t)\s+have\s+(?:happened|occurred|taken\s+place|been\s+(?:possible|carried\s+out|staged|organi[sz]ed))\s+without\b|\b(?:dismiss|reject)(?:es|ed|s)?(?=\s+(?:his|her)\s)|\bdismiss(?:es|ed|ing)?(?=\s+(?:the\s+)?" + _NAMED + r"(?:,?\s+(?:and\s+)?(?:the\s+)?" + _NAMED + r")*\s+as\s)|\b(?:ask|urg|petition|request)\w*(?=\s+(?:the\s+)?[^.;]{1,60}?\bto\s+order\b)|\bnot(?=\s+play(?:ing)?\s+by\s+the\s+(?:same\s+)?rules\b)|\b(?:plans?|proposals?)(?=\s+(?:(?:for|to|on)\s+(?:[\w-]+\s+){0,5}?[\w-]+\s+)?(?:as\s+)?[“\"]?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:" + JUDGMENTS + r"))|\b(?:(?:call\w*|join\w*\s+(?:the\s+|growing\s+|international\s+)?calls|demand\w*|urg\w*|press\w*)\s+for\b(?=[^.;]{1,60}?\bto\s+be\s+held\s+(?:fully\s+)?(?:accountable|responsible|to\s+account))|"
                                       r"(?:must|should|will|would)(?=\s+be\s+held\s+(?:fully\s+)?(?:accountable|responsible|to\s+account))|(?:would|will)(?=\s+bear\s+(?:full\s+|sole\s+|the\s+)?(?:responsibility|blame)\b)|alleg(?:es|ed|ing)|accus(?:es|ed|ing|e)|(?:suspend|halt|cut|recall|freez|froze|end|cancel|withdr[ae]w|expel|close|downgrad)\w*(?=[^.;]{0,80}\bin\s+(?:protest|response|retaliation)\b)|(?<=\bcalled )(?:it\s+)?an?\s+attempts?\s+to|(?<=\bas )an?\s+attempts?\s+to|for\s+(?:not|never|failing\s+to|refusing\s+to)(?!\s+(?:\w+ly\s+)?(?:condemn|denounc|critici[sz]|blam|accus))|"
                                       r"warn(?:s|ed|ing)?(?=\s+(?:the\s+)?[\w .-]{1,40}?\s+against\s+(?:\w+ing|(?:any\s+|further\s+|more\s+|new\s+)?(?:[\w-]+\s+)?(?:provocations?|aggression|escalation|interference|meddling|attacks?|incursions?|violations?))\b|\s+(?:the\s+)?[\w .-]{1,40}?\s+(?:that\s+)?(?:it|they|he|she|«\d+»|[A-Z][\w.-]+)\s+(?:could|would|might|may|will)\s+(?:also\s+)?(?:face|take|retaliate|respond)\b|\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:consequences|repercussions|retaliation|reprisals|countermeasures)\b))\b", re.I),  # the accusation itself; "blamed X for not stopping it"
                # "discussed the exports with Putin" is a meeting; so is "In Warsaw, Tusk pressed Merz over …"
                # ("ended two days of talks at Sunnylands": the talks were held)
                # ("failed to reach a deal at talks in Addis Ababa": the talks were held; "discussed a possible response": the talk was real)
                # ("the first foreign leader to call on the new president": a visit, not a demand)
                "MEETS": re.compile(r"\bdiscuss(?:es|ed|ing)?\b|\bnegotiat(?:ed|es|ing)\b(?=[^.;]{0,50}?\bwith\b)|(?<=\bto\s)call\s+on\b(?![^.;]{0,60}?\bto\s+(?-i:[a-z]))|(?<=\bdiscussed )(?:an?\s+|the\s+)?(?:possible|potential)\b|\bfail(?:s|ed|ing)?\s+to\s+(?:reach|agree|clinch|strike|seal|make)\b(?=[^.;]{0,40}?\b(?:at|during|in)\s+(?:the\s+|their\s+|two\s+days\s+of\s+)?(?:[\w-]+\s+)?(?:talks|summit|meeting|negotiations)\b)|\bwarn(?:s|ed|ing)?(?=\s+during\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip)\b)|\b(?:end(?:s|ed|ing)?|concluded|wrapped\s+up)(?=\s+(?:[\w-]+\s+){0,4}?(?:talks|summit|meetings?|visit|discussions|negotiations|consultations)\b)|\b(?:his|her|its|their)\s+(?:peace\s+)?plans?\b(?=\s+(?:for|to)\s)|\b(?:pressed|urged|asked)(?=\s+(?:the\s+)?(?-i:[A-Z]))", re.I),
                # "Canada scrapped export permits for drone technology to Turkey": the measure itself
                "SANCTIONS": re.compile(r"\b(?:scrap|revok|suspend|cancel|halt)\w*(?=\s+(?:its\s+|all\s+)?(?:arms\s+)?export\s+(?:permits|licen[cs]es|authori[sz]ations))|"
                                        r"\b(?:suspend|revok|cancel|withdr[ae]w|den(?:y|ie))\w*(?=\s+(?:the\s+)?(?:landing|overflight|traffic)\s+rights\b)|"
                                        r"\b(?:scrap|revok|suspend|end|withdr[ae]w)\w*(?=\s+(?:the\s+|its\s+)?visa-free\b)|"
                                        r"\b(?:scrap|revok|suspend|cancel|end|withdr[ae]w)\w*(?=\s+(?:the\s+)?(?:«\d+»|[\w-]+)(?:['’]s)?\s+(?:[\w-]+\s+)?(?:most[- ]favou?red[- ]nation|mfn|preferential|duty-free|(?:trade|trading|tariff)\s+(?:preferences|benefits|privileges))\b)|"
                                        r"\b(?:halt|suspend|stop|freez|froze|" + CUT_OFF_V + r")\w*(?=\s+(?:all\s+)?(?:(?!(?:arms|weapons?|its|their|the)\b)[a-z-]+\s+){0,2}?(?:exports|imports|trade|shipments|flights|(?:rail\s+|road\s+)?(?:freight|cargo))\b)|"
                                        # "froze its trade with Tbilisi": the freezer's own trade with another, shut
                                        r"\b(?:halt|suspend|stop|freez|froze|" + CUT_OFF_V + r")\w*(?=\s+(?:its|their|«\d+»)\s+(?:[a-z-]+\s+)?(?:trade|commerce)\s+(?:(?:ties|links|agreements?|deals?)\s+)?with\b)|"
                                        # "halted Iranian gas flows", "suspended Georgian wine": a state's goods shut out (sanctions.banned_state_goods)
                                        r"\b(?:halt|suspend|stop|block|bar|embargo)\w*(?=\s+(?:all\s+)?(?:sales\s+of\s+|the\s+sale\s+of\s+)?«\d+»\s+(?:[\w-]+\s+)?(?:" + STATE_GOODS + r")\b)|"
                                        r"\b(?:" + TRADE_CUT_V + r")|"  # ("cut their trade with Yugoslavia to almost nothing")
                                        r"\b(?:cut|sever|suspend|halt)\w*(?=\s+(?:off\s+)?(?:all\s+|its\s+|their\s+)?" + LINKS_WITH + r"\b)|"  # ("cut all transport and postal links with Georgia")  # ("suspended canola imports from Canada")
                                        r"\b(?:halt|suspend|freez|froze|sever)\w*(?=\s+" + CONTACTS_WITH + r"\b)|\bcut\w*\s+off(?=\s+" + CONTACTS_WITH + r"\b)|"
                                        # "suspended talks on a free trade agreement with Norway"
                                        r"\b(?:halt|suspend|freez|froze|broke|break)\w*(?:\s+off)?(?=\s+" + TRADE_TALKS + r"\b)|"
                                        r"\b(?:halt|suspend|stop|ban|block|freez|froze)\w*(?=\s+(?:all\s+|further\s+|its\s+)?(?:sales|exports|deliveries|shipments|transfers)\s+of\s+(?:[\w-]+\s+){0,2}?(?:arms|weapons|military\s+equipment)\b)|"
                                        # "forbade the sale of arms and munitions to Bolivia"
                                        r"\b(?:prohibit|forb)\w*(?=\s+(?:all\s+)?(?:the\s+)?" + ARMS_TRADE_OF + r"\b)|"
                                        # "stopped granting licences for the export of war material to Bolivia"
                                        r"\b(?:stop|ceas|refus)\w*(?=\s+(?:to\s+)?" + EXPORT_LICENCES_FOR + r"\b)|"
                                        # "suspended arms exports to Turkey", "halted weapons deliveries to Baghdad"
                                        r"\b(?:halt|suspend|stop|ban|block|freez|froze)\w*(?=\s+(?:all\s+|further\s+|its\s+)?(?:arms|weapons?|military)\s+(?:sales|exports|deliveries|shipments|transfers|supplies|trade)\b)", re.I),
                # "Morocco's plan … — backed by Spain": a possessed plan is the thing supported, not an intention
                "SUPPORTS": re.compile(r"(?<=['’]s\s)(?:[\w-]+\s+)?(?:autonomy\s+|peace\s+)?(?:plans?|proposals?)\b(?!\s+to\b)|"
                                       # "crushed an attempt by mercenaries to overthrow President Gayoom": the attempt was made
                                       r"\b" + CRUSHED_V + r"\s+(?:an|the)\s+(?:[\w-]+\s+)?attempt\b|"
                                       # "would not alter the Soviet Union's support for North Vietnam": the support stands
                                       r"\b(?:would|will|did|does|do|could|should)\s*(?:not|n['’]t)\s+(?:alter|change|affect|reduce|weaken|diminish)(?=\s+(?:the\s+)?" + _NAMED + r"['’]s\s+(?:[\w-]+\s+)?(?:support|backing|aid|assistance|commitment)\b)|"
                                       # "cut ties with Taiwan in favour of China": the switch is to the one favoured
                                       r"\b(?:cut|sever|broke|break|end|drop|abandon)\w*(?=\s+" + TIES_CUT + r"(?:[\w'’.-]+\s+){1,4}?in\s+favou?r\s+of\b)|"
                                       + _CALL_FOR + "(?=" + _END_OF + r"\b)|"
                                       # "called on member states to support the government of Chad": the caller's own support
                                       r"\b(?:call\w*\s+on|urg\w*|appeal\w*\s+to)(?=\s+(?:all\s+)?(?:other\s+)?(?:UN\s+)?(?:member\s+states|(?:the\s+)?international\s+community|donors|(?:other\s+)?(?:countries|nations|governments))\s+to\s+(?:support|back|assist|help)\b)", re.I),
                "ALLIED_WITH": re.compile(r"\b(?:vow|pledg|promis|agree|commit)\w*\s+(?:themselves\s+|itself\s+)?to\s+(?=(?:defend|protect)\b|come\s+to\s)", re.I),
                # "said it would review its contract to sell armoured vehicles to Saudi Arabia": the contract exists
                # (and "the two leaders agreed that Hungary would buy four more Gripens": an agreed purchase)
                "SUPPLIES_ARMS": re.compile(r"\b(?:will|would|could|to|may|might)\s+(?:review|re-examine|reconsider|renegotiate|honou?r|uphold|defend|keep)\s+(?:its|the|their|a)\s+(?:[\w$.,-]+\s+){0,5}?(?:contract|deal|agreement)\s+to\b|"
                                            r"\bagree(?:d|s)?\s+that\s+(?:[^.;]{0,40}?\s)?(?:would|will)(?=\s+(?:buy|purchase|acquire|sell|supply|deliver)\b)|"
                                            # "lifted its ban on the shipment of eighteen tanks to Saudi Arabia": the shipment goes ahead
                                            r"\b" + LIFTED_HOLD + r"(?=\s+on\s+(?:the\s+)?(?:[\w$.,-]+\s+){0,6}?(?:shipments?|deliver(?:y|ies)|sales?|transfers?|exports?)\s+of\b)", re.I),
                # "troops pushed 6 km into Lebanon": an advance, not a push for something
                "DEPLOYS_TROOPS": TROOPS_THERE, "ATTACKS": ATTACK_OWN,
                # "A resolution that would have imposed an arms embargo on Zimbabwe … was vetoed": the text's content
                "VETOES": re.compile(r"\b(?:that|which)\s+(?:would|could)\s+have\b", re.I)}
AND_VERB = re.compile(AND_THEN + r"(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?(?=[a-z]+ed\b|(?:struck|sent|sold|gave|hit|shot|fought|met|bought|took|held|won|led|made|began|seized|stormed|said|says|told|tells)\b|(?:accuses|blames|condemns|criticises|criticizes|denounces|calls|urges|backs|supports|sends|sells|supplies|buys|hosts|attacks|sanctions|recognises|recognizes)\b|(?:to\s+)?(?:accuse|blame|condemn|criticise|criticize|denounce)\b)")  # (also "and has accused", "and struck", "to cancel the talks and (to) accuse")
PREFIX_CHARS = 20  # how far before the match a hedge or negation may stand ("If Russia ...")
OWN_TRIGGER_REACH = 40  # how far before the window an own trigger that runs into it may start
# a fronted "No longer neutral," describes the subject; it does not negate the clause
NO_LONGER_FRONTED = re.compile(r"[\s“\"]*No\s+longer\s+[\w-]+(?:\s+[\w-]+)?\s*,\s+")
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|and)\s|\b(?:but|while|whereas|although)\b")
# a reason inside the match has its own mood: "is not afraid of coups because of the assistance it gets from Moscow"
REASON_BREAK = re.compile(r"\b(?:because(?:\s+of)?|thanks\s+to)\b", re.I)


# measures that someone blocked or rejected were not taken ("Beijing has blocked new UN sanctions", "EU aid");
# by type, because a veto's own "blocked" is its trigger
_BLOCKED = re.compile(r"\b(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)|oppos(?:es|ed|ing)|"
                      r"reject(?:s|ed|ing)?|resist(?:s|ed|ing)?|delay(?:s|ed|ing)?)\b[^.;«»]*$", re.I)
# ... and aid or sanctions cut or withheld ("Trump cut US aid to South Africa"; not "cut the flow of drones X supplies")
_CUT = re.compile(r"\b(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)|oppos(?:es|ed|ing)|reject(?:s|ed|ing)?|resist(?:s|ed|ing)?|delay(?:s|ed|ing)?|"
                  r"cut(?:s|ting)?|withh[eo]ld(?:s|ing)?|froze|freez(?:es|ing)|bar(?:s|red|ring)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?)\b[^.;«»]*$", re.I)
# ... and an attack averted ("averting an American military strike on Assad's government")
_AVERTED = re.compile(r"\b(?:avert(?:s|ed|ing)?|prevent(?:s|ed|ing)?|forestall(?:s|ed|ing)?|stav(?:e|es|ed|ing)\s+off|head(?:s|ed|ing)?\s+off)\b[^.;«»]*$", re.I)
# ... and talks kept from starting ("Poland blocked the start of talks between the EU and Russia")
_TALKS_STOPPED = re.compile(r"\b(?:block|veto|prevent|cancel|postpon|delay)\w*\s+(?:the\s+)?(?:start|opening|launch|resumption|holding)\s+of\s+$", re.I)
# ... and trade banned or frozen ("banned most American exports to the island": a sanction, not trade)
_TRADE_BANNED = re.compile(r"\b(?:ban(?:s|ned|ning)?|block(?:s|ed|ing)?|embargo(?:es|ed|ing)?|prohibit(?:s|ed|ing)?|froze|frozen|freez(?:es|ing))\s+(?:all\s+|most\s+|further\s+)?(?:new\s+)?$", re.I)
BLOCKED_BEFORE = {"SANCTIONS": _CUT, "SUPPORTS": _CUT, "ATTACKS": _AVERTED, "MEETS": _TALKS_STOPPED,  # "Hungary blocked EU aid to Ukraine"
                  "TRADES_WITH": _TRADE_BANNED}
# ... and a transfer its own subject opposed: "Putin opposed transferring the missiles to Ukraine"
BLOCKED_IN_CLAUSE = {"SUPPLIES_ARMS", "DEPLOYS_TROOPS"}
# ... or named as a rejected act: "Sheinbaum has rejected any deployment of US troops on Mexican soil"
REJECTED_ACT = re.compile(r"\b(?:reject|oppos|block|resist|refus|rul(?:ed|es|e|ing)\s+out)\w*\s+(?:any|the|a|all|further|more|future)?\s*(?:[\w-]+\s+)?"
                          r"(?:deployment|presence|sending|dispatch|stationing|entry|transfer|delivery|deliveries|supply|supplies|sale|sales)\s+of\s+(?:the\s+)?$", re.I)
REJECTED_CHARS = 70
BLOCKED_CHARS = 25
# a membership someone argues for is not one yet: "Albania supports a swift accession of Montenegro to the EU"
WISHED_BEFORE = {"MEMBER_OF": re.compile(r"\b(?:support|back|endors|call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|seek|sought|favou?r|urg|advocat)\w*\s+"
                                         r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.I),
                 # ... and so is a pact still under negotiation: "talks on a new partnership agreement between the EU and Russia"
                 "ALLIED_WITH": re.compile(r"\b(?:talks|negotiations)\s+(?:on|over|about|toward|towards|for)\s+(?:an?\s+|the\s+)?(?:new\s+)?$", re.I)}
WISHED_CHARS = 60


def unconfirmed(sentence: str, match_start: int, match_end: int | None = None) -> bool:
    """Whether what spans `match_start`..`match_end` is denied, left unconfirmed or only thought of, whatever
    presupposes it: "has not confirmed the presence of North Korean troops in Russia", "the presence of NATO
    forces in Ukraine was not unthinkable"."""
    return UNCONFIRMED_BEFORE.search(sentence, 0, match_start) is not None or \
        (match_end is not None and LIKELY_AFTER.match(sentence, match_end) is not None)


def _blanked(window: str, window_start: int, start: int, end: int) -> str:
    """The mood window (the sentence from `window_start`) with the sentence's `start`..`end` made spaces
    where it falls inside the window: words read for what they are, not as a negation or a hedge."""
    a, b = max(start, window_start) - window_start, min(end, window_start + len(window)) - window_start
    return window[:a] + " " * (b - a) + window[b:] if b > a else window


@lru_cache(maxsize=4096)  # several rules of a type often match the same words: their mood is read once
def modality(sentence: str, match_start: int, trigger_end: int, type_name: str | None = None,
             verb_start: int | None = None, match_end: int | None = None) -> str:
    """"asserted", "negated" or "hedged" for a statement of `type_name` spanning
    sentence[match_start:trigger_end], its trigger verb (when known) at `verb_start`; the whole
    match ends at `match_end` (what follows it may leave the statement undecided)."""
    if sentence.rstrip().endswith("?"):
        return "hedged"
    clause_start = fronted.end() if (fronted := NO_LONGER_FRONTED.match(sentence)) else 0  # ("No longer neutral, Finland joined NATO")
    for brk in CLAUSE_BREAK.finditer(sentence, 0, match_start):
        clause_start = brk.end()
    window_start = max(clause_start, match_start - PREFIX_CHARS)
    if BARE_NOT_BEFORE.search(sentence, window_start, match_start):
        window_start = match_start  # "has not condemned Russia's invasion": the "not" is the other verb's
    if PRESUPPOSED.search(sentence, window_start, match_start) or CALLED_FOR_END.search(sentence, clause_start, match_start) or \
            (type_name == "SANCTIONS" and JOINED_SANCTIONS.search(sentence, window_start, match_start)):
        window_start = match_start  # "would strengthen the strategic partnership": the partnership exists
    relative = verb_start is not None and RELATIVE_BEFORE.search(sentence, 0, verb_start) is not None
    if verb_start is not None:  # "urged talks and blamed the US": the second verb has a mood of its own
        for verb in AND_VERB.finditer(sentence, window_start, trigger_end):
            if verb.end() <= verb_start:
                window_start = verb.end()
        if COMMA_BEFORE.search(sentence, 0, verb_start) or relative or WHAT_CALLED.match(sentence, verb_start):
            window_start = max(window_start, verb_start)  # ("asked the Council to act against what it called intervention": the calling is no request)
    for reason in REASON_BREAK.finditer(sentence, window_start, trigger_end):
        window_start = reason.end()
    presupposed = PRESUPPOSED_OBJECT.search(sentence, window_start, max(trigger_end, match_end or 0))
    if presupposed and presupposed.start() < trigger_end and \
            not (type_name == "CONDEMNS" and presupposed.group().lower().startswith(CONDEMNING_STEMS)):
        window_start = presupposed.start()  # (the invasion a vetoed text "would have deplored" happened; the deploring did not)
    window = sentence[window_start:trigger_end]
    if type_name in OWN_TRIGGERS:  # (searched past the window's end: a trigger's lookahead may reach beyond it)
        for own in OWN_TRIGGERS[type_name].finditer(sentence, max(0, window_start - OWN_TRIGGER_REACH)):
            if own.end() > window_start and own.start() < trigger_end:
                window = _blanked(window, window_start, own.start(), own.end())
    for modal in CONTINUED_MODAL.finditer(sentence, window_start, trigger_end) if "ill " in window or "ould " in window or "hall " in window else ():
        window = _blanked(window, window_start, modal.start(), modal.end())
    for terms in AGREED_TERMS.finditer(sentence, 0, trigger_end) if "under which" in window else ():
        if window_start <= terms.start("m"):
            window = _blanked(window, window_start, terms.start("m"), terms.end("m"))
    if LIKELY_AFTER.match(sentence, trigger_end) and type_name != "TRADES_WITH":  # "trade is expected to hit $200bn"
        return "hedged"  # "a fresh Azerbaijani attack on Armenia was very likely"
    if unconfirmed(sentence, match_start):
        return "negated"
    if UNTIL_UNMET.search(sentence, max(0, match_start - UNTIL_CHARS), match_start):
        return "hedged"  # "could not fund a cabinet led by Hamas until the group recognised Israel": a condition unmet
    if COUNTED_AS_BEFORE.search(sentence, max(0, match_start - 60), match_start):
        return "hedged"
    if match_end is not None and MODAL_AFTER.match(sentence, match_end) and INDEFINITE_BEFORE.search(sentence, 0, match_start):
        return "hedged"  # "said a Chinese attack on Taiwan could trigger a response": a supposed act
    if match_end is not None and (UNDECIDED_AFTER.match(sentence, match_end)
                                  or (type_name not in ("CONDEMNS", "VETOES") and CONDITION_AFTER.match(sentence, match_end)
                                      and not THAT_END.search(sentence, max(0, match_end - 6), match_end)
                                      and not TREATY_BOUND.search(sentence, match_start, match_end))):  # (a warning's "if" is its content, and so is a telling's, a vetoed text's and a treaty's)
        return "hedged"
    if match_end is not None and STOPPED_AFTER.match(sentence, match_end):
        return "negated"
    if verb_start is not None and verb_start > window_start:  # (the rule's own verb after the subject's content)
        for nominal in NOMINAL_TO.finditer(sentence, window_start, verb_start):
            window = _blanked(window, window_start, nominal.start(), AUX_BEFORE.search(sentence, nominal.end(), verb_start).start())
            break
    if type_name in STOPPED_STILL_HAPPENED:  # (searched in the sentence: the lookahead reads past the window)
        for stop in STOPPING.finditer(sentence, window_start):
            if stop.start() >= trigger_end:
                break
            window = _blanked(window, window_start, stop.start(), stop.end())
    if NEGATION.search(window):
        return "negated"
    if HEDGE.search(window):
        return "hedged"
    head = sentence[:match_start]
    if re.match(r"\s*(?:if|unless|should)\b", sentence, re.I) and "," in head and not relative:
        return "hedged"
    wished = WISHED_BEFORE.get(type_name or "")
    if wished and wished.search(sentence, max(0, match_start - WISHED_CHARS), match_start):
        return "hedged"
    blocked = BLOCKED_BEFORE.get(type_name or "")
    if blocked and window_start <= match_start and blocked.search(sentence, max(0, match_start - BLOCKED_CHARS), match_start):
        # (not when the statement's own verb comes later: "cut aid to Kabul and turned to Pakistan for help")
        return "negated"
    if type_name in BLOCKED_IN_CLAUSE and (_BLOCKED.search(sentence, window_start, trigger_end)
                                           or REJECTED_ACT.search(sentence, max(0, match_start - REJECTED_CHARS), match_start)):
        return "negated"
    return "asserted"
