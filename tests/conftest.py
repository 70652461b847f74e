"""Shared test configuration: hypothesis profiles.

- ``dev`` (the default): fast, 50 examples per property, for the edit-run loop.
- ``ci``: selected when ``CI`` is set (``.ci/run`` runs in CI environments that set it; set
  ``CI=true`` locally to reproduce): deterministic, 400 examples per property, no deadline;
  the whole suite stays within about three minutes on two cores.
- ``nightly``: 5,000 examples per property, for a long scheduled run and for ``fuzz/``.
- ``thorough``: 2,000 examples (kept for existing scripts).

``HYPOTHESIS_PROFILE`` (or pytest's ``--hypothesis-profile``) selects any profile by name.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_QUIET = [HealthCheck.too_slow]

settings.register_profile("dev", max_examples=50, deadline=None, suppress_health_check=_QUIET)
settings.register_profile(
    "ci", max_examples=400, derandomize=True, deadline=None, print_blob=True, suppress_health_check=_QUIET
)
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=_QUIET)
settings.register_profile(
    "nightly",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[*_QUIET, HealthCheck.filter_too_much],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
