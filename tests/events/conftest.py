import datetime
import zoneinfo

import pytest

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
# A Wednesday: "this week" runs Monday 10 June to Sunday 16 June 2030.
NOW = datetime.datetime(2030, 6, 12, 10, 0, tzinfo=BERLIN)


@pytest.fixture
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW
