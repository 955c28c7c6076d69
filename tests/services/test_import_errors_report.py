"""Where the error report may go (checked before an import), and that it is written whole."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from sisa_desk.services import import_errors_report
from sisa_desk.services.import_errors_report import (
    ReportTargetRefused,
    check_report_target,
    write_error_report,
)
from sisa_desk.services.import_results import ImportColumn, ImportPreview, ImportRow, RowStatus


def _preview() -> ImportPreview:
    return ImportPreview(
        file_name="partner.xlsx",
        sheet="Signalen",
        organisation_code="JT-MAAS",
        columns=[ImportColumn("surname", "Achternaam", "Achternaam")],
        ignored_columns=[],
        rows=[ImportRow(5, RowStatus.ERROR, {"surname": "=1+1"}, ["De postcode is fout"])],
        errors=[],
    )


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "partner.xlsx"
    path.write_bytes(b"PK the partner's own file")
    return path


def test_a_new_name_in_an_existing_folder_is_accepted_and_left_absent(tmp_path, source):
    target = tmp_path / "fouten.xlsx"
    check_report_target(target, source)
    assert not target.exists()  # the probe leaves nothing behind
    check_report_target(tmp_path / "fouten.XLSX", source)


def test_a_link_is_refused_even_when_it_leads_nowhere(tmp_path, source):
    dangling = tmp_path / "fouten.xlsx"
    dangling.symlink_to(tmp_path / "elders" / "x.xlsx")
    with pytest.raises(ReportTargetRefused, match="through a link"):
        check_report_target(dangling, source)
    to_source = tmp_path / "ook.xlsx"
    to_source.symlink_to(source)
    with pytest.raises(ReportTargetRefused, match="through a link"):
        check_report_target(to_source, source)
    assert source.read_bytes() == b"PK the partner's own file"


def test_the_partner_file_under_another_spelling_is_refused(tmp_path, source):
    (tmp_path / "map").mkdir()
    with pytest.raises(ReportTargetRefused, match="would overwrite the file being imported"):
        check_report_target(tmp_path / "map" / ".." / "partner.xlsx", source)


def test_a_report_that_cannot_be_opened_for_writing_is_refused(tmp_path, source, monkeypatch):
    # As on Windows when last time's report is still open in Excel (a sharing violation).
    target = tmp_path / "fouten.xlsx"
    target.write_bytes(b"last time's report")
    real_open = Path.open

    def locked(self, mode="r", *args, **kwargs):
        if self == target and "+" in mode:
            raise PermissionError(13, "The process cannot access the file", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(ReportTargetRefused, match=r"cannot be written to .*cannot access"):
        check_report_target(target, source)
    assert target.read_bytes() == b"last time's report"


def test_a_folder_that_takes_no_new_file_is_refused(tmp_path, source, monkeypatch):
    def read_only_share(path, flags, *args):
        raise PermissionError(13, "Access is denied", str(path))

    monkeypatch.setattr(import_errors_report.os, "open", read_only_share)
    with pytest.raises(ReportTargetRefused, match="Access is denied"):
        check_report_target(tmp_path / "fouten.xlsx", source)


def test_the_report_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    target = tmp_path / "fouten.xlsx"
    assert write_error_report(_preview(), target) == 1
    cell = openpyxl.load_workbook(target)["Afgewezen rijen"]["B2"]
    assert cell.value == "=1+1" and cell.data_type == "s"
    before = target.read_bytes()

    def disk_full(self, filename):
        Path(filename).write_bytes(b"half a wor")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_error_report(_preview(), target)
    assert target.read_bytes() == before  # the earlier report is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fouten.xlsx"]  # no leftovers
