"""Where things are: bundled resources (frozen or not) and the user's folders.

The one place that knows about PyInstaller's ``sys._MEIPASS``. ``SISA_DESK_HOME`` overrides
the user folders (development, tests, a portable install).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "sisa-desk"
APP_AUTHOR = "SISA"


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR)


def _home_override() -> Path | None:
    home = os.environ.get("SISA_DESK_HOME")
    return Path(home) if home else None


def user_data_dir() -> Path:
    home = _home_override()
    return home / "data" if home else Path(_dirs().user_data_dir)


def user_config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else Path(_dirs().user_config_dir)


def user_log_dir() -> Path:
    home = _home_override()
    return home / "logs" if home else Path(_dirs().user_log_dir)
