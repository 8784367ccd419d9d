"""What editors type in the admin, kept as they meant it: dates and times in
their admin language, relations in the page's own language, coordinates with a
decimal comma. Registered in HomeConfig.ready()."""
