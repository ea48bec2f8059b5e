"""A client library for accessing Cliniko API"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import Client
    from .cliniko import ClinikoClient, acreate_patient_with_location, create_patient_with_location
    from .exceptions import (
        ClinikoError,
        Forbidden,
        NotFound,
        RateLimited,
        ServerError,
        Unauthorized,
        ValidationFailed,
        raise_for_status,
    )
    from .retry import RetryPolicy
    from .walkers import (
        aiter_appointment_types,
        aiter_appointments,
        aiter_attendees,
        aiter_availability_blocks,
        aiter_bookings,
        aiter_businesses,
        aiter_concession_types,
        aiter_contacts,
        aiter_daily_availabilities,
        aiter_group_appointments,
        aiter_individual_appointments,
        aiter_invoice_items,
        aiter_invoices,
        aiter_medical_alerts,
        aiter_patient_cases,
        aiter_patients,
        aiter_practitioners,
        aiter_referral_sources,
        aiter_relationships,
        aiter_treatment_note_templates,
        aiter_treatment_notes,
        aiter_unavailable_blocks,
        iter_appointment_types,
        iter_appointments,
        iter_attendees,
        iter_availability_blocks,
        iter_bookings,
        iter_businesses,
        iter_concession_types,
        iter_contacts,
        iter_daily_availabilities,
        iter_group_appointments,
        iter_individual_appointments,
        iter_invoice_items,
        iter_invoices,
        iter_medical_alerts,
        iter_patient_cases,
        iter_patients,
        iter_practitioners,
        iter_referral_sources,
        iter_relationships,
        iter_treatment_note_templates,
        iter_treatment_notes,
        iter_unavailable_blocks,
    )

__all__ = (
    "acreate_patient_with_location",
    "aiter_appointment_types",
    "aiter_appointments",
    "aiter_attendees",
    "aiter_availability_blocks",
    "aiter_bookings",
    "aiter_businesses",
    "aiter_concession_types",
    "aiter_contacts",
    "aiter_daily_availabilities",
    "aiter_group_appointments",
    "aiter_individual_appointments",
    "aiter_invoice_items",
    "aiter_invoices",
    "aiter_medical_alerts",
    "aiter_patient_cases",
    "aiter_patients",
    "aiter_practitioners",
    "aiter_referral_sources",
    "aiter_relationships",
    "aiter_treatment_note_templates",
    "aiter_treatment_notes",
    "aiter_unavailable_blocks",
    "Client",
    "ClinikoClient",
    "ClinikoError",
    "create_patient_with_location",
    "Forbidden",
    "iter_appointment_types",
    "iter_appointments",
    "iter_attendees",
    "iter_availability_blocks",
    "iter_bookings",
    "iter_businesses",
    "iter_concession_types",
    "iter_contacts",
    "iter_daily_availabilities",
    "iter_group_appointments",
    "iter_individual_appointments",
    "iter_invoice_items",
    "iter_invoices",
    "iter_medical_alerts",
    "iter_patient_cases",
    "iter_patients",
    "iter_practitioners",
    "iter_referral_sources",
    "iter_relationships",
    "iter_treatment_note_templates",
    "iter_treatment_notes",
    "iter_unavailable_blocks",
    "NotFound",
    "raise_for_status",
    "RateLimited",
    "RetryPolicy",
    "ServerError",
    "Unauthorized",
    "ValidationFailed",
)

# Where each name above lives; imported on first use (`from cliniko_client import ...`).
_HOMES = {
    "acreate_patient_with_location": ".cliniko",
    "aiter_appointment_types": ".walkers",
    "aiter_appointments": ".walkers",
    "aiter_attendees": ".walkers",
    "aiter_availability_blocks": ".walkers",
    "aiter_bookings": ".walkers",
    "aiter_businesses": ".walkers",
    "aiter_concession_types": ".walkers",
    "aiter_contacts": ".walkers",
    "aiter_daily_availabilities": ".walkers",
    "aiter_group_appointments": ".walkers",
    "aiter_individual_appointments": ".walkers",
    "aiter_invoice_items": ".walkers",
    "aiter_invoices": ".walkers",
    "aiter_medical_alerts": ".walkers",
    "aiter_patient_cases": ".walkers",
    "aiter_patients": ".walkers",
    "aiter_practitioners": ".walkers",
    "aiter_referral_sources": ".walkers",
    "aiter_relationships": ".walkers",
    "aiter_treatment_note_templates": ".walkers",
    "aiter_treatment_notes": ".walkers",
    "aiter_unavailable_blocks": ".walkers",
    "Client": ".client",
    "ClinikoClient": ".cliniko",
    "ClinikoError": ".exceptions",
    "create_patient_with_location": ".cliniko",
    "Forbidden": ".exceptions",
    "iter_appointment_types": ".walkers",
    "iter_appointments": ".walkers",
    "iter_attendees": ".walkers",
    "iter_availability_blocks": ".walkers",
    "iter_bookings": ".walkers",
    "iter_businesses": ".walkers",
    "iter_concession_types": ".walkers",
    "iter_contacts": ".walkers",
    "iter_daily_availabilities": ".walkers",
    "iter_group_appointments": ".walkers",
    "iter_individual_appointments": ".walkers",
    "iter_invoice_items": ".walkers",
    "iter_invoices": ".walkers",
    "iter_medical_alerts": ".walkers",
    "iter_patient_cases": ".walkers",
    "iter_patients": ".walkers",
    "iter_practitioners": ".walkers",
    "iter_referral_sources": ".walkers",
    "iter_relationships": ".walkers",
    "iter_treatment_note_templates": ".walkers",
    "iter_treatment_notes": ".walkers",
    "iter_unavailable_blocks": ".walkers",
    "NotFound": ".exceptions",
    "raise_for_status": ".exceptions",
    "RateLimited": ".exceptions",
    "RetryPolicy": ".retry",
    "ServerError": ".exceptions",
    "Unauthorized": ".exceptions",
    "ValidationFailed": ".exceptions",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(importlib.import_module(home, __name__), name)
    else:  # a submodule, e.g. `cliniko_client.models` after a bare `import cliniko_client`
        try:
            value = importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
