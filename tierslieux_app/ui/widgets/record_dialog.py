"""A dialog that creates one record from a FieldForm; problems stay shown until the input is right."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...core.errors import TiersLieuxError, ValidationError
from ...core.fields import Field, clean
from .form import ERROR_STYLE, FieldForm


class RecordDialog(QDialog):
    """``save(values)`` performs the creation and returns the error (None when saved)."""

    def __init__(
        self,
        title: str,
        fields: tuple[Field, ...],
        lang: str,
        save: Callable[[dict[str, Any]], TiersLieuxError | None],
        parent: QWidget | None = None,
        *,
        values: dict[str, Any] | None = None,
        ref_choices: dict[str, Callable[[], list[tuple[str, str]]]] | None = None,
        ok_text: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.form = FieldForm(fields, lang, self, ref_choices=ref_choices)
        if values:
            self.form.set_values(values)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or self.tr("Créer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.form.clear_problems()
        self.message.hide()
        values = self.form.values()
        # the form's own rules first, all at once: they may ask more than the service (what the
        # export needs is required at creation, see ui/creation.py)
        problems = clean(self.form.fields, values)[1]
        if problems:
            self.form.show_problems(problems)
            return
        error = self._save(values)
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)
            shown = {f.name for f in self.form.fields}
            others = [str(p) for p in error.problems if p.field not in shown]
            if others:
                self.message.setText("\n".join(others))
                self.message.show()
            return
        if error is not None:
            self.message.setText(str(error))
            self.message.show()
            return
        super().accept()
