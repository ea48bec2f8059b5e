from typing import Literal

TreatmentNoteQuestionType = Literal["checkboxes", "date", "paragraph", "radiobuttons", "text"]

TREATMENT_NOTE_QUESTION_TYPE_VALUES: set[TreatmentNoteQuestionType] = {
    "checkboxes",
    "date",
    "paragraph",
    "radiobuttons",
    "text",
}


def check_treatment_note_question_type(value: str) -> TreatmentNoteQuestionType:
    if value in TREATMENT_NOTE_QUESTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TREATMENT_NOTE_QUESTION_TYPE_VALUES!r}")
