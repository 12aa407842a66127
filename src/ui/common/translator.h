#pragma once

#include "domain/printing/travelercontent.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace cs::ui {

// Run-time UI language: English (source), French, Spanish. Installing a translator makes Qt send
// LanguageChange to every widget; each form calls retranslateUi() in changeEvent(). The session's
// QLocale follows: QLocale() (dates, times, numbers, month names) is the chosen language's from then on.
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

    // The locale of a language code: the system's own when it speaks that language (fr_CA stays
    // Canadian), else the language's main one; "en" on a system of another language keeps the locale
    // the application started with when that is English or C, else English (United States).
    static QLocale localeFor(const QString& code);
    // The session's language for texts that come in the three document languages (the configuration in
    // words, ...): that of QLocale().
    static domain::TravelerLanguage textLanguage();

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language = QStringLiteral("en");
};

} // namespace cs::ui
