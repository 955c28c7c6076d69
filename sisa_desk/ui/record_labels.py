"""How the codes of signals, matches, letters and contacts read in the screens (translated
in the context "RecordLabels")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS: dict[str, str] = {
    # signal and match status
    "active": QT_TRANSLATE_NOOP("RecordLabels", "Active"),
    "history": QT_TRANSLATE_NOOP("RecordLabels", "History"),
    "open": QT_TRANSLATE_NOOP("RecordLabels", "Open"),
    "closed": QT_TRANSLATE_NOOP("RecordLabels", "Closed"),
    # end reasons
    "withdrawn": QT_TRANSLATE_NOOP("RecordLabels", "withdrawn"),
    "unjustified": QT_TRANSLATE_NOOP("RecordLabels", "unjustified"),
    "objection_upheld": QT_TRANSLATE_NOOP("RecordLabels", "objection upheld"),
    "expired": QT_TRANSLATE_NOOP("RecordLabels", "term ended"),
    "age_limit": QT_TRANSLATE_NOOP("RecordLabels", "turned 23"),
    "deceased": QT_TRANSLATE_NOOP("RecordLabels", "deceased"),
    # contacts
    "phone": QT_TRANSLATE_NOOP("RecordLabels", "Phone"),
    "email": QT_TRANSLATE_NOOP("RecordLabels", "E-mail"),
    "reached": QT_TRANSLATE_NOOP("RecordLabels", "reached"),
    "no_answer": QT_TRANSLATE_NOOP("RecordLabels", "no answer"),
    "voicemail": QT_TRANSLATE_NOOP("RecordLabels", "voicemail"),
    "wrong_number": QT_TRANSLATE_NOOP("RecordLabels", "wrong number"),
    "sent": QT_TRANSLATE_NOOP("RecordLabels", "sent"),
    # letters
    "parents": QT_TRANSLATE_NOOP("RecordLabels", "parents or carers"),
    "young_person": QT_TRANSLATE_NOOP("RecordLabels", "young person"),
}


def label(code: str | None) -> str:
    """The shown text of a code; an unknown code shows as it is."""
    if code is None:
        return ""
    text = _LABELS.get(code)
    return QCoreApplication.translate("RecordLabels", text) if text else code
