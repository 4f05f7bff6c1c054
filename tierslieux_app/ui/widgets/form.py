"""A form built from the core field rules: one editor per field, its French error right under it.

Pages describe nothing twice: the labels, kinds, vocabularies and limits come from
``core.fields``; the service checks the values and the form shows the problems.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ...core.errors import FieldProblem
from ...core.fields import Field
from ...core.parsing import parse_number
from .code_checklist import CodeChecklist
from .code_combo import ChoiceCombo, CodeCombo
from .date_edit import DateEdit

ERROR_STYLE = "color: #b00020;"
NUMBER_KINDS = {"int", "float", "money", "hours"}
HUNDRED = Decimal(100)


def is_share(f: Field) -> bool:
    """A share stored from 0 to 1 (« part des subventions publiques »): typed and shown in %."""
    return f.kind == "float" and f.min == 0 and f.max == 1


def share_label(f: Field, lang: str) -> str:
    label = f.label(lang)
    for suffix in (" (0 à 1)", " (0–1)", " (0-1)"):
        label = label.removesuffix(suffix)
    return label + " (%)"


def format_number(value: Any, lang: str = "fr", kind: str = "") -> str:
    """Decimal/float shown without useless zeros, the French way with ``QLocale`` (« 1,5 »,
    « 139 500 », « 12,50 » €); English without grouping (« 139500.5 »), so that a value read
    back from an input is never ambiguous (« 139,500 »)."""
    if value is None:
        return ""
    if isinstance(value, Decimal) and kind == "money" and value != value.to_integral_value():
        text = format(value.quantize(Decimal("0.01")), "f")
    elif isinstance(value, Decimal):
        text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    elif isinstance(value, float):
        text = repr(value).removesuffix(".0")
    else:
        text = str(value)
    if lang == "en":
        return text
    whole, _dot, decimals = text.partition(".")
    if whole.lstrip("-").isdigit() and kind != "year":
        grouped = QLocale(QLocale.Language.French, QLocale.Country.France).toString(int(whole))
        whole = ("-" if whole.startswith("-") and not grouped.startswith("-") else "") + grouped
    return whole + ("," + decimals if decimals else "")


class _FocusOut(QObject):
    """Calls back when a plain-text editor loses the focus (it has no editingFinished)."""

    def __init__(self, callback: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class FieldForm(QWidget):
    """``committed(name, value)`` fires when the user finishes editing one field and its value changed."""

    committed = Signal(str, object)

    def __init__(
        self,
        fields: tuple[Field, ...],
        lang: str = "fr",
        parent: QWidget | None = None,
        *,
        ref_choices: dict[str, Callable[[], list[tuple[str, str]]]] | None = None,
    ):
        super().__init__(parent)
        self.fields = fields
        self.lang = lang
        self._ref_choices = dict(ref_choices or {})
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._last: dict[str, Any] = {}
        self._loading = False
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            self._add_row(f)
        self.reload_refs()
        self._last = self.values()

    # -- building ---------------------------------------------------------------

    def _make_editor(self, f: Field) -> QWidget:
        kind = f.kind
        if kind == "longtext":
            editor: QWidget = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(110)  # fixed like the checklists: spare height goes below the form
            editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            editor.installEventFilter(_FocusOut(lambda n=f.name: self._finish(n), editor))
        elif kind == "code":
            assert f.vocab is not None
            editor = CodeCombo(f.vocab, self.lang, allow_empty=not f.required, parent=self)
            editor.activated.connect(lambda _i, n=f.name: self._finish(n))
        elif kind == "codes":
            assert f.vocab is not None
            editor = CodeChecklist(f.vocab, self.lang, self)
            editor.toggled_by_user.connect(lambda n=f.name: self._finish(n))
        elif kind == "date":
            editor = DateEdit(self)
            editor.editingFinished.connect(lambda n=f.name: self._finish(n))
        elif kind == "bool":
            editor = QCheckBox(self)
            editor.clicked.connect(lambda _c, n=f.name: self._finish(n))
        elif kind == "ref":
            editor = ChoiceCombo(allow_empty=not f.required, parent=self)
            editor.activated.connect(lambda _i, n=f.name: self._finish(n))
        else:  # text and numbers: a line edit, numbers accept "1,5" as well as "1.5"
            editor = QLineEdit(self)
            if kind in NUMBER_KINDS:
                editor.setAlignment(Qt.AlignmentFlag.AlignRight)
                if kind in {"money", "hours", "float"}:
                    zero = "0,00" if kind == "money" else "0,0"
                    editor.setPlaceholderText(zero if self.lang == "fr" else zero.replace(",", "."))
            else:
                editor.setMaxLength(f.max_len)
            editor.editingFinished.connect(lambda n=f.name: self._finish(n))
        if is_share(f):
            editor.setPlaceholderText("0")
        editor.setObjectName(f"field_{f.name}")
        editor.setAccessibleName(share_label(f, self.lang) if is_share(f) else f.label(self.lang))
        return editor

    def _add_row(self, f: Field) -> None:
        editor = self._make_editor(f)
        error = QLabel(self)
        error.setObjectName(f"error_{f.name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Erreur : %s") % f.label(self.lang))
        error.hide()
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        label_text = (share_label(f, self.lang) if is_share(f) else f.label(self.lang)) + (
            " *" if f.required else ""
        )
        label = QLabel(label_text, self)
        label.setBuddy(editor)
        if f.kind == "bool":
            editor.setText(f.label(self.lang))
            label.setText("")
        self.layout_.addRow(label, cell)
        self._editors[f.name] = editor
        self._errors[f.name] = error

    # -- reading and writing ------------------------------------------------------

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def error_label(self, name: str) -> QLabel:
        return self._errors[name]

    def set_ref_choices(self, name: str, source: Callable[[], list[tuple[str, str]]]) -> None:
        self._ref_choices[name] = source
        self.reload_refs()

    def reload_refs(self) -> None:
        """Ask each reference source again (after a participant or organisation was added)."""
        for name, source in self._ref_choices.items():
            editor = self._editors.get(name)
            if isinstance(editor, ChoiceCombo):
                editor.set_choices(source())

    def value(self, name: str) -> Any:
        editor = self._editors[name]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, CodeCombo):
            return editor.code()
        if isinstance(editor, CodeChecklist):
            return editor.codes()
        if isinstance(editor, DateEdit):
            return editor.value()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, ChoiceCombo):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if text and is_share(next(f for f in self.fields if f.name == name)):
            number = parse_number(text.removesuffix("%").strip())
            return number / HUNDRED if isinstance(number, Decimal) else text  # 25 % → 0.25
        return None if text == "" else text

    def values(self) -> dict[str, Any]:
        """Raw values as the services take them (text of numbers, dates, codes, lists, booleans)."""
        return {f.name: self.value(f.name) for f in self.fields}

    def set_values(self, data: dict[str, Any]) -> None:
        """Show a record; fields absent from ``data`` are emptied. Emits nothing."""
        self._loading = True
        try:
            for f in self.fields:
                self._set_one(f, data.get(f.name))
        finally:
            self._loading = False
        self._last = self.values()

    def _set_one(self, f: Field, value: Any) -> None:
        editor = self._editors[f.name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, CodeCombo):
            editor.set_code(value)
        elif isinstance(editor, CodeChecklist):
            editor.set_codes(value)
        elif isinstance(editor, DateEdit):
            editor.set_value(value)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, ChoiceCombo):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit):
            if is_share(f) and value is not None:
                editor.setText(format_number(Decimal(str(value)) * HUNDRED, self.lang))
            elif f.kind in NUMBER_KINDS:
                kind = "year" if f.name.endswith("year") else f.kind  # « 2015 », never « 2 015 »
                editor.setText(format_number(value, self.lang, kind))
            else:
                editor.setText("" if value is None else str(value))

    def _finish(self, name: str) -> None:
        if self._loading or not Shiboken.isValid(self._editors[name]):
            return  # the focus leaving an editor being deleted (a closed page or dialog) is no edit
        value = self.value(name)
        if _same(value, self._last.get(name)):
            return
        self._last[name] = value
        self.committed.emit(name, value)

    def accept_value(self, name: str, value: Any) -> None:
        """Show the stored value after a save (e.g. "1.50" typed, "1,5" shown) without emitting."""
        f = next(f for f in self.fields if f.name == name)
        self._loading = True
        try:
            self._set_one(f, value)
        finally:
            self._loading = False
        self._last[name] = self.value(name)

    # -- problems ----------------------------------------------------------------

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each French message goes right under its field; the first field at fault takes the focus."""
        self.clear_problems()
        first: QWidget | None = None
        for p in problems:
            label = self._errors.get(p.field)
            if label is None:
                continue
            label.setText(p.message[:1].upper() + p.message[1:])
            label.show()
            editor = self._editors[p.field]
            editor.setAccessibleDescription(label.text())
            editor.setToolTip(label.text())
            first = first or editor
        if first is not None and not first.hasFocus():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self, name: str | None = None) -> None:
        for field_name, label in self._errors.items():
            if name is not None and field_name != name:
                continue
            label.clear()
            label.hide()
            self._editors[field_name].setAccessibleDescription("")
            self._editors[field_name].setToolTip("")

    def problem_text(self, name: str) -> str:
        """The message shown for a field ("" when none): what a test or a screen reader reads."""
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, dt.date) and isinstance(b, dt.date):
        return a == b
    return a == b and type(a) is type(b)
