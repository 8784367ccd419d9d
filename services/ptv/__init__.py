"""Finland's national service catalogue (Palvelutietovaranto, PTV) into our
service directory: PTV Open API v11 JSON (services, service channels and
organisations) read by `reader`, turned by `mapping` (with `channels`, `hours`,
`coordinates`) into HSDS records per language, and imported by
services.hsds_import like our own HSDS. See docs/open-data.md."""

from .mapping import service_records
from .reader import read

__all__ = ["read", "service_records"]
