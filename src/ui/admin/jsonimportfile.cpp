#include "ui/admin/jsonimportfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cs::ui {

JsonImportFile JsonImportFile::read(const QString& path, const QString& what, qint64 maxBytes)
{
    JsonImportFile out;
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.problem = tr("%1 cannot be read: %2").arg(shown, f.errorString());
        return out;
    }
    if (f.size() > maxBytes) {
        out.problem = tr("%1 is too large for %2 (%3 kB; at most %4 kB).")
                          .arg(shown, what)
                          .arg(f.size() / 1024)
                          .arg(maxBytes / 1024);
        return out;
    }
    const QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        out.problem = tr("%1 cannot be read: %2").arg(shown, f.errorString());
        return out;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (!doc.isObject()) {
        out.problem = tr("%1 is not %2 (a JSON object): %3")
                          .arg(shown, what,
                               parse.error == QJsonParseError::NoError ? tr("the file holds no object") : parse.errorString());
        return out;
    }
    out.json = doc.object();
    return out;
}

} // namespace cs::ui
