"""Whether a partner's workbook may be read by calamine, the quick reader.

calamine builds a dense table over the cells that hold a value: one value at XFD1048576 in a
file of a few kilobytes makes it allocate half a terabyte, and the process aborts. So before
calamine sees a workbook, every part it could read as a worksheet is checked here, on its
bytes, for a shape whose size we can bound; anything else goes to the careful streaming
reader (`import_sheet_reader`), which is slower but never allocates by coordinates.

The checks rest on one property of XML: outside comments, CDATA sections and processing
instructions, every ``<`` starts a tag (text and attribute values cannot hold a bare ``<``).
A part without those three — and without prefixed tags, since calamine matches tags by their
local name — can be counted with plain byte searches:

- every cell tag ``<c`` starts with ``r="`` followed by ``A-Z`` letters and digits (calamine
  places a cell without a reference after the one before it, which nothing here bounds);
- no reference reaches column CA or row 200 000 (so the table holds at most 15.6 million
  cells — the worst case a crafted file can cause — and a real file far fewer);
- no formulas (``<f``): the quick reader cannot tell a formula without a cached value from an
  empty cell, and the issue wants that reported; no phonetic runs, ISO dates (``t="d"``),
  error cells (calamine drops "#N/A": a BSN cell would read as empty) or rich text whose
  runs calamine would trim (it trims text without xml:space="preserve").

A part that fails any check is not refused: the workbook is read by the careful reader.
"""

from __future__ import annotations

import re
import zipfile

# Each byte search over what may be tens of megabytes costs ~40 ms, a regular expression that
# stops at every "<" several times that; so the tags are looked at through a skeleton: the
# part with every byte a tag name can be made of deleted. There a prefixed tag ("<x:c") shows
# as "<:", and comments, CDATA, DOCTYPE and processing instructions as "<!" and "<?".
_NAME_BYTES = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.-" + bytes(
    range(128, 256)
)
_SKELETON_MARKERS = (b"<:", b"</:", b"<!", b"<?")
# Formulas (also <family>, harmlessly) and phonetic runs; ISO dates and errors; single quotes.
_UNSUPPORTED = (
    re.compile(rb"<(?:f|rPh)").search,
    re.compile(rb't="[de]"').search,
    re.compile(rb"='").search,
)
# A reference that is not one to two letters up to BZ followed by a row below 200 000.
_OUT_OF_BOUNDS = re.compile(rb'<c r="(?!(?:[A-Z]|[AB][A-Z])(?:[0-9]{1,5}|1[0-9]{5})")')
# calamine trims text that starts or ends with white space unless it says xml:space="preserve":
# harmless for a whole value (the import strips values), not for the runs of rich text, whose
# spaces between words would go ("Van " + "Dijk").
_RICH_RUN = re.compile(rb"<r[\s/>]")  # the sheet has no prefixed tags by then
_RICH_RUN_ANY_PREFIX = re.compile(rb"<(?:[\w.\-]+:)?r[\s/>]")  # for the shared strings
_UNPRESERVED_EDGE = re.compile(rb"<t>(?:\s|[^<]*\s</t>)")


def quick_read_allowed(archive: zipfile.ZipFile) -> bool:
    """True when every part of the (already size-checked) archive that could be read as a
    worksheet has the bounded shape described above."""
    names = archive.namelist()
    if len(set(names)) != len(names):
        return False  # two parts of one name: which one a reader takes is not ours to know
    for name in names:
        data = archive.read(name)
        if name.lower().endswith((".rels", ".xml")) and not _plain_utf8(data):
            return False
        if b"<sheetData" in data and not worksheet_bounded(data):
            return False
        if b"<sst" in data and (b"<rPh" in data or not _runs_keep_their_spaces(data, True)):
            return False
    return True


def worksheet_bounded(data: bytes) -> bool:
    """True when one worksheet part has the bounded shape described in the module."""
    end = data.find(b"</sheetData>")
    end = len(data) if end == -1 else end
    # Cells are read up to the end of sheetData with tags matched by their local name; what
    # comes after (extensions such as x14:dataValidations) is never read as cells.
    skeleton = data[_after_declaration(data) : end].translate(None, _NAME_BYTES)
    if any(marker in skeleton for marker in _SKELETON_MARKERS):
        return False
    region = data[data.find(b"<sheetData") : end]
    if any(found(region) for found in _UNSUPPORTED):
        return False
    if not _runs_keep_their_spaces(region):
        return False
    # "<c" also starts <col>, <color> …: equal counts mean every tag starting with "<c" is a
    # cell whose first attribute is its reference.
    if region.count(b"<c") != region.count(b'<c r="'):
        return False
    return _OUT_OF_BOUNDS.search(region) is None


def _runs_keep_their_spaces(data: bytes, any_prefix: bool = False) -> bool:
    runs = _RICH_RUN_ANY_PREFIX if any_prefix else _RICH_RUN
    return runs.search(data) is None or _UNPRESERVED_EDGE.search(data) is None


def _after_declaration(data: bytes) -> int:
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if data.startswith(b"<?xml", bom):
        return data.find(b"?>", bom) + 2
    return 0


def _plain_utf8(data: bytes) -> bool:
    # UTF-16 or UTF-32 text hides every tag from the byte searches above.
    return not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in data[:4096]
