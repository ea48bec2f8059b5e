"""A client library for accessing Cliniko Patients API"""

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
from .pagination import aiter_patients, iter_patients
from .retry import RetryPolicy

__all__ = (
    "Client",
    "ClinikoClient",
    "ClinikoError",
    "Forbidden",
    "NotFound",
    "RateLimited",
    "RetryPolicy",
    "ServerError",
    "Unauthorized",
    "ValidationFailed",
    "acreate_patient_with_location",
    "aiter_patients",
    "create_patient_with_location",
    "iter_patients",
    "raise_for_status",
)
