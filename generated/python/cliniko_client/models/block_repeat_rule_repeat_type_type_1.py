from typing import Literal

BlockRepeatRuleRepeatTypeType1 = Literal["Daily", "Monthly", "Weekly"]

BLOCK_REPEAT_RULE_REPEAT_TYPE_TYPE_1_VALUES: set[BlockRepeatRuleRepeatTypeType1] = {
    "Daily",
    "Monthly",
    "Weekly",
}


def check_block_repeat_rule_repeat_type_type_1(value: str) -> BlockRepeatRuleRepeatTypeType1:
    if value in BLOCK_REPEAT_RULE_REPEAT_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLOCK_REPEAT_RULE_REPEAT_TYPE_TYPE_1_VALUES!r}")
