from typing import Literal

CustomFieldType = Literal["checkboxes", "date", "paragraph", "radiobuttons", "text"]

CUSTOM_FIELD_TYPE_VALUES: set[CustomFieldType] = {
    "checkboxes",
    "date",
    "paragraph",
    "radiobuttons",
    "text",
}


def check_custom_field_type(value: str) -> CustomFieldType:
    if value in CUSTOM_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_TYPE_VALUES!r}")
