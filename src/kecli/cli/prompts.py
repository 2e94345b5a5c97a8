"""The only module that imports questionary. Ctrl-C raises KeyboardInterrupt (exit 130)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kecli.errors import KecliError
from kecli.i18n import t


def _validator(check: Callable[[str], Any] | None) -> Callable[[str], bool | str] | None:
    if check is None:
        return None

    def validate(text: str) -> bool | str:
        try:
            check(text)
        except KecliError as error:
            return t(error.message)
        return True

    return validate


def ask_text(
    message: str,
    *,
    default: str = "",
    check: Callable[[str], Any] | None = None,
    instruction: str | None = None,
) -> str:
    import questionary

    answer = questionary.text(
        message, default=default, validate=_validator(check), instruction=instruction
    ).unsafe_ask()
    return str(answer).strip()


def ask_select(
    message: str, choices: Sequence[tuple[str, str]], *, default: str | None = None
) -> str:
    """``choices`` are (value, title) pairs; returns the chosen value."""
    import questionary

    from kecli.i18n import tt

    items = [questionary.Choice(title=title, value=value) for value, title in choices]
    return str(
        questionary.select(
            message,
            choices=items,
            default=default,
            instruction=tt("(piltaster)", "(arrow keys)"),
        ).unsafe_ask()
    )


def ask_yes_no(message: str) -> bool:
    """A yes/no question (a criterion of the law): the arrow keys, or the answer's first
    letter (j/n in bokmål, y/n in English) moves to it; Enter answers."""
    import questionary

    from kecli.i18n import tt

    yes_key, yes, no = tt("j", "y"), tt("Ja", "Yes"), tt("Nei", "No")
    items = [
        questionary.Choice(title=yes, value=True, shortcut_key=yes_key),
        questionary.Choice(title=no, value=False, shortcut_key="n"),
    ]
    return bool(
        questionary.select(
            message,
            choices=items,
            use_shortcuts=True,
            use_jk_keys=False,
            instruction=tt(
                f"({yes_key}/n eller piltaster, Enter svarer)",
                f"({yes_key}/n or arrow keys, Enter answers)",
            ),
        ).unsafe_ask()
    )


def ask_confirm(message: str, *, default: bool = True) -> bool:
    import questionary

    from kecli.i18n import tt

    keys = "Y/n" if default else "y/N"
    return bool(
        questionary.confirm(
            message, default=default, instruction=tt(f"({keys}: ja/nei) ", f"({keys}) ")
        ).unsafe_ask()
    )


def ask_menu(
    message: str, choices: Sequence[tuple[str, str]], *, default: str | None = None
) -> str:
    """A long select: arrow keys, or type to filter the titles. Returns the chosen value."""
    import questionary

    from kecli.i18n import tt

    items = [questionary.Choice(title=title, value=value) for value, title in choices]
    chosen = default if default in {value for value, _ in choices} else None
    return str(
        questionary.select(
            message,
            choices=items,
            default=chosen,
            use_search_filter=True,
            use_jk_keys=False,
            instruction=tt(
                "(piltaster, eller skriv for å filtrere)", "(arrow keys, or type to filter)"
            ),
        ).unsafe_ask()
    )
