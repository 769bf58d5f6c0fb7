"""The words the people tab shows for roles, responses and ways of saying it, translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from healer.domain.moments import Delivery, Response
from healer.domain.people import Role

_ROLES = {
    Role.PARTNER: QT_TRANSLATE_NOOP("PeopleWords", "Partner"),
    Role.FRIEND: QT_TRANSLATE_NOOP("PeopleWords", "Friend"),
    Role.FAMILY: QT_TRANSLATE_NOOP("PeopleWords", "Family"),
    Role.THERAPIST: QT_TRANSLATE_NOOP("PeopleWords", "Therapist"),
    Role.GROUP: QT_TRANSLATE_NOOP("PeopleWords", "Support group"),
    Role.MENTOR: QT_TRANSLATE_NOOP("PeopleWords", "Mentor"),
    Role.OTHER: QT_TRANSLATE_NOOP("PeopleWords", "Other"),
}
_RESPONSES = {
    Response.CARE: QT_TRANSLATE_NOOP("PeopleWords", "Met with care"),
    Response.PARTLY: QT_TRANSLATE_NOOP("PeopleWords", "Partly met"),
    Response.MISSED: QT_TRANSLATE_NOOP("PeopleWords", "Missed"),
    Response.HURT: QT_TRANSLATE_NOOP("PeopleWords", "Hurt"),
}
_DELIVERIES = {
    Delivery.NEED: QT_TRANSLATE_NOOP("PeopleWords", "As a need"),
    Delivery.DEMAND: QT_TRANSLATE_NOOP("PeopleWords", "As a demand or a test"),
}


def role_name(role: Role) -> str:
    """A role as the person reads it."""
    return QCoreApplication.translate("PeopleWords", str(_ROLES[role]))


def response_name(response: Response) -> str:
    """How they responded, in a few words."""
    return QCoreApplication.translate("PeopleWords", str(_RESPONSES[response]))


def delivery_name(delivery: Delivery) -> str:
    """How the person said it."""
    return QCoreApplication.translate("PeopleWords", str(_DELIVERIES[delivery]))


def myself() -> str:
    """The "who" of a moment when the person met their own need."""
    return QCoreApplication.translate("PeopleWords", "Myself")
