#pragma once

#include "domain/orders/sinkconfiguration.h"
#include "domain/orders/validationissue.h"

#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QString>
#include <QWizardPage>

#include <functional>

class QComboBox;
class QLineEdit;


namespace cs::ui {

class OrderWizard;

// What the five wizard pages share: the wizard's configuration, and validation shown beside each
// field. A page binds its fields' paths (ValidationIssue::field, relative to fieldPrefix()) to the
// widget and the red label under it; every configuration change refreshes the widgets and the
// messages, and isComplete() is true when no error concerns this page.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardPage(OrderWizard* wizard, QWidget* parent = nullptr);

    bool isComplete() const override;
    // The label showing the message of `field` (an absolute path such as "order.poNumber"), or nullptr.
    QLabel* errorLabelFor(const QString& field) const;

protected:
    OrderWizard* orderWizard() const { return m_wizard; }
    const domain::OrderConfiguration& configuration() const;
    void change(const std::function<void(domain::OrderConfiguration&)>& fn);

    // True for the issues this page shows and that keep it from being complete.
    virtual bool owns(const domain::ValidationIssue& issue) const = 0;
    // Reads the configuration into the widgets (signals blocked).
    virtual void refresh() = 0;
    // The prefix of the bound fields ("builds[1]." on the build pages).
    virtual QString fieldPrefix() const { return {}; }
    // Messages shown under a bound field (relative path) besides its issues, that do not keep the page
    // from being complete (a file refused by "Add …", which was not attached).
    virtual QStringList notices(const QString& field) const
    {
        Q_UNUSED(field);
        return {};
    }

    void bindField(const QString& field, QWidget* widget, QLabel* label);
    // Where owned issues without a bound field go.
    void setFallbackLabel(QLabel* label) { m_fallback = label; }
    void updateView();

    static void setText(QLineEdit* edit, const QString& text);
    static void setNumber(QLineEdit* edit, const std::optional<double>& value);
    static std::optional<double> number(const QLineEdit* edit);
    static void setIndex(QComboBox* box, int index);
    static void showMessages(QLabel* label, const QStringList& errors, const QStringList& warnings);

public:
    // The colour of a message under a field, from its csMessage property ("error", "warning", set in the
    // forms) and MessageBar's one place of the kinds' colours, on the label's palette: no style sheet.
    static void applyMessageLook(QLabel* label);

private:
    void showIssues();

    struct Binding
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
    };
    OrderWizard* m_wizard;
    QHash<QString, Binding> m_bindings; // relative field -> widgets
    QPointer<QLabel> m_fallback;
    bool m_changing = false;
};

} // namespace cs::ui
