"""Keep the index's table rows narrow: texts and vectors are stored out of line.

Searches count their matches from the GIN index and the table rows it points
to (search/query.py, bitmap_scans); with the page texts and vectors inline a
row is about 4 kB, so counting a common word's 25,000 matches read 40 MB of
rows, now under 1 MB. EXTERNAL (uncompressed) also lets `left(body, 4000)` for
snippets read only the start of a long text.

The GIN indexes of the vectors take new entries straight into the index
(fastupdate off) instead of a pending list that every search would scan until
the next vacuum: writes are rare here (publishing), searches are not.

Rows written before this migration keep their layout until
`manage.py update_index --backend site` (which `make setup` runs) writes them
again.
"""

from django.db import migrations

TABLE = "site_search_indexeddocument"
OUT_OF_LINE = ["summary", "body", "vector"]

GIN_INDEXES = ["site_search_doc_locale_vector", "site_search_doc_locale_title"]

forwards = (
    [f"ALTER TABLE {TABLE} SET (toast_tuple_target = 128)"]
    + [f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STORAGE EXTERNAL" for column in OUT_OF_LINE]
    + [f"ALTER INDEX {index} SET (fastupdate = off)" for index in GIN_INDEXES]
)
backwards = (
    [f"ALTER TABLE {TABLE} RESET (toast_tuple_target)"]
    + [f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STORAGE EXTENDED" for column in OUT_OF_LINE]
    + [f"ALTER INDEX {index} RESET (fastupdate)" for index in GIN_INDEXES]
)


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_initial")]

    operations = [migrations.RunSQL(forwards, backwards)]
