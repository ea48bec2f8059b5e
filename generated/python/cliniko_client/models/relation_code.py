from typing import Literal

RelationCode = Literal[10, 20, 30, 40, 50, 60, 70]

RELATION_CODE_VALUES: set[RelationCode] = {
    10,
    20,
    30,
    40,
    50,
    60,
    70,
}


def check_relation_code(value: int) -> RelationCode:
    if value in RELATION_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RELATION_CODE_VALUES!r}")
