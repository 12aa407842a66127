#include "ui/orders/conflictdialog.h"

#include "ui/common/rowtablemodel.h"

#include "ui/common/statustext.h"

#include <QPushButton>

namespace cs::ui {

namespace {

QString when(const QDateTime& t)
{
    return RowTableModelBase::dateTimeText(t);
}

} // namespace

ConflictDialog::ConflictDialog(const QString& buildNumber, const data::EditConflict& conflict, QWidget* parent)
    : QMessageBox(QMessageBox::Warning, tr("Changed by someone else"), QString(), QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("conflictMessageBox"));
    setTextFormat(Qt::PlainText);
    setText(describe(buildNumber, conflict));
    m_reload = addButton(tr("&Reload"), QMessageBox::AcceptRole);
    m_reload->setObjectName(QStringLiteral("conflictReloadButton"));
    m_overwrite = addButton(tr("&Overwrite with my values"), QMessageBox::DestructiveRole);
    m_overwrite->setObjectName(QStringLiteral("conflictOverwriteButton"));
    QPushButton* cancel = addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("conflictCancelButton"));
    setDefaultButton(cancel);
    setEscapeButton(cancel);
    connect(this, &QMessageBox::finished, this, [this] {
        const QAbstractButton* clicked = clickedButton();
        emit chosen(clicked == m_reload      ? Choice::Reload
                    : clicked == m_overwrite ? Choice::Overwrite
                                             : Choice::Cancel);
    });
}

QString ConflictDialog::describe(const QString& buildNumber, const data::EditConflict& conflict)
{
    QStringList lines;
    const QString at = when(conflict.lastChangedAt.isValid() ? conflict.lastChangedAt : conflict.current.updatedAt);
    lines << (conflict.lastChangedBy.isEmpty()
                  ? tr("Build %1 was changed by someone else on %2, after you opened it.").arg(buildNumber, at)
                  : tr("Build %1 was changed by %2 on %3, after you opened it.").arg(buildNumber, conflict.lastChangedBy, at));
    if (!conflict.changedFields.isEmpty()) {
        lines << QString() << tr("What changed:");
        for (const QString& field : conflict.changedFields)
            lines << QStringLiteral("  • ") + field;
    }
    if (!conflict.changesSince.isEmpty()) {
        lines << QString() << tr("Since you opened it:");
        for (const data::HistoryEntry& h : conflict.changesSince) {
            const QString what = h.action == u"Edited"
                ? tr("%1 (%2)").arg(StatusText::historyAction(h.action), StatusText::editedFields(h.note))
                : h.note.isEmpty() ? StatusText::historyAction(h.action)
                                   : tr("%1 (%2)").arg(StatusText::historyAction(h.action), h.note);
            lines << tr("  • %1, %2: %3").arg(when(h.at), h.who.isEmpty() ? tr("someone") : h.who, what);
        }
    }
    lines << QString()
          << tr("Reload to see the new version (your edits are lost), overwrite it with your values, or cancel.");
    return lines.join(u'\n');
}

} // namespace cs::ui
