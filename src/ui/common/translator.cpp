#include "ui/common/translator.h"

#include "ui/common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace cs::ui {

namespace {

// The default locale before any language was chosen (C in tests, the system's otherwise).
const QLocale& startupLocale()
{
    static const QLocale locale;
    return locale;
}

} // namespace

Translator::Translator(QObject* parent)
    : QObject(parent)
{
    startupLocale();
}

Translator::~Translator()
{
    QLocale::setDefault(startupLocale());
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

QStringList Translator::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString Translator::displayName(const QString& code)
{
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"es")
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QLocale Translator::localeFor(const QString& code)
{
    const QLocale::Language language = code == u"fr"   ? QLocale::French
                                       : code == u"es" ? QLocale::Spanish
                                                       : QLocale::English;
    if (QLocale::system().language() == language)
        return QLocale::system();
    if (language == QLocale::English
        && (startupLocale().language() == QLocale::English || startupLocale().language() == QLocale::C))
        return startupLocale();
    return QLocale(language, language == QLocale::English ? QLocale::UnitedStates : QLocale::AnyTerritory);
}

domain::TravelerLanguage Translator::textLanguage()
{
    switch (QLocale().language()) {
    case QLocale::French: return domain::TravelerLanguage::FR;
    case QLocale::Spanish: return domain::TravelerLanguage::ES;
    default: return domain::TravelerLanguage::EN;
    }
}

bool Translator::setLanguage(const QString& code)
{
    if (!languages().contains(code))
        return false;
    // Before the translators change (which sends LanguageChange): widgets re-read QLocale() as they
    // retranslate.
    startupLocale();
    QLocale::setDefault(localeFor(code));
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_language = code;
    if (code == u"en") {
        // Removing the translators already posted LanguageChange.
        return true;
    }
    const bool ok = m_app.load(QStringLiteral(":/i18n/cleanstation_%1.qm").arg(code));
    if (!ok)
        logWarning(QStringLiteral("no translation for language %1").arg(code));
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (ok)
        QCoreApplication::installTranslator(&m_app);
    return ok;
}

} // namespace cs::ui
