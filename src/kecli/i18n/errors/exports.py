"""The error messages and hints of exports (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- services/exports.py ---

COORDINATOR_NOT_FOUND: Final = Template(
    "Koordinator {text} finnes ikke.", "Coordinator {text} does not exist."
)
LIST_COORDINATORS_KECLI_COORDINATOR: Final = Template(
    "Se koordinatorene med: kecli coordinator list",
    "List the coordinators with: kecli coordinator list",
)
FROM_AFTER_TO: Final = Template(
    "{f[received_from]} {received_from} er etter {f[received_to]} {received_to}.",
    "{f[received_from]} {received_from} is after {f[received_to]} {received_to}.",
)
SWAP_DATES: Final = Template("Bytt om datoene.", "Swap the dates.")
