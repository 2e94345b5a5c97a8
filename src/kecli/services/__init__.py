"""Use cases: load (store) → decide (domain) → write → commit. Never print, never prompt."""
