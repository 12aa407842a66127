#include "ui/wizard/wizarddraftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace cs::ui {

WizardDraftStore::WizardDraftStore(QString username)
{
    QString safe;
    for (const QChar ch : username)
        safe += (ch.isLetterOrNumber() || ch == u'_') ? ch : QChar(u'_');
    if (safe.isEmpty())
        safe = QStringLiteral("default");
    m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts/") + safe
             + QStringLiteral(".json");
}

bool WizardDraftStore::exists() const
{
    return QFileInfo::exists(m_path);
}

bool WizardDraftStore::save(const WizardDraft& draft, QString* error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray files;
    for (const WizardAttachment& a : draft.attachments)
        files.append(QJsonObject{{QStringLiteral("path"), a.path}, {QStringLiteral("documentType"), a.documentType}});
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("configuration"), draft.configuration},
                           {QStringLiteral("pageId"), draft.pageId},
                           {QStringLiteral("buildIndex"), draft.buildIndex},
                           {QStringLiteral("attachments"), files},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

std::optional<WizardDraft> WizardDraftStore::load() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject() || !doc.object().value(u"configuration").isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    WizardDraft d;
    d.configuration = root.value(u"configuration").toObject();
    d.pageId = root.value(u"pageId").toInt();
    d.buildIndex = root.value(u"buildIndex").toInt();
    for (const QJsonValue& v : root.value(u"attachments").toArray())
        d.attachments.append(WizardAttachment{v.toObject().value(u"path").toString(),
                                              v.toObject().value(u"documentType").toString()});
    d.savedAt = QDateTime::fromString(root.value(u"savedAt").toString(), Qt::ISODate);
    return d;
}

void WizardDraftStore::remove() const
{
    QFile::remove(m_path);
}

} // namespace cs::ui
