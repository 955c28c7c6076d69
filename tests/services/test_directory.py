"""Organisations and professionals through the services, on a real encrypted database."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from sisa_desk.domain.directory import Sector
from sisa_desk.domain.permissions import Role
from sisa_desk.services import directory
from sisa_desk.services.directory import (
    InvalidDraft,
    OrganisationDraft,
    OrganisationInfo,
    ProfessionalDraft,
    find_or_add_professional,
    match_professional,
)
from sisa_desk.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from sisa_desk.store.models import AuditEvent, Professional

MAASOEVER = OrganisationDraft(
    code="jtm",
    name="Jeugdteam  Maasoever ",
    sector=Sector.YOUTH_CARE,
    phone="010-5550123",
    email="Info@Maasoever.example",
    criteria="Wij signaleren bij elke start van een traject.",
    may_coordinate=True,
    coordinator_priority=10,
)
KADEWIJK = OrganisationDraft(
    code="SWK", name="Schoolmaatschappelijk werk Kadewijk", sector="school"
)


def _audit(workspace) -> list[AuditEvent]:
    with workspace.database.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def _state(db) -> tuple:
    return (
        directory.list_organisations(db.admin, include_inactive=True),
        directory.list_professionals(db.admin, include_inactive=True),
    )


@pytest.fixture
def maasoever(db) -> OrganisationInfo:
    return directory.save_organisation(db.admin, MAASOEVER)


# --- organisations -----------------------------------------------------------------------------


def test_save_organisation_normalises_and_returns_plain_data(db, maasoever):
    assert maasoever == OrganisationInfo(
        id=maasoever.id,
        code="JTM",
        name="Jeugdteam Maasoever",
        sector=Sector.YOUTH_CARE,
        phone="010-5550123",
        email="info@maasoever.example",
        criteria="Wij signaleren bij elke start van een traject.",
        may_coordinate=True,
        coordinator_priority=10,
        active=True,
    )
    assert directory.get_organisation(db.operator, maasoever.id) == maasoever
    assert directory.organisation_by_code(db.operator, " jtm ") == maasoever


def test_sector_may_be_given_as_text_in_dutch_or_english(db):
    saved = directory.save_organisation(db.admin, KADEWIJK)
    assert saved.sector is Sector.EDUCATION and saved.may_coordinate is False
    assert saved.coordinator_priority == 100
    police = directory.save_organisation(
        db.admin,
        replace(KADEWIJK, code="POL", name="Politie Maasoever", sector="Politie en justitie"),
    )
    assert police.sector is Sector.POLICE_JUSTICE


def test_save_organisation_is_audited_with_ids_only(db, maasoever):
    event = _audit(db.admin)[-1]
    assert event.action == "organisation_saved"
    assert (event.object_type, event.object_id) == ("organisation", maasoever.id)
    assert event.details == {"created": True}


def test_update_replaces_every_field(db, maasoever):
    changed = replace(MAASOEVER, name="Jeugdteam Maasoever-Zuid", phone=None, may_coordinate=False)
    updated = directory.save_organisation(db.admin, changed, maasoever.id)
    assert updated.id == maasoever.id
    assert (updated.name, updated.phone, updated.may_coordinate) == (
        "Jeugdteam Maasoever-Zuid",
        None,
        False,
    )
    assert _audit(db.admin)[-1].details == {"created": False}
    assert len(directory.list_organisations(db.admin)) == 1


def test_duplicate_code_is_a_conflict_and_changes_nothing(db, maasoever):
    other = directory.save_organisation(db.admin, KADEWIJK)
    before = _state(db)
    with pytest.raises(Conflict, match="an organisation with code 'JTM' already exists"):
        directory.save_organisation(db.admin, replace(KADEWIJK, code="Jtm"))
    with pytest.raises(Conflict):
        directory.save_organisation(db.admin, replace(KADEWIJK, code="JTM"), other.id)
    assert _state(db) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"code": "J"}, "the code must be 2–20 letters, digits, '-' or '_'"),
        ({"code": "JT M"}, "the code must be"),
        ({"code": "X" * 21}, "the code must be"),
        ({"code": "JTM!"}, "the code must be"),
        ({"code": ""}, "the code must be"),
        ({"name": "  "}, "the organisation name is required"),
        ({"name": "x" * 201}, "longer than 200 characters"),
        ({"sector": "brandweer"}, "unknown sector 'brandweer'; use one of: Jeugdhulp, Onderwijs"),
        ({"sector": ""}, "the sector is required"),
        ({"email": "info@maasoever"}, "the e-mail address is not valid"),
        ({"email": "info maasoever.example"}, "the e-mail address is not valid"),
        ({"phone": "010-555 ABC"}, "a phone number has at least 5 digits"),
        ({"phone": "112"}, "a phone number has at least 5 digits"),
        ({"coordinator_priority": -1}, "whole number from 0 to 9999"),
        ({"coordinator_priority": 10_000}, "whole number from 0 to 9999"),
        ({"criteria": "x" * 4001}, "criteria are longer than 4000"),
    ],
)
def test_invalid_organisation_is_refused_and_changes_nothing(db, maasoever, change, message):
    before = _state(db)
    events = len(_audit(db.admin))
    with pytest.raises(InvalidInput, match=message):
        directory.save_organisation(db.admin, replace(KADEWIJK, **change))
    with pytest.raises(InvalidInput, match=message):
        directory.save_organisation(db.admin, replace(MAASOEVER, **change), maasoever.id)
    assert _state(db) == before
    assert len(_audit(db.admin)) == events


def test_every_problem_is_reported_with_its_field(db):
    bad = OrganisationDraft(code="?", name="", sector="brandweer", phone="abc", email="x@")
    with pytest.raises(InvalidDraft) as caught:
        directory.save_organisation(db.admin, bad)
    assert [p.field for p in caught.value.problems] == ["code", "name", "sector", "phone", "email"]


def test_valid_phone_numbers(db):
    numbers = ("010-5550123", "+31 10 555 01 23", "(010) 555.01.23", "14 010", "0800/1234")
    for i, number in enumerate(numbers):
        saved = directory.save_organisation(db.admin, replace(KADEWIJK, code=f"T{i}", phone=number))
        assert saved.phone == number


def test_unknown_organisation(db):
    with pytest.raises(NotFound):
        directory.get_organisation(db.admin, 999)
    with pytest.raises(NotFound, match="no organisation with code 'XYZ'"):
        directory.organisation_by_code(db.admin, "xyz")
    with pytest.raises(NotFound):
        directory.save_organisation(db.admin, KADEWIJK, 999)
    with pytest.raises(NotFound):
        directory.deactivate_organisation(db.admin, 999)


def test_list_organisations_search_and_order(db, maasoever):
    directory.save_organisation(db.admin, KADEWIJK)
    names = [o.name for o in directory.list_organisations(db.operator)]
    assert names == ["Jeugdteam Maasoever", "Schoolmaatschappelijk werk Kadewijk"]
    assert [o.code for o in directory.list_organisations(db.operator, "kadew")] == ["SWK"]
    assert [o.code for o in directory.list_organisations(db.operator, "jt")] == ["JTM"]
    assert directory.list_organisations(db.operator, "%") == []


def test_deactivate_organisation(db, maasoever):
    professional = directory.save_professional(
        db.admin, ProfessionalDraft(maasoever.id, "A. Visser")
    )
    gone = directory.deactivate_organisation(db.admin, maasoever.id)
    assert gone.active is False
    assert directory.list_organisations(db.operator) == []
    assert directory.list_organisations(db.operator, include_inactive=True) == [gone]
    # Its professionals leave the everyday list with it.
    assert directory.list_professionals(db.operator) == []
    assert [p.id for p in directory.list_professionals(db.operator, include_inactive=True)] == [
        professional.id
    ]
    assert _audit(db.admin)[-1].details == {"deactivated": True}
    with pytest.raises(Conflict, match="already deactivated"):
        directory.deactivate_organisation(db.admin, maasoever.id)


# --- professionals -----------------------------------------------------------------------------


def test_save_professional(db, maasoever):
    draft = ProfessionalDraft(
        maasoever.id,
        " Anna  Visser ",
        "Jeugdconsulent",
        "010-5550124",
        "A.Visser@Maasoever.example",
    )
    saved = directory.save_professional(db.admin, draft)
    assert (saved.name, saved.function, saved.phone, saved.email) == (
        "Anna Visser",
        "Jeugdconsulent",
        "010-5550124",
        "a.visser@maasoever.example",
    )
    assert (saved.organisation_code, saved.organisation_name) == ("JTM", "Jeugdteam Maasoever")
    assert directory.get_professional(db.operator, saved.id) == saved
    event = _audit(db.admin)[-1]
    assert (event.action, event.object_type, event.object_id) == (
        "professional_saved",
        "professional",
        saved.id,
    )
    assert event.details == {"organisation_id": maasoever.id, "created": True}


def test_update_professional_may_move_to_another_organisation(db, maasoever):
    kadewijk = directory.save_organisation(db.admin, KADEWIJK)
    saved = directory.save_professional(db.admin, ProfessionalDraft(maasoever.id, "Anna Visser"))
    moved = directory.save_professional(
        db.admin,
        ProfessionalDraft(kadewijk.id, "Anna Visser", "Schoolmaatschappelijk werker"),
        saved.id,
    )
    assert (moved.id, moved.organisation_code) == (saved.id, "SWK")


def test_email_is_unique_within_an_organisation(db, maasoever):
    kadewijk = directory.save_organisation(db.admin, KADEWIJK)
    first = directory.save_professional(
        db.admin, ProfessionalDraft(maasoever.id, "Anna Visser", email="a.visser@maasoever.example")
    )
    before = _state(db)
    with pytest.raises(Conflict, match="already has this e-mail address"):
        directory.save_professional(
            db.admin,
            ProfessionalDraft(maasoever.id, "Bram Kok", email="A.VISSER@maasoever.example"),
        )
    assert _state(db) == before
    # The same address at another organisation, or saving the same person again, is fine.
    directory.save_professional(
        db.admin, ProfessionalDraft(kadewijk.id, "Anna Visser", email="a.visser@maasoever.example")
    )
    directory.save_professional(
        db.admin, ProfessionalDraft(maasoever.id, "Anna Visser-de Wit", email=first.email), first.id
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": ""}, "the name of the professional is required"),
        ({"email": "geen-adres"}, "the e-mail address is not valid"),
        ({"phone": "bel maar"}, "a phone number"),
        ({"function": "x" * 201}, "the function is longer than 200"),
    ],
)
def test_invalid_professional_is_refused_and_changes_nothing(db, maasoever, change, message):
    before = _state(db)
    draft = replace(ProfessionalDraft(maasoever.id, "Anna Visser"), **change)
    with pytest.raises(InvalidInput, match=message):
        directory.save_professional(db.admin, draft)
    assert _state(db) == before


def test_professional_of_an_unknown_organisation(db):
    with pytest.raises(NotFound, match="no organisation with id 999"):
        directory.save_professional(db.admin, ProfessionalDraft(999, "Anna Visser"))
    with pytest.raises(NotFound):
        directory.get_professional(db.admin, 999)
    with pytest.raises(NotFound):
        directory.deactivate_professional(db.admin, 999)


def test_list_professionals_filters(db, maasoever):
    kadewijk = directory.save_organisation(db.admin, KADEWIJK)
    anna = directory.save_professional(
        db.admin, ProfessionalDraft(maasoever.id, "Anna Visser", email="a.visser@maasoever.example")
    )
    bram = directory.save_professional(db.admin, ProfessionalDraft(kadewijk.id, "Bram Kok"))
    cor = directory.save_professional(db.admin, ProfessionalDraft(maasoever.id, "Cor de Boer"))
    directory.deactivate_professional(db.admin, cor.id)
    ids = [p.id for p in directory.list_professionals(db.operator)]
    assert ids == [anna.id, bram.id]
    assert [p.id for p in directory.list_professionals(db.operator, maasoever.id)] == [anna.id]
    assert [p.id for p in directory.list_professionals(db.operator, search="MAASOEVER.ex")] == [
        anna.id
    ]
    assert [p.id for p in directory.list_professionals(db.operator, search="kok")] == [bram.id]
    everyone = directory.list_professionals(db.operator, maasoever.id, include_inactive=True)
    assert [p.id for p in everyone] == [anna.id, cor.id]
    with pytest.raises(Conflict):
        directory.deactivate_professional(db.admin, cor.id)


# --- permissions -------------------------------------------------------------------------------


def test_operator_views_but_does_not_manage(db, maasoever):
    professional = directory.save_professional(
        db.admin, ProfessionalDraft(maasoever.id, "A. Visser")
    )
    operator = db.operator
    assert directory.list_organisations(operator) == [maasoever]
    assert len(directory.list_professionals(operator)) == 1
    before = _state(db)
    for call in (
        lambda: directory.save_organisation(operator, KADEWIJK),
        lambda: directory.save_organisation(operator, MAASOEVER, maasoever.id),
        lambda: directory.deactivate_organisation(operator, maasoever.id),
        lambda: directory.save_professional(operator, ProfessionalDraft(maasoever.id, "B. Kok")),
        lambda: directory.deactivate_professional(operator, professional.id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert _state(db) == before


@pytest.mark.parametrize("role", [Role.ANALYST, Role.AUDITOR])
def test_analyst_and_auditor_do_not_see_the_directory(db, maasoever, role):
    workspace = db[role]
    for call in (
        lambda: directory.list_organisations(workspace),
        lambda: directory.list_professionals(workspace),
        lambda: directory.get_organisation(workspace, maasoever.id),
        lambda: directory.organisation_by_code(workspace, "JTM"),
        lambda: directory.save_organisation(workspace, KADEWIJK),
    ):
        with pytest.raises(PermissionDenied):
            call()


# --- find_or_add_professional ------------------------------------------------------------------


def _find_or_add(db, *args, **kwargs) -> tuple[int, str | None, str | None, str | None]:
    with db.admin.database.unit_of_work() as session:
        found = find_or_add_professional(session, *args, **kwargs)
        return found.id, found.email, found.phone, found.function


def _count(db) -> int:
    with db.admin.database.unit_of_work() as session:
        return len(session.scalars(select(Professional)).all())


def test_find_or_add_adds_then_finds_by_email(db, maasoever):
    pid, email, phone, _ = _find_or_add(
        db, maasoever.id, "Anna Visser", "A.Visser@Maasoever.example", "010-5550124"
    )
    assert (email, phone) == ("a.visser@maasoever.example", "010-5550124")
    again = _find_or_add(db, maasoever.id, "A. Visser", " a.visser@MAASOEVER.example", None)
    assert again[0] == pid
    assert _count(db) == 1


def test_find_or_add_finds_by_name_and_fills_in_what_is_missing(db, maasoever):
    pid, *_ = _find_or_add(db, maasoever.id, "Anna Visser", None, None)
    found = _find_or_add(
        db,
        maasoever.id,
        "  anna   VISSER",
        "a.visser@maasoever.example",
        "010-5550124",
        "Consulent",
    )
    assert found == (pid, "a.visser@maasoever.example", "010-5550124", "Consulent")
    # Nothing is overwritten.
    kept = _find_or_add(db, maasoever.id, "Anna Visser", None, "010-5550999", "Teamleider")
    assert kept == found
    assert _count(db) == 1


def test_find_or_add_keeps_namesakes_with_different_addresses_apart(db, maasoever):
    first, *_ = _find_or_add(db, maasoever.id, "Anna Visser", "anna@maasoever.example", None)
    second, *_ = _find_or_add(db, maasoever.id, "Anna Visser", "a.visser@maasoever.example", None)
    assert first != second


def test_find_or_add_looks_only_within_the_organisation(db, maasoever):
    kadewijk = directory.save_organisation(db.admin, KADEWIJK)
    first, *_ = _find_or_add(db, maasoever.id, "Anna Visser", "a.visser@maasoever.example", None)
    other, *_ = _find_or_add(db, kadewijk.id, "Anna Visser", "a.visser@maasoever.example", None)
    assert first != other


def test_find_or_add_refuses_bad_details(db, maasoever):
    with pytest.raises(InvalidInput, match="e-mail"):
        _find_or_add(db, maasoever.id, "Anna Visser", "geen-adres", None)
    with pytest.raises(InvalidInput, match="name"):
        _find_or_add(db, maasoever.id, " ", None, None)
    with pytest.raises(NotFound):
        _find_or_add(db, 999, "Anna Visser", None, None)
    assert _count(db) == 0


def test_match_professional_rules():
    class P:
        def __init__(self, name, email=None):
            self.name, self.email = name, email

    anna, anna_mail, bram = P("Anna Visser"), P("Anna Visser", "anna@x.example"), P("Bram Kok")
    assert match_professional([anna_mail, anna], "anna visser", "ANNA@x.example") is anna_mail
    assert match_professional([anna_mail, bram], "Anna Visser", "other@x.example") is None
    assert match_professional([anna_mail], "Anna Visser", None) is anna_mail
    assert match_professional([anna, anna_mail], "Anna Visser", "new@x.example") is anna
    assert match_professional([bram], "Anna Visser", "") is None
