"""A combo box over a controlled vocabulary: shows labels, stores codes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...core.vocab import Vocab


def narrow(combo: QComboBox) -> None:
    """The width follows the layout, not the longest label (project titles would widen whole forms)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)


def searchable(combo: QComboBox, *, with_codes: bool = False) -> None:
    """Type any part of a label (« 9220 », « coopérative ») to pick it from a filtered list.

    With ``with_codes``, each label starts with its code (« 9220 — Association déclarée »).
    What is typed never becomes a value: leaving the field shows the chosen label again.
    """
    if with_codes:
        for i in range(combo.count()):
            code = combo.itemData(i)
            if isinstance(code, str):
                combo.setItemText(i, f"{code} — {combo.itemText(i)}")
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    line = combo.lineEdit()
    assert line is not None
    line.editingFinished.connect(lambda: line.setText(combo.itemText(combo.currentIndex())))


class CodeCombo(QComboBox):
    """Labels in the chosen language; ``code()`` is the stable code (None for the empty choice)."""

    def __init__(
        self, vocab: Vocab, lang: str = "fr", *, allow_empty: bool = True, parent: QWidget | None = None
    ):
        super().__init__(parent)
        narrow(self)
        self.vocab = vocab
        self.allow_empty = allow_empty
        if allow_empty:
            self.addItem("—", None)
        for code in vocab.codes:
            self.addItem(vocab.label(code, lang), code)
        if not allow_empty:
            self.setCurrentIndex(-1)

    def code(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else (0 if self.allow_empty else -1)
        self.setCurrentIndex(index)


class ChoiceCombo(QComboBox):
    """A combo over records (participants, organisations…) given as (id, label) pairs by a callable."""

    def __init__(self, allow_empty: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        narrow(self)
        self.allow_empty = allow_empty
        self._choices: list[tuple[str, str]] = []

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self.allow_empty:
            self.addItem("—", None)
        for key, label in choices:
            self.addItem(label, key)
        self._choices = list(choices)
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, key: str | None) -> None:
        index = self.findData(key) if key is not None else -1
        if index < 0 and self.allow_empty:
            index = 0
        self.setCurrentIndex(index)
