"""Settings of this workstation, declared once (STYLE.md §9).

They live in an INI file in the user's configuration folder (``paths.user_config_dir``, so
``SISA_DESK_HOME`` redirects them in tests and development). Settings of the whole team
(retention terms, letter rules) live in the database, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

from sisa_desk.paths import user_config_dir

T = TypeVar("T", str, int, bool, QByteArray)

SETTINGS_FILE_NAME = "sisa-desk.ini"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    # English, translated in the context "Settings" where it is shown.
    label: str


LAST_DATABASE = Setting("login/last_database", "", QT_TRANSLATE_NOOP("Settings", "Last database"))
LAST_USER = Setting("login/last_user", "", QT_TRANSLATE_NOOP("Settings", "Last user name"))
MAIN_WINDOW_GEOMETRY = Setting(
    "main_window/geometry", QByteArray(), QT_TRANSLATE_NOOP("Settings", "Window position and size")
)
IDLE_LOCK_MINUTES = Setting(
    "security/idle_lock_minutes", 10, QT_TRANSLATE_NOOP("Settings", "Lock after minutes idle")
)
LANGUAGE = Setting("interface/language", "nl", QT_TRANSLATE_NOOP("Settings", "Language (nl or en)"))

ALL_SETTINGS: tuple[Setting, ...] = (
    LAST_DATABASE,
    LAST_USER,
    MAIN_WINDOW_GEOMETRY,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
)


class UiSettings:
    """Typed access to the declared settings."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def open(cls) -> UiSettings:
        path = user_config_dir() / SETTINGS_FILE_NAME
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, setting: Setting[T]) -> T:
        value = self._store.value(setting.key, setting.default, type=type(setting.default))
        return value if isinstance(value, type(setting.default)) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)
        self._store.sync()
