#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace cs::ui {

// What a FAIL needs before it is signed (WORKFLOW.md 2.2): the reason, a category, the severity (Minor,
// Major, Critical) and whether the build is reworked in-house (Pre-QC: "Rework Pre-QC", else "Pre-QC
// rejected"; Final QC likewise). OK only when the reason has 3 characters and a choice of each is made.
class ChecklistFailDialog final : public QDialog
{
    Q_OBJECT
public:
    // `finalQc`: the words of the targets ("Rework Final QC" / "Final QC rejected").
    explicit ChecklistFailDialog(bool finalQc, QWidget* parent = nullptr);
    ~ChecklistFailDialog() override;

    QString reason() const;
    // The stored names: "Structure", "Plumbing", "Electrical", "Cosmetic", "Documentation", "Other".
    QString category() const;
    // "Minor", "Major", "Critical".
    QString severity() const;
    bool rework() const;

    // For tests and keyboard: fill the fields.
    void setValues(const QString& reason, const QString& category, const QString& severity, bool rework);

private:
    void updateOk();

    QPlainTextEdit* m_reason;
    QComboBox* m_category;
    QComboBox* m_severity;
    QRadioButton* m_rework;
    QRadioButton* m_reject;
    QDialogButtonBox* m_buttons;
};

} // namespace cs::ui
