"""Accounts and keys: initialise a database, log in, users, passwords, key rotation, recovery.

Users, roles and lockout state live in the encrypted database; the keys live in the keyring
(store.vault). Every change here writes an audit event.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from sisa_desk.domain.passwords import check_password, failed_login_delay, normalise
from sisa_desk.domain.permissions import Permission, Role
from sisa_desk.store import vault
from sisa_desk.store.database import (
    Database,
    create_database,
    open_with_private_key,
    read_keyring_for,
)
from sisa_desk.store.engine import JournalMode
from sisa_desk.store.errors import UnknownUserError, WrongPasswordError
from sisa_desk.store.keyring import RECOVERY, keyring_path, save_keyring
from sisa_desk.store.keyslots import KdfParams
from sisa_desk.store.models import User

from . import audit
from .audit import Action
from .context import Actor, Workspace, requires
from .errors import Conflict, InvalidInput, NotFound

logger = logging.getLogger(__name__)

USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$")


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: Role
    active: bool
    last_login: datetime | None


@dataclass(frozen=True)
class Initialised:
    workspace: Workspace
    recovery_secret: str


def check_user_name(name: str) -> str:
    if not USER_NAME.match(name):
        raise InvalidInput(
            "a user name is 2–64 letters, digits, dots, hyphens or underscores, "
            "starting with a letter or digit"
        )
    if name == RECOVERY:
        raise InvalidInput(f"'{RECOVERY}' is reserved")
    return name


def initialise(
    path: Path,
    admin_name: str,
    admin_password: str,
    *,
    kdf: KdfParams | None = None,
    journal_mode: JournalMode = "wal",
) -> Initialised:
    """A new encrypted database with its first administrator; the recovery secret is
    returned once and never stored."""
    check_user_name(admin_name)
    password = check_password(admin_password)
    database, recovery_secret = create_database(Path(path), journal_mode=journal_mode)
    try:
        vault.add_user_slot(
            database.keyring, admin_name, password, database.key, vault.choose_kdf(kdf)
        )
        with database.unit_of_work() as session:
            user = User(name=admin_name, role=Role.ADMIN, active=True, created_at=datetime.now())
            session.add(user)
            session.flush()
            audit.record(
                session, admin_name, Action.DATABASE_CREATED, object_type="user", object_id=user.id
            )
            database.save_keyring()
            actor = Actor(user.id, admin_name, Role.ADMIN)
    except BaseException:
        database.close()
        Path(path).unlink(missing_ok=True)
        keyring_path(Path(path)).unlink(missing_ok=True)
        raise
    return Initialised(Workspace(database, actor), recovery_secret)


def log_in(
    path: Path, name: str, password: str, *, sleep: Callable[[float], None] = time.sleep
) -> Workspace:
    """Open the database as ``name``. A wrong password is counted (and audited at the next
    successful log-in, when the database can be written) and answered after a growing delay."""
    path = Path(path)
    keyring = read_keyring_for(path)
    try:
        private = vault.unlock_private_key(keyring, name, normalise(password))
    except (WrongPasswordError, UnknownUserError):
        keyring.failed_logins.append({"user": name, "at": datetime.now().isoformat()})
        save_keyring(keyring_path(path), keyring)
        streak = sum(1 for f in keyring.failed_logins if f["user"] == name)
        sleep(failed_login_delay(streak))
        raise
    database = open_with_private_key(path, keyring, name, private)
    try:
        actor = _start_session(database, name)
    except BaseException:
        database.close()
        raise
    return Workspace(database, actor)


def _start_session(database: Database, name: str, *, via_recovery: bool = False) -> Actor:
    with database.unit_of_work() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None or not user.active:
            raise WrongPasswordError("this account is deactivated")
        _flush_failed_logins(database, session)
        user.last_login = datetime.now()
        user.failed_logins = 0
        audit.record(
            session,
            name,
            Action.LOGIN_RECOVERY if via_recovery else Action.LOGIN,
            object_type="user",
            object_id=user.id,
        )
        actor = Actor(user.id, user.name, user.role)
    database.save_keyring()
    return actor


def _flush_failed_logins(database: Database, session) -> None:  # noqa: ANN001
    pending = database.keyring.failed_logins
    for failure in pending:
        audit.record(
            session, failure["user"], Action.LOGIN_FAILED, at=datetime.fromisoformat(failure["at"])
        )
        user = session.scalar(select(User).where(User.name == failure["user"]))
        if user is not None:
            user.failed_logins += 1
    database.keyring.failed_logins = []


def verify_password(
    workspace: Workspace, password: str, *, sleep: Callable[[float], None] = time.sleep
) -> None:
    """Unlock after idle time: the password of the logged-in user, checked on the keyring.
    A wrong one is audited and answered after a growing delay."""
    keyring = workspace.database.keyring
    try:
        vault.unlock_private_key(keyring, workspace.actor.name, normalise(password))
    except (WrongPasswordError, UnknownUserError):
        with workspace.database.unit_of_work() as session:
            audit.record(
                session,
                workspace.actor.name,
                Action.LOGIN_FAILED,
                object_type="user",
                object_id=workspace.actor.user_id,
                unlock=True,
            )
        workspace.failed_unlocks += 1
        sleep(failed_login_delay(workspace.failed_unlocks))
        raise
    workspace.failed_unlocks = 0
    with workspace.database.unit_of_work() as session:
        audit.record(
            session,
            workspace.actor.name,
            Action.UNLOCK,
            object_type="user",
            object_id=workspace.actor.user_id,
        )


def recover(
    path: Path, secret: str, name: str, new_password: str, *, kdf: KdfParams | None = None
) -> Workspace:
    """With the recovery secret printed at initialisation: give ``name`` (an active user) a new
    password, and log in as them."""
    path = Path(path)
    password = check_password(new_password)
    keyring = read_keyring_for(path)
    private = vault.recovery_private_key(keyring, secret)
    database = open_with_private_key(path, keyring, RECOVERY, private)
    try:
        with database.unit_of_work() as session:
            user = session.scalar(select(User).where(User.name == name))
            if user is None or not user.active:
                raise NotFound(f"no active user named {name}")
            vault.add_user_slot(keyring, name, password, database.key, vault.choose_kdf(kdf))
            audit.record(
                session,
                name,
                Action.PASSWORD_CHANGED,
                object_type="user",
                object_id=user.id,
                on_behalf_of="recovery key",
            )
        database.save_keyring()
        actor = _start_session(database, name, via_recovery=True)
    except BaseException:
        database.close()
        raise
    return Workspace(database, actor)


@requires(Permission.CHANGE_OWN_PASSWORD)
def change_password(
    workspace: Workspace, old_password: str, new_password: str, *, kdf: KdfParams | None = None
) -> None:
    new = check_password(new_password)
    if new == normalise(old_password):
        raise InvalidInput("the new password is the same as the old one")
    database = workspace.database
    vault.change_password(
        database.keyring, workspace.actor.name, normalise(old_password), new, vault.choose_kdf(kdf)
    )
    with database.unit_of_work() as session:
        audit.record(
            session,
            workspace.actor.name,
            Action.PASSWORD_CHANGED,
            object_type="user",
            object_id=workspace.actor.user_id,
        )
        database.save_keyring()


@requires(Permission.MANAGE_USERS)
def add_user(
    workspace: Workspace, name: str, role: Role, password: str, *, kdf: KdfParams | None = None
) -> UserInfo:
    check_user_name(name)
    password = check_password(password)
    database = workspace.database
    with database.unit_of_work() as session:
        if session.scalar(select(User).where(User.name == name)) is not None:
            raise Conflict(f"a user named {name} already exists")
        user = User(name=name, role=Role(role), active=True, created_at=datetime.now())
        session.add(user)
        session.flush()
        audit.record(
            session,
            workspace.actor.name,
            Action.USER_ADDED,
            object_type="user",
            object_id=user.id,
            role=user.role.value,
        )
        vault.add_user_slot(database.keyring, name, password, database.key, vault.choose_kdf(kdf))
        # Keyring last, inside the transaction: if writing it fails, the user row rolls back.
        database.save_keyring()
        return _info(user)


@requires(Permission.MANAGE_USERS)
def list_users(workspace: Workspace) -> list[UserInfo]:
    with workspace.database.unit_of_work() as session:
        return [_info(u) for u in session.scalars(select(User).order_by(User.name))]


@requires(Permission.MANAGE_USERS)
def deactivate_user(workspace: Workspace, name: str) -> UserInfo:
    """The user can no longer log in: the account is inactive and its key slot is gone.

    A copy of the old keyring still holds their sealed key until `rotate_key` runs.
    """
    if name == workspace.actor.name:
        raise InvalidInput("you cannot deactivate your own account")
    database = workspace.database
    with database.unit_of_work() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise NotFound(f"no user named {name}")
        if not user.active:
            raise Conflict(f"{name} is already deactivated")
        user.active = False
        audit.record(
            session,
            workspace.actor.name,
            Action.USER_DEACTIVATED,
            object_type="user",
            object_id=user.id,
        )
        vault.remove_user_slot(database.keyring, name)
        database.save_keyring()
        return _info(user)


@requires(Permission.ROTATE_KEY)
def rotate_key(workspace: Workspace) -> int:
    """A new database key sealed to the active users and the recovery key; returns how many
    users keep access. Old keyring copies no longer open the database."""
    database = workspace.database
    with database.unit_of_work() as session:
        active = set(session.scalars(select(User.name).where(User.active.is_(True))))
    keep = sorted(name for name in database.keyring.users if name in active)
    database.rotate_key(keep)
    with database.unit_of_work() as session:
        audit.record(session, workspace.actor.name, Action.KEY_ROTATED, users=len(keep))
    return len(keep)


def _info(user: User) -> UserInfo:
    return UserInfo(user.name, user.role, user.active, user.last_login)
