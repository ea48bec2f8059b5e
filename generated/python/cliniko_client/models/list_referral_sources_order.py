from typing import Literal

ListReferralSourcesOrder = Literal["asc", "desc"]

LIST_REFERRAL_SOURCES_ORDER_VALUES: set[ListReferralSourcesOrder] = {
    "asc",
    "desc",
}


def check_list_referral_sources_order(value: str) -> ListReferralSourcesOrder:
    if value in LIST_REFERRAL_SOURCES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_REFERRAL_SOURCES_ORDER_VALUES!r}")
