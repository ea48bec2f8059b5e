"""Contains all the data models used in inputs/outputs"""

from .custom_field import CustomField
from .custom_field_option import CustomFieldOption
from .custom_field_other import CustomFieldOther
from .custom_field_response import CustomFieldResponse
from .custom_field_section import CustomFieldSection
from .custom_field_selected_marker import CustomFieldSelectedMarker
from .custom_field_type import CustomFieldType
from .custom_field_type_rules import CustomFieldTypeRules
from .custom_fields import CustomFields
from .deleted_invoice import DeletedInvoice
from .deleted_invoice_item import DeletedInvoiceItem
from .deleted_invoice_item_list import DeletedInvoiceItemList
from .deleted_invoice_list import DeletedInvoiceList
from .deleted_medical_alert import DeletedMedicalAlert
from .deleted_medical_alert_list import DeletedMedicalAlertList
from .deleted_patient import DeletedPatient
from .deleted_patient_list import DeletedPatientList
from .deleted_treatment_note import DeletedTreatmentNote
from .deleted_treatment_note_list import DeletedTreatmentNoteList
from .error_message import ErrorMessage
from .invoice import Invoice
from .invoice_calculation_method import InvoiceCalculationMethod
from .invoice_item import InvoiceItem
from .invoice_item_list import InvoiceItemList
from .invoice_list import InvoiceList
from .invoice_status import InvoiceStatus
from .link import Link
from .link_links import LinkLinks
from .list_archived_patients_order import ListArchivedPatientsOrder
from .list_deleted_invoice_items_order import ListDeletedInvoiceItemsOrder
from .list_deleted_invoices_order import ListDeletedInvoicesOrder
from .list_deleted_medical_alerts_order import ListDeletedMedicalAlertsOrder
from .list_deleted_patients_order import ListDeletedPatientsOrder
from .list_deleted_treatment_notes_order import ListDeletedTreatmentNotesOrder
from .list_invoice_invoice_items_order import ListInvoiceInvoiceItemsOrder
from .list_invoice_items_order import ListInvoiceItemsOrder
from .list_invoices_order import ListInvoicesOrder
from .list_medical_alerts_order import ListMedicalAlertsOrder
from .list_patient_invoices_order import ListPatientInvoicesOrder
from .list_patient_medical_alerts_order import ListPatientMedicalAlertsOrder
from .list_patient_treatment_notes_order import ListPatientTreatmentNotesOrder
from .list_patients_order import ListPatientsOrder
from .list_treatment_note_templates_order import ListTreatmentNoteTemplatesOrder
from .list_treatment_notes_order import ListTreatmentNotesOrder
from .medical_alert import MedicalAlert
from .medical_alert_create import MedicalAlertCreate
from .medical_alert_list import MedicalAlertList
from .medical_alert_update import MedicalAlertUpdate
from .page_links import PageLinks
from .patient import Patient
from .patient_create import PatientCreate
from .patient_list import PatientList
from .patient_update import PatientUpdate
from .phone_number import PhoneNumber
from .phone_number_input import PhoneNumberInput
from .phone_type import PhoneType
from .pronouns import Pronouns
from .pronouns_input import PronounsInput
from .reminder_type import ReminderType
from .self_links import SelfLinks
from .settings import Settings
from .settings_reminders import SettingsReminders
from .treatment_note import TreatmentNote
from .treatment_note_answer import TreatmentNoteAnswer
from .treatment_note_content import TreatmentNoteContent
from .treatment_note_create import TreatmentNoteCreate
from .treatment_note_list import TreatmentNoteList
from .treatment_note_print_settings import TreatmentNotePrintSettings
from .treatment_note_question import TreatmentNoteQuestion
from .treatment_note_question_other import TreatmentNoteQuestionOther
from .treatment_note_question_type import TreatmentNoteQuestionType
from .treatment_note_section import TreatmentNoteSection
from .treatment_note_template import TreatmentNoteTemplate
from .treatment_note_template_list import TreatmentNoteTemplateList
from .treatment_note_update import TreatmentNoteUpdate
from .validation_error import ValidationError
from .validation_error_errors import ValidationErrorErrors

__all__ = (
    "CustomField",
    "CustomFieldOption",
    "CustomFieldOther",
    "CustomFieldResponse",
    "CustomFields",
    "CustomFieldSection",
    "CustomFieldSelectedMarker",
    "CustomFieldType",
    "CustomFieldTypeRules",
    "DeletedInvoice",
    "DeletedInvoiceItem",
    "DeletedInvoiceItemList",
    "DeletedInvoiceList",
    "DeletedMedicalAlert",
    "DeletedMedicalAlertList",
    "DeletedPatient",
    "DeletedPatientList",
    "DeletedTreatmentNote",
    "DeletedTreatmentNoteList",
    "ErrorMessage",
    "Invoice",
    "InvoiceCalculationMethod",
    "InvoiceItem",
    "InvoiceItemList",
    "InvoiceList",
    "InvoiceStatus",
    "Link",
    "LinkLinks",
    "ListArchivedPatientsOrder",
    "ListDeletedInvoiceItemsOrder",
    "ListDeletedInvoicesOrder",
    "ListDeletedMedicalAlertsOrder",
    "ListDeletedPatientsOrder",
    "ListDeletedTreatmentNotesOrder",
    "ListInvoiceInvoiceItemsOrder",
    "ListInvoiceItemsOrder",
    "ListInvoicesOrder",
    "ListMedicalAlertsOrder",
    "ListPatientInvoicesOrder",
    "ListPatientMedicalAlertsOrder",
    "ListPatientsOrder",
    "ListPatientTreatmentNotesOrder",
    "ListTreatmentNotesOrder",
    "ListTreatmentNoteTemplatesOrder",
    "MedicalAlert",
    "MedicalAlertCreate",
    "MedicalAlertList",
    "MedicalAlertUpdate",
    "PageLinks",
    "Patient",
    "PatientCreate",
    "PatientList",
    "PatientUpdate",
    "PhoneNumber",
    "PhoneNumberInput",
    "PhoneType",
    "Pronouns",
    "PronounsInput",
    "ReminderType",
    "SelfLinks",
    "Settings",
    "SettingsReminders",
    "TreatmentNote",
    "TreatmentNoteAnswer",
    "TreatmentNoteContent",
    "TreatmentNoteCreate",
    "TreatmentNoteList",
    "TreatmentNotePrintSettings",
    "TreatmentNoteQuestion",
    "TreatmentNoteQuestionOther",
    "TreatmentNoteQuestionType",
    "TreatmentNoteSection",
    "TreatmentNoteTemplate",
    "TreatmentNoteTemplateList",
    "TreatmentNoteUpdate",
    "ValidationError",
    "ValidationErrorErrors",
)
