"""Names the importer and the CLI's ``--user`` still take from here.

The checks of what a caseworker types live in :mod:`kecli.domain.checks` and
:mod:`kecli.domain.cases`; the names below are kept here for the importer and the
CLI's ``--user`` until they import them from there.
"""

from __future__ import annotations

from kecli.domain.cases import NewCase as NewCase
from kecli.domain.cases import check_new_case as check_new_case
from kecli.domain.checks import USER_MAX as USER_MAX
from kecli.domain.checks import limited as limited
