"""Countries, their seats of government, capitals and demonyms, and the English names of countries and
territories (the CLDR's, in the forms articles write them)."""

from __future__ import annotations

import re
from functools import cache

# Seats of government and capitals standing for a country; merged only if the country is named.
SEATS = {
    "kremlin": "russia",
    "white house": "united states",
    "pentagon": "united states",
    "downing street": "united kingdom",
    "whitehall": "united kingdom",
    "elysee": "france",
    "élysée": "france",
    "zhongnanhai": "china",
}
CAPITALS = {
    "moscow": "russia",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "washington": "united states",
    "beijing": "china",
    "london": "united kingdom",
    "paris": "france",
    "berlin": "germany",
    "brussels": "european union",
    "tokyo": "japan",
    "tehran": "iran",
    "ankara": "turkey",
    "pyongyang": "north korea",
    "seoul": "south korea",
    "taipei": "taiwan",
    "new delhi": "india",
    "ottawa": "canada",
    "canberra": "australia",
    "warsaw": "poland",
    "rome": "italy",
    "madrid": "spain",
    "damascus": "syria",
    "cairo": "egypt",
    "riyadh": "saudi arabia",
    "baghdad": "iraq",
    "kabul": "afghanistan",
    "islamabad": "pakistan",
    "dhaka": "bangladesh",
    "jakarta": "indonesia",
    "manila": "philippines",
    "bangkok": "thailand",
    "hanoi": "vietnam",
    "kuala lumpur": "malaysia",
    "nairobi": "kenya",
    "pretoria": "south africa",
    "abuja": "nigeria",
    "addis ababa": "ethiopia",
    "khartoum": "sudan",
    "tripoli": "libya",
    "algiers": "algeria",
    "rabat": "morocco",
    "tunis": "tunisia",
    "beirut": "lebanon",
    "amman": "jordan",
    "doha": "qatar",
    "buenos aires": "argentina",
    "brasilia": "brazil",
    "brasília": "brazil",
    "mexico city": "mexico",
    "havana": "cuba",
    "caracas": "venezuela",
    "bogota": "colombia",
    "bogotá": "colombia",
    "dublin": "ireland",
    "athens": "greece",
    "lisbon": "portugal",
    "vienna": "austria",
    "stockholm": "sweden",
    "oslo": "norway",
    "copenhagen": "denmark",
    "helsinki": "finland",
    "budapest": "hungary",
    "prague": "czech republic",
    "bucharest": "romania",
    "minsk": "belarus",
    "baku": "azerbaijan",
    "yerevan": "armenia",
    "kathmandu": "nepal",
    "colombo": "sri lanka",
    "amsterdam": "netherlands",
    "kinshasa": "congo",
    "harare": "zimbabwe",
    "accra": "ghana",
}


@cache
def _countries() -> frozenset[str]:
    from babel import Locale  # the CLDR's English names of countries and territories

    named = Locale("en").territories.items()
    # countries and territories only: not regions ("Africa", numbered), unions or "United Nations"
    return frozenset(
        form
        for code, name in named
        if code.isalpha() and code not in _NOT_COUNTRIES
        for form in _written(name.casefold())
    )


_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


def _written(name: str) -> set[str]:
    """The ways an article writes a CLDR name: "Myanmar" and "Burma" of "Myanmar (Burma)", "Trinidad and
    Tobago" of "Trinidad & Tobago", "Saint Lucia" of "St. Lucia", "St Vincent" and "Saint Vincent and the
    Grenadines" of "St. Vincent & Grenadines", "Hong Kong" of "Hong Kong SAR China", "Congo" of "Congo -
    Kinshasa"."""
    bare = re.sub(r"\s*\((.*)\)|\s+-\s+.*| sar china$", "", name)
    inner = re.findall(r"\((.*)\)", name)
    forms = {name, bare, *inner}
    forms |= {f.replace("&", "and") for f in forms} | {name.replace("& grenadines", "and the grenadines")}
    forms |= {f.split(" & ")[0] for f in forms if f.startswith("st. ")}  # "St Vincent", "St Kitts"
    return forms | {f.replace("st. ", "saint ") for f in forms} | {f.replace("st. ", "st ") for f in forms}


def is_country(name: str) -> bool:
    """True for the English name of a country or territory ("Chile", "Australia")."""
    return name.casefold() in _countries()


# Surface forms of one country or union (keys as above).
COUNTRY_FORMS = {
    "united states": ("united states", "us", "u.s.", "usa", "u.s.a.", "america", "united states of america"),
    "united kingdom": ("united kingdom", "uk", "u.k.", "britain", "great britain"),
    "european union": ("european union", "eu", "e.u."),
    "russia": ("russia", "russian federation"),
    "china": ("china", "people's republic of china", "prc"),
}
# Demonyms whose first four letters differ from their country's; others match by prefix.
DEMONYMS = {
    "french": "fran",
    "british": "unit",
    "uk": "unit",
    "britain": "unit",
    "english": "engl",
    "american": "us",
    "us": "us",
    "u.s.": "us",
    "america": "us",
    "united states": "us",
    "dutch": "neth",
    "finnish": "finl",
    "swiss": "swit",
    "polish": "pola",
    "spanish": "spai",
    "irish": "irel",
    "danish": "denm",
    "filipino": "phil",
    "european": "eu",
    "eu": "eu",
    "european union": "eu",
}
