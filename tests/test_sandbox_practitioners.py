"""Who the practitioner lists show (issue 21): active and inactive practitioners, and the
many-to-many relations to businesses and appointment types (practitioners.py), as plain
functions. Served over HTTP once the resource machinery routes the nested lists."""

from __future__ import annotations

from cliniko_client.sandbox.practitioners import WorksAt, appointment_types_of, practitioners_in


def test_nested_practitioner_lists_follow_the_relations_and_active() -> None:
    alex, sam, kim = ({"id": "1", "active": True}, {"id": "2", "active": None}, {"id": "3", "active": False})
    people = [alex, sam, kim]
    works_at = WorksAt()
    for business, practitioner in (("10", "1"), ("10", "3"), ("11", "2")):
        works_at.add(business, practitioner)
    kind = {"id": "20", "practitioner_ids": ["2", "3"]}
    assert practitioners_in("/practitioners", None, people, works_at) == [alex, sam]  # null counts as active
    assert practitioners_in("/practitioners/inactive", None, people, works_at) == [kim]
    assert practitioners_in("/businesses/{id}/practitioners", {"id": "10"}, people, works_at) == [alex]
    assert practitioners_in("/businesses/{id}/practitioners/inactive", {"id": "10"}, people, works_at) == [kim]
    assert practitioners_in("/appointment_types/{id}/practitioners", kind, people, works_at) == [sam]
    assert practitioners_in("/appointment_types/{id}/practitioners/inactive", kind, people, works_at) == [kim]
    assert works_at.businesses_of("1") == {"10"}
    other = {"id": "21", "practitioner_ids": None}
    assert appointment_types_of("2", [kind, other]) == [kind] and appointment_types_of("1", [kind, other]) == []
