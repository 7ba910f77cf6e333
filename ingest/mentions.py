"""Actor mentions in one article: dictionary names, leaders introduced by title, and
within-article references back ("Putin", "the Russian leader", "the two leaders", "the Kim regime")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ingest.gazetteer import HEAD_OFFICES, INITIAL, TOKEN, Gazetteer, key_of, slug
from ingest.model import Entity

WORD = re.compile(r"\w+")
# a demonym after a capitalised one of these names a region's people ("South Australian premier")
REGION_BEFORE = {"south", "north", "west", "east", "western", "eastern", "northern", "southern"}
REGION_WORDS = REGION_BEFORE | {"central"}
REGION_NOUNS = {"country", "countries", "nation", "nations", "region"}
HEMISPHERE_NOUNS = {"republics", "states", "nations", "countries"}
# a capital after these is a place ("talks in Pyongyang"); after "from" it is usually the state
# ("received drones from Tehran"), so "from" is not among them
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "via", "through", "within"}
# "flew to Brussels": a place travelled to is the city (the state), not the body seated there
TRAVELLED = {"flew", "fly", "flies", "flying", "travelled", "traveled", "travelling", "traveling", "travels", "went", "goes", "going", "headed", "heading",
             "heads", "came", "comes", "returned", "returns", "returning", "trip", "visit", "journey", "moved"}
# "the authorities in Caracas" are the state's government, not a place
GOVERNING = frozenset({"authorities", "government", "regime", "leadership", "junta", "administration", "officials", "power"})  # ("seized power in La Paz": the state's)
# "a veiled swipe at Washington", "lashed out at Beijing": aimed at the state, not a place
AIMED = frozenset({"swipe", "swipes", "dig", "digs", "jab", "jabs", "barb", "barbs", "potshot", "potshots", "aimed", "directed", "out"})
# strikes "in" a capital are on its state: "carried out airstrikes in Damascus"
STRUCK_WORDS = {"strikes", "airstrikes", "air-strikes", "struck", "strike", "attacks", "attacked", "bombed", "bombing",
                "bombings", "raids", "raid", "raided", "stormed", "strafed", "strafing", "shelling", "shelled", "bombardment", "hit", "hits", "targeted", "pounded", "fired"}
# "Russian missiles struck Kharkiv", "the shelling of Donetsk", "captured Bakhmut": a town struck or taken stands for its
# state, as the place struck (`struck_towns`); a town named anywhere else is no actor ("talks in Sochi")
TOWN_STRUCK = STRUCK_WORDS | {"shelled", "bombarded", "bombardment", "captured", "seized", "overran", "invaded",
                              "besieged", "siege", "mortared", "rocketed", "recaptured", "attack", "air-raid", "air-raids", "entered"}
TOWN_REACH = 8  # tokens after the word of striking ("bombed the Ethiopian towns of Adowa and Adigrat")
TOWN_STOPS = {".", ";", ":", "(", ")"}
TOWN_PASSIVE = {"was", "were", "is", "are", "has", "had", "have"}  # "Patras was bombed", "Kharkiv has been shelled"
# a state named right after the town places it ("Qana in southern Lebanon", "Bukoba, Tanzania")
# (a few words may come between: "Entebbe airport in Uganda", "Balanbale and Goldogob in central Somalia")
TOWN_PLACED = re.compile(r"(?:\s+[\w'’-]+){0,4}?(?:\s*,\s*|\s+(?:in|near|inside|of)\s+)(?:the\s+)?(?:(?:(?:north|south)?(?:east|west)?(?:ern)?|central|far)\s+)?", re.I)
# "launched a wave of drones at Kyiv": weapons fired at a capital strike its state
FIRED_AT = frozenset({"drones", "missiles", "rockets", "shells", "bombs", "munitions", "projectiles", "drone", "missile", "rocket", "shell", "bomb", "projectile"})
# "a military base in Mogadishu" is a foothold in the state
# words after which "in <capital>" names the state the thing is in: a base, works, troops
THERE_WORDS = {"base", "bases", "airbase", "airbases", "garrison", "garrisons", "outpost", "outposts", "installation", "installations",
              "port", "railway", "airport", "stadium", "highway", "dam",  # (and "financing a port in Colombo": works in the state)
              "troops", "soldiers", "marines", "peacekeepers", "contingent", "contingents",  # ("soldiers in Libreville": Gabon)
              "exile",  # ("lived in exile in Peking": the host state)
              "protest", "protests", "representations",  # ("lodged a protest in London": with the government there)
              "lived", "lives", "living", "stayed"}  # ("has lived in Conakry as Toure's guest": the host state)
ARRIVAL = {"arrived", "arrives", "arriving", "arrive", "landed", "lands", "landing", "docked", "docks", "docking", "anchored", "berthed", "ashore", "gathered", "converged",
           "stop", "stopover"}  # ("made an unscheduled stop in Riyadh")
ATTENDED = {"attended", "attends", "attending", "attend"}
SHIP_BEFORE = {"carrier", "uss", "hms", "destroyer", "cruiser", "frigate", "warship", "battleship", "submarine", "ship"}
# a stay, an event attended or a meal where someone was toasted, its noun right before "in <capital>" and a word
# saying so at most `reach` words before the noun: the capital is the place visited
STAYS = (({"hours", "day", "days", "weekend", "week", "night", "nights", "evening", "afternoon", "morning"},
          {"spent", "spends", "spend", "spending"}, 5),  # "spent three hours in Kigali"
         ({"funeral", "inauguration", "coronation", "ceremony", "wedding", "commemoration", "commemorations"},
          {"mourners", "guests", "dignitaries", "head", "heads", "leader", "leaders", "representatives", "delegations"}, 8),  # "among the mourners at Andropov's funeral in Moscow"
         ({"banquet", "dinner", "reception", "luncheon", "lunch", "feast", "gala"},
          {"toasted", "toasts", "toasting"}, 12),  # "toasted the Shah at a New Year's Eve banquet in Tehran"
         ({"tour", "visit", "trip", "journey"},
          {"ended", "ends", "ending", "concluded", "concludes", "began", "begins", "beginning", "started", "starts", "finished", "completed", "wrapped"}, 5))  # "ended their Asian tour in Kabul"
# "was welcomed at the White House": the seat welcomes (a place only where people meet: "met Trump at the White House")
WELCOMED = {"welcomed", "received", "greeted", "feted", "hosted", "honoured", "honored"}
# "the Gulf state of Qatar", "the West African country of Mali"
DESCRIBED = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,4}?(?:country|nation|state|kingdom|republic|emirate|island|islands|"
                       r"archipelago|sultanate|enclave|territory)\s+of\s+$")
# what a bloc's adjective ("Western") may qualify and still name the bloc acting
BLOC_NOUNS = {"sanctions", "officials", "leaders", "diplomats", "governments", "government", "capitals", "partners",
              "backers", "donors", "intelligence", "weapons", "arms", "tanks", "jets", "missiles", "aid", "support",
              "pressure", "criticism", "condemnation", "accusations", "demands", "embargo", "embargoes", "restrictions",
              "military", "troops", "forces", "envoys", "ministers", "negotiators", "states", "ally", "allies", "powers",
              "nations", "countries", "ambassadors", "embassies", "interference", "meddling", "hegemony", "imperialism",
              "provocations", "policy", "policies", "hypocrisy"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ATTITUDE_BEFORE = re.compile(r"(?:\b[Pp]ro|\b[Aa]nti)-$")
NON_BEFORE = re.compile(r"\b(?:[Nn]on|[Ii]nter|[Pp]an)-$")  # ("the Inter-American Development Bank", "pan-Arab")
WATERS_OF = re.compile(r"\b(?:Sea|Gulf|Straits?|Bay)\s+of\s+$")
WATERS_AFTER = {"Sea", "Strait", "Straits", "Ocean"}
# a capital before one of these names a text agreed there ("the Vienna Convention", "the Minsk agreements")
DOCUMENT_AFTER = {"convention", "conventions", "accord", "accords", "agreement", "agreements", "protocol", "declaration",
                  "memorandum", "pact", "format", "process", "document", "treaty", "consensus", "communique", "statute",
                  "club", "group", "charter", "framework", "initiative"}  # (also a body: "the Paris Club", "the Lima Group")
# a name that starts with a lower-case particle: "von der Leyen"
LOWER_PARTICLE_NAME = re.compile(r"(?:von|van|de|da|di|du|al|el|bin)(?:\s+|-)(?:der\s+|den\s+|la\s+)?[A-Z]")  # (also "al-Shaibani")
# the words of a time between an arrival and its place ("arrived on Tuesday in Hanoi")
WHEN_WORDS = {*(day.lower() for day in WEEKDAYS), "on", "early", "late", "morning", "afternoon", "evening", "night",
              "today", "yesterday"}
# a capitalised word after a leader's one-word name that does not make it someone else's name ("Putin Tuesday")
NOT_NAME_PART = {*(day.lower() for day in WEEKDAYS), "i",
                 "administration", "government", "cabinet", "regime", "doctrine", "era", "campaign"}
TITLES = (r"(?:(?:[Vv]ice|[Dd]eputy)[- ](?:[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Pp]remier)|(?:[Pp]resident|[Pp]rime [Mm]inister)[- ][Ee]lect|[Ss]upreme [Ll]eader|(?:[Hh]ead|[Cc]hief) of (?:the )?(?:interim |transitional |caretaker )?(?:government|state)|[Hh]ead(?= [A-Z«])|[Pp]rime [Mm]inister|PM|[Tt]aoiseach|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ll]eader|(?:de facto\s+)?[Rr]uler|[Jj]unta [Cc]hief|"
          r"[Kk]ing|[Qq]ueen|[Ee]mperor|[Ee]mpress|[Ee]mir|[Ss]ultan|[Ss]hah|[Pp]ope|[Cc]rown [Pp]rince|[Ss]ecretary[- ][Gg]eneral|"
          r"[Dd]irector[- ][Gg]eneral|[Mm]anaging [Dd]irector|[Gg]eneral [Ss]ecretary|[Cc]hairman|[Cc]hair|[Hh]igh [Rr]epresentative|"
          r"(?:[Ff]oreign|[Dd]efen[cs]e|[Pp]eople['’]s) [Cc]ommissar(?: for (?:Foreign Affairs|Defen[cs]e))?|(?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Tt]rade|[Ii]nterior|[Ii]nformation|[Ee]nergy|[Ee]conomy|[Jj]ustice|[Ss]ecurity|[Ii]ndustry|[Oo]il|[Pp]etroleum|[Cc]ommerce|[Ee]xternal [Aa]ffairs) [Mm]inister|"
          r"(?:[Uu]nion )?[Mm]inister of [Ee]xternal [Aa]ffairs|[Mm]inister (?:of|for) (?:the )?(?:[A-Z][a-z]+ (?:and )?){0,2}(?:Affairs|Defen[cs]e|Security|Trade|Finance|Economy|Energy|Interior|Justice|Industry|Diaspora|"
          r"Sciences?|Health|Education|Agriculture|Transport|Environment|Culture|Tourism|Labou?r|Commerce|Development|Planning|"
          r"Communications|Petroleum|Mines|Resources|Fisheries|Works|Infrastructure|Technology|Immigration|Investment)|"
          r"(?:Strategic|Home|Economic|Diaspora|Regional|European) Affairs [Mm]inister|[Mm]inister|"
          r"(?:(?:[Uu]nder|[Aa]ssistant|[Dd]eputy)[- ])?[Ss]ecretary of [Ss]tate|[Dd]efen[cs]e [Ss]ecretary|[Ff]oreign [Ss]ecretary|[Tt]reasury [Ss]ecretary|[Cc]ommerce [Ss]ecretary|"
          r"[Ss]ecretary of (?:the )?(?:Treasury|Defen[cs]e|Commerce|War|Homeland Security|Energy|Interior|Health(?: and Human Services)?|Agriculture|Labor|Transportation|Education|Navy|Army|Air Force)|"
          r"(?:Homeland Security|Energy|Interior|Health|Home|Business|Navy|Army|Air Force|War|Agriculture|Labor|Transportation|Education|Culture|Environment) [Ss]ecretary|"
          r"[Tt]rade [Rr]epresentative|[Aa]mbassador|(?:House|Senate|[Pp]arliament(?:ary)?) [Ss]peaker|Speaker(?= of (?:the )?(?:House|Parliament))|"
          r"[Ss]pokes(?:man|woman|person)|(?:[Cc]ommunist )?[Pp]arty (?:[Cc]hief|[Ll]eader|[Bb]oss)|[Ee]nvoy|[Dd]elegate|[Mm]ediator|(?:(?:[Cc]hief|[Tt]op|[Ll]ead|[Tt]rade)\s+)?(?:(?:[Nn]uclear|[Pp]eace|[Tt]rade)\s+)?[Nn]egotiator|[Dd]ictator|[Mm]onarch|[Cc]ounterpart|[Cc]olleague|(?:[Aa]rmy|[Mm]ilitary|[Ss]ecurity|[Ii]ntelligence|[Ss]py|[Nn]uclear|(?:[Ff]oreign|[Ss]ecurity) [Pp]olicy) [Cc]hief|[Cc]hief [Aa]dvis[eo]r|[Nn]ational [Ss]ecurity [Aa]dvis[eo]r)")
# every title TITLES matches holds one of these, lower-cased: a sentence without any needs no title pattern
TITLE_WORDS = ("leader", "head", "minister", "pm", "taoiseach", "president", "premier", "chancellor", "king", "queen", "emperor", "empress", "emir", "ruler", "pope",
               "sultan", "shah", "prince", "secretary", "general", "chair", "representative", "ambassador", "spokes", "envoy", "delegate", "mediator",
               "dictator", "monarch", "counterpart", "colleague", "chief", "advis", "director", "speaker", "negotiator", "commissar")
_L = "a-zà-ÿā-ɏḁ-ỿ"  # lower-case letters, with the Latin extensions ("Nguyễn Phú Trọng")
# a surname's prefix before its second capital: "McCarthy", "MacArthur", "DeSantis", "LaHood", "FitzGerald"
_SURNAME_PREFIX = r"(?:(?:Mc|Mac|De|Di|La|Le|Fitz)(?=[A-Z][a-zà-ÿ]))?"
# a name whose one capital letter stands before an apostrophe: "M'ba", "N'Diaye", "O'Brien", "D'Alema"
_APOSTROPHED = rf"[A-Z]['’](?!s\b)[A-Z{_L}][{_L}]+"
_NAME_PART = rf"(?:(?:Jr|Sr)\.(?=\s+[a-z]|,)|{_SURNAME_PREFIX}[A-ZĐ][{_L}]+(?:['’](?!s\b)[{_L}]+)*(?:-[A-Za-z{_L}]+)*|{_APOSTROPHED}|[A-Z]\.|al-[A-Z][a-z]+|(?:bin|von der|von|van der|van den|van de|de|del|dos|das|da|van|wa)(?=\s))"  # a particle is a word of its own: not "de" in "denounced"
# ranks and honorifics a name may start with; HONORIFIC strips them again
GENERAL_GRADES = r"(?:Lieutenant|Major|Brigadier)\s+General"  # (people.HONORIFIC_BEFORE reads them before a name too)
GRADES_BEFORE_GEN = r"(?:Lt|Lieut|Maj|Brig)\.?"  # "Lieut. Gen."
NAME_PREFIXES = (r"Vice[- ]Premier|Deputy Premier|Sheikh|Sheikha|Prince|Princess|Field Marshal|Marshal|" + GENERAL_GRADES + r"|General|"
                 + GRADES_BEFORE_GEN + r" Gen\.?|Gen\.|Gen|(?:Rear|Vice)[- ]Admiral|Air\s+(?:Chief\s+|Vice[- ])?Marshal|(?:Lieutenant|Lt\.?)\s+Col(?:onel|\.)?|Colonel|Major|Captain|Admiral|Dr\.|Dr|Prof\.|Professor|M\.|Mme\.?")  # (the French "M. Sarraut")
# initials before a name: "JD Vance", "K.P. Sharma Oli", "K. P. Sharma Oli", "K P Sharma Oli"
_INITIALS = rf"(?:[A-Z]{{2}}|(?:[A-Z]\.\s?){{1,2}}[A-Z]\.|[A-Z]\s[A-Z]|[A-Z]\.(?=\s+[A-Z][{_L}]+\s+[A-Z][{_L}]))(?=\s+[A-Z][{_L}])"  # ("U. Alexis Johnson": one initial before a given name and a surname)
NAME = rf"(?P<name>(?:(?:{NAME_PREFIXES})\s+)?(?:{_INITIALS}|{_SURNAME_PREFIX}[A-ZĐ][{_L}]+(?:['’](?!s\b)[{_L}]+)*(?:-[A-Za-z{_L}]+)*|{_APOSTROPHED})(?:\s+{_NAME_PART}){{0,5}})"  # "JD Vance"
_NOT_NAMES = {"The", "This", "That", "These", "His", "Her", "Its", "Their", "In", "On", "At", "As", "But", "Mother", "Consort",
              "And", "For", "With", "After", "Before", "When", "While", "Although", "However", "Meanwhile", *WEEKDAYS,
              "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "Earlier", "Later", "Yesterday", "Today", "Now", "Moreover", "Furthermore",
              "Still", "Instead", "Also", "Then", "Thus", "Nevertheless", "Nonetheless"}


@dataclass
class Mention:
    start: int            # offsets in the article text
    end: int
    ids: tuple[str, ...]
    form: str             # name | demonym | capital | seat | town | leader | coref | group
    located: bool = False  # a capital after "in"/"at": a place, not an actor
    # a group of two members one of which stands for several ("between China and the five countries"):
    # each member's actors, paired only across
    sides: tuple[tuple[str, ...], tuple[str, ...]] | None = None


@dataclass
class ArticleContext:
    """What the article has taught us so far: new leaders and organisations, their names, who leads what."""
    gaz: Gazetteer
    day: date | None
    new_entities: dict[str, Entity] = field(default_factory=dict)
    extra_surfaces: dict[tuple[str, ...], str] = field(default_factory=dict)
    leads: dict[str, str] = field(default_factory=dict)          # state/org id -> leader id
    serves: dict[str, str] = field(default_factory=dict)         # minister or official id -> the state named with the title
    private: set[str] = field(default_factory=set)                # people named only by what they are ("oligarch X")
    recent_leaders: list[str] = field(default_factory=list)
    leader_pair: tuple[str, ...] | None = None                    # the last two leaders named together or meeting
    sole_person: tuple[int, str] | None = None                    # (sentence, person) of the last sentence naming one person
    recent_states: list[str] = field(default_factory=list)    # states named so far, most recent last
    state_counts: dict[str, int] = field(default_factory=dict)  # how often each state was named so far
    last_sentence_states: list[str] = field(default_factory=list)  # the states the last sentence naming one named
    last_leader_lists: dict[int, tuple[str, ...]] = field(default_factory=dict)  # the leaders named in a sentence, by their number
    last_lists: dict[int, tuple[tuple[str, ...], int]] = field(default_factory=dict)  # the last list of n states ("Britain, France and Germany"), and its sentence
    leading_state: str | None = None                              # the first state of the last sentence naming one
    places: list[Mention] = field(default_factory=list)          # this sentence's capitals named as places ("talks in Asmara")
    noun_led: bool = False                                        # whether that sentence's subject was a thing ("The initiative …")
    leading_pair: tuple[str, ...] = ()                            # the leaders leading the last sentence together ("A and B visited …")
    recent_orgs: list[str] = field(default_factory=list)         # organisations named so far, most recent last
    summit_org: tuple[int, str] | None = None                     # (sentence, organisation) of the last summit of one named
    last_council: str | None = None                               # the council (UN Security Council, ...) named last
    regime_state: str | None = None
    junta_state: str | None = None  # the state whose military or junta was named last ("the junta" then)
    army_state: tuple[str, int] | None = None  # the state whose army was named last, and in which sentence ("the army" then)
    sentence_no: int = 0                                          # the sentence being read
    attacks: list[tuple[int, str, str]] = field(default_factory=list)  # (sentence, attacker, words) of attacks stated
    _held: dict[str, str | None] = field(default_factory=dict)  # leader -> the state or organisation the dictionary has him head

    @staticmethod
    def remember(recent: list[str], entity_id: str) -> None:
        """Move `entity_id` to the most recent end of a recency list."""
        if entity_id in recent:
            recent.remove(entity_id)
        recent.append(entity_id)

    def kind(self, entity_id: str) -> str:
        entity = self.gaz.entities.get(entity_id) or self.new_entities.get(entity_id)
        return entity.kind if entity else "Leader"

    def name(self, entity_id: str) -> str:
        entity = self.gaz.entities.get(entity_id) or self.new_entities.get(entity_id)
        return entity.name if entity else ""

    def prop(self, entity_id: str, key: str):
        """A dictionary property of an actor ("island", "recognition", "partOf"), or None."""
        entity = self.gaz.entities.get(entity_id)
        return dict(entity.props).get(key) if entity else None

    def years(self, entity_id: str) -> tuple[int, int] | None:
        """The first and last year of a former state ("1922-1991" for the Soviet Union), or None."""
        span = self.prop(entity_id, "historical")
        return (int(span[:4]), int(span[-4:])) if span else None

    def existed_then(self, entity_id: str, until: int | None = None) -> bool:
        """Whether the article's day falls in a former state's years (to `until`, for a name it bore until then);
        always, for an actor that is no former state or an article without a day."""
        years = self.years(entity_id)
        return years is None or self.day is None or years[0] <= self.day.year <= (years[1] if until is None else until)

    def state_of_leader(self, leader_id: str) -> str | None:
        for of, lid in self.leads.items():
            if lid == leader_id:
                return of
        if leader_id not in self._held:  # (the dictionary's answer does not change within an article)
            self._held[leader_id] = next((role.of for role in self.gaz.roles_of("leader", leader_id)
                                          if role.office in HEAD_OFFICES and role.active_on(self.day)), None)
        return self._held[leader_id]

    def state_once_led(self, leader_id: str) -> str | None:
        """The state a person heads, or last headed before the article's day ("Batista's government" a week
        after his fall)."""
        held = self.state_of_leader(leader_id)
        if held is not None or self.day is None:
            return held
        iso = self.day.isoformat()
        past = [role for role in self.gaz.roles_of("leader", leader_id) if role.office in HEAD_OFFICES and role.start and role.start <= iso]
        return max(past, key=lambda role: role.start).of if past else None

    def state_served_by(self, person_id: str) -> str | None:
        """The state a person heads or, failing that, serves in an office ("Indonesia's Defence Minister X",
        the dictionary's foreign ministers): whose arms deals, troops or sanctions the person's acts are."""
        state = self.state_of_leader(person_id) or self.serves.get(person_id)
        if state is None:
            states = {role.of for role in self.gaz.roles_of("leader", person_id)
                      if role.active_on(self.day) and self.kind(role.of) == "State"}
            state = states.pop() if len(states) == 1 else None
        return state

    def leader_of(self, of: str, office: str | None = None) -> str | None:
        """Who heads `of` (in the named office, when one is named): the dictionary's holder of that
        office first, else the head this article introduced, else (no office named) the dictionary's head."""
        role = self.gaz.leader_of(of, self.day, office) if office else None
        if role is None and office == "premier":  # "the Hungarian premier" is its prime minister
            role = self.gaz.leader_of(of, self.day, "prime minister")
        if role is None and of in self.leads:
            return self.leads[of]
        if role is None and office is None:
            role = self.gaz.leader_of(of, self.day)
        return role.leader_id if role else None


# an ASCII sentence's words, as `WORD` finds them, are its bytes with every other character made a space
_OFF_WORD_BYTES = bytes.maketrans(bytes(range(128)), bytes(code if chr(code).isalnum() or code == ord("_") else 32 for code in range(128)))


def _names_no_anchor(low: str, ctx: ArticleContext) -> bool:
    """Whether a lower-cased sentence holds no word that a dictionary or article surface contains."""
    if low.isascii():  # (one C pass instead of the regex: most sentences are plain ASCII)
        words = set(low.encode().translate(_OFF_WORD_BYTES).split())
        return words.isdisjoint(ctx.gaz.anchor_bytes) and not any(key[0].encode() in words for key in ctx.extra_surfaces)
    words = set(WORD.findall(low))  # every anchor is one word
    return words.isdisjoint(ctx.gaz.anchors) and not any(key[0] in words for key in ctx.extra_surfaces)


# "the Bush administration": a family name before "administration" (the dictionary keeps no surname two heads share)
ADMINISTRATION_OF = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][a-z]+)\s+[Aa]dministration\b")


def _learn_administrations(text: str, start: int, end: int, ctx: ArticleContext) -> None:
    """"the Bush administration" in 2002: the one president of that family name in office on the article's
    day is named, and his family name alone is him for the rest of the article."""
    for match in ADMINISTRATION_OF.finditer(text, start, end):
        key = (match.group("name").lower(),)
        if key in ctx.extra_surfaces or key in ctx.gaz.surfaces or ctx.day is None:
            continue
        holders = {role.leader_id for role in ctx.gaz.roles_of("office", "president") if role.active_on(ctx.day)
                   and slug(ctx.gaz.entities[role.leader_id].name).rsplit("-", 1)[-1] == key[0]}
        if len(holders) == 1:
            ctx.extra_surfaces[key] = holders.pop()


def struck_towns(text: str, tokens: list[tuple[int, int]], lowered: list[str], found: list[Mention],
                 ctx: ArticleContext) -> list[Mention]:
    """`found` with the towns of the dictionary's town list named within a few words after a word of
    striking, taking or entering, each a mention of its state in the form "town" (a place: the relations
    read it only as the target of an attack). A capitalised word next to it makes it part of a longer
    name ("Lake Victoria", "Florence Parly"); a state named right after it places it instead ("at Qana in
    southern Lebanon"); a town lies in the state it lay in on the article's day (`Gazetteer.town_state`)."""
    towns, lengths = ctx.gaz.towns, ctx.gaz.town_lengths
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    # ("Patras was bombed twice by Italian planes": a town struck, named before the word of striking)
    starts = [j for j, word in enumerate(lowered) if word in TOWN_STRUCK] + \
             [i - 1 for i in range(len(lowered) - 2) if lowered[i + 1] in TOWN_PASSIVE
              and (lowered[i + 2] in TOWN_STRUCK or (lowered[i + 2] == "been" and i + 3 < len(lowered) and lowered[i + 3] in TOWN_STRUCK))]
    for j in sorted(starts):
        i = j + 1
        while i < min(len(tokens), j + 1 + TOWN_REACH) and lowered[i] not in TOWN_STOPS:
            n, state = next(((n, ctx.gaz.town_state(towns[key], ctx.day)) for n in lengths.get(lowered[i], ())
                             if (key := tuple(lowered[i:i + n])) in towns), (0, None))
            start, end = tokens[i][0], tokens[i + n - 1][1] if n else 0
            if n and text[start].isupper() and not any(a < end and start < b for a, b in taken) and \
                    not any(m.start > end and TOWN_PLACED.fullmatch(text, end, m.start) and ctx.kind(m.ids[0]) == "State" for m in found) and \
                    not (i - 1 != j and text[tokens[i - 1][0]].isupper()) and \
                    not (i + n < len(tokens) and text[tokens[i + n][0]].isupper()) and state and ctx.existed_then(state):
                out.append(Mention(start, end, (state,), "town"))
                taken.append((start, end))
                i += n
                continue
            i += 1
    return sorted([*found, *out], key=lambda m: m.start) if out else found


def dictionary_mentions(text: str, start: int, end: int, ctx: ArticleContext) -> list[Mention]:
    """Longest dictionary matches, token by token, in text[start:end]."""
    low = text[start:end].lower().replace("’", "'")
    if " administration" in low:
        _learn_administrations(text, start, end, ctx)
    if _names_no_anchor(low, ctx):
        return []  # most sentences name no actor: one set test instead of the token walk
    if len(low) == end - start:  # lower() kept every offset (it does, but for a few letters like "İ")
        tokens = list(map(re.Match.span, TOKEN.finditer(text, start, end)))  # the same tokens as in `low`
        lowered = TOKEN.findall(low)
    else:
        matches = list(TOKEN.finditer(text, start, end))
        tokens = [(m.start(), m.end()) for m in matches]
        lowered = [m.group().lower().replace("’", "'") for m in matches]
    if MIDDLE_INITIAL.search(text, start, end):
        _read_initials(lowered, tokens, text, ctx.gaz.prefixes)
    found: list[Mention] = []
    extra: dict[str, set[int]] = {}
    for key in ctx.extra_surfaces:
        extra.setdefault(key[0], set()).add(len(key))
    known, prefixes = ctx.gaz.longest_first, ctx.gaz.prefixes
    free = 0  # the first token not inside an earlier match
    for i in [i for i, word in enumerate(lowered) if word in known or word in extra]:
        if i < free:
            continue
        hit = None
        reach = 1  # no dictionary surface runs past the words that begin one
        while i + reach < len(tokens) and tuple(lowered[i:i + reach + 1]) in prefixes:
            reach += 1
        lengths = [n for n in known.get(lowered[i], ()) if n <= reach]
        if extra and lowered[i] in extra:
            lengths = sorted(set(lengths) | {n for n in extra[lowered[i]] if n <= len(tokens) - i}, reverse=True)
        if lengths:
            for n in lengths:
                key = tuple(lowered[i:i + n])
                surface_text = text[tokens[i][0]:tokens[i + n - 1][1]]
                if key in ctx.extra_surfaces and surface_text[0].isupper():
                    if n == 1 and i > 0 and lowered[i - 1] in OTHER_TITLE and _holds_no(ctx, ctx.extra_surfaces[key], lowered[i - 1]):
                        continue  # "Saddam Hussein … Jordan's King Hussein": a king is not the president named before
                    hit = (n, Mention(tokens[i][0], tokens[i + n - 1][1], (ctx.extra_surfaces[key],), "name"))
                    break
                options = ctx.gaz.surfaces.get(key)
                if not options:
                    continue
                surface = options[0] if len(options) == 1 else \
                    _in_context(options, found, ctx, i > 0 and (lowered[i - 1] in LOCATIVE or (i > 1 and lowered[i - 1] == "to" and lowered[i - 2] in TRAVELLED)))
                if _not_this_actor(surface, surface_text, text, tokens, lowered, i, n, ctx):
                    continue
                mention = Mention(tokens[i][0], tokens[i + n - 1][1], (surface.entity_id,), surface.form)
                # "talks in Pyongyang" is a place; "in Moscow's war" is the state, "arrived in Pyongyang" is
                # a visit, and "airstrikes in Damascus" strike the state
                if surface.form in ("capital", "seat") and i > 0 and lowered[i - 1] in LOCATIVE and \
                        not (i + n < len(tokens) and lowered[i + n] in ("'s", "'")) and not text.startswith("-", tokens[i + n - 1][1]) and \
                        not (surface.form == "seat" and i > 1 and lowered[i - 2] in WELCOMED) and \
                        not _arrived_in(lowered, i) and not _arrived_at_airport(lowered, i) and not _there_for_talks(lowered, i, n) and \
                        not _troops_were_in(lowered, i) and \
                        not (i > 1 and lowered[i - 2] in GOVERNING) and \
                        not (i > 1 and lowered[i - 1] == "at" and (lowered[i - 2] in AIMED or lowered[i - 2] in FIRED_AT)) and \
                        not (i > 1 and lowered[i - 2] in THERE_WORDS and not _greeted_at_airport(lowered, i)) and \
                        not STRUCK_WORDS.intersection(lowered[max(0, i - 8):i - 1]):
                    mention.located = True
                hit = (n, mention)
                break
        if hit and lowered[i] == "the" and _longer_after_the(lowered, i, hit[0], ctx):
            hit = None  # "the UN Security Council": the longer name after "the" wins over "the UN"
        if hit:
            hit = _longer_same_actor(hit, i, tokens, lowered, ctx)
            found.append(hit[1])
            free = i + hit[0]
            if hit[0] >= 2:
                _short_name(hit[1], lowered[i:i + hit[0]], ctx)
    if not TOWN_STRUCK.isdisjoint(lowered):
        found = struck_towns(text, tokens, lowered, found, ctx)
    if " and " in low and found:
        found = _elided_pairs(found, text, ctx)
    if "o-" in low and found:
        found = _combining_forms(found, text, ctx)
    ctx.places = [m for m in found if m.located]
    found = [m for m in found if not m.located]
    if len(found) > 1:
        found = _qualified_groups(found, text, ctx)
    return _described(found, text, start, ctx) if " of " in low else found


MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+ [A-Z]\. ")
# "North and South Yemen", "East and West Germany": a compass word before "and" names the other half
COMPASS_WORDS = ("North", "South", "East", "West")
ELIDED_HALF = re.compile(r"\b(" + "|".join(COMPASS_WORDS) + r")\s+and\s+$")


def _elided_pairs(found: list[Mention], text: str, ctx: ArticleContext) -> list[Mention]:
    """Each state named as the second half of "North and South Yemen", with the first half named too."""
    out: list[Mention] = []
    for mention in found:
        words = text[mention.start:mention.end].split(None, 1)
        half = ELIDED_HALF.search(text, max(0, mention.start - 12), mention.start) if len(words) == 2 and words[0] in COMPASS_WORDS else None
        if half and half.group(1) != words[0]:
            options = ctx.gaz.surfaces.get(key_of(half.group(1) + " " + words[1])) or []
            other = next((o.entity_id for o in options if ctx.kind(o.entity_id) == "State" and ctx.existed_then(o.entity_id)), None)
            if other and other not in mention.ids:
                out.append(Mention(half.start(1), half.end(1), (other,), "name"))
        out.append(mention)
    return out


# "the Franco-Soviet treaty", "Sino-US trade", "Anglo-French troops": a state's combining form joined to
# another state's name or adjective names it (only there: "Anglo-Saxon" and "Franco" alone name no state)
COMBINING_FORMS = {"Anglo": "Britain", "Franco": "France", "Sino": "China", "Russo": "Russia", "Italo": "Italy", "Greco": "Greece",
                   "Turco": "Turkey", "Austro": "Austria", "Nippo": "Japan", "Luso": "Portugal", "Hispano": "Spain"}
COMBINED_BEFORE = re.compile(r"\b(" + "|".join(COMBINING_FORMS) + r")-\Z")


def _combining_forms(found: list[Mention], text: str, ctx: ArticleContext) -> list[Mention]:
    """Each state named by its combining form right before a hyphen and another state's mention."""
    out: list[Mention] = []
    for mention in found:
        joined = COMBINED_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        if joined and ctx.kind(mention.ids[0]) == "State":
            options = _of_the_day(ctx.gaz.surfaces.get(key_of(COMBINING_FORMS[joined.group(1)])) or [], ctx)
            state = next((o.entity_id for o in options if ctx.kind(o.entity_id) == "State"), None)
            if state and state not in mention.ids:
                out.append(Mention(joined.start(1), joined.end(1), (state,), "demonym"))
        out.append(mention)
    return out


def _read_initials(lowered: list[str], tokens: list[tuple[int, int]], text: str, prefixes: set[tuple[str, ...]]) -> None:
    """"Leonid I. Brezhnev", "George H. W. Bush": an initial after the first name of a leader the dictionary
    knows is read as `INITIAL`, so his name with initials is matched; a name the dictionary spells with its
    initial ("George W. Bush") keeps it."""
    for k in range(1, len(lowered) - 2):
        if len(lowered[k]) == 1 and lowered[k + 1] == "." and text[tokens[k][0]].isupper() and \
                (lowered[k - 1], INITIAL) in prefixes and (lowered[k - 1], lowered[k]) not in prefixes:
            lowered[k] = INITIAL
            if k + 3 < len(lowered) and len(lowered[k + 2]) == 1 and lowered[k + 3] == "." and text[tokens[k + 2][0]].isupper():
                lowered[k + 2] = INITIAL


# the titles of a head that tell one bearer of a family name from another
OTHER_TITLE = {"king", "queen", "emir", "sultan", "president", "chancellor"}


def _holds_no(ctx: ArticleContext, leader_id: str, title: str) -> bool:
    """Whether the dictionary gives the leader offices, none of them called `title`."""
    offices = [role.office for role in ctx.gaz.roles_of("leader", leader_id)]
    return bool(offices) and not any(title in office for office in offices)


# where the family name comes first: "Li Qiang … Kishida and Li held a meeting"
FAMILY_NAME_FIRST = {"state:CHN", "state:TWN", "state:KOR", "state:PRK"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _short_name(mention: Mention, words: list[str], ctx: ArticleContext) -> None:
    """A known leader named in full: his family name alone is him for the rest of the article, as
    for a leader the text introduces ("Israeli Foreign Minister Israel Katz … Katz accused"); it comes
    first in family-name-first states ("Li Qiang … Kishida and Li"), and no name the dictionary
    holds for another actor than a person is taken."""
    entity_id = mention.ids[0]
    if ctx.kind(entity_id) != "Leader":
        return
    if ctx.state_served_by(entity_id) in FAMILY_NAME_FIRST or \
            any(role.of in FAMILY_NAME_FIRST for role in ctx.gaz.roles_of("leader", entity_id)):  # (a minister too: "Wang Yi … Wang met Doval"; and out of office: "Kim Jong Il")
        family = words[0] if len([w for w in words[1:] if w != "-"]) <= 2 else None  # "Lee Jae-myung", "Kim Jong Un"
    else:
        family = next((w for w in reversed(words) if w not in NAME_SUFFIXES and w.isalpha()), None)
    # (a family name the dictionary gives only to other people is this one's too: "Kim Jong Il … Kim told Putin")
    others = ctx.gaz.surfaces.get((family,), ()) if family else ()
    if family and (family,) not in ctx.extra_surfaces and \
            (not others or all(o.entity_id.startswith("person:") and o.entity_id != entity_id for o in others)):
        ctx.extra_surfaces[(family,)] = entity_id


def _qualified_groups(found: list[Mention], text: str, ctx: ArticleContext) -> list[Mention]:
    """"the Afghan Taliban", "Lebanese Hezbollah", "Palestinian militant group Hamas": a state's demonym
    before an armed group only says where the group is from, so the two are one mention of the group."""
    out: list[Mention] = []
    for mention in found:
        before = out[-1] if out else None
        if before is not None and before.form == "demonym" and GROUP_DESCRIPTOR.fullmatch(text, before.end, mention.start) and \
                ctx.kind(before.ids[0]) == "State" and _armed_group(ctx, mention.ids[0]):
            out[-1] = Mention(before.start, mention.end, mention.ids, mention.form)
        else:
            out.append(mention)
    return out


# the words between a demonym and the armed group it describes
GROUP_DESCRIPTOR = re.compile(r"\s+(?:(?:militant|militants|armed|rebel|rebels|Islamist|paramilitary|terrorist|militia|"
                              r"resistance|group|movement|organi[sz]ation|faction|fighters|proxy)\s+){0,3}")


def _armed_group(ctx: ArticleContext, entity_id: str) -> bool:
    entity = ctx.gaz.entities.get(entity_id)
    return entity is not None and ("orgType", "armed group") in entity.props


def _longer_same_actor(hit: tuple[int, Mention], i: int, tokens: list[tuple[int, int]], lowered: list[str],
                       ctx: ArticleContext) -> tuple[int, Mention]:
    """"Sheikh Tamim bin Hamad Al Thani": a shorter alias ("Sheikh Tamim") runs on into the same actor's
    full name, which starts one word later; the mention takes the whole name (so no part of it is left
    to name someone else)."""
    n, mention = hit
    j = i + 1
    if n < 2 or len(mention.ids) != 1:
        return hit
    for m in ctx.gaz.longest_first.get(lowered[j], ()):
        if i + n < j + m <= len(tokens):
            options = ctx.gaz.surfaces.get(tuple(lowered[j:j + m]))
            if options and options[0].entity_id == mention.ids[0]:
                return j + m - i, Mention(mention.start, tokens[j + m - 1][1], mention.ids, mention.form, mention.located)
    return hit


# peoples a state's demonym may qualify ("Bosnian Serb", "Iraqi Kurdish"): the community, not the state, acts
IRREGULARS_AFTER = {"gunmen", "hijackers", "terrorists", "extremists", "guerrillas", "guerillas", "militants", "faction", "factions", "group", "groups",
                    "nationalists"}
COMMUNITY_AFTER = {"Serb", "Serbs", "Croat", "Croats", "Kurd", "Kurds", "Kurdish", "Albanian", "Albanians", "Muslim", "Muslims",
                   "Arab", "Arabs", "Tamil", "Tamils", "Uyghur", "Uyghurs", "Pashtun", "Pashtuns", "Tutsi", "Tutsis", "Hutu", "Hutus",
                   "Druze", "Alawite", "Alawites", "Sunni", "Shia", "Shiite", "Christian", "Christians", "Jewish", "Hindu", "Sikh",
                   "Cypriot", "Cypriots"}


# places whose names hold a state's name: the word before it and the state, the state and the word after it
NAMED_AFTER_STATE = {("Port", "state:SDN"), ("New", "state:MEX"), ("New", "state:GIN"), ("Northern", "state:IRL"), ("Northern", "state:CYP"),
                     *{(region, "state:USA") for region in ("Latin", "South", "Central", "North", "Middle")}}  # ("Latin America" is no state)
STATE_NAMES_PLACE = {("state:NER", "Delta"), ("state:KOR", "War"), ("state:KOR", "Peninsula"), ("state:KOR", "peninsula")}  # ("the Korean War", "the Korean peninsula": both Koreas')


# a given name and the first part of a hyphenated surname ("Pierre Mendes-")
COMPASS_SIDE = re.compile(r"the\s+(?:" + "|".join(w.lower() for w in COMPASS_WORDS) + r")\b")
HYPHENED_SURNAME = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+")


def _not_this_actor(surface, surface_text: str, text: str, tokens: list[tuple[int, int]], lowered: list[str],
                    i: int, n: int, ctx: ArticleContext) -> bool:
    """Whether the words matching a dictionary surface at tokens i..i+n name something else."""
    if surface.exact and surface.exact != surface_text:
        return True
    if not surface.exact and not (surface_text[0].isupper() or surface_text.startswith("the ")
                                  or lowered[i] in ("western",) or LOWER_PARTICLE_NAME.match(surface_text)):
        return True
    if surface_text.startswith("the ") and surface_text[4:5].islower() and COMPASS_SIDE.match(text, tokens[i][0], tokens[i][0] + 40) \
            and (text.startswith(" of ", tokens[i + n - 1][1]) or text.endswith(" in from ", 0, tokens[i][0])):
        return True  # "the west of the country", "had come in from the west": a side of the compass
    if surface.form == "demonym" and ATTITUDE_BEFORE.search(text, max(0, tokens[i][0] - 5), tokens[i][0]):
        return True  # "pro-Russian", "anti-American": a stance, not the state
    start = tokens[i][0]
    if surface.form == "capital" and not ctx.existed_then(surface.entity_id):
        return True  # "Aden" in 1957 or 1994: a former state's capital names it only while the state was
    if surface.form == "name" and text.startswith("of ", start - 3) and WATERS_OF.search(text, max(0, start - 10), start):
        return True  # "the Sea of Japan", "the Gulf of Mexico": a body of water named after the state
    if lowered[i] == "security" and i > 0 and lowered[i - 1] == "national":
        return True  # "Iran's Supreme National Security Council": a state's own body, not the UN's
    if text.startswith("$", tokens[i + n - 1][1]):
        return True  # "US$20 billion": a currency
    if i > 0 and lowered[i - 1] in SHIP_BEFORE and ctx.kind(surface.entity_id) == "Leader":
        return True  # "the carrier John F. Kennedy", "the USS Ronald Reagan": a ship named after the person
    if i > 0 and surface.form in ("name", "demonym") and (text[tokens[i - 1][0]:tokens[i - 1][1]], surface.entity_id) in NAMED_AFTER_STATE:
        return True  # "Port Sudan", "New Mexico", "Northern Ireland", "Latin America": another place named after the state (and
        # its people: "Central American republics")
    if i + n < len(tokens) and surface.form in ("name", "demonym") and (surface.entity_id, text[tokens[i + n][0]:tokens[i + n][1]]) in STATE_NAMES_PLACE:
        return True  # "the Niger Delta" is in Nigeria
    if text.startswith(("-style", "-like", "-type", "-esque"), tokens[i + n - 1][1]):
        return True  # "a Wagner-style contractor", "a NATO-like alliance": something like the actor
    if i + n < len(tokens) and text[tokens[i + n][0]:tokens[i + n][1]] in WATERS_AFTER:
        return True  # "the South China Sea", "the Philippine Sea", "the Taiwan Strait"
    if surface.form == "demonym" and i + n < len(tokens) and text[tokens[i + n][0]:tokens[i + n][1]] in COMMUNITY_AFTER \
            and not (i + n + 1 < len(tokens) and lowered[i + n + 1] in TITLE_WORDS):
        return True  # "Bosnian Serb positions", "Syrian Kurdish fighters": a community of the state, not the state (its
        # leaders are still introduced by it: "Bosnian Serb leader Milorad Dodik")
    if surface.form == "demonym" and i + n < len(tokens) and lowered[i + n] in IRREGULARS_AFTER:
        return True  # "the Palestinian group of Abu Nidal", "Iraqi militants": armed men of a people, not its state
    if surface.form == "demonym" and i + n + 2 < len(tokens) and lowered[i + n] == "and" \
            and text[tokens[i + n + 2][0]:tokens[i + n + 2][1]] in COMMUNITY_AFTER:
        return True  # "fighting between Greek and Turkish Cypriots": both are communities
    if surface.form == "name" and i >= 3 and text.startswith("-", start - 1) and tokens[i - 2][1] == start - 1 \
            and HYPHENED_SURNAME.fullmatch(text, tokens[i - 3][0], start - 1) \
            and not {key_of(text[tokens[i - 2][0]:tokens[i - 2][1]]), key_of(text[tokens[i - 3][0]:tokens[i - 2][1]])} & ctx.gaz.surfaces.keys():
        return True  # "Premier Pierre Mendes-France": part of a person's name (not "the South Korea-Japan summit")
    if surface.form == "name" and i > 0 and lowered[i - 1] in TITLE_WORDS and text.startswith("-", tokens[i + n - 1][1]) \
            and i + n + 2 < len(tokens) and HYPHENED_SURNAME.fullmatch(text, tokens[i + n + 1][0], tokens[i + n + 2][1]) \
            and key_of(text[tokens[i + n + 1][0]:tokens[i + n + 1][1]]) not in ctx.gaz.surfaces:
        return True  # "President France-Albert Rene": a hyphenated given name (not "President Putin's Russia-Ukraine policy")
    if text.startswith("-", start - 1) and NON_BEFORE.search(text, max(0, start - 6), start):
        return True  # "a major non-NATO ally", "non-EU states": outside the actor, not the actor
    capital_after = i + n < len(tokens) and text[tokens[i + n][0]].isupper()
    if surface.form == "capital" and i + n < len(tokens) and lowered[i + n] in DOCUMENT_AFTER and \
            (capital_after or lowered[i + n] == "agreements" or (i > 0 and lowered[i - 1] == "the")):
        return True  # "the Vienna Convention", "the Paris Agreement", "the Paris Club", "the Doha agreement": a text or body named after the city
    if surface.form == "demonym" and i > 0 and lowered[i - 1] in REGION_BEFORE and text[tokens[i - 1][0]].isupper():
        return True  # "South Australian premier": a region's people, not the state's
    if lowered[i + n - 1] in REGION_BEFORE and capital_after:
        return True  # "the West African country", "the West Bank": a region, not the bloc
    if surface.form == "demonym" and n > 1 and lowered[i] in REGION_WORDS and i + n < len(tokens) \
            and lowered[i + n] in REGION_NOUNS:
        return True  # "the Central African country": a country of the region, not the Central African Republic
    if n == 1 and capital_after and surface.form == "name" and _name_goes_on(text, tokens, i, ctx, surface.entity_id):
        return True  # "Kim Keon Hee", "Kim Yo Jong": a longer name the dictionary lacks, not "Kim"
    if surface.form == "name" and capital_after and ctx.kind(surface.entity_id) == "State" and _movement_named_after(text, tokens, i + n):
        return True  # "the Palestine Liberation Front", "the Sudan People's Liberation Army": a movement named after the state
    if surface.form == "demonym" and surface.entity_id == "state:USA" and text[tokens[i][0]:tokens[i][1]] == "American" and \
            i + n < len(tokens) and lowered[i + n] in HEMISPHERE_NOUNS:
        return True  # "the American republics", "the American states": the hemisphere's, not the United States
    if n == 1 and i > 0 and lowered[i - 1] in KUNYA and surface.form == "name" and ctx.kind(surface.entity_id) == "Leader":
        return True  # "Abu Abbas" (the Palestine Liberation Front's leader) is not Mahmoud Abbas
    if surface.form == "name" and ctx.kind(surface.entity_id) == "Leader" and COMPARED_TO.search(text, max(0, start - 80), start) \
            and _long_gone(surface.entity_id, ctx):
        return True  # "compared Putin to Hitler": a figure of the past held up as a likeness, not an actor
    if n == 1 and surface.form == "name" and ctx.kind(surface.entity_id) == "Leader" and _before_their_time(surface.entity_id, ctx):
        return True  # "Raab" in 1955 is Julius Raab, not a foreign secretary of 2019
    if surface.form == "name" and i > 1 and ctx.kind(surface.entity_id) == "Leader" and _family_alias(surface.entity_id, lowered[i], ctx) \
            and _given_name_before(text, tokens, lowered, i, ctx):
        return True  # "Prince Khalid bin Salman", "Melania Trump": another person of the family (not "Muhammad Shehbaz Sharif")
    return surface.form == "demonym" and surface.entity_id.startswith("bloc:") and \
        (i + n >= len(tokens) or lowered[i + n] not in BLOC_NOUNS)  # "Western sanctions", not "the Western alliance"


KUNYA = {"abu", "abou", "umm", "ibn"}  # "Abu X", "Ibn X": a name of its own, not X's
NOT_GIVEN_NAMES = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "ayatollah", "pope", "crown", "supreme", "field", "marshal",
                   "sheikh", "sheikha", "gen", "colonel", "admiral", "professor", "prof", "then", "former", "late", *(w.lower() for w in WEEKDAYS),
                   "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def _in_context(options: list, found: list[Mention], ctx: ArticleContext, place: bool = False):
    """Of the actors one surface may name ("Brussels": Belgium or the EU), the one this article has
    named already (earlier in the sentence, or lately), else an organisation whose seat it is when it
    acts (no place: "Brussels imposed sanctions" is the EU's), else the person then in office, else the dictionary's first."""
    if ctx.day is not None and any(ctx.prop(o.entity_id, "historical") or ctx.prop(o.entity_id, "founded") for o in options):
        options = _of_the_day(options, ctx)
        if len(options) == 1:
            return options[0]
    named = {i for m in found for i in m.ids} | set(ctx.recent_orgs) | set(ctx.recent_states)
    if (known := next((o for o in options if o.entity_id in named), None)) is not None:
        return known
    if (serving := next((o for o in options if o.entity_id.startswith("person:")
                         and any(r.active_on(ctx.day) for r in ctx.gaz.roles_of("leader", o.entity_id))), None)) is not None:
        return serving  # "George Bush" in 1990 is the father, in 2003 the son
    if (former := _last_to_leave(options, ctx)) is not None:
        return former  # "former President George Bush" in 1993 is the father
    return options[0] if place else next((o for o in options if o.entity_id.startswith("org:")), options[0])


def _last_to_leave(options: list, ctx: ArticleContext):
    """Of the people a name may be, none in office that day, the one who left office last before it."""
    if ctx.day is None:
        return None
    iso = ctx.day.isoformat()
    ends = {o.entity_id: max((r.end for r in ctx.gaz.roles_of("leader", o.entity_id) if r.end and r.end <= iso), default="")
            for o in options if o.entity_id.startswith("person:")}
    last = max(ends.values(), default="")
    return next((o for o in options if last and ends.get(o.entity_id) == last), None)


def _of_the_day(options: list, ctx: ArticleContext) -> list:
    """Of the actors a surface may name, a former state in the years it existed ("Moscow" in 1980 is the
    Soviet Union), else those that are no former state; never an organisation not yet founded ("Brussels"
    in 1923 is Belgium's capital, not the EU)."""
    if ctx.day is not None:
        options = [o for o in options if int(ctx.prop(o.entity_id, "founded") or 0) <= ctx.day.year] or options
    current = []
    for option in options:
        if ctx.years(option.entity_id) is None:
            current.append(option)
        elif ctx.existed_then(option.entity_id, option.until):
            return [option]
    return current or options


# how long before a leader's first office an article may still name them by the family name alone
YEARS_BEFORE_OFFICE = 30


COMPARED_TO = re.compile(r"\b(?:compar|liken|equat)\w*\s(?:[^.;«»]|«\d+»){0,60}?\b(?:to|with)\s+$", re.I)


def _long_gone(entity_id: str, ctx: ArticleContext) -> bool:
    """Whether every office the leader held ended decades before the article's day."""
    if ctx.day is None:
        return False
    ends = [role.end for role in ctx.gaz.roles_of("leader", entity_id)]
    return bool(ends) and None not in ends and ctx.day.year - int(max(ends)[:4]) > YEARS_BEFORE_OFFICE


def _before_their_time(entity_id: str, ctx: ArticleContext) -> bool:
    """Whether the article's day lies decades before the leader's first office (a namesake then)."""
    if ctx.day is None:
        return False
    first = min((role.start for role in ctx.gaz.roles_of("leader", entity_id) if role.start), default=None)
    return first is not None and int(first[:4]) - ctx.day.year > YEARS_BEFORE_OFFICE


def _family_alias(entity_id: str, first_word: str, ctx: ArticleContext) -> bool:
    """Whether a leader's surface starting with `first_word` leaves out the given name ("bin Salman", "Trump")."""
    entity = ctx.gaz.entities.get(entity_id)
    return entity is not None and entity.name.split()[0].lower() != first_word


def _given_name_before(text: str, tokens: list[tuple[int, int]], lowered: list[str], i: int, ctx: ArticleContext) -> bool:
    """Whether the word before a leader's dictionary name is another given name ("Khalid bin Salman"): a
    capitalised word inside the sentence that is no title, honorific, date or actor's name; a particle
    between them is part of the family name ("Hafez al-Assad" is not Bashar)."""
    particle = 0
    if i > 2 and lowered[i - 1] == "-" and lowered[i - 2] in NAME_PARTICLES:
        particle = 2
    elif i > 1 and lowered[i - 1] in NAME_PARTICLES:
        particle = 1
    i -= particle
    word = text[tokens[i - 1][0]:tokens[i - 1][1]]
    low = lowered[i - 1]
    return word[:1].isupper() and word.isalpha() and low not in NOT_GIVEN_NAMES and \
        not any(low.startswith(t) for t in TITLE_WORDS) and (low,) not in ctx.gaz.surfaces and \
        (particle > 0 or (i > 1 and lowered[i - 2].isalpha()))  # (not a sentence's or quote's first word: "“When Putin …")


# the particles of Arabic and European family names ("al-Assad", "bin Salman", "von der Leyen")
NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "ould", "van", "von", "de", "da", "di", "du", "le", "la", "wa", "del", "dos", "das"}


def _described(found: list[Mention], text: str, start: int, ctx: ArticleContext) -> list[Mention]:
    """"the West African country of Mali" is one mention of Mali, so patterns see the state itself."""
    for i, mention in enumerate(found):
        if text.startswith("of ", mention.start - 3) and mention.form == "name" and ctx.kind(mention.ids[0]) == "State":
            floor = max(start, found[i - 1].end if i else start, mention.start - 70)
            described = DESCRIBED.search(text, floor, mention.start)
            if described:
                found[i] = Mention(described.start(), mention.end, mention.ids, mention.form)
    return found


MOVEMENT_HEADS = {"Front", "Movement", "Party", "Army", "Brigades", "Militia", "Resistance", "Congress", "League", "Alliance"}


def _movement_named_after(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """Whether tokens from j on are one to three capitalised words, then a movement's head word
    ("Liberation Front", "People's Liberation Army"); a head right after the state is its own ("Pakistan Army")."""
    words = [text[a:b] for a, b in tokens[j:j + 7]]
    words = [w for n, w in enumerate(words) if w not in ("'", "’") and not (w == "s" and n and words[n - 1] in ("'", "’"))][:4]
    for k, word in enumerate(words):
        if not word[:1].isupper():
            return False
        if word in MOVEMENT_HEADS:
            return k > 0
    return False


def _name_goes_on(text: str, tokens: list[tuple[int, int]], i: int, ctx: ArticleContext, entity_id: str) -> bool:
    """A leader's one-word name followed, in the same phrase, by another capitalised word."""
    after = text[tokens[i + 1][0]:tokens[i + 1][1]]
    return tokens[i + 1][0] == tokens[i][1] + 1 and after.isalpha() and after.lower() not in NOT_NAME_PART \
        and ctx.kind(entity_id) == "Leader"


def _arrived_in(lowered: list[str], i: int) -> bool:
    """"arrived in Pyongyang", "arrived on Tuesday in Hanoi": the capital after "in" is the visit's place; so
    is the place of an event attended ("attended the Victory Day parade on Red Square in Moscow")."""
    j = i - 2
    while j >= 0 and lowered[j] in WHEN_WORDS:
        j -= 1
    if j >= 0 and j < i - 1 and lowered[j] in ARRIVAL:
        return True
    if j >= 0 and any(lowered[j] in nouns and cues.intersection(lowered[max(0, j - reach):j]) for nouns, cues, reach in STAYS):
        return True
    window = lowered[max(0, i - 14):i - 1]
    attended = [k for k, word in enumerate(window) if word in ATTENDED]
    return bool(attended) and not {"in", "at"} & set(window[attended[-1]:])  # (the first place after it)


TROOP_NOUNS = {"soldiers", "troops", "servicemen", "airmen", "marines", "paratroopers", "peacekeepers", "commandos", "advisers", "advisors"}
STATIONED = {"based", "stationed", "garrisoned"}
FELL = {"killed", "wounded", "injured", "died", "reported", "seen", "spotted"}  # (or were seen there: "army advisers were reported in La Paz")


def _troops_were_in(lowered: list[str], i: int) -> bool:
    """"Twelve American soldiers were killed in Mogadishu": soldiers who fell in a capital were there, in that state;
    so are troops based near it ("commandos have been based at Kamboinse, outside Ouagadougou")."""
    if i > 1 and lowered[i - 2] in FELL and bool(TROOP_NOUNS.intersection(lowered[max(0, i - 8):i - 2])):
        return True
    if i > 2 and lowered[i - 2] in TROOP_NOUNS and lowered[i - 3] in LANDED:
        return True  # "landed troops at Oslo": troops put ashore in the state
    based = [k for k in range(max(0, i - 6), i - 1) if lowered[k] in STATIONED]
    return bool(based) and bool(TROOP_NOUNS.intersection(lowered[max(0, based[0] - 5):based[0]]))


LANDED = {"landed", "lands", "landing", "land", "put", "puts", "putting", "dropped", "drops", "dropping", "airlifted", "flew", "flown"}
BEING = {"was", "were", "is", "are", "be", "been"}
VISIT_WORDS = {"summit", "talks", "visit", "meeting", "meetings", "negotiations", "consultations", "inauguration", "funeral"}
VISIT_PURPOSES = {"attend", "meet", "hold", "sign", "join"}


def _there_for_talks(lowered: list[str], i: int, n: int) -> bool:
    """"Tokayev was in Washington for a summit", "had been in Tehran to attend the inauguration", "Brende, in
    Beijing to sign the agreement, said": a stay for talks is a visit, as an arrival is."""
    return i > 1 and (lowered[i - 2] in BEING or lowered[i - 2] == ",") and i + n + 1 < len(lowered) and \
        ((lowered[i + n] == "for" and bool(VISIT_WORDS.intersection(lowered[i + n + 1:i + n + 5])))
         or (lowered[i + n] == "to" and lowered[i + n + 1] in VISIT_PURPOSES))


def _arrived_at_airport(lowered: list[str], i: int) -> bool:
    """"arrived at Haneda airport in Tokyo": the capital after the airport is the visit's place too."""
    before = lowered[max(0, i - 7):i - 1]
    return "airport" in before and any(word in ARRIVAL for word in before)


def _greeted_at_airport(lowered: list[str], i: int) -> bool:
    """"greeted Trump at the airport in Riyadh": where a guest is met, not works in the state."""
    return lowered[i - 2] == "airport" and bool(WELCOMED.intersection(lowered[max(0, i - 8):i - 2]))


def _longer_after_the(lowered: list[str], i: int, n: int, ctx: ArticleContext) -> bool:
    """Whether a dictionary name starting right after "the" at `i` runs past the `n` tokens matched."""
    return any(i + 1 + m <= len(lowered) and m > n - 1 and tuple(lowered[i + 1:i + 1 + m]) in ctx.gaz.surfaces
               for m in ctx.gaz.longest_first.get(lowered[i + 1] if i + 1 < len(lowered) else "", ()))


LEADING_INITIALS = re.compile(rf"^{_INITIALS}\s+")  # the initials NAME accepts at a name's start
# (and a title of nobility: "Count Teleki" is Teleki)
HONORIFIC = re.compile(rf"^(?:{NAME_PREFIXES}|Gen|Col\.?|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Count|Countess|Viscount|Marquis|Marquess)\s+(?=[A-Z])")


# the most common Chinese family names (pinyin), which come before the given name: "Deng Xiaoping" is Deng
# (for a person the dictionary lacks; a known leader's state says it: FAMILY_NAME_FIRST)
CHINESE_FAMILY_NAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
                     "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Deng", "Han", "Feng", "Cao", "Peng",
                     "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu",
                     "Ding", "Ren", "Shen", "Yao", "Xi", "Qin", "Hua", "Bo", "Kong", "Mao"}


ID_INITIALS = re.compile(r"(?<=[a-z])\s+(?:[A-Z]\.\s*){1,2}(?=[A-Z][a-z])")  # the middle initials a new person's id leaves out


def _new_leader(name: str, ctx: ArticleContext) -> str:
    """A person the dictionary lacks, introduced by a title: a Leader scoped to the corpus by name
    (without an honorific: "Sheikh Mohammed bin Zayed" is Mohammed bin Zayed)."""
    name = HONORIFIC.sub("", name)
    said = key_of(name)
    name = LEADING_INITIALS.sub(lambda m: re.sub(r"[\s.]", "", m.group()) + " ", name)  # "K.P. Sharma Oli" is "KP Sharma Oli"
    key = key_of(name)
    for options in (ctx.gaz.surfaces.get(key) or []):
        if ctx.kind(options.entity_id) == "Leader":
            return options.entity_id
    leader_id = "person:" + slug(ID_INITIALS.sub(" ", name))  # ("Philip C. Habib" is person:philip-habib, as "Philip Habib" is)
    if leader_id not in ctx.new_entities:
        ctx.new_entities[leader_id] = Entity(leader_id, "Leader", name)
    ctx.extra_surfaces[key] = ctx.extra_surfaces[said] = leader_id
    words = [w for w in name.split() if w.lower().rstrip(".") not in NAME_SUFFIXES]  # "Surangel Whipps Jr." is Whipps
    last = key_of(words[-1]) if words else ()
    if len(words) > 1 and last not in ctx.extra_surfaces:
        ctx.extra_surfaces[last] = leader_id
        if len(last) == 3 and last[0] in NAME_PARTICLES and last[1] == "-" and last[2:] not in ctx.extra_surfaces:
            ctx.extra_surfaces[last[2:]] = leader_id  # "Hafez al-Assad … Assad": the family name without its particle
    if len(words) in (2, 3) and (("-" in words[-1] and words[-1][0].isupper() and words[-1].split("-")[1][:1].islower())
                                 or (len(words) == 2 and words[0] in CHINESE_FAMILY_NAMES and words[1][1:].islower())):
        # "Tsai Ing-wen", "Lee Jae-myung": a hyphenated given name after the family name, which comes first
        # (so in "Deng Xiaoping", "Wang Yi": a common Chinese family name first)
        first = key_of(words[0])
        if first not in ctx.extra_surfaces:
            ctx.extra_surfaces[first] = leader_id
    return leader_id


def is_head_title(title: str) -> bool:
    lowered = title.lower().replace("-", " ")
    lowered = "prime minister" if lowered in ("pm", "taoiseach") else lowered  # (the Irish prime minister's title)
    return (any(lowered == office or lowered.endswith(office) for office in HEAD_OFFICES) or lowered.startswith(("head of ", "chief of "))) \
        and "minister" not in lowered.replace("prime minister", "") and not lowered.startswith(("vice ", "deputy "))
