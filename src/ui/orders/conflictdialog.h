#pragma once

#include "data/orders/ordereditrepository.h"

#include <QMessageBox>

class QPushButton;

namespace cs::ui {

// A save refused because someone changed the order since it was read (E-STALE): who changed it and
// when, what differs from what the person started from, and the history entries since; the person
// reloads (their edits are lost), overwrites the newer row with their values, or cancels (edits kept).
// Open it with open(); chosen() says what they picked.
class ConflictDialog final : public QMessageBox
{
    Q_OBJECT
public:
    enum class Choice { Reload, Overwrite, Cancel };
    Q_ENUM(Choice)

    ConflictDialog(const QString& buildNumber, const data::EditConflict& conflict, QWidget* parent = nullptr);

    // The words shown (plain text: names and values typed by people are shown as they are).
    static QString describe(const QString& buildNumber, const data::EditConflict& conflict);

signals:
    void chosen(cs::ui::ConflictDialog::Choice choice);

private:
    QPushButton* m_reload;
    QPushButton* m_overwrite;
};

} // namespace cs::ui
