"""Why a programme action was refused. Views and the API map these to 400/403/409."""

from __future__ import annotations

from apps.accounts.permissions import AccessDenied


class ProgrammeError(Exception):
    """An action that cannot be done in the application's current state (409)."""

    status = 409

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Conflict(ProgrammeError):
    """Someone else changed the record meanwhile, the call closed, a quota is full…"""


class Invalid(ProgrammeError):
    """What the user typed does not pass the form's rules; `errors` maps field → message."""

    status = 400

    def __init__(self, message: str, errors: dict[str, str]) -> None:
        super().__init__(message)
        self.errors = errors


class Refused(AccessDenied):
    """The actor may not take this action on this application (403), already audited."""

    audited = True
