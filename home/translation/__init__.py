"""The translators' workflow: per-locale groups and their scope, translation status, dashboard."""
