"""Contains all the data models used in inputs/outputs"""

from .appointment import Appointment
from .appointment_conflicts import AppointmentConflicts
from .appointment_conflicts_conflicts import AppointmentConflictsConflicts
from .appointment_create import AppointmentCreate
from .appointment_list import AppointmentList
from .appointment_type import AppointmentType
from .appointment_type_create import AppointmentTypeCreate
from .appointment_type_list import AppointmentTypeList
from .appointment_type_update import AppointmentTypeUpdate
from .appointment_update import AppointmentUpdate
from .attendee import Attendee
from .attendee_create import AttendeeCreate
from .attendee_list import AttendeeList
from .attendee_update import AttendeeUpdate
from .availability_block import AvailabilityBlock
from .availability_block_create import AvailabilityBlockCreate
from .availability_block_list import AvailabilityBlockList
from .availability_period import AvailabilityPeriod
from .available_time import AvailableTime
from .available_time_list import AvailableTimeList
from .available_time_page_links import AvailableTimePageLinks
from .block_repeat_rule import BlockRepeatRule
from .block_repeat_rule_repeat_type_type_1 import BlockRepeatRuleRepeatTypeType1
from .block_repeat_rule_repeat_type_type_2_type_1 import BlockRepeatRuleRepeatTypeType2Type1
from .block_repeat_rule_repeat_type_type_3_type_1 import BlockRepeatRuleRepeatTypeType3Type1
from .booking_list import BookingList
from .business import Business
from .business_create import BusinessCreate
from .business_list import BusinessList
from .business_update import BusinessUpdate
from .cancellation_reason import CancellationReason
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
from .daily_availability import DailyAvailability
from .daily_availability_list import DailyAvailabilityList
from .deleted_appointment import DeletedAppointment
from .deleted_appointment_list import DeletedAppointmentList
from .deleted_attendee import DeletedAttendee
from .deleted_attendee_list import DeletedAttendeeList
from .deleted_contact import DeletedContact
from .deleted_contact_list import DeletedContactList
from .deleted_group_appointment import DeletedGroupAppointment
from .deleted_group_appointment_list import DeletedGroupAppointmentList
from .deleted_individual_appointment import DeletedIndividualAppointment
from .deleted_individual_appointment_list import DeletedIndividualAppointmentList
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
from .deleted_unavailable_block import DeletedUnavailableBlock
from .deleted_unavailable_block_list import DeletedUnavailableBlockList
from .doctor_type import DoctorType
from .error_message import ErrorMessage
from .group_appointment import GroupAppointment
from .group_appointment_booking import GroupAppointmentBooking
from .group_appointment_create import GroupAppointmentCreate
from .group_appointment_list import GroupAppointmentList
from .group_appointment_update import GroupAppointmentUpdate
from .individual_appointment import IndividualAppointment
from .individual_appointment_booking import IndividualAppointmentBooking
from .individual_appointment_cancellation import IndividualAppointmentCancellation
from .individual_appointment_create import IndividualAppointmentCreate
from .individual_appointment_list import IndividualAppointmentList
from .individual_appointment_update import IndividualAppointmentUpdate
from .invoice import Invoice
from .invoice_calculation_method import InvoiceCalculationMethod
from .invoice_item import InvoiceItem
from .invoice_item_list import InvoiceItemList
from .invoice_list import InvoiceList
from .invoice_status import InvoiceStatus
from .link import Link
from .link_links import LinkLinks
from .list_active_patient_cases_order import ListActivePatientCasesOrder
from .list_appointment_invoices_order import ListAppointmentInvoicesOrder
from .list_appointment_type_inactive_practitioners_order import ListAppointmentTypeInactivePractitionersOrder
from .list_appointment_type_practitioners_order import ListAppointmentTypePractitionersOrder
from .list_appointment_types_order import ListAppointmentTypesOrder
from .list_appointments_order import ListAppointmentsOrder
from .list_archived_appointment_types_order import ListArchivedAppointmentTypesOrder
from .list_archived_patients_order import ListArchivedPatientsOrder
from .list_attendee_invoices_order import ListAttendeeInvoicesOrder
from .list_attendees_order import ListAttendeesOrder
from .list_availability_blocks_order import ListAvailabilityBlocksOrder
from .list_bookings_order import ListBookingsOrder
from .list_business_appointments_order import ListBusinessAppointmentsOrder
from .list_business_cancelled_appointments_order import ListBusinessCancelledAppointmentsOrder
from .list_business_daily_availabilities_order import ListBusinessDailyAvailabilitiesOrder
from .list_business_deleted_appointments_order import ListBusinessDeletedAppointmentsOrder
from .list_business_inactive_practitioners_order import ListBusinessInactivePractitionersOrder
from .list_business_practitioners_order import ListBusinessPractitionersOrder
from .list_businesses_order import ListBusinessesOrder
from .list_cancelled_appointments_order import ListCancelledAppointmentsOrder
from .list_cancelled_attendees_order import ListCancelledAttendeesOrder
from .list_cancelled_individual_appointments_order import ListCancelledIndividualAppointmentsOrder
from .list_concession_types_order import ListConcessionTypesOrder
from .list_contacts_order import ListContactsOrder
from .list_daily_availabilities_order import ListDailyAvailabilitiesOrder
from .list_deleted_appointments_order import ListDeletedAppointmentsOrder
from .list_deleted_attendees_order import ListDeletedAttendeesOrder
from .list_deleted_contacts_order import ListDeletedContactsOrder
from .list_deleted_group_appointments_order import ListDeletedGroupAppointmentsOrder
from .list_deleted_individual_appointments_order import ListDeletedIndividualAppointmentsOrder
from .list_deleted_invoice_items_order import ListDeletedInvoiceItemsOrder
from .list_deleted_invoices_order import ListDeletedInvoicesOrder
from .list_deleted_medical_alerts_order import ListDeletedMedicalAlertsOrder
from .list_deleted_patients_order import ListDeletedPatientsOrder
from .list_deleted_treatment_notes_order import ListDeletedTreatmentNotesOrder
from .list_deleted_unavailable_blocks_order import ListDeletedUnavailableBlocksOrder
from .list_group_appointment_attendees_order import ListGroupAppointmentAttendeesOrder
from .list_group_appointments_order import ListGroupAppointmentsOrder
from .list_inactive_practitioners_order import ListInactivePractitionersOrder
from .list_individual_appointment_attendees_order import ListIndividualAppointmentAttendeesOrder
from .list_individual_appointments_order import ListIndividualAppointmentsOrder
from .list_invoice_invoice_items_order import ListInvoiceInvoiceItemsOrder
from .list_invoice_items_order import ListInvoiceItemsOrder
from .list_invoices_order import ListInvoicesOrder
from .list_medical_alerts_order import ListMedicalAlertsOrder
from .list_patient_appointments_order import ListPatientAppointmentsOrder
from .list_patient_cancelled_appointments_order import ListPatientCancelledAppointmentsOrder
from .list_patient_case_attendees_order import ListPatientCaseAttendeesOrder
from .list_patient_case_bookings_order import ListPatientCaseBookingsOrder
from .list_patient_case_invoices_order import ListPatientCaseInvoicesOrder
from .list_patient_cases_order import ListPatientCasesOrder
from .list_patient_deleted_appointments_order import ListPatientDeletedAppointmentsOrder
from .list_patient_invoices_order import ListPatientInvoicesOrder
from .list_patient_medical_alerts_order import ListPatientMedicalAlertsOrder
from .list_patient_treatment_notes_order import ListPatientTreatmentNotesOrder
from .list_patients_order import ListPatientsOrder
from .list_practitioner_appointment_types_order import ListPractitionerAppointmentTypesOrder
from .list_practitioner_appointments_order import ListPractitionerAppointmentsOrder
from .list_practitioner_cancelled_appointments_order import ListPractitionerCancelledAppointmentsOrder
from .list_practitioner_daily_availabilities_order import ListPractitionerDailyAvailabilitiesOrder
from .list_practitioner_deleted_appointments_order import ListPractitionerDeletedAppointmentsOrder
from .list_practitioner_invoices_order import ListPractitionerInvoicesOrder
from .list_practitioners_order import ListPractitionersOrder
from .list_referral_sources_order import ListReferralSourcesOrder
from .list_relationships_order import ListRelationshipsOrder
from .list_treatment_note_templates_order import ListTreatmentNoteTemplatesOrder
from .list_treatment_notes_order import ListTreatmentNotesOrder
from .list_unavailable_blocks_order import ListUnavailableBlocksOrder
from .medical_alert import MedicalAlert
from .medical_alert_create import MedicalAlertCreate
from .medical_alert_list import MedicalAlertList
from .medical_alert_update import MedicalAlertUpdate
from .next_available_time import NextAvailableTime
from .online_bookings_lead_time import OnlineBookingsLeadTime
from .online_payments_mode import OnlinePaymentsMode
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
from .practitioner import Practitioner
from .practitioner_list import PractitionerList
from .pronouns import Pronouns
from .pronouns_input import PronounsInput
from .referral_source import ReferralSource
from .referral_source_list import ReferralSourceList
from .referral_source_update import ReferralSourceUpdate
from .referral_type import ReferralType
from .referrer_type import ReferrerType
from .relation_code import RelationCode
from .relation_name import RelationName
from .relationship import Relationship
from .relationship_create import RelationshipCreate
from .relationship_list import RelationshipList
from .relationship_update import RelationshipUpdate
from .reminder_type import ReminderType
from .repeat_rule import RepeatRule
from .self_links import SelfLinks
from .settings import Settings
from .settings_online_bookings import SettingsOnlineBookings
from .settings_reminders import SettingsReminders
from .status_error import StatusError
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
from .unavailable_block import UnavailableBlock
from .unavailable_block_conflicts import UnavailableBlockConflicts
from .unavailable_block_conflicts_conflicts import UnavailableBlockConflictsConflicts
from .unavailable_block_create import UnavailableBlockCreate
from .unavailable_block_list import UnavailableBlockList
from .unavailable_block_update import UnavailableBlockUpdate
from .validation_error import ValidationError
from .validation_error_errors import ValidationErrorErrors

__all__ = (
    "Appointment",
    "AppointmentConflicts",
    "AppointmentConflictsConflicts",
    "AppointmentCreate",
    "AppointmentList",
    "AppointmentType",
    "AppointmentTypeCreate",
    "AppointmentTypeList",
    "AppointmentTypeUpdate",
    "AppointmentUpdate",
    "Attendee",
    "AttendeeCreate",
    "AttendeeList",
    "AttendeeUpdate",
    "AvailabilityBlock",
    "AvailabilityBlockCreate",
    "AvailabilityBlockList",
    "AvailabilityPeriod",
    "AvailableTime",
    "AvailableTimeList",
    "AvailableTimePageLinks",
    "BlockRepeatRule",
    "BlockRepeatRuleRepeatTypeType1",
    "BlockRepeatRuleRepeatTypeType2Type1",
    "BlockRepeatRuleRepeatTypeType3Type1",
    "BookingList",
    "Business",
    "BusinessCreate",
    "BusinessList",
    "BusinessUpdate",
    "CancellationReason",
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
    "DailyAvailability",
    "DailyAvailabilityList",
    "DeletedAppointment",
    "DeletedAppointmentList",
    "DeletedAttendee",
    "DeletedAttendeeList",
    "DeletedContact",
    "DeletedContactList",
    "DeletedGroupAppointment",
    "DeletedGroupAppointmentList",
    "DeletedIndividualAppointment",
    "DeletedIndividualAppointmentList",
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
    "DeletedUnavailableBlock",
    "DeletedUnavailableBlockList",
    "DoctorType",
    "ErrorMessage",
    "GroupAppointment",
    "GroupAppointmentBooking",
    "GroupAppointmentCreate",
    "GroupAppointmentList",
    "GroupAppointmentUpdate",
    "IndividualAppointment",
    "IndividualAppointmentBooking",
    "IndividualAppointmentCancellation",
    "IndividualAppointmentCreate",
    "IndividualAppointmentList",
    "IndividualAppointmentUpdate",
    "Invoice",
    "InvoiceCalculationMethod",
    "InvoiceItem",
    "InvoiceItemList",
    "InvoiceList",
    "InvoiceStatus",
    "Link",
    "LinkLinks",
    "ListActivePatientCasesOrder",
    "ListAppointmentInvoicesOrder",
    "ListAppointmentsOrder",
    "ListAppointmentTypeInactivePractitionersOrder",
    "ListAppointmentTypePractitionersOrder",
    "ListAppointmentTypesOrder",
    "ListArchivedAppointmentTypesOrder",
    "ListArchivedPatientsOrder",
    "ListAttendeeInvoicesOrder",
    "ListAttendeesOrder",
    "ListAvailabilityBlocksOrder",
    "ListBookingsOrder",
    "ListBusinessAppointmentsOrder",
    "ListBusinessCancelledAppointmentsOrder",
    "ListBusinessDailyAvailabilitiesOrder",
    "ListBusinessDeletedAppointmentsOrder",
    "ListBusinessesOrder",
    "ListBusinessInactivePractitionersOrder",
    "ListBusinessPractitionersOrder",
    "ListCancelledAppointmentsOrder",
    "ListCancelledAttendeesOrder",
    "ListCancelledIndividualAppointmentsOrder",
    "ListConcessionTypesOrder",
    "ListContactsOrder",
    "ListDailyAvailabilitiesOrder",
    "ListDeletedAppointmentsOrder",
    "ListDeletedAttendeesOrder",
    "ListDeletedContactsOrder",
    "ListDeletedGroupAppointmentsOrder",
    "ListDeletedIndividualAppointmentsOrder",
    "ListDeletedInvoiceItemsOrder",
    "ListDeletedInvoicesOrder",
    "ListDeletedMedicalAlertsOrder",
    "ListDeletedPatientsOrder",
    "ListDeletedTreatmentNotesOrder",
    "ListDeletedUnavailableBlocksOrder",
    "ListGroupAppointmentAttendeesOrder",
    "ListGroupAppointmentsOrder",
    "ListInactivePractitionersOrder",
    "ListIndividualAppointmentAttendeesOrder",
    "ListIndividualAppointmentsOrder",
    "ListInvoiceInvoiceItemsOrder",
    "ListInvoiceItemsOrder",
    "ListInvoicesOrder",
    "ListMedicalAlertsOrder",
    "ListPatientAppointmentsOrder",
    "ListPatientCancelledAppointmentsOrder",
    "ListPatientCaseAttendeesOrder",
    "ListPatientCaseBookingsOrder",
    "ListPatientCaseInvoicesOrder",
    "ListPatientCasesOrder",
    "ListPatientDeletedAppointmentsOrder",
    "ListPatientInvoicesOrder",
    "ListPatientMedicalAlertsOrder",
    "ListPatientsOrder",
    "ListPatientTreatmentNotesOrder",
    "ListPractitionerAppointmentsOrder",
    "ListPractitionerAppointmentTypesOrder",
    "ListPractitionerCancelledAppointmentsOrder",
    "ListPractitionerDailyAvailabilitiesOrder",
    "ListPractitionerDeletedAppointmentsOrder",
    "ListPractitionerInvoicesOrder",
    "ListPractitionersOrder",
    "ListReferralSourcesOrder",
    "ListRelationshipsOrder",
    "ListTreatmentNotesOrder",
    "ListTreatmentNoteTemplatesOrder",
    "ListUnavailableBlocksOrder",
    "MedicalAlert",
    "MedicalAlertCreate",
    "MedicalAlertList",
    "MedicalAlertUpdate",
    "NextAvailableTime",
    "OnlineBookingsLeadTime",
    "OnlinePaymentsMode",
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
    "Practitioner",
    "PractitionerList",
    "Pronouns",
    "PronounsInput",
    "ReferralSource",
    "ReferralSourceList",
    "ReferralSourceUpdate",
    "ReferralType",
    "ReferrerType",
    "RelationCode",
    "RelationName",
    "Relationship",
    "RelationshipCreate",
    "RelationshipList",
    "RelationshipUpdate",
    "ReminderType",
    "RepeatRule",
    "SelfLinks",
    "Settings",
    "SettingsOnlineBookings",
    "SettingsReminders",
    "StatusError",
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
    "UnavailableBlock",
    "UnavailableBlockConflicts",
    "UnavailableBlockConflictsConflicts",
    "UnavailableBlockCreate",
    "UnavailableBlockList",
    "UnavailableBlockUpdate",
    "ValidationError",
    "ValidationErrorErrors",
)
