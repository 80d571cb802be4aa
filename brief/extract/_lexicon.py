"""Small word lists and tables behind the extraction heuristics (all lower case)."""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


REPORT_VERBS = _set(
    "say tell add state claim complain warn insist indicate suggest believe argue note announce confirm "
    "deny admit acknowledge explain stress emphasise emphasize predict promise vow urge write reply "
    "respond tweet post estimate think maintain contend concede assert allege caution signal hint "
    "reveal disclose recall agree disagree fear hope expect acknowledge observe remark declare "
    "conclude report testify counter recommend propose demand threaten pledge refuse ask quip "
    "recognize recognise decide find posit cite wonder commit comment mention joke boast lament exclaim "
    "retort answer repeat assure reassure affirm muse speculate plead reckon clarify show worry doubt inform "
    "submit"
)
# A speech verb opening a sentence before its speaker and a colon: 'Said Hariss: "We have to learn."'
INVERTED_CUES = frozenset({"Said", "Says", "Added", "Adds"})
# Stance verbs that say what a subject thinks, not what it did: a group they have is one that speaks.
OPINION_VERBS = _set(
    "reject oppose support back welcome condemn criticise criticize dismiss denounce accuse endorse praise "
    "blame slam demand defend deny dispute contest challenge"
)
# Verbs whose subject (or "by" agent) takes a stance by acting: "rejected by Kyiv", "ruled out".
STANCE_VERBS = _set(
    "reject rule oppose support back welcome condemn criticise criticize dismiss brand denounce accuse "
    "endorse veto block approve praise blame slam sue launch press seek want announce propose demand defend "
    "recommend unveil introduce campaign deny dispute contest challenge confirm acknowledge admit concede "
    # deeds a story turns on: "reported $2.53 a share", "cut its guidance", "submitted an application"
    "report predict forecast estimate cite reiterate submit file terminate cut raise lower slash "
    "decline promote appoint install hire fire sign settle appeal suspend halt withdraw delay postpone "
    "cancel impose lift extend expand request"
)
# Stances taken with a light verb and an object ("set a target of ...") or a preposition ("called for").
STANCE_OBJECTS = {
    "set": _set("target goal deadline condition"),
    "make": _set("offer demand pledge promise commitment proposal"),
    "issue": _set("warning ultimatum demand denial statement"),
    "table": _set("proposal motion amendment"),
    "ignore": _set("request requests question questions"),  # "ignored a request for comment"
    "express": _set(
        "concern concerns support regret sympathy condolences doubt doubts frustration outrage "
        "opposition disappointment dismay alarm displeasure anger dissatisfaction unhappiness reservations "
        "scepticism skepticism confidence optimism fear fears solidarity worry worries"
    ),  # "expressed concern about ..."
}
STANCE_PREPS = {
    "call": _set("for on"), "run": _set("on"), "campaign": _set("on for against"),
    "vote": _set("for against"), "lobby": _set("for against"), "argue": _set("for against"),
    "respond": _set("to"),  # "did not respond to a request for comment": a deed, told after any words
    "remember": _set("as"), "hail": _set("as"),  # "remembered her as a kind, courageous leader"
    "commit": _set("to"),  # "committed to a $9.5 billion lifeline"
    "warn": _set("against"), "caution": _set("against"), "speak": _set("against"),  # "warned against a rush"
    "push": _set("for against"), "rail": _set("against"), "fight": _set("for against"), "side": _set("with"),
    "object": _set("to"), "press": _set("for"), "advocate": _set("for"), "plead": _set("for"),
    "protest": _set("against"), "lash": _set("at"),  # "pushed back against the offer", "lashed out at"
    "insist": _set("on"),  # "insisted on one door system to distribute relief"
}  # fmt: skip
# verbs whose infinitive tells what another is asked or made to do ("called on Amazon to make"), not
# what their subject did it for
ASKING = _set(
    "call appeal urge ask press pressure push encourage implore challenge invite order tell force persuade "
    "convince beg lobby"
)
SPOKES = _set("spokesman spokeswoman spokesperson representative")  # "a spokesman for X" speaks for X
LAWYERS = _set("lawyer attorney")  # "lawyers for the EPA" speak for it
HELD_VIEWS = _set("view opinion belief")  # "is of the view that ...": a belief stated
PHRASAL_REPORT = {("point", "out"), ("make", "clear"), ("spell", "out"), ("put", "it")}  # "as Sibilia put it"

# Words in the names of news outlets, whose reports relay others' words ("The New Indian Express reported").
MEDIA_WORDS = _set(
    "times post express journal herald tribune guardian telegraph gazette chronicle reuters bloomberg "
    "afp bbc cnn dnainfo politico axios press abc nbc cbs npr pbs msnbc cnbc wabc news today"
)
# What the article calls an outlet around its name: "the official Xinhua news agency", "broadcaster TV4".
OUTLET_NOUNS = _set("broadcaster newspaper tabloid magazine channel network outlet daily agency blog")
# Words that say whose relative a person is ("the Prime Minister's wife"): no office of their own.
KIN = _set(
    "wife husband widow widower daughter son mother father sister brother fiancee fiance girlfriend "
    "boyfriend niece nephew aunt uncle grandmother grandfather granddaughter grandson"
)
# What a body issues and the article then quotes ("the statement read", "the lawsuit argues").
ISSUED = _set("statement letter lawsuit suit complaint filing release memo email tweet post")
HONORIFICS = _set(
    "sir dame lord lady mr mr. mrs mrs. ms ms. miss dr dr. prof prof. rev rev. datuk dato datin tun seri "
    "hafiz honourable honorable hon hon. sheikh sheikha majesty highness excellency"
)
MISTERS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})
PERSON_TITLES = _set(
    "president leader chancellor minister premier secretary spokesperson spokesman spokeswoman envoy "
    "chief head boss ceo chairman chairwoman chairperson chair founder king queen prince princess pope "
    "ambassador "
    "commissioner governor mayor senator congressman congresswoman representative judge director "
    "general commander counterpart official negotiator adviser advisor aide counsel attorney lawyer "
    "treasurer comptroller sheriff superintendent mp mla mep gov. sen. rep. gen. lt. col. capt. sgt. supt. "
    "atty. councillor councilor councilman councilwoman councilmember alderman alderwoman assemblyman "
    "assemblywoman major colonel lieutenant captain sergeant admiral brigadier corporal maj. brig. adm. cpl. "
    "gen peer ald. det. insp. cmdr. amb. cllr. detective inspector editor pro tem tempore cm pm msp "
    "mentri menteri besar speaker whip commandant marshal cr. magistrate convener convenor recorder clerk "
    "prosecutor coach"
)
# Other forms of a title and the title each stands for: abbreviations before a name ("Gov. Chris
# Christie") and the plain word for a formal one ("Justice Alexander Sosna" is "the judge").
TITLE_FORMS = {
    "gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general", "lt.": "lieutenant",
    "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "supt.": "superintendent", "atty.": "lawyer",
    "ald.": "alderman", "det.": "detective", "insp.": "inspector", "cmdr.": "commander", "amb.": "ambassador",
    "cllr.": "councillor", "prof.": "professor", "maj.": "major", "brig.": "brigadier", "adm.": "admiral",
    "cpl.": "corporal", "justice": "judge", "magistrate": "judge", "attorney": "lawyer",
    "cm": "chief minister", "pm": "prime minister",
    # the same without their full stops, as Australian and British papers write them ("Det Supt Doherty")
    "det": "detective", "supt": "superintendent", "insp": "inspector", "sgt": "sergeant", "capt": "captain",
    "cmdr": "commander", "cllr": "councillor", "coun": "councillor", "coun.": "councillor",
    "cr.": "councillor", "cr": "councillor",  # Australian councils' "Cr Golle"
}  # fmt: skip
SHORT_TITLES = frozenset(w.rstrip(".") for w in TITLE_FORMS if len(w.rstrip(".")) < 5)  # "Cr", "Sgt", "Prof."
TITLE_STOPS = frozenset(w.rstrip(".") for w in TITLE_FORMS if w.endswith("."))  # "Sgt", "Det" without stops
GENERIC_TITLES = frozenset({"leader", "chief", "head", "boss", "counterpart", "official"})
OFFICE_WORDS = PERSON_TITLES | frozenset(TITLE_FORMS)  # "general", "justice": a title's words
OFFICE_STEMS = frozenset(w.rstrip(".") for w in OFFICE_WORDS)  # "lt" as "Lt Col" writes it

# Nouns whose noun phrase names a group (plural) or an unnamed person (singular) that can speak.
GROUP_NOUNS = _set(
    "ally diplomat official leader minister spokesperson spokesman spokeswoman source analyst expert "
    "critic investor economist lawmaker legislator senator regulator campaigner activist protester "
    "resident doctor nurse scientist researcher executive employee worker union shareholder government "
    "member officer authority prosecutor lawyer negotiator mediator adviser advisor aide insider "
    "observer commentator supporter opponent voter citizen parent teacher student patient consumer "
    "customer user developer manufacturer retailer lender company firm bank insurer airline carrier "
    "provider operator agency ministry department coalition alliance bloc partner country nation "
    "state democrat republican conservative liberal settler farmer villager refugee migrant astronomer "
    "physicist advocate peer business administrator trustee liquidator receiver auditor creditor "
    "athlete player coach fan mourner worshipper marcher striker picketer police "
    "scholar academic historian professor physician surgeon psychologist psychiatrist epidemiologist "
    "pollster strategist lobbyist environmentalist conservationist specialist juror "
    "banker trader entrepreneur donor volunteer organizer organiser demonstrator "
    "rebel militant survivor witness relative neighbor neighbour tenant landlord homeowner passenger "
    "taxpayer veteran firefighter paramedic group organization organisation plaintiff defendant petitioner "
    "claimant complainant appellant councillor councilor councilmember alderman commissioner delegate "
    "director manager pilot soldier miner vendor merchant shopkeeper insurgent fisherman herder trucker "
    "motorist commuter pensioner retiree landowner pastor cleric imam priest"
)
# One side of a story that speaks as a body though it has no name: "the prosecution", "the defence",
# "a jury", "Magnuson's family".
SIDES = _set("prosecution defence defense jury family")
# Nouns that describe one person in an apposition ("Karuppanan, a farmer from Karimangalam, said").
PERSON_NOUNS = _set(
    "farmer villager resident worker employee owner official spokesperson spokesman spokeswoman analyst "
    "expert critic investor economist lawmaker legislator senator activist protester doctor nurse "
    "scientist researcher professor teacher student parent mother father wife husband son daughter "
    "man woman boy girl lawyer attorney officer soldier veteran victim witness neighbour neighbor "
    "retiree pensioner driver pilot engineer executive director manager founder chairman chairwoman "
    "leader member voter citizen shopkeeper trader fisherman commuter tenant landlord survivor participant "
    "journalist reporter correspondent columnist anchor presenter unionist midfielder defender goalkeeper "
    "winger striker"
)
# a person named before, called by their country in sports and feature writing ("said the Welshman")
EPITHETS = _set(
    "welshman welshwoman scotsman scotswoman englishman englishwoman irishman irishwoman frenchman "
    "frenchwoman dutchman dutchwoman"
)
# "the Brit hit 29 winners": someone named before, by where they are from, which the article may not say
# of anyone: no name of its own, and no guess at whose
NATIVES = _set(
    "brit briton scot spaniard swede dane finn aussie kiwi american german italian russian australian "
    "canadian argentine argentinian brazilian serb croat czech ukrainian romanian kenyan ethiopian "
    "nigerian belgian austrian israeli"
)
ORG_DESCRIPTIONS = _set(
    "company firm group bank insurer airline carrier retailer lender regulator agency ministry "
    "department platform startup giant maker manufacturer operator provider watchdog council "
    "commission union court utility journal label network studio publisher broadcaster charity "
    "nonprofit organisation organization automaker carmaker chain developer coalition alliance "
    "hospital university college school museum faction caucus conglomerate"
)
# Bodies "the <noun>" means only when their name says so ("the hospital": Robert Wood Johnson ... Hospital).
INSTITUTIONS = _set("hospital university college school museum campus")
# ... and the last words of bodies' names "the <noun>" also means only so ("the district": the Independence
# School District; "the board": the Pollution Control Board), never an organisation of another kind
NAMED_HEADS = _set("board committee district panel tribunal")
# Lower-case words inside a person's name ("Harm van Bakel", "Ursula von der Leyen", "Osama bin Laden").
PLATFORMS = _set(
    "twitter facebook youtube instagram tiktok whatsapp telegram linkedin snapchat reddit"
)  # no one
NAME_PARTICLES = _set("de del dela della delos di da du dos das van von der den le la al el bin ibn ole")
# A state's own bodies, named by whose they are: "Russia's Defense Ministry" is not Ukraine's.
STATE_BODIES = _set("ministry department force army navy police military guard service office agency")
# Documents that "state", "find" or "recommend" ("the study found that ..."); one per article.
DOCUMENT_NOUNS = _set("study report survey poll analysis review audit memo dossier assessment investigation")
# What a party files in court: "the lawsuit says" speaks for whoever sued.
FILING_NOUNS = _set("complaint lawsuit suit petition filing")
QUANTIFIERS = _set("few some many most several all both other various numerous dozens")
ORG_HEADS = _set(
    "coalition alliance union council committee commission party bank ministry department agency "
    "court parliament congress senate assembly federation association league organisation "
    "organization institute university corporation fund board authority office service forces army "
    "navy group club foundation company inc ltd plc"
)
# Last words of company names the tagger may take for a person's ("Dick Clark Productions").
SUBORDINATORS = _set("as because while whilst although though since if unless whereas than")  # open a clause
# first words of places the tagger may take for a person's name: "Isla Calero", "Mount Kenya"
PLACE_STARTS = _set("isla islas lago cerro monte playa bahía bahia punta sierra lake mount mt cape")
TOWN_ENDINGS = _set("city county town township province village district borough")  # "Ho Chi Minh City"
STREET_ENDINGS = _set("st street road rd avenue ave boulevard terrace crescent")  # "Oliver Plunkett St"
PLACE_NOUNS = TOWN_ENDINGS | _set(
    "capital country nation state region island territory republic kingdom enclave port suburb area "
    "neighbour neighbor municipality"
)  # "the capital, Nairobi"
CORPORATE_ENDINGS = _set(
    "productions records studios pictures entertainment media holdings partners capital labs motors "
    "airlines airways films music industries enterprises ventures brands technologies systems "
    "storage logistics services solutions consulting construction railway railways railroad "
    "pharmaceuticals therapeutics biosciences biotech laboratories corp inc ltd llc plc water energy "
    "utilities telecom management international transit"
)
ORG_ENDINGS = ORG_HEADS | CORPORATE_ENDINGS  # last words of an organisation's or company's name
GROUP_HEADS = frozenset({"coalition", "alliance", "bloc", "group", "league", "forces"})

NUMBER_WORDS = sorted(
    _set(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
        "thousand million billion trillion dozen"
    ),
    key=lambda w: (-len(w), w),  # longest first, so "seventeen" wins over "seven" in the regex
)
# letters after a name ("Judge Neil Ford QC") the tagger may take for a person of their own
POST_NOMINALS = _set("qc kc san sc s.c. obe mbe cbe kbe dbe frs md phd mph rn faap facp frcp esq retd rtd")
WEEKDAYS = _set("monday tuesday wednesday thursday friday saturday sunday")
RIVALS = _set("opposition critic rival opponent enemy")  # a country's opposition is not the country
DAY_WORDS = WEEKDAYS | _set("yesterday today tomorrow tonight")  # when, not who: "yesterday councillors"
# a rank's first of two words: "Air Marshal", "Rear Admiral", "Senior Superintendent", "Deputy Commissioner"
RANK_FIRSTS = _set("air field rear vice fleet senior deputy assistant acting")
# the endings of nouns for someone who does something: "activist", "protester", "physician"
AGENT_ENDINGS = ("er", "ist", "ian", "ant", "ent", "or")
# what a minister or secretary is of: two of them are two offices ("the health secretary" is no finance one)
PORTFOLIOS = _set(
    "health finance foreign defence defense home interior justice education environment transport trade "
    "energy agriculture labour labor culture treasury housing tourism industry communications"
)
JUNK_NAMES = WEEKDAYS | _set(
    "january february march april may june july august september october november december today yesterday "
    "tomorrow note update correction fahrenheit celsius feb mar apr jul aug sep sept oct nov dec "
    "when where what why how whether"  # "When asked his thoughts, Mr Bean said": no one
)
