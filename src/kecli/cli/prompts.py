"""The only module that imports questionary (and prompt_toolkit). Ctrl-C raises
KeyboardInterrupt (exit 130); where a caller allows it, Esc raises ``Back``.

Every answer is what was typed or the default the prompt showed: a yes/no question takes
j/ja/y/yes and n/nei/no (in either language) and refuses anything else next to the prompt;
a menu filtered by typing takes any letter (æ, ø, å too) and never answers from a filter
that matches nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from kecli.errors import KecliError
from kecli.i18n import prompts as P
from kecli.i18n import t, tf

YES_WORDS = frozenset({"j", "ja", "y", "yes"})
NO_WORDS = frozenset({"n", "nei", "no"})


class Back(Exception):
    """Esc (or an empty answer where a value is required) in a guided editor: one step back."""


def yes_no_value(text: str) -> bool | None:
    """The answer a typed word means, or None when it is not a yes or a no."""
    word = text.strip().casefold()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching: ``mote`` and ``MØTE`` find "møte",
    ``aa`` finds "å"."""
    text = text.casefold().replace("ø", "o").replace("æ", "ae").replace("aa", "a")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def back_hint(*, required: bool = False) -> str:
    """The instruction shown at a prompt where Esc goes back."""
    return t(P.BACK_REQUIRED if required else P.BACK_OPTIONAL)


def _validator(check: Callable[[str], Any] | None) -> Callable[[str], bool | str]:
    """An answer's check as the prompt shows it; an answer holding NUL (Ctrl-@) or text
    that is not UTF-8 is never taken, whatever else is checked."""
    from kecli.domain.checks import bad_text

    def validate(text: str) -> bool | str:
        try:
            bad_text(text, t(P.ANSWER))
            if check is not None:
                check(text)
        except KecliError as error:
            from kecli.cli.fields import shown

            return t(shown(error)[0])
        return True

    return validate


def _bindings(back: bool) -> Any:
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()
    if back:

        @bindings.add("escape", eager=True)
        def go_back(event: Any) -> None:
            event.app.exit(exception=Back, style="class:aborting")

    return bindings


def ask_text(
    message: str,
    *,
    default: str = "",
    check: Callable[[str], Any] | None = None,
    instruction: str | None = None,
    back: bool = False,
) -> str:
    """A line of text, checked as it is typed. With ``back``, Esc raises Back."""
    import questionary

    answer = questionary.text(
        message,
        default=default,
        validate=_validator(check),
        instruction=instruction,
        key_bindings=_bindings(back),
    ).unsafe_ask()
    return str(answer).strip()


def ask_yes_no(message: str, *, default: bool | None = None, back: bool = False) -> bool:
    """A yes/no question answered by typing j/ja/y/yes or n/nei/no, then Enter.

    Enter alone takes ``default`` (shown as the capital letter: "(J/n)"); without a default
    an answer must be typed. Anything else is refused next to the prompt and nothing is
    answered. The answer is then shown as a word ("Ja"/"Nei").
    """
    import questionary

    yes_key = t(P.YES_KEY)
    yes_word, no_word = t(P.YES), t(P.NO)
    if default is None:
        keys = f"({yes_key}/n)"
    elif default:
        keys = f"({yes_key.upper()}/n)"
    else:
        keys = f"({yes_key}/N)"
    refusal = t(P.ANSWER_YES_OR_NO)

    def validate(text: str) -> bool | str:
        return True if yes_no_value(text) is not None else refusal

    bindings = _bindings(back)

    @bindings.add("enter", eager=True)
    def answer(event: Any) -> None:
        buffer = event.current_buffer
        value = yes_no_value(buffer.text)
        if value is None and not buffer.text.strip():
            value = default
        if value is not None:
            buffer.text = yes_word if value else no_word
            buffer.cursor_position = len(buffer.text)
        buffer.validate_and_handle()

    typed = questionary.text(
        message, validate=validate, instruction=keys, key_bindings=bindings
    ).unsafe_ask()
    return yes_no_value(str(typed)) is True


def ask_confirm(message: str, *, default: bool = True, back: bool = False) -> bool:
    """A yes/no confirmation whose default Enter takes (and the prompt shows)."""
    return ask_yes_no(message, default=default, back=back)


def ask_select(
    message: str,
    choices: Sequence[tuple[str, str]],
    *,
    default: str | None = None,
    back: bool = False,
) -> str:
    """``choices`` are (value, title) pairs; arrow keys and Enter; returns the chosen value."""
    instruction = t(P.SELECT_BACK if back else P.SELECT)
    return _choose(message, choices, default=default, back=back, search=False, hint=instruction)


def ask_menu(
    message: str,
    choices: Sequence[tuple[str, str]],
    *,
    default: str | None = None,
    back: bool = False,
    esc: str | None = None,
) -> str:
    """A long select: arrow keys, or type any part of a title to filter (æ, ø, å, and
    without accents: ``mote`` finds "møte"). Esc first clears what was typed; then, with
    ``back``, raises Back (``esc`` names what that does in the instruction). Returns the
    chosen value."""
    after = f", Esc: {esc or t(P.BACK_WORD)})" if back else ")"
    instruction = tf(P.MENU, after=after)
    return _choose(message, choices, default=default, back=back, search=True, hint=instruction)


def _choose(
    message: str,
    choices: Sequence[tuple[str, str]],
    *,
    default: str | None,
    back: bool,
    search: bool,
    hint: str,
) -> str:
    """A select built on prompt_toolkit: questionary's select drops every key outside ASCII
    from its filter and answers the first entry when the filter matches nothing."""
    from prompt_toolkit.application import Application
    from prompt_toolkit.filters import Condition, IsDone
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.keys import Keys
    from prompt_toolkit.layout import ConditionalContainer, HSplit, Layout, Window
    from prompt_toolkit.layout.controls import FormattedTextControl
    from questionary.styles import merge_styles_default

    state: dict[str, Any] = {"query": "", "answer": None}
    values = [value for value, _ in choices]
    pointed = {"value": default if default in values else (values[0] if values else None)}

    def shown() -> list[tuple[str, str]]:
        query = fold(state["query"])
        return [(v, title) for v, title in choices if query in fold(title)]

    def best(visible: list[tuple[str, str]]) -> str:
        """The entry to point at: the first whose title starts with what was typed, else
        the first in which a word does, else the first that holds it ("avslutt" points at
        "Avslutt uten å lagre", not "Lagre og avslutt")."""
        query = fold(state["query"])

        def rank(title: str) -> int:
            folded = fold(title)
            if folded.startswith(query):
                return 0
            return 1 if any(word.startswith(query) for word in folded.split()) else 2

        return min(visible, key=lambda entry: rank(entry[1]))[0]

    def pointed_index(visible: list[tuple[str, str]]) -> int:
        for index, (value, _) in enumerate(visible):
            if value == pointed["value"]:
                return index
        return 0

    def question_tokens() -> list[tuple[str, str]]:
        tokens = [("class:qmark", "?"), ("class:question", f" {message} ")]
        if state["answer"] is not None:
            tokens.append(("class:answer", state["answer"]))
        else:
            tokens.append(("class:instruction", hint))
        return tokens

    def choice_tokens() -> list[tuple[str, str]]:
        visible = shown()
        if not visible:
            return [
                (
                    "class:text",
                    "   " + t(P.NOTHING_MATCHES),
                )
            ]
        current = pointed_index(visible)
        tokens: list[tuple[str, str]] = []
        for index, (_, title) in enumerate(visible):
            if index == current:
                tokens += [("class:pointer", " » "), ("[SetCursorPosition]", "")]
                tokens.append(("class:highlighted", title))
            else:
                tokens.append(("class:text", "   " + title))
            tokens.append(("", "\n"))
        tokens.pop()
        return tokens

    def search_tokens() -> list[tuple[str, str]]:
        found = bool(shown())
        return [
            ("class:question-mark", t(P.SEARCH)),
            ("class:search_success" if found else "class:search_none", state["query"]),
        ]

    def move(step: int) -> None:
        visible = shown()
        if visible:
            index = (pointed_index(visible) + step) % len(visible)
            pointed["value"] = visible[index][0]

    bindings = KeyBindings()

    @bindings.add(Keys.ControlC, eager=True)
    @bindings.add(Keys.ControlQ, eager=True)
    def interrupt(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    @bindings.add("escape", eager=True)
    def escape(event: Any) -> None:
        if state["query"]:
            state["query"] = ""
        elif back:
            event.app.exit(exception=Back, style="class:aborting")

    @bindings.add(Keys.Down, eager=True)
    @bindings.add(Keys.ControlN, eager=True)
    def down(event: Any) -> None:
        move(1)

    @bindings.add(Keys.Up, eager=True)
    @bindings.add(Keys.ControlP, eager=True)
    def up(event: Any) -> None:
        move(-1)

    @bindings.add(Keys.ControlM, eager=True)
    def choose(event: Any) -> None:
        visible = shown()
        if not visible:
            return  # a filter that matches nothing answers nothing
        value, title = visible[pointed_index(visible)]
        state["answer"] = title
        event.app.exit(result=value)

    @bindings.add(Keys.Any)
    def typed(event: Any) -> None:
        if search and event.data.isprintable():
            state["query"] += event.data
            visible = shown()
            if visible:
                pointed["value"] = best(visible)

    if search:

        @bindings.add(Keys.Backspace, eager=True)
        def erase(event: Any) -> None:
            state["query"] = state["query"][:-1]
            visible = shown()
            if visible and state["query"]:
                pointed["value"] = best(visible)

    layout = Layout(
        HSplit(
            [
                Window(FormattedTextControl(question_tokens), dont_extend_height=True),
                ConditionalContainer(
                    Window(
                        FormattedTextControl(choice_tokens, show_cursor=False),
                        dont_extend_height=True,
                    ),
                    filter=~IsDone(),
                ),
                ConditionalContainer(
                    Window(FormattedTextControl(search_tokens), height=1),
                    filter=Condition(lambda: bool(state["query"])) & ~IsDone(),
                ),
            ]
        )
    )
    app: Application[str] = Application(
        layout=layout, key_bindings=bindings, style=merge_styles_default([None])
    )
    return str(app.run())
