"""Errors of opening and keying a database. Messages are for people: clear, and never
carrying a key, a password or personal data."""

from __future__ import annotations


class StoreError(Exception):
    """A database or keyring problem the user can act on."""


class DatabaseNotFoundError(StoreError):
    pass


class PlaintextDatabaseError(StoreError):
    pass


class NotADatabaseError(StoreError):
    pass


class DatabaseDamagedError(StoreError):
    pass


class KeyringMissingError(StoreError):
    pass


class KeyringMismatchError(StoreError):
    pass


class KeyringDamagedError(StoreError):
    pass


class WrongPasswordError(StoreError):
    pass


class UnknownUserError(StoreError):
    pass


class DatabaseTooNewError(StoreError):
    pass


class DatabaseExistsError(StoreError):
    pass


class DatabaseBusyError(StoreError):
    pass
