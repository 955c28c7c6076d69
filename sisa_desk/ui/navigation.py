"""How one screen asks the main window to open another one, with what to show there.

A screen that sends people elsewhere has a Qt signal ``open_requested = Signal(str, object)``:
the key of the screen in the registry and a selection. The main window connects it when it
builds the screen, switches to the screen asked for and, when that screen has
``apply_selection(selection)``, hands the selection over. A screen ignores selections it does
not know. The selections:

- ``services.match_list.MatchFilter`` — the matches screen filters on it (dashboard tiles and
  bars);
- ``ShowMatch`` — the matches screen shows that match (work queues, overdue list);
- ``services.person_list.SignalFilter`` — the signals list filters on it;
- ``ShowPerson`` — the young persons screen opens the record;
- ``ShowDuplicate`` — the possible duplicates screen (it lists every open one).
"""

from __future__ import annotations

from dataclasses import dataclass

MATCHES = "matches"
WORK_QUEUE = "work_queue"
YOUNG_PERSONS = "young_persons"
SIGNALS = "signals"
DUPLICATES = "duplicates"


@dataclass(frozen=True)
class ShowMatch:
    match_id: int


@dataclass(frozen=True)
class ShowPerson:
    young_person_id: int


@dataclass(frozen=True)
class ShowDuplicate:
    review_id: int
