"""Events: event pages with one or more dates, a listing per language with
filters, past events, iCalendar and RSS/Atom feeds.

A sub-package of services because an event takes its place from the service
locations and its audience from the service taxonomies (and its organiser from
home's organisations): the import layers let services use home, but neither news
nor home may use services."""
