"""Errors a service raises for people to read. The CLI prints them as one `error:` line and
the GUI shows them in a message box; neither needs a traceback."""

from __future__ import annotations


class ServiceError(Exception):
    pass


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class Conflict(ServiceError):
    pass
