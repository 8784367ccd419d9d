"""Stable translation keys: a page or snippet's key (`legal-notice`) gives the same
translation key in every language and on every run, so `setup_site`, `import_content`
and the demo find again what they made before."""

import uuid

NAMESPACE = uuid.UUID("6f1d3c1e-6a43-4f0b-9a51-2b8f0c1b7d10")


def translation_key(key):
    return uuid.uuid5(NAMESPACE, key)
