"""Logging, configured once in main(): a rotating file in the user's log folder.

Never log a name, BSN, address, password or key: log record ids and counts.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback

from .paths import user_log_dir

LOG_FILE_NAME = "sisa-desk.log"


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_sisa_desk", False) for h in root.handlers):
        return
    folder = user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler._sisa_desk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # Alembic and SQLAlchemy would log SQL; SQL may carry values.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)


def safe_traceback(error: BaseException) -> str:
    """The stack of ``error`` and of its causes, with exception types but no messages."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        stack = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"{type(current).__module__}.{type(current).__qualname__}\n{stack}")
        current = current.__cause__ or current.__context__
    return "caused by ".join(reversed(parts)) if len(parts) > 1 else parts[0]


def log_unexpected(logger: logging.Logger, error: BaseException) -> None:
    """Log an unexpected error by its types and stack only: a message may quote a BSN or a
    name (a database error repeats its statement's parameters)."""
    logger.error("unexpected error (message left out of the log):\n%s", safe_traceback(error))
