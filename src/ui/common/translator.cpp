#include "ui/common/translator.h"

#include "ui/common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace cs::ui {

Translator::Translator(QObject* parent)
    : QObject(parent)
{
}

Translator::~Translator()
{
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

bool Translator::setLanguage(const QString& code)
{
    if (!languages().contains(code))
        return false;
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
