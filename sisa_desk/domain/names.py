"""Names: how they are shown, and when two surnames may belong to the same young person.

`similar_names` serves the review queue for young people without a BSN (DESIGN.md §2); the
date of birth is compared elsewhere. It only proposes a possible duplicate: a person decides.
"""

from __future__ import annotations

import unicodedata

# Dutch surname prefixes (tussenvoegsels), compared word by word so "van der" and "van den"
# are covered too.
_PREFIX_WORDS = frozenset(
    {
        "van", "de", "der", "den", "het", "'t", "t", "te", "ter", "ten", "in", "op", "onder",
        "over", "aan", "bij", "uit", "voor", "la", "le", "les", "du", "d'", "d", "da", "di",
        "del", "della", "dos", "von", "vom", "zum", "zur", "'s", "s", "el", "al", "l'",
    }
)  # fmt: skip
LONG_NAME = 8  # from this many letters, two typing errors are allowed instead of one


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def surname_key(surname: str) -> str:
    """The surname without prefixes, accents, case, spaces and punctuation.

    "Van der Berg-Öztürk" and "berg ozturk" give the same key. The Dutch ij and y are one.
    """
    words = _fold(surname).replace("’", "'").split()
    core = [w for w in words if w not in _PREFIX_WORDS] or words
    return "".join(ch for ch in "".join(core) if ch.isalnum()).replace("ij", "y")


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Edit distance counting a swap of two neighbours as one edit (optimal string alignment),
    capped at limit + 1.

    Only the cells within `limit` of the diagonal can hold `limit` or less (the distance
    between prefixes of lengths i and j is at least |i - j|); the others count as limit + 1.
    Once two rows in a row are all above the limit, so is every later one.
    """
    over = limit + 1
    if abs(len(a) - len(b)) > limit:
        return over
    prev2: list[int] = []
    prev = [min(j, over) for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        char = a[i - 1]
        cur = [over] * (len(b) + 1)
        cur[0] = min(i, over)
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            # The least of keep or substitute, delete, insert and swap; written out, as this
            # is the inner loop.
            value = prev[j - 1] + (char != b[j - 1])
            if prev[j] < value:
                value = prev[j] + 1
            if cur[j - 1] < value:
                value = cur[j - 1] + 1
            swap = i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == b[j - 1]
            if swap and prev2[j - 2] < value:
                value = prev2[j - 2] + 1
            cur[j] = value if value < over else over
        if min(cur) == over and min(prev) == over:
            return over
        prev2, prev = prev, cur
    return prev[-1]


def similar_names(a: str, b: str) -> bool:
    """Whether two surnames may be the same one, spelled or typed differently."""
    return similar_keys(surname_key(a), surname_key(b))


def similar_keys(key_a: str, key_b: str) -> bool:
    """`similar_names` on the surnames' `surname_key`s."""
    if not key_a or not key_b:
        return False
    limit = 2 if min(len(key_a), len(key_b)) >= LONG_NAME else 1
    return _edit_distance(key_a, key_b, limit) <= limit


def display_name(given_names: str, prefix: str, surname: str) -> str:
    """ "Jan", "de", "Vries" -> "Jan de Vries"; empty parts are left out."""
    return " ".join(part.strip() for part in (given_names, prefix, surname) if part.strip())


def sort_name(given_names: str, prefix: str, surname: str) -> str:
    """ "Jan", "de", "Vries" -> "Vries, Jan de": the Dutch way to sort, by surname proper."""
    rest = " ".join(part.strip() for part in (given_names, prefix) if part.strip())
    return f"{surname.strip()}, {rest}" if rest else surname.strip()
