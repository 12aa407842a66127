#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SignatureDialog;
}

namespace cs::ui {

// Asks for an electronic signature (21 CFR 11 style): the meaning of the signature, the signer's
// printed name, their initials (prefilled from the profile) and the password again.
//
// Sign does not close the dialog: it emits signRequested(), and the caller signs off the GUI thread on
// a new connection opened with that password (data::WorkflowRepository::signBomDecision), with the
// dialog busy meanwhile (setBusy: nothing can be changed, Sign and Cancel wait). Then the caller
// calls finishSigned() to close it, or showError() to let the person try again. Open it with open()
// (or exec()): the window never waits on the server.
class SignatureDialog final : public QDialog
{
    Q_OBJECT
public:
    SignatureDialog(const QString& meaning, const QString& subject, const QString& signerName,
                    const QString& initials, bool noteRequired, QWidget* parent = nullptr);
    ~SignatureDialog() override;

    QString password() const;
    QString initials() const;
    QString note() const;
    // Shows why the last attempt failed and keeps the dialog open for another try (no longer busy).
    void showError(const QString& message);
    // While the signature is being checked and stored: the fields, Sign and Cancel are disabled and
    // Sign says what runs.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The signature is stored: closes the dialog (accepted).
    void finishSigned();

    // Sign: emits signRequested() when the fields allow it and no signature is running.
    void accept() override;
    // Cancel, Escape, closing the window: not while a signature is running.
    void reject() override;

signals:
    void signRequested();

private:
    void updateOk();

    const std::unique_ptr<Ui::SignatureDialog> m_ui;
    bool m_noteRequired;
    bool m_busy = false;
};

} // namespace cs::ui
