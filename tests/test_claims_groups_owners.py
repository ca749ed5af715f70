"""Numbers the text ties to no subject of the reference data, by table: a head noun naming a group
no measure counts ("5,000 U.S. troops"), a name the reference does not know owning the number
("Tigray's 5.5 million people"), and a population phrasing ("a country of 5.8 million") in a
sentence that names another country first. Each is no claim, or a claim with no subject: never a
verdict against the wrong figure. Rows marked as kept are readings that must not change."""

import pytest

from claim_helpers import claim_of

OTHER_GROUPS = [
    ('KABUL - 2.6 million Afghans lived as refugees, as 5,000 U.S. troops guarded the airport.', '5,000'),
    ('Colombia counts 5 million displaced and hosts 2.8 million Venezuelan migrants.', '2.8 million'),
    ('The UN has 14,000 peacekeepers in the Central African Republic, where 1.2 million are displaced.', '14,000'),
    ("Some 90 crore voters will choose a parliament as India's population tops 140 crore.", '90 crore'),
    ('Refugees crowd the camps while 3,000 aid workers struggle to feed them.', '3,000'),
    ('About 12,000 police were deployed as refugees crossed the border.', '12,000'),
    ('The rebels have 20,000 fighters, and 1.5 million people have fled.', '20,000'),
    ('Nearly 40,000 students sat the exam in the refugee camps this week.', '40,000'),
    ('Some 2,500 journalists covered the summit on displaced people.', '2,500'),
    ('The army sent 8,000 soldiers as thousands fled the fighting.', '8,000'),
    ('About 300 Kenyan police officers arrived in Haiti, where 578,000 are displaced.', '300'),
    ("Syria's population fell as 1.2 million migrants reached Europe.", '1.2 million'),
    ('More than 500 detainees were freed as refugees returned.', '500'),
    ('Some 65,000 pilgrims arrived while refugees waited at the border.', '65,000'),
    ('The camp employs 1,200 local staff and shelters refugees.', '1,200'),
    ('About 7,000 volunteers helped refugees in the city.', '7,000'),
    ('Some 4,000 protesters marched as displaced families watched.', '4,000'),
    ('The war has displaced millions, and 30,000 foreign fighters joined it.', '30,000'),
    ('More than 1,000 delegates discussed the refugee crisis.', '1,000'),
    ('About 25,000 Ukrainian troops were trained abroad as refugees fled.', '25,000'),
]


@pytest.mark.parametrize("text,surface", OTHER_GROUPS, ids=[r[0][:60] for r in OTHER_GROUPS])
def test_a_group_no_measure_counts_is_no_claim(reference, text, surface):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is None or claim.measure is None, (claim.measure, claim.measure_text)


KEPT_GROUPS = [
    ("Venezuela had 6.1 million refugees and migrants abroad by the end of 2020.", "6.1 million",
     "refugees", "VEN"),
    ("Turkey hosts 3.2 million Syrian refugees.", "3.2 million", "refugees", "SYR"),
    ("Kenya's population has reached 55 million people.", "55 million", "population", "KEN"),
]


@pytest.mark.parametrize("text,surface,measure,subject", KEPT_GROUPS, ids=[r[0][:60] for r in KEPT_GROUPS])
def test_people_and_mixed_groups_keep_their_measure(reference, text, surface, measure, subject):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is not None and (claim.measure, claim.subject) == (measure, subject)


UNKNOWN_OWNERS = [
    ("Tigray's 5.5 million people have endured war; Ethiopia had 2 million displaced.", "5.5 million"),
    ("Of Gaza's 2.1 million people, nearly all have been displaced.", "2.1 million"),
    ("Borno's 6 million people bear the brunt of the Nigerian insurgency.", "6 million"),
    ("Kyiv's 3 million residents faced blackouts as Ukrainians fled.", "3 million"),
    ("Lagos's 15 million people live in Nigeria's largest city.", "15 million"),
    ("Darfur's 9 million people face famine, Sudan's government said.", "9 million"),
    ("Aleppo Province's 4 million residents saw heavy fighting in Syria.", "4 million"),
    ("Karachi's 20 million inhabitants swelter in Pakistan's heat.", "20 million"),
    ("Mindanao's 27 million people voted in the Philippines.", "27 million"),
    ("Punjab's 127 million people are Pakistan's largest group.", "127 million"),
    ("Balochistan's 15 million residents are Pakistan's poorest.", "15 million"),
    ("Kurdistan's 6 million people live in northern Iraq.", "6 million"),
    ("Cabo Delgado's 2.3 million people have suffered in Mozambique.", "2.3 million"),
    ("Rakhine's 3 million inhabitants live in western Myanmar.", "3 million"),
    ("Donetsk's 1.9 million residents were shelled as Ukraine's war went on.", "1.9 million"),
    ("Idlib's 3 million people are squeezed into Syria's north-west.", "3 million"),
    ("Tigray's nearly 6 million people, Ethiopia said, need aid.", "6 million"),
    ("Khartoum's 6 million residents fled as Sudan's war spread.", "6 million"),
    ("Oromia's 40 million people make up a third of Ethiopia.", "40 million"),
    ("Amhara's 23 million people live in Ethiopia's north.", "23 million"),
]


@pytest.mark.parametrize("text,surface", UNKNOWN_OWNERS, ids=[r[0][:60] for r in UNKNOWN_OWNERS])
def test_a_number_an_unknown_name_owns_is_no_claim(reference, text, surface):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is None, (claim.measure, claim.subject, claim.measure_text)


KNOWN_OWNERS = [
    ("South Korea's 51.7 million people have the world's lowest fertility rate.", "51.7 million",
     "population", "KOR"),
    ("Saudi Arabia's 33.7 million residents include 13 million foreign workers.", "33.7 million",
     "population", "SAU"),
    ("Ethiopia's 126 million people face rising prices.", "126 million", "population", "ETH"),
]


@pytest.mark.parametrize("text,surface,measure,subject", KNOWN_OWNERS, ids=[r[0][:60] for r in KNOWN_OWNERS])
def test_a_number_a_known_name_owns_keeps_its_subject(reference, text, surface, measure, subject):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is not None and (claim.measure, claim.subject) == (measure, subject)


COUNTRY_OF_AFTER_ANOTHER = [
    ('BEIRUT - Lebanon, which hosts 1.5 million Syrians, was hit by the war with Israel, in a country of 5.8 million.', '5.8 million'),
    ('Chad hosts more than 600,000 Sudanese who have fled, in a country of 19 million.', '19 million'),
    ('Jordan took in 650,000 Syrians after the war in Iraq, a country of 11 million.', '11 million'),
    ('Uganda shelters refugees from South Sudan, a country of 11 million.', '11 million'),
    ('Poland received Ukrainians fleeing Russia, a country of 144 million.', '144 million'),
    ('Bangladesh shelters Rohingya from Myanmar, a nation of 54 million.', '54 million'),
    ('Turkey, host to Syrians, borders Iran, a country of 89 million.', '89 million'),
    ('Pakistan deported Afghans to Afghanistan, a country of 41 million.', '41 million'),
    ('Peru took in Venezuelans as Colombia, a country of 52 million, struggled.', '52 million'),
    ('Egypt mediated between Israel and Hamas in Gaza, near Sudan, a country of 48 million.', '48 million'),
    ('Germany welcomed Syrians, while Austria, a country of 9 million, closed its border.', '9 million'),
    ("Ethiopia's talks with Eritrea, a country of 3.7 million, stalled.", '3.7 million'),
    ('Niger broke with France and turned to Mali, a country of 23 million.', '23 million'),
    ("Rwanda accused Congo's army of firing across the border at Burundi, a country of 13 million.", '13 million'),
    ('India sent aid to Sri Lanka, a nation of 22 million.', '22 million'),
    ('Iran hosts Afghans and borders Pakistan, a nation of 240 million.', '240 million'),
    ('Tanzania took in Burundians while Malawi, a country of 20 million, sent troops.', '20 million'),
    ("Nigeria's army fought in Niger, a country of 26 million.", '26 million'),
    ("Sudan's war spilled into Chad, a country of 18 million.", '18 million'),
    ("Somalia's refugees crossed into Kenya from Ethiopia, a country of 126 million.", '126 million'),
]


@pytest.mark.parametrize("text,surface", COUNTRY_OF_AFTER_ANOTHER,
                         ids=[r[0][:60] for r in COUNTRY_OF_AFTER_ANOTHER])
def test_a_country_of_after_another_country_names_no_subject(reference, text, surface):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is None or claim.subject is None, (claim.measure, claim.subject, claim.subject_text)


# --- people moved since a day of this year are a flow, not the stock the reference holds ---------

SINCE_A_DAY = [
    ("GENEVA - More than 4.6 million people have fled Ukraine since Feb. 24, the UN said.", "4.6 million"),
    ("The fighting has forced 4.4 million people from their homes since April.", "4.4 million"),
    ("Some 600,000 Sudanese have fled to Chad since April 15.", "600,000"),
    ("About 250,000 people have been displaced in Haiti since March.", "250,000"),
    ("Nearly 90,000 Armenians have fled Nagorno-Karabakh since Sept. 19.", "90,000"),
    ("Over 1 million Gazans have been displaced since Oct. 7.", "1 million"),
    ("More than 100,000 people have fled Lebanon to Syria since Sept. 23.", "100,000"),
    ("Some 700,000 Congolese have been driven from their homes since January.", "700,000"),
    ("The clashes have displaced 200,000 Somalis since February.", "200,000"),
    ("More than 50,000 Burkinabe have fled since 1 March.", "50,000"),
    ("Nearly 2 million Ukrainians have fled since Feb 24.", "2 million"),
    ("Some 1.5 million Sudanese have crossed into neighbouring countries since mid-April.", "1.5 million"),
    ("About 80,000 Ethiopians have been displaced since Nov. 4.", "80,000"),
    ("Since August, 300,000 Afghans have fled to Pakistan.", "300,000"),
    ("Some 40,000 Malians have fled to Mauritania since December.", "40,000"),
    ("The floods have displaced 500,000 Pakistanis since June.", "500,000"),
    ("More than 3 million Ukrainians have left since Feb. 24, the UN refugee agency says.", "3 million"),
    ("Around 120,000 South Sudanese have returned since May.", "120,000"),
    ("Roughly 60,000 Myanmar nationals have fled since 1 February.", "60,000"),
    ("At least 30,000 Nigerians have fled to Cameroon since July.", "30,000"),
]


@pytest.mark.parametrize("text,surface", SINCE_A_DAY, ids=[r[0][:60] for r in SINCE_A_DAY])
def test_moved_since_a_day_is_no_stock(reference, text, surface):
    claim = claim_of(reference, text, surface, date="2024-10-15")
    assert claim is None or claim.measure not in ("displaced", "refugees", "idps"), (
        claim.measure, claim.measure_text)


SINCE_A_YEAR = [
    ("Some 300,000 Peruvians have fled since April 2023.", "300,000"),
    ("Some 6.6 million Syrians have fled the country since 2011.", "6.6 million"),
]


@pytest.mark.parametrize("text,surface", SINCE_A_YEAR, ids=[r[0][:60] for r in SINCE_A_YEAR])
def test_moved_since_a_year_keeps_its_measure(reference, text, surface):
    claim = claim_of(reference, text, surface, date="2024-10-15")
    assert claim is not None and claim.measure in ("displaced", "refugees"), claim


# --- refugees "from" a country: the origin the text writes out ------------------------------------

ORIGINS = [
    ("COX'S BAZAR, Bangladesh - Rohingya joined some 490,000 refugees from Myanmar in the camps.",
     "490,000", "MMR"),
    ("Chad now shelters 1.2 million refugees from Sudan, the UN said.", "1.2 million", "SDN"),
    ("Turkey hosts 3.2 million refugees from Syria.", "3.2 million", "SYR"),
    ("Poland took in 1.5 million refugees from Ukraine.", "1.5 million", "UKR"),
    ("Uganda shelters 900,000 refugees from South Sudan.", "900,000", "SSD"),
    ("Kenya's camps hold 280,000 refugees from Somalia.", "280,000", "SOM"),
    ("Iran counts 750,000 refugees from Afghanistan.", "750,000", "AFG"),
    ("Ethiopia hosts 420,000 refugees from South Sudan.", "420,000", "SSD"),
    ("Colombia hosts 2.9 million refugees from Venezuela.", "2.9 million", "VEN"),
    ("Lebanon holds about 800,000 registered refugees from Syria.", "800,000", "SYR"),
    ("Bangladesh, where 960,000 refugees from Myanmar live, appealed for aid.", "960,000", "MMR"),
    ("Jordan says it hosts 650,000 refugees from Syria.", "650,000", "SYR"),
    ("Germany has taken in 1.1 million refugees from Ukraine.", "1.1 million", "UKR"),
    ("Cameroon shelters 350,000 refugees from the Central African Republic.", "350,000", "CAF"),
    ("Rwanda hosts 80,000 refugees from Burundi.", "80,000", "BDI"),
    ("Tanzania took in 200,000 refugees from Burundi.", "200,000", "BDI"),
    ("Niger hosts 250,000 refugees from Nigeria and Mali.", "250,000", "NGA"),
    ("Sudan hosted 800,000 refugees from South Sudan before the war.", "800,000", "SSD"),
    ("Pakistan hosts 1.3 million registered refugees from Afghanistan.", "1.3 million", "AFG"),
    ("Egypt says it has received 500,000 refugees from Sudan.", "500,000", "SDN"),
]


@pytest.mark.parametrize("text,surface,origin", ORIGINS, ids=[r[0][:60] for r in ORIGINS])
def test_refugees_from_a_country_are_its_refugees(reference, text, surface, origin):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is not None and (claim.measure, claim.subject) == ("refugees", origin), (
        claim and (claim.measure, claim.subject, claim.subject_text))


# --- the people "in" a place the reference does not know are that part's ------------------------

PLACED = [
    ("Nigeria's 3.3 million displaced include 1.8 million in Borno state.", "1.8 million"),
    ("Some 2 million people in Tigray need food aid, Ethiopia says.", "2 million"),
    ("About 500,000 people in Cabo Delgado have been displaced in Mozambique.", "500,000"),
    ("Ukraine says 1.2 million residents in Donetsk region were displaced.", "1.2 million"),
    ("The war displaced 300,000 in Darfur, Sudan's government said.", "300,000"),
    ("Some 700,000 people in Rakhine state were displaced in Myanmar.", "700,000"),
    ("Pakistan's floods displaced 1 million in Sindh province.", "1 million"),
    ("Ethiopia's conflict left 400,000 in Amhara region displaced.", "400,000"),
    ("Syria's war displaced 2.8 million in Idlib, aid groups say.", "2.8 million"),
    ("Congo's fighting displaced 1.5 million people in North Kivu province.", "1.5 million"),
    ("Iraq's 1.2 million displaced include 250,000 in Nineveh governorate.", "250,000"),
    ("Somalia's drought displaced 400,000 people in Baidoa.", "400,000"),
    ("Yemen's war displaced 600,000 in Marib, the UN said.", "600,000"),
    ("Burkina Faso's 2 million displaced include 300,000 in Djibo.", "300,000"),
    ("Haiti's 578,000 displaced include 200,000 in Port-au-Prince.", "200,000"),
    ("Cameroon's crisis displaced 700,000 people in Anglophone regions.", "700,000"),
    ("Mozambique's 1 million displaced include 800,000 in Cabo Delgado.", "800,000"),
    ("Ukraine's war displaced 500,000 residents in Kharkiv region.", "500,000"),
    ("Sudan's RSF displaced 250,000 people in El Fasher.", "250,000"),
    ("Afghanistan's quake displaced 40,000 in Herat province.", "40,000"),
]


@pytest.mark.parametrize("text,surface", PLACED, ids=[r[0][:60] for r in PLACED])
def test_people_in_an_unknown_place_are_a_part(reference, text, surface):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is None or claim.unresolved == "part-placed" or claim.measure is None, (
        claim.measure, claim.subject, claim.unresolved, claim.subject_text)


PLACED_WHOLE = [
    ("Boko Haram's insurgency has displaced 8 million people in Nigeria's north-east.", "8 million"),
    ("Some 3.2 million Syrian refugees live in Turkey.", "3.2 million"),
    ("About 3.4 million people were displaced in Sudan in October.", "3.4 million"),
]


@pytest.mark.parametrize("text,surface", PLACED_WHOLE, ids=[r[0][:60] for r in PLACED_WHOLE])
def test_people_in_a_known_place_or_a_time_are_no_part(reference, text, surface):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is not None and claim.unresolved != "part-placed", claim


# --- the dead of one attack or accident are that incident's ---------------------------------------

INCIDENTS = [
    ("An air strike on a 31-truck convoy near Aleppo killed about 20 civilians.", "20"),
    ("A suicide bombing in Kabul killed 60 people, the Afghan government said.", "60"),
    ("The attack on the market killed 35 Syrians.", "35"),
    ("Monday's blast killed 12 people in the Syrian capital.", "12"),
    ("A drone strike killed 15 Afghan civilians.", "15"),
    ("The shelling of the hospital killed 40 people in Syria.", "40"),
    ("An ambush in northern Mali killed 30 soldiers and civilians.", "30"),
    ("A landslide in Papua New Guinea killed 670 people.", "670"),
    ("The raid on the village killed 80 Nigerians.", "80"),
    ("A stampede at the stadium killed 125 Indonesians.", "125"),
    ("An explosion at the port killed 218 people in Lebanon.", "218"),
    ("A missile strike on the mall killed 21 Ukrainians.", "21"),
    ("The massacre in the village killed 200 Burkinabe.", "200"),
    ("A car bombing in Mogadishu killed 500 Somalis.", "500"),
    ("A fire at the camp killed 9 Rohingya refugees.", "9"),
    ("The crash killed 157 Ethiopians and foreigners.", "157"),
    ("Friday's attack wounded 45 Pakistanis.", "45"),
    ("An airstrike on the school injured 30 Yemeni children.", "30"),
    ("A shooting at the mosque killed 51 people in New Zealand.", "51"),
    ("A bombing at the checkpoint killed 18 Iraqi police.", "18"),
]


@pytest.mark.parametrize("text,surface", INCIDENTS, ids=[r[0][:60] for r in INCIDENTS])
def test_the_dead_of_an_incident_are_a_part(reference, text, surface):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is None or claim.unresolved == "incident" or claim.measure not in ("deaths", "injured"), (
        claim.measure, claim.subject, claim.unresolved)


TOLLS = [
    ("Syria's war has killed more than 500,000 people.", "500,000", "deaths"),
    ("The war in Syria has killed 470,000 people, a research centre said.", "470,000", "deaths"),
]


@pytest.mark.parametrize("text,surface,measure", TOLLS, ids=[r[0][:60] for r in TOLLS])
def test_a_war_toll_is_no_incident(reference, text, surface, measure):
    claim = claim_of(reference, text, surface, date="2016-10-18")
    assert claim is not None and claim.measure == measure and claim.unresolved is None, claim


# --- a people's name before a noun of another party is no subject ("a Russian lawmaker") --------

DESCRIBED = [
    ("Half of Ukrainians have fled, a Russian lawmaker claimed, while Kyiv says 3.7 million people are internally displaced.", "3.7 million", "UKR"),
    ("A Russian senator disputed it, but Ukraine says 3.7 million are internally displaced.", "3.7 million", "UKR"),
    ("Sudanese army shelling drove 200,000 Chadians from their homes, Chad said.", "200,000", "TCD"),
    ("Near the Somali border, Kenya counts 300,000 internally displaced.", "300,000", "KEN"),
    ("Israeli media reported that 1.9 million Palestinians were displaced.", "1.9 million", "PSE"),
    ("A Syrian diplomat denied that 6.8 million Syrians are internally displaced.", "6.8 million", "SYR"),
    ("Ethiopian troops crossed as Somalia counted 3.8 million internally displaced.", "3.8 million", "SOM"),
    ("Afghan forces left as 3.5 million Afghans remained internally displaced.", "3.5 million", "AFG"),
    ("Turkish state media said 1.5 million Syrians had returned to Syria, which counts 7 million internally displaced.", "7 million", "SYR"),
    ("Iranian lawmakers said Afghanistan has 4 million internally displaced.", "4 million", "AFG"),
    ("A Chinese envoy visited Myanmar, where 3 million are internally displaced.", "3 million", "MMR"),
    ("Rwandan army units were seen as Congo counted 6.9 million internally displaced.", "6.9 million", "COD"),
    ("Pakistani television said Afghanistan had 3.2 million internally displaced.", "3.2 million", "AFG"),
    ("A Saudi general said Yemen has 4.5 million internally displaced.", "4.5 million", "YEM"),
    ("Russian forces shelled Kharkiv as Ukraine counted 4 million internally displaced.", "4 million", "UKR"),
    ("Eritrean troops withdrew, leaving Ethiopia with 4 million internally displaced.", "4 million", "ETH"),
    ("Egyptian diplomats met as Sudan's internally displaced reached 9 million.", "9 million", "SDN"),
    ("Venezuelan exporters struggled as Colombia counted 5 million internally displaced.", "5 million", "COL"),
    ("An American diplomat said Haiti has 700,000 internally displaced.", "700,000", "HTI"),
    ("Burundian militias crossed as Congo's internally displaced reached 7 million.", "7 million", "COD"),
]


@pytest.mark.parametrize("text,surface,subject", DESCRIBED, ids=[r[0][:60] for r in DESCRIBED])
def test_a_people_describing_another_party_is_no_subject(reference, text, surface, subject):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is None or claim.subject in (subject, None), (claim.measure, claim.subject, claim.subject_text)


# --- a pronoun or a camp that hosts refugees: a host's count, in the country the sentence names --

HOSTED = [
    "KAMPALA: Uganda had 4.8 lakh internally displaced, even as it hosts over 15 lakh refugees from its neighbours.",
    "NAIROBI - Kenya's economy grew, while the Dadaab camps near the border shelter 370,000 refugees.",
    "Chad, which hosts 1.1 million refugees, appealed for aid.",
    "Bangladesh says it shelters 960,000 refugees in Cox's Bazar.",
    "Ethiopia's camps host 900,000 refugees from its neighbours.",
    "Jordan, which houses 650,000 refugees, asked for funds.",
    "Lebanon says it hosts 1.5 million refugees.",
    "Pakistan, which shelters 1.3 million refugees, is deporting others.",
    "Tanzania's settlements host 250,000 refugees.",
    "Sudan, which hosted 1.1 million refugees, is now at war.",
    "Niger's camps shelter 300,000 refugees from Mali and Nigeria.",
    "Cameroon, which hosts 470,000 refugees, faces its own conflict.",
    "Iran says it hosts 3.4 million refugees and other displaced people.",
    "Rwanda, which shelters 130,000 refugees, signed the deal.",
    "Germany says it hosts 2.6 million refugees.",
    "Colombia, which hosts 2.9 million refugees, seeks aid.",
    "Turkey says it shelters 3.2 million refugees.",
    "South Sudan's camps host 300,000 refugees from Sudan.",
    "Egypt, which hosts 500,000 refugees, tightened its borders.",
    "Poland says it hosts 1 million refugees.",
]


@pytest.mark.parametrize("text", HOSTED, ids=[t[:60] for t in HOSTED])
def test_a_hosts_count_is_no_origins_count(reference, text):
    surface = next(w for w in text.replace(",", " ").split() if any(c.isdigit() for c in w) and w[0].isdigit()
                   and text[text.index(w) + len(w):].lstrip().startswith(("lakh", "million", "refugees")))
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is None or claim.host is not None or claim.measure != "refugees", (
        claim.measure, claim.subject, claim.host, claim.subject_text)


# --- "with" and a people counts the people only where nothing else in its clause is counted ------

WITH_OTHER_MEASURE = [
    ("Syria seeks investment, with 7.4 million Syrians still displaced inside the country.", "7.4 million", "idps"),
    ("The talks began, with 3.8 million Somalis displaced inside the country.", "3.8 million", "idps"),
    ("The war goes on, with 6.5 million Ukrainians living as refugees abroad.", "6.5 million", "refugees"),
    ("Aid was cut, with 2.3 million Sudanese displaced within the country.", "2.3 million", "idps"),
    ("The floods hit, with 1.2 million Pakistanis displaced inside the country.", "1.2 million", "idps"),
    ("The peace deal stalled, with 4 million Congolese internally displaced.", "4 million", "idps"),
    ("Fighting resumed, with 900,000 Malians internally displaced.", "900,000", "idps"),
    ("Elections were held, with 3.5 million Afghans internally displaced.", "3.5 million", "idps"),
    ("The economy shrank, with 1.8 million Iraqis internally displaced.", "1.8 million", "idps"),
    ("Aid arrived, with 2 million Ethiopians internally displaced.", "2 million", "idps"),
    ("The drought deepened, with 1 million Kenyans internally displaced.", "1 million", "idps"),
    ("Talks failed, with 5 million Colombians internally displaced.", "5 million", "idps"),
    ("The junta held power, with 3 million Burmese internally displaced.", "3 million", "idps"),
    ("Ceasefire talks began, with 6 million Sudanese displaced inside the country.", "6 million", "idps"),
    ("The rains came, with 600,000 Haitians internally displaced.", "600,000", "idps"),
    ("The army advanced, with 2.7 million Nigerians internally displaced.", "2.7 million", "idps"),
    ("The crisis worsened, with 1.9 million Cameroonians internally displaced.", "1.9 million", "idps"),
    ("Prices rose, with 3.3 million Yemenis internally displaced.", "3.3 million", "idps"),
    ("Schools closed, with 2 million Burkinabe internally displaced.", "2 million", "idps"),
    ("Talks resumed, with 7 million Syrians displaced inside the country.", "7 million", "idps"),
]


@pytest.mark.parametrize("text,surface,measure", WITH_OTHER_MEASURE, ids=[r[0][:60] for r in WITH_OTHER_MEASURE])
def test_with_a_people_and_another_measure(reference, text, surface, measure):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is None or claim.measure != "population", (claim.measure, claim.measure_text)


WITH_POPULATION = [
    ("With 44 million people, Ukraine is Europe's eighth most populous country.", "44 million", "population"),
]


@pytest.mark.parametrize("text,surface,measure", WITH_POPULATION, ids=[r[0][:60] for r in WITH_POPULATION])
def test_with_a_people_alone_is_the_population(reference, text, surface, measure):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is not None and claim.measure == measure


# --- people who need aid are no measure the reference holds ----------------------------------------

NEED = [
    "Drought has displaced a fifth of Somalis inside the country, and 6.9 million Somalis need aid.",
    "Some 25 million Sudanese need humanitarian assistance after displacement.",
    "About 18 million Yemenis need food aid, refugees included.",
    "Nearly 24 million Afghans need aid, the displaced among them.",
    "More than 16 million Syrians require assistance as refugees return.",
    "Some 4 million Haitians face hunger as the displaced grow in number.",
    "About 20 million Ethiopians need food aid after the war displaced millions.",
    "Some 8 million Somalis face famine; many are displaced inside the country.",
    "About 3 million Ukrainians need shelter, many displaced from their homes.",
    "Some 12 million Congolese go hungry as the displaced flee.",
    "More than 5 million Burmese need aid as refugees leave.",
    "Around 2 million Palestinians rely on aid, nearly all displaced.",
    "Some 9 million Nigerians need help in the north, where the displaced live.",
    "About 1.4 million Malians require aid; the displaced suffer most.",
    "Some 6 million Zimbabweans face hunger as refugees cross.",
    "Nearly 7 million South Sudanese face starvation, and the displaced suffer most.",
    "About 2.7 million Libyans lack water as the displaced return.",
    "Some 11 million Kenyans need food aid, refugees too.",
    "Over 30 million Pakistanis needed aid after the floods displaced millions.",
    "Some 15 million Iraqis depend on aid, many displaced.",
]


@pytest.mark.parametrize("text", NEED, ids=[t[:60] for t in NEED])
def test_people_in_need_are_no_measure(reference, text):
    surface = next(w for w in text.split() if w[0].isdigit())
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is None or claim.measure is None, (claim.measure, claim.measure_text)


NEED_OWNED = [
    ("Yemen's 40.6 million people face famine, aid agencies say.", "40.6 million", "population"),
    ("Half of Somalia's 17 million people need aid to survive.", "17 million", "population"),
]


@pytest.mark.parametrize("text,surface,measure", NEED_OWNED, ids=[r[0][:60] for r in NEED_OWNED])
def test_an_owned_count_in_need_keeps_its_measure(reference, text, surface, measure):
    claim = claim_of(reference, text, surface, date="2024-06-15")
    assert claim is not None and claim.measure == measure
