from typing import Literal

ReminderType = Literal["Email", "None", "SMS", "SMS & Email"]

REMINDER_TYPE_VALUES: set[ReminderType] = {
    "Email",
    "None",
    "SMS",
    "SMS & Email",
}


def check_reminder_type(value: str) -> ReminderType:
    if value in REMINDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REMINDER_TYPE_VALUES!r}")
