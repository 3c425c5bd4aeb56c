"""The words the classifier knows, in Swedish and English, grouped by what they signal.

Verbs are listed once in their dictionary form; :func:`verb_forms` expands them into the
inflected forms met in real statements. Nouns are matched as the last part of a word, so
Swedish compounds ("kundservicemail", "rekryteringsprocess") are covered by their head.
"""

from __future__ import annotations


# Verb classes. A verb's class is only a first cue: the object and the numbers decide too.
def words(text: str) -> list[str]:
    """Split a space-separated word list (easier to read and edit than a list literal)."""
    return text.split()


RESULT = "result"  # changes or holds a result variable: increase, sänka, nå
ACTIVITY = "activity"  # does a piece of work with a start and an end: implement, ta fram
BEHAVIOUR = "behaviour"  # conduct that can be repeated and seen: greet, informera
EITHER = "either"  # depends on the object: develop, utveckla, build, deliver
STATE = "state"  # be, have, become: a goal with a level, a behaviour without one
HOLD = "hold"  # maintain, behålla: a goal with a level, a behaviour without one
UNKNOWN = "unknown"  # a verb by its place in the sentence, not in these lists
ABILITY = "ability"  # "ska kunna gå", "will be able to log in": a capability to reach

# English verbs: base form -> class. Regular forms are generated; irregular ones are listed below.
EN_VERBS: dict[str, str] = {
    **dict.fromkeys(
        words(
            "increase raise grow boost improve enhance reduce decrease cut lower lift halve "
            "double triple reach achieve attain hit exceed surpass minimize "
            "minimise maximize maximise shorten lessen win gain retain attract acquire sell "
            "generate save earn secure expand eliminate drive accelerate decline outperform beat "
            "delight convert reclaim regain recover dominate quadruple slash trim strengthen "
            "deepen widen broaden"
        ),
        RESULT,
    ),
    **dict.fromkeys(
        words(
            "implement introduce create write draft produce launch complete finish conduct carry "
            "hold organize organise arrange plan prepare design set install migrate roll deploy "
            "attend take train hire recruit review document map investigate analyse analyze "
            "evaluate define establish procure buy purchase start begin initiate replace switch "
            "publish host facilitate finalize finalise test pilot rewrite refactor upgrade "
            "redesign restructure reorganize reorganise schedule book visit interview survey "
            "study research participate join send submit sign negotiate automate digitize "
            "digitise integrate standardize standardise outsource consolidate move relocate open "
            "onboard appoint form found draw put run assess audit outline formulate compile "
            "collect gather identify benchmark present release ship execute edit complete "
            "enroll enrol learn organise migrate convene design update rebuild revamp "
            "overhaul upgrade select choose configure translate certify apply register sort "
            "clear archive decommission create introduce perform master"
        ),
        ACTIVITY,
    ),
    **dict.fromkeys(
        words(
            "come arrive say greet inform listen answer respond reply call ask share help support "
            "give follow check smile thank praise respect treat speak talk tell show encourage "
            "acknowledge celebrate offer welcome communicate explain use log record report tidy "
            "wear meet mentor coach invite include admit apologize apologise praise recognise "
            "recognize notify remind confirm double-check proofread walk stand greet interrupt "
            "arrive turn stick behave act dress smile respond "
            "contribute volunteer exercise eat sleep leave go spend focus prioritise prioritize"
        ),
        BEHAVIOUR,
    ),
    **dict.fromkeys(
        words("develop build deliver make work ensure do get provide establish"),
        EITHER,
    ),
    # knowing and feeling are states too: "Everyone in the team knows our goals"
    **dict.fromkeys(
        ["be", "become", "have", "stay", "remain", "know", "understand", "feel"], STATE
    ),
    **dict.fromkeys(["maintain", "sustain", "keep", "preserve", "uphold"], HOLD),
}

# Irregular English forms -> base form.
EN_IRREGULAR: dict[str, str] = {
    "is": "be",
    "am": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "been": "be",
    "has": "have",
    "had": "have",
    "became": "become",
    "grew": "grow",
    "grown": "grow",
    "won": "win",
    "sold": "sell",
    "held": "hold",
    "took": "take",
    "taken": "take",
    "wrote": "write",
    "written": "write",
    "built": "build",
    "made": "make",
    "did": "do",
    "done": "do",
    "got": "get",
    "gotten": "get",
    "kept": "keep",
    "came": "come",
    "said": "say",
    "says": "say",
    "gave": "give",
    "given": "give",
    "told": "tell",
    "spoke": "speak",
    "spoken": "speak",
    "met": "meet",
    "led": "lead",
    "began": "begin",
    "begun": "begin",
    "drew": "draw",
    "drawn": "draw",
    "chose": "choose",
    "chosen": "choose",
    "went": "go",
    "goes": "go",
    "gone": "go",
    "left": "leave",
    "ran": "run",
    "shown": "show",
    "stood": "stand",
    "spent": "spend",
    "ate": "eat",
    "slept": "sleep",
    "beat": "beat",
    "does": "do",
    "drove": "drive",
    "driven": "drive",
    "sought": "seek",
    "brought": "bring",
    "found": "find",
    "set": "set",
    "put": "put",
    "cut": "cut",
    "hit": "hit",
    "read": "read",
}

# Particles that make a phrasal verb, and the class of the pair where it differs from the verb.
EN_PHRASAL: dict[tuple[str, str], str] = {
    ("carry", "out"): ACTIVITY,
    ("set", "up"): ACTIVITY,
    ("roll", "out"): ACTIVITY,
    ("follow", "up"): BEHAVIOUR,
    ("draw", "up"): ACTIVITY,
    ("put", "together"): ACTIVITY,
    ("work", "out"): ACTIVITY,
    ("keep", "track"): BEHAVIOUR,
    ("show", "up"): BEHAVIOUR,
    ("check", "in"): BEHAVIOUR,
    ("speak", "up"): BEHAVIOUR,
    ("pay", "off"): ACTIVITY,
    ("bring", "down"): RESULT,
    ("get", "to"): RESULT,
    ("get", "better"): RESULT,
    ("get", "back"): BEHAVIOUR,
    ("keep", "below"): RESULT,
    ("keep", "above"): RESULT,
    ("keep", "under"): RESULT,
    ("step", "up"): RESULT,
    ("cut", "down"): RESULT,
    ("scale", "up"): RESULT,
    ("sign", "up"): ACTIVITY,
    ("write", "up"): ACTIVITY,
    ("clean", "up"): ACTIVITY,
    ("kick", "off"): ACTIVITY,
}

# Swedish verbs: infinitive -> class. Forms are generated by conjugation group; irregulars below.
SV_VERBS: dict[str, str] = {
    **dict.fromkeys(
        words(
            "öka höja växa förbättra förstärka sänka minska reducera korta förkorta halvera "
            "fördubbla nå uppnå överträffa överstiga vinna attrahera värva "
            "sälja generera spara tjäna säkra expandera eliminera maximera minimera utöka "
            "tredubbla effektivisera stärka fördjupa bredda återvinna öka_ lyfta dubbla minimera "
            "halvera förkorta omvandla konvertera erövra"
        ),
        RESULT,
    ),
    **dict.fromkeys(
        words(
            "implementera införa skapa skriva producera lansera slutföra genomföra organisera "
            "arrangera anordna planera förbereda designa installera migrera driftsätta delta "
            "utbilda anställa rekrytera uppdatera dokumentera kartlägga utreda analysera "
            "utvärdera definiera etablera upphandla köpa starta påbörja inleda byta ersätta "
            "publicera presentera testa pilottesta uppgradera omorganisera strukturera boka "
            "besöka intervjua studera undersöka medverka skicka underteckna förhandla "
            "automatisera digitalisera integrera standardisera flytta öppna upprätta sammanställa "
            "utforma färdigställa avsluta revidera förnya avveckla anlita utse bilda formulera "
            "genomgå införskaffa beställa konfigurera översätta certifiera ansöka registrera "
            "arkivera välja inventera kartlägga identifiera samla utarbeta modernisera tillsätta "
            "införa omarbeta lära strukturera paketera gå fördela verkställa"
        ),
        ACTIVITY,
    ),
    **dict.fromkeys(
        words(
            "komma säga hälsa informera lyssna svara ringa fråga dela hjälpa stötta stödja ge "
            "kontrollera le tacka avbryta stänga lägga ställa stämma berömma respektera bemöta "
            "behandla tala prata berätta visa "
            "uppmuntra bekräfta fira erbjuda välkomna kommunicera förklara använda logga "
            "rapportera städa bära passa återkoppla meddela påminna uppmärksamma inkludera bjuda "
            "lämna hålla_fast agera uppträda klä motionera träna äta sova prioritera fokusera "
            "följa ta_ansvar höra besvara"
        ),
        BEHAVIOUR,
    ),
    **dict.fromkeys(
        words(
            "utveckla bygga leverera göra arbeta jobba säkerställa se ta skapa_ sätta "
            "tillhandahålla"
        ),
        EITHER,
    ),
    **dict.fromkeys(["vara", "bli", "ha", "förbli", "finnas", "må", "förstå", "känna"], STATE),
    **dict.fromkeys(["få", "hamna", "placera"], EITHER),
    **dict.fromkeys(["hålla", "bibehålla", "behålla", "upprätthålla"], HOLD),
}

# Irregular Swedish forms -> infinitive.
SV_IRREGULAR: dict[str, str] = {
    "är": "vara",
    "varit": "vara",
    "blir": "bli",
    "blev": "bli",
    "blivit": "bli",
    "har": "ha",
    "hade": "ha",
    "haft": "ha",
    "gör": "göra",
    "gjorde": "göra",
    "gjort": "göra",
    "säger": "säga",
    "sa": "säga",
    "sade": "säga",
    "sagt": "säga",
    "kommer": "komma",
    "kom": "komma",
    "kommit": "komma",
    "tar": "ta",
    "tog": "ta",
    "tagit": "ta",
    "går": "gå",
    "gick": "gå",
    "gått": "gå",
    "ger": "ge",
    "gav": "ge",
    "gett": "ge",
    "givit": "ge",
    "ser": "se",
    "såg": "se",
    "sett": "se",
    "håller": "hålla",
    "höll": "hålla",
    "hållit": "hålla",
    "når": "nå",
    "nådde": "nå",
    "nått": "nå",
    "uppnår": "uppnå",
    "uppnådde": "uppnå",
    "uppnått": "uppnå",
    "ler": "le",
    "log": "le",
    "vinner": "vinna",
    "vann": "vinna",
    "vunnit": "vinna",
    "sätter": "sätta",
    "satte": "sätta",
    "satt": "sätta",
    "säljer": "sälja",
    "sålde": "sälja",
    "sålt": "sälja",
    "väljer": "välja",
    "valde": "välja",
    "valt": "välja",
    "växer": "växa",
    "växte": "växa",
    "vuxit": "växa",
    "skriver": "skriva",
    "skrev": "skriva",
    "skrivit": "skriva",
    "bär": "bära",
    "bar": "bära",
    "burit": "bära",
    "delta": "delta",
    "deltar": "delta",
    "deltog": "delta",
    "deltagit": "delta",
    "bjuder": "bjuda",
    "bjöd": "bjuda",
    "förblir": "förbli",
    "införde": "införa",
    "genomgår": "genomgå",
    "genomför": "genomföra",
    "inför": "införa",
    "genomförde": "genomföra",
    "genomfört": "genomföra",
    "behåller": "behålla",
    "bibehåller": "bibehålla",
    "överstiger": "överstiga",
    "sover": "sova",
    "äter": "äta",
    "åt": "äta",
    "lär": "lära",
}

SV_PHRASAL: dict[tuple[str, str], str] = {
    ("ta", "fram"): ACTIVITY,
    ("se", "över"): ACTIVITY,
    ("sätta", "upp"): ACTIVITY,
    ("följa", "upp"): BEHAVIOUR,
    ("rulla", "ut"): ACTIVITY,
    ("gå", "igenom"): ACTIVITY,
    ("ta", "del"): BEHAVIOUR,
    ("ta", "ansvar"): BEHAVIOUR,
    ("se", "till"): EITHER,
    ("bygga", "upp"): EITHER,
    ("bygga", "om"): ACTIVITY,
    ("bygga", "ut"): ACTIVITY,
    ("gå", "en"): ACTIVITY,
    ("gå", "på"): ACTIVITY,
    ("hålla", "i"): ACTIVITY,
    ("komma", "i"): BEHAVIOUR,
    ("ta", "bort"): ACTIVITY,
    ("sätta", "igång"): ACTIVITY,
    ("dra", "igång"): ACTIVITY,
    ("få", "ner"): RESULT,
    ("få", "upp"): RESULT,
    ("stämma", "av"): BEHAVIOUR,
    ("hålla", "nere"): RESULT,
    ("ta", "hand"): BEHAVIOUR,
    ("ta", "marknadsandelar"): RESULT,
    ("skriva", "om"): ACTIVITY,
    ("lära", "sig"): ACTIVITY,
    ("läsa", "in"): ACTIVITY,
    ("gå", "ut"): ACTIVITY,
    ("hålla", "fast"): BEHAVIOUR,
}

# Modal and future markers: a statement of intent, not of habit.
EN_MODALS = frozenset(
    words(
        "will shall should must would can could 'll i'll we'll want intend aim plan going "
        "need needs wants aims intends plans"
    )
)
SV_MODALS = frozenset(words("ska skall kommer_att vill måste bör kan ämnar tänker avser behöver"))

EN_SUBJECTS = frozenset(words("i we you they he she it team i'll we'll i'm we're i've we've"))
SV_SUBJECTS = frozenset(words("jag vi du ni de han hon den det man teamet gruppen avdelningen"))
EN_FIRST_PERSON = frozenset(
    words("i me my mine myself we us our ours ourselves i'll i'm i've i'd we'll we're we've we'd")
)
SV_FIRST_PERSON = frozenset(words("jag mig min mitt mina vi oss vår vårt våra"))

# Words after which a verb-looking word is a noun: determiners, possessives, prepositions.
EN_NOUN_CONTEXT = frozenset(
    words(
        "the a an of per for our my your their its this these those his her each every any no "
        "some many more less fewer most number share rate average total customer customers on "
        "in at with from into than % / new first second"
    )
)
SV_NOUN_CONTEXT = frozenset(
    words(
        "en ett den det de denna detta dessa av per min mitt mina vår vårt våra er ert era "
        "deras dess hans hennes varje alla samtliga antal andel på i vid med från mot / nya "
        "första andra nytt ny"
    )
)
# Words after which a following verb belongs to a subordinate clause, not the main statement.
EN_SUBORDINATORS = frozenset(words("that which who whom whose where when while if because so"))
SV_SUBORDINATORS = frozenset(words("som där när medan om eftersom så vilket vilka"))

# Function words that tell the languages apart (a few content words help one-word KPIs).
SV_WORDS = frozenset(
    words(
        "jag vi och att ska skall till från med för under varje som av på är har inte det den "
        "mina min mitt vår våra kunden kunder antal andel per dag vecka månad år senast inom "
        "om alla samtliga mot efter även eller också mer mindre minst högst ökad minskad idag "
        "procent timmar dagar veckor veckan månaden året halvåret kvartal kvartalet vinst "
        "nöjda nöjdhet kostnad kostnader försäljning intäkter medarbetare medarbetarna tid "
        "svarstid ledtid möte möten samtal andelen antalet snitt snittet genomsnittlig alltid "
        "aldrig dagligen vinstmarginal omsättning sjukfrånvaro ett en nya ny"
    )
)
EN_WORDS = frozenset(
    words(
        "i we and to will shall the of by from with for during every which who is are our my "
        "a an in on at by per day week month year quarter all each not or also more less "
        "least most than today percent hours days weeks months customer customers number "
        "share rate average sales revenue cost costs profit margin time satisfaction employee "
        "employees meeting meetings calls always never daily weekly monthly new end increase "
        "reduce improve score be have this that it"
    )
)

# Frequency adverbials (a behaviour recurs). Written as regex fragments.
EN_FREQUENCY = (
    r"every\s+(?:single\s+|other\s+|working\s+|business\s+)?(?:day|morning|evening|week|month|"
    r"quarter|year|time|meeting|sprint|shift|call|customer|visit|monday|tuesday|wednesday|"
    r"thursday|friday|workday|weekday|one|release|conversation|interaction|session)s?"
    r"|each\s+(?:day|morning|week|month|time|meeting|sprint|shift|call|working\s+day|weekday)"
    # "weekly" before a noun is an adjective ("weekly sales figures"), not a frequency
    r"|(?:daily|weekly|monthly|fortnightly|biweekly|bi-weekly|nightly|hourly)"
    r"(?!\s+(?!(?:basis|at|in|on|with|to|and|or|for|before|after|during|from|until|by)\b)[a-z])"
    r"|always|never|"
    r"regularly|routinely|consistently|habitually|continuously|continually|constantly|"
    r"whenever|every\s+time|at\s+(?:every|each|all)\s+\w+|before\s+(?:every|each)\s+\w+|"
    r"after\s+(?:every|each)\s+\w+|(?:once|twice|(?:\d+|three|four|five)\s+times)\s+"
    r"(?:a|per|each|every)\s+(?:day|week|month|quarter|year|sprint)|"
    r"on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|weekdays)|"
    r"in\s+(?:every|each|all\s+(?:my|our))\s+\w+|as\s+a\s+(?:habit|rule)|every\s+\w+day"
)
SV_FREQUENCY = (
    r"varje\s+(?:dag|morgon|kväll|vecka|månad|kvartal|år|gång|möte|sprint|pass|samtal|kund|"
    r"besök|måndag|tisdag|onsdag|torsdag|fredag|arbetsdag|vardag|leverans|ärende)\w*"
    r"|var\s+(?:dag|vecka|månad)|varannan\s+\w+|dagligen|veckovis|månadsvis|kvartalsvis|"
    r"alltid|aldrig|regelbundet|rutinmässigt|konsekvent|kontinuerligt|ständigt|löpande|"
    r"närhelst|vid\s+(?:varje|alla)\s+\w+|inför\s+(?:varje|alla)\s+\w+|efter\s+(?:varje|"
    r"alla)\s+\w+|i\s+(?:varje|alla)\s+\w+|(?:en\s+gång|två\s+gånger|\d+\s+gånger|tre\s+gånger)"
    r"\s+(?:i|per|varje|om)\s+(?:dagen|veckan|månaden|kvartalet|året|dag|vecka|månad)|"
    r"på\s+(?:måndagar|tisdagar|onsdagar|torsdagar|fredagar|morgnarna|morgonen)|"
    r"varje\s+\w+|som\s+regel|hela\s+tiden|i\s+alla\s+\w+"
)

# Heads of result variables: the thing a goal moves. Matched as the end of a word.
EN_RESULT_NOUNS = (
    r"time|times|cost|costs|revenue|revenues|sales|profit|profits|margin|margins|satisfaction|"
    r"nps|enps|score|scores|share|rate|rates|churn|retention|conversion|conversions|turnover|"
    r"attrition|absence|absenteeism|engagement|productivity|efficiency|profitability|growth|"
    r"emissions|consumption|accidents|incidents|injuries|defects|errors|bugs|complaints|"
    r"returns|uptime|downtime|availability|latency|quality|yield|throughput|output|volume|"
    r"occupancy|utilization|utilisation|backlog|customers|users|subscribers|members|visitors|"
    r"leads|deals|orders|downloads|signups|sign-ups|income|earnings|ebitda|roi|arr|mrr|cac|"
    r"ltv|accuracy|coverage|percentage|level|levels|ratio|index|rating|ratings|ranking|"
    r"spend|spending|expenses|waste|savings|bookings|pipeline|traffic|reach|awareness|"
    r"loyalty|wellbeing|well-being|morale|safety|punctuality|precision|lead-time|cycle-time|"
    r"response|responses|wait|waiting|queue|queues|renewals|referrals|market|ctr|kpi|okr|"
    r"gap|debt|inventory|stock|footprint|usage|adoption|activation|tickets|calls|"
    r"handle|resolution|delivery|deliveries|on-time|sickness|leave|overtime|hires|"
    r"productivity|capacity|speed|velocity|results|result|grades|marks|performance|"
    r"billable|utilization|headcount|diversity|participation|attendance|enrolment|enrollment|"
    r"weight|pay|wages|fees|price|prices|value|balance|cash|liquidity|sale|interest|leads"
)
SV_RESULT_NOUNS = (
    r"tid|tiden|tider|tiderna|kostnad|kostnaden|kostnader|kostnaderna|intäkt|intäkter|"
    r"intäkterna|omsättning|omsättningen|försäljning|försäljningen|vinst|vinsten|marginal|"
    r"marginalen|nöjdhet|nöjdheten|andel|andelen|antal|antalet|snitt|snittet|kvalitet|"
    r"kvaliteten|fel|felen|frekvens|frekvensen|frånvaro|frånvaron|engagemang|engagemanget|"
    r"produktivitet|produktiviteten|effektivitet|effektiviteten|lönsamhet|lönsamheten|"
    r"tillväxt|tillväxten|utsläpp|utsläppen|förbrukning|förbrukningen|olyckor|olyckorna|"
    r"tillbud|precision|precisionen|tillgänglighet|tillgängligheten|betyg|betyget|betygen|"
    r"resultat|resultatet|nivå|nivån|grad|graden|kvot|kvoten|index|indexet|nps|enps|poäng|"
    r"volym|volymen|beläggning|beläggningen|avkastning|avkastningen|likviditet|kassaflöde|"
    r"kassaflödet|överskott|överskottet|ledtid|ledtiden|väntetid|väntetiden|kötid|kötiden|"
    r"reklamationer|reklamationerna|klagomål|klagomålen|avvikelser|avvikelserna|incidenter|"
    r"incidenterna|kunder|kunderna|affärer|affärerna|order|ordrar|ordrarna|leads|besökare|"
    r"besökarna|medlemmar|medlemmarna|användare|användarna|abonnenter|prenumeranter|"
    r"marknadsandel|marknadsandelen|marknadsandelar|försäljningsvolym|säkerhet|säkerheten|"
    r"trivsel|trivseln|hälsa|hälsan|sjuktal|sjuktalet|närvaro|närvaron|täckning|täckningen|"
    r"utnyttjande|utnyttjandet|utnyttjandegrad|kundnöjdhet|elevnöjdhet|medarbetarnöjdhet|"
    r"belastning|belastningen|skuld|skulden|lager|lagret|ärenden|ärendena|samtal_|"
    r"konvertering|konverteringen|svarsfrekvens|spill|svinn|svinnet|energianvändning|"
    r"förbrukning|påslag|bruttomarginal|rörelseresultat|ebitda|budget|budgeten|"
    r"bokningar|bokningarna|försäljningen|värde|värdet|kvalitén|hastighet|hastigheten|"
    r"kapacitet|kapaciteten|leveranser|leveranserna|leveransprecision|leveransförmåga|"
    r"arbetsmiljö|arbetsmiljön|rykte|ryktet|kännedom|kännedomen|lojalitet|lojaliteten|"
    r"betygen|utfall|utfallet|priser|priset|pris|lönsamhet|sparande|besparingar|"
    r"genomströmning|täckningsgrad|svarsfrekvensen|mål_"
)

# Heads of artefacts and events: the thing an activity makes or holds.
EN_ARTEFACT_NOUNS = (
    r"process|processes|plan|plans|policy|policies|system|systems|tool|tools|platform|website|"
    r"site|page|pages|report|reports|description|document|documents|documentation|workshop|"
    r"workshops|meeting|meetings|training|trainings|course|courses|survey|surveys|strategy|"
    r"project|projects|program|programme|programs|routine|routines|guide|guides|handbook|"
    r"manual|template|templates|framework|scrum|crm|erp|pilot|campaign|campaigns|event|"
    r"events|conference|interview|interviews|analysis|review|reviews|audit|roadmap|prototype|"
    r"app|application|feature|features|database|migration|upgrade|version|release|module|"
    r"model|dashboard|checklist|procedure|procedures|proposal|study|presentation|newsletter|"
    r"webinar|webinars|seminar|seminars|session|sessions|one-on-ones|1:1s|appraisals|talks|"
    r"conversations|visits|architecture|infrastructure|solution|software|product|service|"
    r"portal|intranet|wiki|playbook|curriculum|onboarding|offsite|kickoff|kick-off|hackathon|"
    r"certification|mvp|api|integration|repository|pipeline_|specification|requirements|"
    r"agreement|contract|contracts|budget|forecast|inventory_|catalogue|catalog|office|"
    r"team|structure|organisation|organization|roles|role|matrix|map|plan|backlog_|"
    r"guidelines|standard|standards|kanban|agile|okrs|method|methodology|methods|course"
)
SV_ARTEFACT_NOUNS = (
    r"process|processen|processer|plan|planen|planer|policy|policyn|system|systemet|verktyg|"
    r"verktyget|plattform|plattformen|webbplats|webbplatsen|hemsida|hemsidan|rapport|"
    r"rapporten|rapporter|beskrivning|beskrivningen|dokument|dokumentet|dokumentation|"
    r"dokumentationen|workshop|workshopen|workshops|möte|mötet|möten|mötena|utbildning|"
    r"utbildningen|utbildningar|kurs|kursen|kurser|enkät|enkäten|strategi|strategin|projekt|"
    r"projektet|program|programmet|rutin|rutinen|rutiner|rutinerna|guide|guiden|handbok|"
    r"handboken|manual|mall|mallen|mallar|ramverk|ramverket|scrum|crm|pilot|kampanj|"
    r"kampanjen|event|konferens|konferensen|intervju|intervjuer|analys|analysen|översyn|"
    r"revision|färdplan|prototyp|app|appen|funktion|funktionen|databas|databasen|migrering|"
    r"uppgradering|version|modul|modell|modellen|checklista|procedur|förslag|förslaget|"
    r"studie|utredning|utredningen|presentation|nyhetsbrev|seminarium|seminarier|samtal|"
    r"samtalen|kartläggning|kartläggningen|handlingsplan|aktivitetsplan|organisation|"
    r"organisationen|lösning|lösningen|tjänst|tjänsten|produkt|produkten|portal|intranät|"
    r"intranätet|läroplan|introduktion|introduktionen|certifiering|avtal|avtalet|prognos|"
    r"katalog|kontor|kontoret|struktur|strukturen|roller|ansvar|ansvarsfördelning|rutinen|"
    r"metod|metoden|arbetssätt|arbetssättet|riktlinjer|standard|instruktion|instruktioner|"
    r"it-stöd|stöd_|ärendehanteringssystem|kanban|agilt|dialog_|träff|träffar|besök|"
    r"kundbesök|kundbesöken|medarbetarsamtal|utvecklingssamtal|lönesamtal|pm-samtal|"
    r"upphandling|upphandlingen|avdelning|avdelningen|teamet_|gruppen_|underlag|underlaget"
)

# Verbless measure phrases: a KPI names what is measured.
EN_MEASURE_HEADS = (
    r"number\s+of|no\.\s+of|#\s*of|share\s+of|percentage\s+of|percent\s+of|%\s+of|proportion\s+"
    r"of|ratio\s+of|average|mean|median|total|rate\s+of|level\s+of|time\s+to|cost\s+per|"
    r"revenue\s+per|sales\s+per|amount\s+of|count\s+of|degree\s+of|frequency\s+of|value\s+of"
)
SV_MEASURE_HEADS = (
    r"antal|antalet|andel|andelen|snitt|snittet|genomsnitt\w*|medel\w*|median\w*|procent|"
    r"total\w*|summa|grad|graden|nivå|nivån|tid\s+(?:till|för|från)|kostnad\s+per|"
    r"intäkt\s+per|försäljning\s+per|mängd|frekvens|kvot|värde"
)
EN_MEASURE_WORDS = (
    r"rate|ratio|margin|score|index|nps|enps|percentage|share|count|average|per|kpi|"
    r"turnover|churn|retention|satisfaction|utilization|utilisation|uptime|productivity|"
    r"profitability|growth|yield|throughput|time|cost|costs|revenue|sales|absenteeism|"
    r"attendance|engagement|accuracy|conversion|frequency|volume|efficiency|level|lead-time"
)
SV_MEASURE_WORDS = (
    r"marginal|nöjdhet|andel|antal|kvot|grad|index|tid|frånvaro|omsättning|försäljning|"
    r"kostnad|kostnader|intäkt|intäkter|vinst|nps|enps|frekvens|precision|tillgänglighet|"
    r"lönsamhet|produktivitet|effektivitet|volym|nivå|tal|resultat|tillväxt|per|poäng|"
    r"engagemang|beläggning|närvaro|snitt"
)

# Words that leave the result vague when no number backs them.
EN_VAGUE = frozenset(
    words(
        "better more improved some various things stuff etc generally great best possible "
        "several somewhat enough appropriate relevant"
    )
)
SV_VAGUE = frozenset(
    words(
        "bättre mer mera några olika saker osv etc generellt bra bäst möjligt flera lämpligt "
        "relevant tillräckligt"
    )
)
# Words that do not count towards a specific description.
STOPWORDS = frozenset(
    words(
        "i we you my our me us the a an to of by in on at for and or will shall should must "
        "be is are this that it with from as jag vi du min mitt mina vår vårt våra mig oss "
        "och att ska skall kommer till av på i för med från som är den det en ett de under"
    )
)

NUMBER_WORDS: dict[str, float] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "fifty": 50,
    "hundred": 100,
    "noll": 0,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tjugo": 20,
    "femtio": 50,
    "hundra": 100,
}

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "januari": 1,
    "february": 2,
    "feb": 2,
    "februari": 2,
    "march": 3,
    "mar": 3,
    "mars": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "maj": 5,
    "june": 6,
    "jun": 6,
    "juni": 6,
    "july": 7,
    "jul": 7,
    "juli": 7,
    "august": 8,
    "aug": 8,
    "augusti": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# A direction named without a verb: "10 % ökad försäljning", "Fewer complaints".
CHANGE_WORDS = frozenset(
    words(
        "increase increased decrease decreased reduction reduced improved improvement fewer "
        "ökning ökad ökat ökade minskning minskad minskat minskade färre förbättrad "
        "förbättrade förbättring sänkt sänkta höjd höjt höjda"
    )
)
# Words after "be"/"vara" that describe conduct rather than a state to reach.
CONDUCT_WORDS = frozenset(
    words(
        "punctual polite kind friendly helpful available present respectful open honest "
        "positive calm professional prepared courteous supportive responsive reachable "
        "attentive patient transparent punktlig punktliga artig artiga vänlig vänliga "
        "hjälpsam hjälpsamma tillgänglig tillgängliga närvarande respektfull respektfulla "
        "öppen öppna ärlig ärliga positiv positiva lugn lugna professionell professionella "
        "förberedd förberedda påläst pålästa stödjande lyhörd lyhörda nåbar tålmodig trevlig "
        "trevliga curious focused humble nyfiken nyfikna fokuserad fokuserade ödmjuk ödmjuka"
    )
)
# Auxiliaries that pass the verb on ("ska kunna gå", "ska anses ha", "våga vara").
SV_CHAIN = frozenset(words("kunna anses upplevas uppfattas våga orka"))
ABILITY_WORDS = frozenset(words("kunna able"))
# Conduct shown by the manner or the object: "med respekt", "introduce myself".
CONDUCT_MANNER = (
    r"\b(?:with|med)\s+(?:a\s+|ett\s+|stor\s+|great\s+)?(?:respect|empathy|care|courtesy|"
    r"kindness|humility|warmth|smile|respekt|empati|omtanke|värme|ödmjukhet|vänlighet|leende)\b|"
    r"\b(?:myself|ourselves|yourself|themselves)\b|\b(?:mig|sig|oss|dig)\s+själva?\b"
)
# A level stated in words at the head of a noun phrase: "Hög tillgänglighet", "Strong brand".
LEVEL_ADJECTIVES = frozenset(
    words(
        "high higher good strong low lower excellent hög höga högt högre god goda gott stark "
        "starka starkt låg låga lågt lägre trygg trygga tryggt"
    )
)
# Making verbs that take a state as complement: "Make our API reliable", "göra X tillgänglig".
MAKE_VERBS = frozenset(words("make göra"))
CONDUCT_PAIRS = frozenset((("on", "time"), ("i", "tid"), ("in", "time"), ("on", "video")))

INCREASING = frozenset(
    words(
        "increase raise grow boost improve enhance lift double triple quadruple gain expand "
        "accelerate öka höja växa förbättra förstärka lyfta fördubbla dubbla tredubbla utöka "
        "stärka attract attrahera"
    )
)
DECREASING = frozenset(
    words(
        "reduce decrease cut lower halve shorten lessen minimize minimise eliminate slash "
        "trim drop decline sänka minska reducera korta förkorta halvera minimera eliminera"
    )
)


def _en_forms(base: str) -> dict[str, str]:
    """Regular English forms of a verb -> the form's grammatical role."""
    forms = {base: "base"}
    if base.endswith("e"):
        stem = base[:-1]
        forms.update({base + "s": "s", base + "d": "ed", stem + "ing": "ing"})
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        stem = base[:-1]
        forms.update({stem + "ies": "s", stem + "ied": "ed", base + "ing": "ing"})
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms.update({base + "es": "s", base + "ed": "ed", base + "ing": "ing"})
    else:
        forms.update({base + "s": "s", base + "ed": "ed", base + "ing": "ing"})
        # one-syllable verbs ending consonant-vowel-consonant double the last letter
        if len(base) <= 4 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou":
            forms.update({base + base[-1] + "ed": "ed", base + base[-1] + "ing": "ing"})
    return forms


def _sv_forms(inf: str) -> dict[str, str]:
    """Swedish forms of a verb (both conjugation patterns; the wrong one is rarely a word)."""
    forms = {inf: "inf"}
    if inf.endswith("a"):
        stem = inf[:-1]
        forms.update(
            {
                inf + "r": "pres",
                stem + "er": "pres",
                inf + "de": "past",
                inf + "t": "past",
                stem + "te": "past",
                stem + "de": "past",
                inf + "s": "pres",
            }
        )
        if len(stem) >= 4:
            forms.update({stem + "s": "pres", stem + "t": "past"})
        forms.setdefault(stem, "imp")  # "Sänk", "Inför": only trusted first in a statement
    else:  # short verbs: nå, le, ge
        forms.update({inf + "r": "pres", inf + "dde": "past", inf + "tt": "past"})
    return forms


def verb_forms() -> tuple[dict[str, tuple[str, str, str]], dict[str, tuple[str, str, str]]]:
    """Build form -> (lemma, class, role) tables for English and Swedish."""
    en: dict[str, tuple[str, str, str]] = {}
    for base, cls in EN_VERBS.items():
        for form, role in _en_forms(base).items():
            en.setdefault(form, (base, cls, role))
    for form, base in EN_IRREGULAR.items():
        if base in EN_VERBS:
            role = "s" if form in ("is", "has", "does", "says", "goes") else "ed"
            if form in ("am", "are") or form == base:
                role = "base"
            en[form] = (base, EN_VERBS[base], role)
    sv: dict[str, tuple[str, str, str]] = {}
    for inf, cls in SV_VERBS.items():
        inf = inf.rstrip("_")
        if "_" in inf:
            continue
        for form, role in _sv_forms(inf).items():
            sv.setdefault(form, (inf, cls, role))
    for form, inf in SV_IRREGULAR.items():
        if inf in SV_VERBS:
            role = "pres" if form.endswith("r") or form == "är" else "past"
            if form == inf:
                role = "inf"
            sv[form] = (inf, SV_VERBS[inf], role)
    return en, sv
