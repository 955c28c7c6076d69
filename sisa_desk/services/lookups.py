"""Look-ups that one unit of work repeats, kept in the session's identity map."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from sisa_desk.store.models import Organisation

_BY_CODE = select(Organisation).where(Organisation.code == bindparam("code"))


class OrganisationCache:
    """Organisations by code and id for one unit of work: an import asks for the same few
    codes on every row, and registering one signal must stay under 2 ms."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_code: dict[str, Organisation | None] = {}

    def by_code(self, code: str) -> Organisation | None:
        key = code.strip().upper()
        if key not in self._by_code:
            self._by_code[key] = self._session.scalar(_BY_CODE, {"code": key})
        return self._by_code[key]

    def by_id(self, organisation_id: int) -> Organisation:
        # session.get answers from the identity map once an organisation was loaded.
        organisation = self._session.get(Organisation, organisation_id)
        assert organisation is not None
        return organisation

    def code_of(self, organisation_id: int) -> str:
        return self.by_id(organisation_id).code
