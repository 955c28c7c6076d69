"""Look-ups that registrations repeat: the organisations, a table of tens to hundreds of rows
that changes rarely. Read once and kept briefly, since registering a signal must stay under
2 ms (DESIGN.md §5)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sisa_desk.domain.directory import Sector
from sisa_desk.store.models import Organisation

MEMO_KEY = "organisations"
TTL_SECONDS = 30.0

_ALL = select(
    Organisation.id,
    Organisation.code,
    Organisation.name,
    Organisation.sector,
    Organisation.active,
    Organisation.may_coordinate,
    Organisation.coordinator_priority,
)


@dataclass(frozen=True)
class OrganisationFacts:
    id: int
    code: str
    name: str
    sector: Sector
    active: bool
    may_coordinate: bool
    coordinator_priority: int


class OrganisationCache:
    """Organisations by code and id. With a ``memo`` (the open database's) the list is shared
    between units of work for 30 s; the directory service forgets it on every change."""

    def __init__(self, session: Session, memo: dict[str, object] | None = None) -> None:
        self._session = session
        self._memo = memo
        self._by_id: dict[int, OrganisationFacts] | None = None
        self._by_code: dict[str, OrganisationFacts] = {}

    def _load(self) -> dict[int, OrganisationFacts]:
        if self._by_id is not None:
            return self._by_id
        now = time.monotonic()
        cached = self._memo.get(MEMO_KEY) if self._memo is not None else None
        if cached is None or now - cached[0] > TTL_SECONDS:  # type: ignore[index]
            facts = [OrganisationFacts(*row) for row in self._session.execute(_ALL)]
            cached = (now, facts)
            if self._memo is not None:
                self._memo[MEMO_KEY] = cached
        self._by_id = {f.id: f for f in cached[1]}  # type: ignore[index]
        self._by_code = {f.code: f for f in self._by_id.values()}
        return self._by_id

    def by_code(self, code: str) -> OrganisationFacts | None:
        self._load()
        return self._by_code.get(code.strip().upper())

    def by_id(self, organisation_id: int) -> OrganisationFacts:
        facts = self._load().get(organisation_id)
        if facts is None:  # added since the list was read
            self._by_id = None
            if self._memo is not None:
                self._memo.pop(MEMO_KEY, None)
            facts = self._load()[organisation_id]
        return facts

    def code_of(self, organisation_id: int) -> str:
        return self.by_id(organisation_id).code


def forget_organisations(memo: dict[str, object]) -> None:
    memo.pop(MEMO_KEY, None)
