"""Contains all the data models used in inputs/outputs"""

from .concession_type import ConcessionType
from .concession_type_create import ConcessionTypeCreate
from .concession_type_list import ConcessionTypeList
from .concession_type_update import ConcessionTypeUpdate
from .contact import Contact
from .contact_list import ContactList
from .contact_type import ContactType
from .contact_type_name import ContactTypeName
from .contact_update import ContactUpdate
from .custom_field import CustomField
from .custom_field_option import CustomFieldOption
from .custom_field_other import CustomFieldOther
from .custom_field_response import CustomFieldResponse
from .custom_field_section import CustomFieldSection
from .custom_field_selected_marker import CustomFieldSelectedMarker
from .custom_field_type import CustomFieldType
from .custom_field_type_rules import CustomFieldTypeRules
from .custom_fields import CustomFields
from .deleted_contact import DeletedContact
from .deleted_contact_list import DeletedContactList
from .deleted_medical_alert import DeletedMedicalAlert
from .deleted_medical_alert_list import DeletedMedicalAlertList
from .deleted_patient import DeletedPatient
from .deleted_patient_list import DeletedPatientList
from .doctor_type import DoctorType
from .error_message import ErrorMessage
from .link import Link
from .link_links import LinkLinks
from .list_active_patient_cases_order import ListActivePatientCasesOrder
from .list_archived_patients_order import ListArchivedPatientsOrder
from .list_concession_types_order import ListConcessionTypesOrder
from .list_contacts_order import ListContactsOrder
from .list_deleted_contacts_order import ListDeletedContactsOrder
from .list_deleted_medical_alerts_order import ListDeletedMedicalAlertsOrder
from .list_deleted_patients_order import ListDeletedPatientsOrder
from .list_medical_alerts_order import ListMedicalAlertsOrder
from .list_patient_cases_order import ListPatientCasesOrder
from .list_patient_medical_alerts_order import ListPatientMedicalAlertsOrder
from .list_patients_order import ListPatientsOrder
from .list_referral_sources_order import ListReferralSourcesOrder
from .list_relationships_order import ListRelationshipsOrder
from .medical_alert import MedicalAlert
from .medical_alert_create import MedicalAlertCreate
from .medical_alert_list import MedicalAlertList
from .medical_alert_update import MedicalAlertUpdate
from .page_links import PageLinks
from .patient import Patient
from .patient_case import PatientCase
from .patient_case_create import PatientCaseCreate
from .patient_case_list import PatientCaseList
from .patient_case_update import PatientCaseUpdate
from .patient_create import PatientCreate
from .patient_list import PatientList
from .patient_update import PatientUpdate
from .phone_number import PhoneNumber
from .phone_number_input import PhoneNumberInput
from .phone_type import PhoneType
from .pronouns import Pronouns
from .pronouns_input import PronounsInput
from .referral_source import ReferralSource
from .referral_source_list import ReferralSourceList
from .referral_type import ReferralType
from .referrer_type import ReferrerType
from .relation_code import RelationCode
from .relation_name import RelationName
from .relationship import Relationship
from .relationship_create import RelationshipCreate
from .relationship_list import RelationshipList
from .relationship_update import RelationshipUpdate
from .reminder_type import ReminderType
from .self_links import SelfLinks
from .settings import Settings
from .settings_reminders import SettingsReminders
from .validation_error import ValidationError
from .validation_error_errors import ValidationErrorErrors

__all__ = (
    "ConcessionType",
    "ConcessionTypeCreate",
    "ConcessionTypeList",
    "ConcessionTypeUpdate",
    "Contact",
    "ContactList",
    "ContactType",
    "ContactTypeName",
    "ContactUpdate",
    "CustomField",
    "CustomFieldOption",
    "CustomFieldOther",
    "CustomFieldResponse",
    "CustomFields",
    "CustomFieldSection",
    "CustomFieldSelectedMarker",
    "CustomFieldType",
    "CustomFieldTypeRules",
    "DeletedContact",
    "DeletedContactList",
    "DeletedMedicalAlert",
    "DeletedMedicalAlertList",
    "DeletedPatient",
    "DeletedPatientList",
    "DoctorType",
    "ErrorMessage",
    "Link",
    "LinkLinks",
    "ListActivePatientCasesOrder",
    "ListArchivedPatientsOrder",
    "ListConcessionTypesOrder",
    "ListContactsOrder",
    "ListDeletedContactsOrder",
    "ListDeletedMedicalAlertsOrder",
    "ListDeletedPatientsOrder",
    "ListMedicalAlertsOrder",
    "ListPatientCasesOrder",
    "ListPatientMedicalAlertsOrder",
    "ListPatientsOrder",
    "ListReferralSourcesOrder",
    "ListRelationshipsOrder",
    "MedicalAlert",
    "MedicalAlertCreate",
    "MedicalAlertList",
    "MedicalAlertUpdate",
    "PageLinks",
    "Patient",
    "PatientCase",
    "PatientCaseCreate",
    "PatientCaseList",
    "PatientCaseUpdate",
    "PatientCreate",
    "PatientList",
    "PatientUpdate",
    "PhoneNumber",
    "PhoneNumberInput",
    "PhoneType",
    "Pronouns",
    "PronounsInput",
    "ReferralSource",
    "ReferralSourceList",
    "ReferralType",
    "ReferrerType",
    "RelationCode",
    "RelationName",
    "Relationship",
    "RelationshipCreate",
    "RelationshipList",
    "RelationshipUpdate",
    "ReminderType",
    "SelfLinks",
    "Settings",
    "SettingsReminders",
    "ValidationError",
    "ValidationErrorErrors",
)
