#include "data/admin/auditanchor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace cs::data {

namespace {

const QString kFormat = QStringLiteral("cleanstation-audit-anchor/1");

bool isHash(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

bool AuditAnchor::isValid() const
{
    return position >= 0 && isHash(hash) && (position == 0 || sealedAt.isValid());
}

QByteArray AuditAnchor::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("position"), position},
                  {QStringLiteral("hash"), hash},
                  {QStringLiteral("sealedAt"), isoUtc(sealedAt)},
                  {QStringLiteral("takenAt"), isoUtc(takenAt)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

AuditAnchor AuditAnchor::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return AuditAnchor{};
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return fail(QObject::tr("not an audit anchor (a JSON object is expected: %1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return fail(QObject::tr("not an audit anchor of this format (\"format\" must be \"%1\")").arg(kFormat));
    AuditAnchor a;
    a.database = o.value(QStringLiteral("database")).toString();
    const QJsonValue position = o.value(QStringLiteral("position"));
    // JSON numbers are doubles: positions up to 2^53 are exact, far beyond any audit log.
    if (!position.isDouble() || position.toDouble() < 0 || position.toDouble() != double(qint64(position.toDouble())))
        return fail(QObject::tr("the anchor's \"position\" is not a whole number of 0 or more"));
    a.position = qint64(position.toDouble());
    a.hash = o.value(QStringLiteral("hash")).toString();
    if (!isHash(a.hash))
        return fail(QObject::tr("the anchor's \"hash\" is not 64 lower-case hexadecimal digits"));
    const QString sealedAt = o.value(QStringLiteral("sealedAt")).toString();
    a.sealedAt = QDateTime::fromString(sealedAt, Qt::ISODateWithMs);
    if (a.position > 0 && !a.sealedAt.isValid())
        return fail(QObject::tr("the anchor's \"sealedAt\" is not a date and time (ISO 8601)"));
    a.takenAt = QDateTime::fromString(o.value(QStringLiteral("takenAt")).toString(), Qt::ISODateWithMs);
    return a;
}

AuditAnchor AuditAnchor::readFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QObject::tr("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    // An anchor is one short line; a bigger file is not one.
    const QByteArray bytes = f.read(64 * 1024);
    QString why;
    const AuditAnchor a = fromJson(bytes, &why);
    if (!a.isValid() && error)
        *error = QObject::tr("%1: %2").arg(path, why);
    return a;
}

bool AuditAnchor::writeFile(const QString& path, QString* error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit()) {
        if (error)
            *error = QObject::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace cs::data
