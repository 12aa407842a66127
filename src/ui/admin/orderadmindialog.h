#pragma once

#include "data/admin/orderadminrepository.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cs::data {
class Session;
}

namespace cs::ui {

class MessageBar;

// The admin's two actions on one build that the workflow has no button for, each with its reason:
//   ForceStatus: puts the build in any status (cs.force_order_status), flagged in its history;
//   Delete:      deletes the build (cs.delete_order); a deletion record keeps the reason, the order and
//                its history, and the purchase order goes with its last build.
// The build is named by its number (the one chosen in a list is filled in) and read off the GUI thread:
// what it is and where it stands is shown before anything can be done. The action asks for a reason of
// at least 3 characters (the server requires the same) and for a confirmation that says what will
// happen. After it, every list reads again (the session's change feed).
class OrderAdminDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { ForceStatus, Delete };

    OrderAdminDialog(data::Session* session, Mode mode, const QString& buildNumber = {}, QWidget* parent = nullptr);
    ~OrderAdminDialog() override;

    Mode mode() const { return m_mode; }
    // Reads the build named in the build field.
    void find();
    // The build read, if any.
    const std::optional<data::AdminBuild>& build() const { return m_build; }
    // Sends the action without the confirmation (the button asks first); false when the form is not
    // complete (the message says what is missing).
    bool submit();
    // What the action left: the order id acted on, and the status it was forced to.
    QString doneOrderId() const { return m_doneOrderId; }
    QString doneStatus() const { return m_doneStatus; }
    // The text of the confirmation the action button asks (for tests and the log).
    QString confirmationText() const;
    QString messageText() const;

    QLineEdit* buildEdit() const { return m_buildEdit; }
    QComboBox* statusCombo() const { return m_status; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* actionButton() const { return m_action; }

signals:
    // A read of the build or the action answered.
    void found();
    void actionFinished(bool ok);

private:
    void confirmAndSubmit();
    void showBuild();
    void updateAction();
    QString reason() const;
    void setBusy(bool busy);

    data::OrderAdminRepository m_repository;
    const Mode m_mode;
    std::optional<data::AdminBuild> m_build;
    QString m_doneOrderId;
    QString m_doneStatus;
    bool m_busy = false;
    MessageBar* m_message;
    QLineEdit* m_buildEdit;
    QPushButton* m_findButton;
    QLabel* m_buildInfo;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_reason;
    QLabel* m_reasonHint;
    QPushButton* m_action;
};

} // namespace cs::ui
