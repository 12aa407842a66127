#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SignatureDialog;
}

namespace cs::ui {

// Asks for an electronic signature (21 CFR 11 style): the meaning of the signature, the signer's
// printed name, their initials (prefilled from the profile) and the password again. The caller
// signs on a new connection opened with that password (data::OrderQueries::signBomDecision).
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
    // Shows why the last attempt failed and keeps the dialog open for another try.
    void showError(const QString& message);

    void accept() override;

private:
    void updateOk();

    const std::unique_ptr<Ui::SignatureDialog> m_ui;
    bool m_noteRequired;
};

} // namespace cs::ui
