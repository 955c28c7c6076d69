"""The acting user and the open database, handed to every service call.

A `Workspace` is what a successful log-in gives: the database and the `Actor`. Each service
function takes it first, checks its permission through `@requires`, opens its own unit of work
and returns plain dataclasses.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from sisa_desk.domain.permissions import Permission, Role, has_permission
from sisa_desk.store.database import Database

from .errors import PermissionDenied

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Actor:
    user_id: int
    name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)


@dataclass
class Workspace:
    database: Database
    actor: Actor
    # Wrong passwords in a row at the lock screen: each waits longer, as at log-in.
    failed_unlocks: int = 0

    def require(self, permission: Permission) -> None:
        if not self.actor.can(permission):
            raise PermissionDenied(
                f"the role {self.actor.role.value} may not do this ({permission.value})"
            )


@dataclass(frozen=True)
class ServiceEntry:
    function: Callable[..., object]
    permission: Permission


# Every guarded service function, so that one test can call each with every role.
SERVICE_REGISTRY: dict[str, ServiceEntry] = {}


def requires(permission: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Check ``permission`` for the workspace (first argument) before anything else runs."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            workspace = args[0]
            assert isinstance(workspace, Workspace)
            workspace.require(permission)
            return function(*args, **kwargs)

        name = f"{function.__module__}.{function.__qualname__}"
        SERVICE_REGISTRY[name] = ServiceEntry(guarded, permission)
        return guarded

    return decorate
