"""Typer's conversion of option values, built only for a value that is given.

Typer 0.29 converts every parameter's value through a Pydantic ``TypeAdapter`` that it
builds the first time the parameter is processed, even when there is no value: so
``kecli case new --help`` imported Pydantic (≈ 0.1 s, two thirds of its time) for the
root's ``--db``, ``--user`` and ``--help`` that were not given. A value that is not given
converts to nothing (or an empty tuple) without the adapter, exactly as Typer's own
conversion does before it calls it; a value that is given builds Typer's conversion, as
before, and keeps it on the parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer.core import _TyperParameter


@dataclass(frozen=True)
class _BuiltWhenNeeded(RuntimeParam):
    """Typer's ``RuntimeParam.coerce`` returns ``None`` or ``()`` for no value and refuses
    a lone string for a many-valued parameter; only then does it convert, which is where
    this builds Typer's own conversion."""

    descriptor: TypeDescriptor

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        built = build_runtime_param(self.descriptor)
        param._runtime_param = built
        return built._coerce_value(value, param=param, ctx=ctx)


def _runtime_param(self: Any) -> RuntimeParam:
    """``_TyperParameter.get_runtime_param``, the conversion built when first needed."""
    if self._runtime_param is None:
        descriptor = self.type_descriptor
        self._runtime_param = _BuiltWhenNeeded(
            parameter_info=descriptor.parameter_info,
            annotation=descriptor.annotation,
            descriptor=descriptor,
        )
    return self._runtime_param  # type: ignore[no-any-return]


def defer_conversion() -> None:
    """Every Typer parameter (kecli's, and the help options click adds as it parses)
    builds its conversion when it first has a value to convert."""
    _TyperParameter.get_runtime_param = _runtime_param  # type: ignore[method-assign]
