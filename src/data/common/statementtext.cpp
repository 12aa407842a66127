#include "data/common/statementtext.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlField>
#include <QTime>
#include <QUuid>

#include <cmath>

namespace cs::data {

namespace {

// The characters of a placeholder's name, as Qt reads them.
bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

QString quoted(const QString& safe)
{
    return u'\'' + safe + u'\'';
}

// The literal of one value, or an empty string when its type cannot be written safely.
QString literal(const QSqlDriver& driver, const QVariant& v)
{
    static const QString null = QStringLiteral("NULL");
    if (!v.isValid() || v.isNull())
        return null;
    switch (v.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        // A null string or byte array in a valid variant is NULL too (QVariant::isNull does not say so).
        if (v.typeId() == QMetaType::QString ? v.toString().isNull() : v.toByteArray().isNull())
            return null;
        QSqlField field{QString(), v.metaType()};
        field.setValue(v);
        return driver.formatValue(field);   // quoted, with the connection's escaping (bytea: libpq's)
    }
    case QMetaType::Bool:
        return quoted(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::SChar:
        return quoted(QString::number(v.toLongLong()));
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UChar:
        return quoted(QString::number(v.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (std::isnan(d))
            return quoted(QStringLiteral("NaN"));
        if (std::isinf(d))
            return quoted(d < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity"));
        return quoted(QString::number(d, 'g', QLocale::FloatingPointShortest));
    }
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        return d.isValid() ? quoted(d.toString(Qt::ISODate)) : null;
    }
    case QMetaType::QTime: {
        const QTime t = v.toTime();
        return t.isValid() ? quoted(QLocale::c().toString(t, u"hh:mm:ss.zzz")) : null;
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = v.toDateTime();
        return dt.isValid() ? quoted(dt.toOffsetFromUtc(dt.offsetFromUtc()).toString(Qt::ISODateWithMs)) : null;
    }
    case QMetaType::QUuid: {
        const QUuid id = v.toUuid();
        return id.isNull() ? null : quoted(id.toString(QUuid::WithoutBraces));
    }
    default:
        return {};
    }
}

} // namespace

StatementText statementText(const QSqlDriver& driver, const QString& sql, const QVariantMap& bindings)
{
    // The values by placeholder, written once each.
    QHash<QString, QString> literals;
    literals.reserve(bindings.size());
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        const QString name = it.key().startsWith(u':') ? it.key() : u':' + it.key();
        QString text = literal(driver, it.value());
        if (text.isEmpty())
            return {{}, QStringLiteral("the value of %1 is of a type that cannot be sent to the server (%2)")
                            .arg(name, QString::fromLatin1(it.value().typeName()))};
        literals.insert(name, std::move(text));
    }

    QString out;
    out.reserve(sql.size() + 64 * bindings.size());
    QChar closing;   // the quote that ends the quoted run we are in; null outside one
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (!closing.isNull()) {
            if (c == closing)
                closing = QChar();
            out += c;
            ++i;
            continue;
        }
        if (c == u':' && (i == 0 || sql.at(i - 1) != u':') && i + 1 < n && isNameCharacter(sql.at(i + 1))) {
            qsizetype end = i + 2;
            while (end < n && isNameCharacter(sql.at(end)))
                ++end;
            out += literals.value(sql.mid(i, end - i), QStringLiteral("NULL"));
            i = end;
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`')
            closing = c;
        out += c;
        ++i;
    }
    return {out, {}};
}

} // namespace cs::data
