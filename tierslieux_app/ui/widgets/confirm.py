"""Deletion confirmations that say what goes with the record, and French error boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("confirm", text)


def _describe(table: str, n: int) -> str:
    words = {
        "time_entry": (_tr("%n saisie d’heures"), _tr("%n saisies d’heures")),
        "participation": (_tr("%n participation"), _tr("%n participations")),
        "output": (_tr("%n production"), _tr("%n productions")),
        "output_author": (_tr("%n lien d’auteur"), _tr("%n liens d’auteurs")),
        "project_partner": (_tr("%n partenariat"), _tr("%n partenariats")),
        "funding": (_tr("%n financement"), _tr("%n financements")),
    }
    one, many = words.get(table, (f"%n {table}", f"%n {table}"))
    return (one if n == 1 else many).replace("%n", f"{n:,}".replace(",", "\u202f"))


def consequences(counts: dict[str, int]) -> str:
    """ "120 saisies d'heures, 3 productions" from cascade counts (empty when nothing goes along)."""
    order = ["time_entry", "participation", "output", "project_partner", "funding", "output_author"]
    keys = sorted((k for k, v in counts.items() if v), key=lambda k: order.index(k) if k in order else 99)
    return ", ".join(_describe(k, counts[k]) for k in keys)


def deletion_message(what: str, counts: dict[str, int]) -> str:
    """The sentence of the confirmation: "Ce projet et ses 120 saisies d'heures… seront supprimés."."""
    also = consequences(counts)
    if also:
        return _tr("%1 et ses %2 seront supprimés.").replace("%1", what).replace("%2", also)
    return _tr("%1 sera supprimé.").replace("%1", what)


def confirm_delete(parent: QWidget | None, what: str, counts: dict[str, int]) -> bool:
    """Ask before deleting; the default button is "Annuler" so that Enter never deletes by accident."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Confirmer la suppression"))
    box.setText(deletion_message(what, counts))
    box.setInformativeText(_tr("Vous pourrez annuler avec Ctrl+Z."))
    delete = box.addButton(_tr("Supprimer"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, _tr("Opération impossible"), message)
