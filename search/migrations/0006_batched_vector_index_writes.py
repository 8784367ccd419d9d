"""The vectors' GIN indexes take a batch's entries through a pending list again.

With `fastupdate` off (migration 0002) every word of every row written was a
separate insertion into the index: for a batch of 500 pages about 100,000 of
them and 64 MB of WAL, two thirds of the time of indexing. Through the pending
list, the entries are sorted and each word's new rows go into the index at once
(a common word's hundreds of rows in one insertion): three times faster, a fifth
of the WAL.

Searches still never scan a pending list: the backend moves it into the index
at the end of every write (`gin_clean_pending_list`, search/backends/database.py),
in the same transaction, so it is empty whenever a write is committed. The
limit bounds it while a large batch is being written (a rebuild, an import:
16 MB, which a chunk of 1,000 pages stays under, so its entries go into the
index in one pass); searches in the meantime read those entries too.
"""

from django.db import migrations

GIN_INDEXES = ["site_search_doc_locale_vector", "site_search_doc_locale_title"]

forwards = [
    f"ALTER INDEX {index} SET (fastupdate = on, gin_pending_list_limit = 16384)"
    for index in GIN_INDEXES
]
backwards = [
    f"ALTER INDEX {index} SET (fastupdate = off); ALTER INDEX {index} RESET (gin_pending_list_limit)"
    for index in GIN_INDEXES
]


class Migration(migrations.Migration):
    dependencies = [("site_search", "0005_synonyms")]

    operations = [migrations.RunSQL(forwards, backwards)]
