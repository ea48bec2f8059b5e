from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreatmentNote")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "created_at",
    "updated_at",
    "title",
    "draft",
    "content",
    "author_name",
    "finalized_at",
    "pinned_at",
    "archived_at",
    "deleted_at",
    "patient",
    "practitioner",
    "treatment_note_template",
    "booking",
    "attendee",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class TreatmentNote:
    """A treatment note: what a practitioner wrote about one patient's visit,
    answering the sections and questions of a template. **The most sensitive
    data Cliniko holds**: `title` and `content` are clinical free text
    (`x-pii: clinical`); never log them. Unknown properties may appear as the
    API grows; clients must keep them, not fail on them.

    Only `id`, `created_at` and `updated_at` are always present and never
    `null`; the 2015-2020 documentation's notes lack `archived_at`,
    `finalized_at`, `pinned_at`, `attendee` and `booking` (unless linked).

    """

    id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    created_at: datetime.datetime
    """ When the note was created (UTC). """
    updated_at: datetime.datetime
    """ When the note was last changed (UTC). """
    title: None | str | Unset = UNSET
    """ The note's title, its template's name unless changed (`Standard Consultation`). May describe the visit. """
    draft: bool | None | Unset = UNSET
    """ Whether the note is still a draft (`false` once finalized). """
    content: None | TreatmentNoteContent | Unset = UNSET
    """ What the practitioner wrote, section by section, or `null`. Clinical free text. """
    author_name: None | str | Unset = UNSET
    """ The name of the practitioner who wrote the note. """
    finalized_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    pinned_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    archived_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    deleted_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    patient: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    practitioner: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    treatment_note_template: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    booking: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    attendee: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    links: SelfLinks | Unset = UNSET
    """ The URL of this resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        draft: bool | None | Unset
        if isinstance(self.draft, Unset):
            draft = UNSET
        else:
            draft = self.draft

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, TreatmentNoteContent):
            content = self.content.to_dict()
        else:
            content = self.content

        author_name: None | str | Unset
        if isinstance(self.author_name, Unset):
            author_name = UNSET
        else:
            author_name = self.author_name

        finalized_at: Literal[""] | None | str | Unset
        if isinstance(self.finalized_at, Unset):
            finalized_at = UNSET
        elif isinstance(self.finalized_at, datetime.datetime):
            finalized_at = self.finalized_at.isoformat().replace("+00:00", "Z")
        else:
            finalized_at = self.finalized_at

        pinned_at: Literal[""] | None | str | Unset
        if isinstance(self.pinned_at, Unset):
            pinned_at = UNSET
        elif isinstance(self.pinned_at, datetime.datetime):
            pinned_at = self.pinned_at.isoformat().replace("+00:00", "Z")
        else:
            pinned_at = self.pinned_at

        archived_at: Literal[""] | None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        deleted_at: Literal[""] | None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")
        else:
            deleted_at = self.deleted_at

        patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient, Unset):
            patient = self.patient.to_dict()

        practitioner: dict[str, Any] | None | Unset
        if isinstance(self.practitioner, Unset):
            practitioner = UNSET
        elif isinstance(self.practitioner, Link):
            practitioner = self.practitioner.to_dict()
        else:
            practitioner = self.practitioner

        treatment_note_template: dict[str, Any] | None | Unset
        if isinstance(self.treatment_note_template, Unset):
            treatment_note_template = UNSET
        elif isinstance(self.treatment_note_template, Link):
            treatment_note_template = self.treatment_note_template.to_dict()
        else:
            treatment_note_template = self.treatment_note_template

        booking: dict[str, Any] | None | Unset
        if isinstance(self.booking, Unset):
            booking = UNSET
        elif isinstance(self.booking, Link):
            booking = self.booking.to_dict()
        else:
            booking = self.booking

        attendee: dict[str, Any] | None | Unset
        if isinstance(self.attendee, Unset):
            attendee = UNSET
        elif isinstance(self.attendee, Link):
            attendee = self.attendee.to_dict()
        else:
            attendee = self.attendee

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if draft is not UNSET:
            field_dict["draft"] = draft
        if content is not UNSET:
            field_dict["content"] = content
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if finalized_at is not UNSET:
            field_dict["finalized_at"] = finalized_at
        if pinned_at is not UNSET:
            field_dict["pinned_at"] = pinned_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if patient is not UNSET:
            field_dict["patient"] = patient
        if practitioner is not UNSET:
            field_dict["practitioner"] = practitioner
        if treatment_note_template is not UNSET:
            field_dict["treatment_note_template"] = treatment_note_template
        if booking is not UNSET:
            field_dict["booking"] = booking
        if attendee is not UNSET:
            field_dict["attendee"] = attendee
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @staticmethod
    def _parse_finalized_at(data: object) -> datetime.datetime | Literal[""] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_date_time_or_blank_type_0 = datetime.datetime.fromisoformat(data)

            return componentsschemas_date_time_or_blank_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        componentsschemas_date_time_or_blank_type_1 = cast(Literal[""], data)
        if componentsschemas_date_time_or_blank_type_1 != "":
            raise ValueError(
                f"/components/schemas/DateTimeOrBlank_type_1 must match const '', got '{componentsschemas_date_time_or_blank_type_1}'"
            )
        return componentsschemas_date_time_or_blank_type_1

    @staticmethod
    def _parse_pinned_at(data: object) -> datetime.datetime | Literal[""] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_date_time_or_blank_type_0 = datetime.datetime.fromisoformat(data)

            return componentsschemas_date_time_or_blank_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        componentsschemas_date_time_or_blank_type_1 = cast(Literal[""], data)
        if componentsschemas_date_time_or_blank_type_1 != "":
            raise ValueError(
                f"/components/schemas/DateTimeOrBlank_type_1 must match const '', got '{componentsschemas_date_time_or_blank_type_1}'"
            )
        return componentsschemas_date_time_or_blank_type_1

    @staticmethod
    def _parse_archived_at(data: object) -> datetime.datetime | Literal[""] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_date_time_or_blank_type_0 = datetime.datetime.fromisoformat(data)

            return componentsschemas_date_time_or_blank_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        componentsschemas_date_time_or_blank_type_1 = cast(Literal[""], data)
        if componentsschemas_date_time_or_blank_type_1 != "":
            raise ValueError(
                f"/components/schemas/DateTimeOrBlank_type_1 must match const '', got '{componentsschemas_date_time_or_blank_type_1}'"
            )
        return componentsschemas_date_time_or_blank_type_1

    @staticmethod
    def _parse_deleted_at(data: object) -> datetime.datetime | Literal[""] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_date_time_or_blank_type_0 = datetime.datetime.fromisoformat(data)

            return componentsschemas_date_time_or_blank_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        componentsschemas_date_time_or_blank_type_1 = cast(Literal[""], data)
        if componentsschemas_date_time_or_blank_type_1 != "":
            raise ValueError(
                f"/components/schemas/DateTimeOrBlank_type_1 must match const '', got '{componentsschemas_date_time_or_blank_type_1}'"
            )
        return componentsschemas_date_time_or_blank_type_1

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A whole record (every property present, null where empty, as Cliniko sends them) is read
        # in one C call; a record without some of them (older ones) raises KeyError and is read
        # key by key. Three times as fast as a get per property for a patient.
        try:
            (
                id,
                raw_created_at,
                raw_updated_at,
                title,
                draft,
                raw_content,
                author_name,
                raw_finalized_at,
                raw_pinned_at,
                raw_archived_at,
                raw_deleted_at,
                raw_patient,
                raw_practitioner,
                raw_treatment_note_template,
                raw_booking,
                raw_attendee,
                raw_links,
            ) = _READ_ALL(d)
            known_count = 17
        except KeyError:
            id = d["id"]
            raw_created_at = d["created_at"]
            raw_updated_at = d["updated_at"]
            title = d.get("title", UNSET)
            draft = d.get("draft", UNSET)
            raw_content = d.get("content", UNSET)
            author_name = d.get("author_name", UNSET)
            raw_finalized_at = d.get("finalized_at", UNSET)
            raw_pinned_at = d.get("pinned_at", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            raw_deleted_at = d.get("deleted_at", UNSET)
            raw_patient = d.get("patient", UNSET)
            raw_practitioner = d.get("practitioner", UNSET)
            raw_treatment_note_template = d.get("treatment_note_template", UNSET)
            raw_booking = d.get("booking", UNSET)
            raw_attendee = d.get("attendee", UNSET)
            raw_links = d.get("links", UNSET)
            known_count = (
                3
                + (title is not UNSET)
                + (draft is not UNSET)
                + (raw_content is not UNSET)
                + (author_name is not UNSET)
                + (raw_finalized_at is not UNSET)
                + (raw_pinned_at is not UNSET)
                + (raw_archived_at is not UNSET)
                + (raw_deleted_at is not UNSET)
                + (raw_patient is not UNSET)
                + (raw_practitioner is not UNSET)
                + (raw_treatment_note_template is not UNSET)
                + (raw_booking is not UNSET)
                + (raw_attendee is not UNSET)
                + (raw_links is not UNSET)
            )

        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        if type(title) is not str and title is not None and title is not UNSET:
            raise TypeError("title: unexpected " + type(title).__name__)

        if type(draft) is not bool and draft is not None and draft is not UNSET:
            raise TypeError("draft: unexpected " + type(draft).__name__)

        content = raw_content
        if content is not None and content is not UNSET:
            if not isinstance(content, dict):
                raise TypeError("content: unexpected " + type(content).__name__)
            content_type_0 = TreatmentNoteContent.from_dict(content)

            content = content_type_0

        if type(author_name) is not str and author_name is not None and author_name is not UNSET:
            raise TypeError("author_name: unexpected " + type(author_name).__name__)

        finalized_at = raw_finalized_at
        if finalized_at is not None and finalized_at is not UNSET:
            finalized_at = cls._parse_finalized_at(finalized_at)

        pinned_at = raw_pinned_at
        if pinned_at is not None and pinned_at is not UNSET:
            pinned_at = cls._parse_pinned_at(pinned_at)

        archived_at = raw_archived_at
        if archived_at is not None and archived_at is not UNSET:
            archived_at = cls._parse_archived_at(archived_at)

        deleted_at = raw_deleted_at
        if deleted_at is not None and deleted_at is not UNSET:
            deleted_at = cls._parse_deleted_at(deleted_at)

        _patient = raw_patient
        patient: Link | Unset
        if _patient is UNSET:
            patient = UNSET
        else:
            patient = Link.from_dict(_patient)

        practitioner = raw_practitioner
        if practitioner is not None and practitioner is not UNSET:
            if not isinstance(practitioner, dict):
                raise TypeError("practitioner: unexpected " + type(practitioner).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(practitioner)

            practitioner = componentsschemas_nullable_link_type_0

        treatment_note_template = raw_treatment_note_template
        if treatment_note_template is not None and treatment_note_template is not UNSET:
            if not isinstance(treatment_note_template, dict):
                raise TypeError("treatment_note_template: unexpected " + type(treatment_note_template).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(treatment_note_template)

            treatment_note_template = componentsschemas_nullable_link_type_0

        booking = raw_booking
        if booking is not None and booking is not UNSET:
            if not isinstance(booking, dict):
                raise TypeError("booking: unexpected " + type(booking).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(booking)

            booking = componentsschemas_nullable_link_type_0

        attendee = raw_attendee
        if attendee is not None and attendee is not UNSET:
            if not isinstance(attendee, dict):
                raise TypeError("attendee: unexpected " + type(attendee).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(attendee)

            attendee = componentsschemas_nullable_link_type_0

        _links = raw_links
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        treatment_note = _new_instance(cls)
        treatment_note.id = id
        treatment_note.created_at = created_at
        treatment_note.updated_at = updated_at
        treatment_note.title = title
        treatment_note.draft = draft
        treatment_note.content = content
        treatment_note.author_name = author_name
        treatment_note.finalized_at = finalized_at
        treatment_note.pinned_at = pinned_at
        treatment_note.archived_at = archived_at
        treatment_note.deleted_at = deleted_at
        treatment_note.patient = patient
        treatment_note.practitioner = practitioner
        treatment_note.treatment_note_template = treatment_note_template
        treatment_note.booking = booking
        treatment_note.attendee = attendee
        treatment_note.links = links

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - known_count
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        treatment_note.additional_properties = unknown
        return treatment_note

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.link import Link  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402
from ..models.treatment_note_content import TreatmentNoteContent  # noqa: E402
