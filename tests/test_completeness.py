"""The completeness findings that the export's gate and the dashboard share."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import insert, update
from test_export_data import YEAR, build_year


def test_people_without_consent_are_found_only_when_they_have_hours_in_the_year(db):
    from tierslieux_app.core.completeness import check_year
    from tierslieux_app.core.models import Participant, TimeEntry
    from tierslieux_app.core.services import participants

    ids = build_year(db, entries=200)
    idle = participants.create_participant(
        db, {"first_name": "Inès", "last_name": "Sansheures", "category": "citoyen", "sector": "citoyen"}
    )
    earlier = participants.create_participant(
        db, {"first_name": "Omar", "last_name": "Avant", "category": "citoyen", "sector": "citoyen"}
    )
    assert not [f for f in check_year(db, YEAR) if f.code == "participant_no_consent"]
    with db.write_connection() as conn:
        conn.execute(
            insert(TimeEntry),
            [
                {
                    "participant_id": earlier["id"],
                    "project_id": ids["active"][0],
                    "date": dt.date(YEAR - 1, 12, 31),
                    "hours": Decimal("2.00"),
                    "time_type": "benevole",
                    "activity": "analyse",
                }
            ],
        )
        conn.execute(update(Participant).where(Participant.id == ids["people"][2]).values(consent_date=None))
    found = [f for f in check_year(db, YEAR) if f.code == "participant_no_consent"]
    assert len(found) == 1 and not found[0].blocking
    assert found[0].ids == (ids["people"][2],)  # not the idle one, nor the one with hours the year before
    assert idle["id"] not in found[0].ids and earlier["id"] not in found[0].ids
    assert found[0].message == "1 participant sans date de consentement"
