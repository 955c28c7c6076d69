"""Synthetic names, addresses and contact details for demo and benchmark databases.

Every person made here is a random combination of common given names, surnames, generic
street names and postcode areas: never a real person. Given names and surnames are those
common in the Rotterdam region, Dutch and of its Moroccan, Turkish, Surinamese and Cape
Verdean communities. Phone numbers use the 555 blocks that are not handed out to
subscribers, and every e-mail domain ends in ``.example`` (RFC 2606), so no message can
reach anyone.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

from sisa_desk.domain.names import display_name
from sisa_desk.domain.persons import Gender

# ------------------------------------------------------------------ names

DUTCH_MALE = (
    "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Luuk", "Noah", "Bram", "Thijs", "Jesse",
    "Ruben", "Tim", "Thomas", "Lars", "Max", "Julian", "Stijn", "Sven", "Tom", "Gijs", "Jayden",
    "Dex", "Mees", "Siem", "Hugo", "Jens", "Koen", "Niels", "Rick", "Kevin", "Dennis", "Jeroen",
    "Mark", "Bas", "Wouter", "Pieter", "Jan", "Willem", "Hendrik", "Johannes", "Cornelis",
    "Sander", "Joost", "Martijn", "Robin", "Teun", "Olivier", "Floris", "Job", "Guus", "Morris",
)  # fmt: skip
DUTCH_FEMALE = (
    "Emma", "Julia", "Tess", "Sophie", "Zoë", "Mila", "Sara", "Eva", "Anna", "Lotte", "Fenna",
    "Nina", "Lisa", "Fleur", "Sanne", "Iris", "Noa", "Saar", "Lieke", "Roos", "Femke", "Isa",
    "Evi", "Maud", "Yara", "Liv", "Esmee", "Amber", "Britt", "Demi", "Kim", "Laura", "Anouk",
    "Lisanne", "Maria", "Johanna", "Elisabeth", "Catharina", "Marloes", "Ilse", "Naomi",
    "Jasmijn", "Floor", "Merel", "Romy", "Ezra", "Linde", "Vera",
)  # fmt: skip
# (prefix, surname): the prefix is the tussenvoegsel, sorted apart from the surname proper.
DUTCH_SURNAMES = (
    ("", "Jansen"), ("de", "Jong"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"),
    ("", "Bakker"), ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"),
    ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"),
    ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"),
    ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"),
    ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"),
    ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"),
    ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"),
    ("van", "Vliet"), ("van de", "Ven"), ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"),
    ("", "Koster"), ("van", "Dam"), ("van der", "Wal"), ("", "Prins"), ("", "Blom"),
    ("", "Huisman"), ("de", "Leeuw"), ("", "Kuipers"), ("", "Kramer"), ("van den", "Bosch"),
    ("", "Post"), ("", "Vink"), ("van", "Wijk"), ("", "Schipper"), ("", "Verbeek"),
    ("", "Willemsen"), ("van", "Doorn"), ("", "Bosman"), ("", "Groen"), ("", "Molenaar"),
    ("de", "Ruiter"), ("van der", "Laan"), ("", "Postma"), ("", "Timmermans"),
    ("van", "Rijn"), ("", "Koopman"), ("", "Hermans"), ("", "Wouters"), ("van 't", "Hof"),
    ("", "Verschoor"), ("in 't", "Veld"), ("ter", "Horst"), ("", "Goossens"), ("van", "Es"),
    ("", "Klaassen"), ("", "Bouwman"), ("van", "Zanten"), ("den", "Hartog"),
)  # fmt: skip

MOROCCAN_MALE = (
    "Mohamed", "Ayoub", "Bilal", "Hamza", "Yassine", "Anas", "Adam", "Amine", "Zakaria",
    "Ilias", "Soufiane", "Mehdi", "Rayan", "Imran", "Youssef", "Othman", "Nabil", "Karim",
)  # fmt: skip
MOROCCAN_FEMALE = (
    "Fatima", "Yasmina", "Noor", "Salma", "Hiba", "Aya", "Malak", "Nora", "Khadija", "Sara",
    "Ikram", "Imane", "Chaima", "Hajar", "Soumaya", "Dounia", "Rania", "Lina",
)  # fmt: skip
MOROCCAN_SURNAMES = (
    "El Amrani", "Bouzid", "Ouali", "El Idrissi", "Benali", "Azzouzi", "Boukhari", "Ait Said",
    "El Khatib", "Haddou", "Bakkali", "Chaouch", "Ziani", "Bouali", "El Hamdaoui", "Tahiri",
    "Amrani", "Belhaj", "Mansouri", "Ouazzani",
)  # fmt: skip
TURKISH_MALE = (
    "Emre", "Mehmet", "Yusuf", "Burak", "Can", "Kerem", "Mert", "Eren", "Efe", "Ömer", "Arda",
    "Hakan", "Baran", "Emir", "Furkan", "Kaan",
)  # fmt: skip
TURKISH_FEMALE = (
    "Elif", "Zeynep", "Ayşe", "Esra", "Merve", "Büşra", "Defne", "Ecrin", "Hatice", "Selin",
    "Zehra", "Eda", "Melek", "Irem", "Yaren", "Nisa",
)  # fmt: skip
TURKISH_SURNAMES = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
    "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özdemir", "Polat", "Erdem",
    "Güler",
)  # fmt: skip
SURINAMESE_MALE = (
    "Dwayne", "Rigello", "Jermaine", "Shaquille", "Quincy", "Romano", "Xavier", "Ravi",
    "Anand", "Sunil", "Rakesh", "Gyan", "Darnell", "Tyrone", "Vishal", "Joel",
)  # fmt: skip
SURINAMESE_FEMALE = (
    "Shanice", "Chanella", "Naomi", "Kimberley", "Priya", "Anjali", "Sharmila", "Natasha",
    "Gaitree", "Rosita", "Shirley", "Jamila", "Kavita", "Rachelle", "Sunita", "Chantal",
)  # fmt: skip
SURINAMESE_SURNAMES = (
    "Ramdin", "Sewdien", "Jagesar", "Mohabier", "Bhagwandin", "Ramautar", "Soekhoe",
    "Kartodikromo", "Sarmo", "Pinas", "Lieveld", "Doelwijt", "Wijngaarde", "Abena", "Kanhai",
    "Ramsaran", "Tjon", "Karsodikromo", "Zeefuik", "Brunings",
)  # fmt: skip
CAPE_VERDEAN_MALE = (
    "Djeison", "Edson", "Nelson", "Elton", "Ailton", "Jandir", "Kevin", "Adilson", "Helder",
    "Wilson", "Carlos", "Danilo",
)  # fmt: skip
CAPE_VERDEAN_FEMALE = (
    "Jandira", "Edna", "Ivanilda", "Celeste", "Djenifer", "Luana", "Denise", "Sandra",
    "Elisangela", "Vanessa", "Carla", "Nadia",
)  # fmt: skip
CAPE_VERDEAN_SURNAMES = (
    "Fortes", "Monteiro", "Lopes", "Tavares", "Semedo", "Gomes", "Rodrigues", "Pereira",
    "Andrade", "Silva", "Varela", "Fernandes", "Delgado", "Barbosa", "Moreira", "Évora",
)  # fmt: skip


@dataclass(frozen=True)
class NameGroup:
    weight: int
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[tuple[str, str], ...]
    max_given_names: int


def _plain(surnames: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(("", s) for s in surnames)


NAME_GROUPS = (
    NameGroup(68, DUTCH_MALE, DUTCH_FEMALE, DUTCH_SURNAMES, 3),
    NameGroup(10, MOROCCAN_MALE, MOROCCAN_FEMALE, _plain(MOROCCAN_SURNAMES), 2),
    NameGroup(9, TURKISH_MALE, TURKISH_FEMALE, _plain(TURKISH_SURNAMES), 2),
    NameGroup(9, SURINAMESE_MALE, SURINAMESE_FEMALE, _plain(SURINAMESE_SURNAMES), 2),
    NameGroup(4, CAPE_VERDEAN_MALE, CAPE_VERDEAN_FEMALE, _plain(CAPE_VERDEAN_SURNAMES), 2),
)
_GROUP_CUM = tuple(accumulate(g.weight for g in NAME_GROUPS))
_GIVEN_COUNT_CUM = (55, 88, 100)  # one, two or three given names


@dataclass(frozen=True)
class PersonName:
    given_names: str
    prefix: str
    surname: str

    @property
    def display(self) -> str:
        return display_name(self.given_names, self.prefix, self.surname)


def person_name(rng: random.Random, gender: Gender) -> PersonName:
    """A synthetic name: given names and surname mostly from one community's lists, with
    some mixing (as in any city)."""
    (group,) = rng.choices(NAME_GROUPS, cum_weights=_GROUP_CUM)
    if gender is Gender.OTHER:
        gender = rng.choice((Gender.MALE, Gender.FEMALE))
    given_pool = group.male if gender is Gender.MALE else group.female
    (count,) = rng.choices((1, 2, 3), cum_weights=_GIVEN_COUNT_CUM)
    count = min(count, group.max_given_names)
    given = [rng.choice(given_pool) for _ in range(count)]
    given = list(dict.fromkeys(given))  # "Jan Jan" reads as a mistake
    surname_group = group
    if rng.random() < 0.1:
        (surname_group,) = rng.choices(NAME_GROUPS, cum_weights=_GROUP_CUM)
    prefix, surname = rng.choice(surname_group.surnames)
    return PersonName(" ".join(given), prefix, surname)


def professional_name(rng: random.Random) -> PersonName:
    """A professional is named by one given name, as in a directory."""
    gender = Gender.FEMALE if rng.random() < 0.7 else Gender.MALE
    name = person_name(rng, gender)
    return PersonName(name.given_names.split()[0], name.prefix, name.surname)


def email_local_part(name: PersonName) -> str:
    """ "Zoë", "van der", "Meer" -> "zoe.vandermeer" (ASCII, no spaces or apostrophes)."""

    def fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i").casefold())
        return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())

    return f"{fold(name.given_names)}.{fold(name.prefix + name.surname)}"


# ------------------------------------------------------------------ addresses

STREETS = (
    "Kerkstraat", "Molenweg", "Havenstraat", "Dorpsstraat", "Schoolstraat", "Stationsweg",
    "Julianalaan", "Wilhelminastraat", "Beatrixlaan", "Oranjestraat", "Lindelaan", "Eikenlaan",
    "Beukenlaan", "Kastanjelaan", "Rozenstraat", "Tulpstraat", "Merelstraat", "Lijsterlaan",
    "Vinkenstraat", "Dijkstraat", "Sluisweg", "Kade", "Marktplein", "Nieuwstraat", "Achterweg",
    "Parkweg", "Zuidsingel", "Noordsingel", "Westkade", "Oostpolderweg", "Populierenlaan",
    "Wilgenhof", "Berkenstraat", "Esdoornlaan", "Meeuwenplein", "Reigerstraat",
    "Zwanenweg", "Bloemstraat", "Tuinstraat", "Veerweg", "Brugstraat", "Schaapsweg",
    "Vlasakker", "Hoefsmidstraat", "Bakkerstraat", "Smidsweg", "Ankerplaats", "Bootsmanstraat",
    "Scheepmakerskade", "Loodsstraat", "Zeilmakerstraat", "Boeierhof", "Botterstraat",
    "Kotterplein", "Rivierweg", "Waterweg", "Polderstraat", "Gemaalweg", "Dorpsplein",
    "Raadhuisstraat",
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    name: str  # the woonplaats, as it is written on a letter
    weight: int
    postcode_areas: tuple[tuple[int, int], ...]  # inclusive ranges of the four digits


# Woonplaatsen of the region with the four-digit areas they use; Rotterdam is the majority.
PLACES = (
    Place("Rotterdam", 600, ((3011, 3089),)),
    Place("Schiedam", 60, ((3111, 3125),)),
    Place("Vlaardingen", 60, ((3131, 3138),)),
    Place("Maassluis", 30, ((3141, 3146),)),
    Place("Capelle aan den IJssel", 50, ((2901, 2909),)),
    Place("Krimpen aan den IJssel", 20, ((2921, 2926),)),
    Place("Barendrecht", 40, ((2991, 2994),)),
    Place("Ridderkerk", 40, ((2981, 2987),)),
    Place("Rhoon", 10, ((3161, 3162),)),  # Albrandswaard
    Place("Poortugaal", 10, ((3171, 3176),)),  # Albrandswaard
    Place("Spijkenisse", 50, ((3200, 3209),)),  # Nissewaard
    Place("Hellevoetsluis", 30, ((3221, 3226),)),
    Place("Berkel en Rodenrijs", 15, ((2651, 2652),)),  # Lansingerland
    Place("Bergschenhoek", 15, ((2661, 2662),)),  # Lansingerland
    Place("Bleiswijk", 10, ((2665, 2666),)),  # Lansingerland
)
_PLACE_CUM = tuple(accumulate(p.weight for p in PLACES))
# Postcode letters leave out F, I, O, Q, U and Y; SA, SD and SS are not used.
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
_POSTCODE_PAIRS = tuple(
    a + b for a in _POSTCODE_LETTERS for b in _POSTCODE_LETTERS if a + b not in ("SA", "SD", "SS")
)


@dataclass(frozen=True)
class Address:
    street: str
    house_number: str
    postcode: str
    city: str


def postcode(rng: random.Random, place: Place) -> str:
    low, high = rng.choice(place.postcode_areas)
    return f"{rng.randint(low, high)} {rng.choice(_POSTCODE_PAIRS)}"


def house_number(rng: random.Random) -> str:
    number = str(int(rng.triangular(1, 240, 12)))
    roll = rng.random()
    if roll < 0.10:
        return number + rng.choice("ABCD")
    if roll < 0.16:
        return f"{number}-{rng.randint(1, 4)}"
    return number


def address(rng: random.Random) -> Address:
    (place,) = rng.choices(PLACES, cum_weights=_PLACE_CUM)
    return Address(rng.choice(STREETS), house_number(rng), postcode(rng, place), place.name)


# ------------------------------------------------------------------ contact details


def office_phone(rng: random.Random) -> str:
    """A Rotterdam-area number in the 555 block: 010-555xxxx."""
    return f"010-555{rng.randrange(10_000):04d}"


def mobile_phone(rng: random.Random) -> str:
    """A mobile number in the 06-5550 block: 06-5550xxxx."""
    return f"06-5550{rng.randrange(10_000):04d}"
