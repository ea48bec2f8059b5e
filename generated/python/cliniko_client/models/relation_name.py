from typing import Literal

RelationName = Literal["Child", "Other", "Parent", "Partner", "Relative", "Sibling", "Spouse"]

RELATION_NAME_VALUES: set[RelationName] = {
    "Child",
    "Other",
    "Parent",
    "Partner",
    "Relative",
    "Sibling",
    "Spouse",
}


def check_relation_name(value: str) -> RelationName:
    if value in RELATION_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RELATION_NAME_VALUES!r}")
