#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace cs::ui {

// Run-time UI language: English (source), French, Spanish. Installing a translator makes Qt send
// LanguageChange to every widget; each form calls retranslateUi() in changeEvent().
class Translator final : public QObject
{
    Q_OBJECT
public:
    explicit Translator(QObject* parent = nullptr);
    ~Translator() override;
    Q_DISABLE_COPY_MOVE(Translator)

    static QStringList languages();                // "en", "fr", "es"
    static QString displayName(const QString& code); // in its own language
    bool setLanguage(const QString& code);
    QString language() const { return m_language; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language = QStringLiteral("en");
};

} // namespace cs::ui
