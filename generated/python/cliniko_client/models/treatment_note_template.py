from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreatmentNoteTemplate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "name",
    "created_at",
    "updated_at",
    "content",
    "print_settings",
    "archived_at",
    "deleted_at",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class TreatmentNoteTemplate:
    """A treatment note template: the sections and questions a practitioner
    fills in to write a note (`TreatmentNoteTemplateContent`), with default
    answers. A note made from it (`treatment_note_template_id`) answers the
    same sections and questions. Unknown properties may appear as the API
    grows; clients must keep them, not fail on them. Only `id`, `name`,
    `created_at` and `updated_at` are always present and never `null`.

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
    name: str
    """ The template's name (`Standard Consultation`); a note made from it takes it as its `title`. """
    created_at: datetime.datetime
    """ When the template was created (UTC). """
    updated_at: datetime.datetime
    """ When the template was last changed (UTC). """
    content: None | TreatmentNoteContent | Unset = UNSET
    """ The template's sections and questions, with default answers, or
    `null`: the tree a note's `content` answers (`TreatmentNoteContent`,
    its rules included). The account's form, not a patient's, though a
    default answer may be clinical prose.
     """
    print_settings: None | TreatmentNotePrintSettings | Unset = UNSET
    """ What a printed note shows about the patient, or `null`. """
    archived_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    deleted_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    links: SelfLinks | Unset = UNSET
    """ The URL of this resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, TreatmentNoteContent):
            content = self.content.to_dict()
        else:
            content = self.content

        print_settings: dict[str, Any] | None | Unset
        if isinstance(self.print_settings, Unset):
            print_settings = UNSET
        elif isinstance(self.print_settings, TreatmentNotePrintSettings):
            print_settings = self.print_settings.to_dict()
        else:
            print_settings = self.print_settings

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

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if print_settings is not UNSET:
            field_dict["print_settings"] = print_settings
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

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
        id = d["id"]
        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        name = d["name"]
        if type(name) is not str:
            raise TypeError("name: unexpected " + type(name).__name__)

        raw_created_at = d["created_at"]
        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        raw_updated_at = d["updated_at"]
        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        content = d.get("content", UNSET)
        if content is not None and content is not UNSET:
            if not isinstance(content, dict):
                raise TypeError("content: unexpected " + type(content).__name__)
            content_type_0 = TreatmentNoteContent.from_dict(content)

            content = content_type_0

        print_settings = d.get("print_settings", UNSET)
        if print_settings is not None and print_settings is not UNSET:
            if not isinstance(print_settings, dict):
                raise TypeError("print_settings: unexpected " + type(print_settings).__name__)
            print_settings_type_0 = TreatmentNotePrintSettings.from_dict(print_settings)

            print_settings = print_settings_type_0

        archived_at = d.get("archived_at", UNSET)
        if archived_at is not None and archived_at is not UNSET:
            archived_at = cls._parse_archived_at(archived_at)

        deleted_at = d.get("deleted_at", UNSET)
        if deleted_at is not None and deleted_at is not UNSET:
            deleted_at = cls._parse_deleted_at(deleted_at)

        _links = d.get("links", UNSET)
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        treatment_note_template = _new_instance(cls)
        treatment_note_template.id = id
        treatment_note_template.name = name
        treatment_note_template.created_at = created_at
        treatment_note_template.updated_at = updated_at
        treatment_note_template.content = content
        treatment_note_template.print_settings = print_settings
        treatment_note_template.archived_at = archived_at
        treatment_note_template.deleted_at = deleted_at
        treatment_note_template.links = links

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            4
            + (content is not UNSET)
            + (print_settings is not UNSET)
            + (archived_at is not UNSET)
            + (deleted_at is not UNSET)
            + (links is not UNSET)
        )
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        treatment_note_template.additional_properties = unknown
        return treatment_note_template

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
from ..models.self_links import SelfLinks  # noqa: E402
from ..models.treatment_note_content import TreatmentNoteContent  # noqa: E402
from ..models.treatment_note_print_settings import TreatmentNotePrintSettings  # noqa: E402
