from typing import Literal

DoctorType = Literal["general_practitioner", "specialist"]

DOCTOR_TYPE_VALUES: set[DoctorType] = {
    "general_practitioner",
    "specialist",
}


def check_doctor_type(value: str) -> DoctorType:
    if value in DOCTOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOCTOR_TYPE_VALUES!r}")
