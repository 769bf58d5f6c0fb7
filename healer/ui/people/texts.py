"""The words the people tab shows for roles, responses and ways of saying it, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from healer.domain.moments import Delivery, Response
from healer.domain.people import Role


def tr(text: str, count: int = -1) -> str:
    """Translate in the people tab's context."""
    return QCoreApplication.translate("people", text, None, count)


def role_name(role: Role) -> str:
    """A role as the person reads it."""
    names = {
        Role.PARTNER: tr("Partner"),
        Role.FRIEND: tr("Friend"),
        Role.FAMILY: tr("Family"),
        Role.THERAPIST: tr("Therapist"),
        Role.GROUP: tr("Support group"),
        Role.MENTOR: tr("Mentor"),
        Role.OTHER: tr("Other"),
    }
    return names[role]


def response_name(response: Response) -> str:
    """How they responded, in a few words."""
    names = {
        Response.CARE: tr("Met with care"),
        Response.PARTLY: tr("Partly met"),
        Response.MISSED: tr("Missed"),
        Response.HURT: tr("Hurt"),
    }
    return names[response]


def delivery_name(delivery: Delivery) -> str:
    """How the person said it."""
    names = {
        Delivery.NEED: tr("As a need"),
        Delivery.DEMAND: tr("As a demand or a test"),
    }
    return names[delivery]


def myself() -> str:
    """The "who" of a moment when the person met their own need."""
    return tr("Myself")
