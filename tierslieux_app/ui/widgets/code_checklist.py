"""A list of check boxes over a vocabulary, for multi-valued codes (themes, audiences…)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QWidget

from ...core.vocab import Vocab

VISIBLE_ROWS = 6


class CodeChecklist(QListWidget):
    """Each code is a checkable line; ``toggled_by_user`` fires when a box changes by hand."""

    toggled_by_user = Signal()

    def __init__(self, vocab: Vocab, lang: str = "fr", parent: QWidget | None = None):
        super().__init__(parent)
        self.vocab = vocab
        self._loading = False
        for code in vocab.codes:
            item = QListWidgetItem(vocab.label(code, lang))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # no row gaps in a form
        self._fit_height()
        self.itemChanged.connect(self._changed)

    def _fit_height(self) -> None:
        """Exactly the first rows (at most six), none cut in half; scroll for the others."""
        self.ensurePolished()
        rows = min(self.count(), VISIBLE_ROWS)
        height = sum(self.sizeHintForRow(i) for i in range(rows)) + 2 * self.spacing() * rows
        self.setFixedHeight(height + 2 * self.frameWidth())

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_height()  # the style and font are final once shown
        super().showEvent(event)

    def _changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.toggled_by_user.emit()

    def codes(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str] | None) -> None:
        wanted = set(codes or [])
        self._loading = True
        try:
            for i in range(self.count()):
                item = self.item(i)
                state = (
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in wanted
                    else Qt.CheckState.Unchecked
                )
                item.setCheckState(state)
        finally:
            self._loading = False

    def keyPressEvent(self, event) -> None:
        """Space toggles the current line, as in any list of check boxes."""
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)
