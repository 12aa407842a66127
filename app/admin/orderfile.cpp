#include "orderfile.h"

#include "command.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs::admin {

std::optional<domain::OrderConfiguration> readOrderFile(const QString& command, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: cannot read %2: %3").arg(command, path, f.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        err(QStringLiteral("%1: %2 is not valid JSON: %3 at offset %4")
                .arg(command, path, parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        err(QStringLiteral("%1: %2 must hold a JSON object (order, family, builds)").arg(command, path));
        return std::nullopt;
    }
    QJsonObject root = doc.object();
    if (root.value(u"config").isObject() && !root.contains(u"order"))
        root = root.value(u"config").toObject(); // a whole acceptance case
    QString shapeError;
    auto config = domain::OrderConfiguration::fromJson(root, &shapeError);
    if (!config)
        err(QStringLiteral("%1: %2: %3").arg(command, path, shapeError));
    return config;
}

} // namespace cs::admin
