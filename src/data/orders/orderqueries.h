#pragma once

#include "domain/orders/documentrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QSqlDatabase;

namespace cs::data {

// A statement with its values bound by name (run by a repository on the session's worker).
struct Statement
{
    QString sql;
    QVariantMap bindings;
};

// What is left of the order SQL once the order page's reads and writes became repositories
// (OrderPageRepository, OrderEditRepository, WorkflowRepository, DocumentRepository, OrderSearch) and
// the board its own pair (BoardQueries): the bulk order generator, the scan's lookup statements and the
// document rules' old names.
class OrderQueries final
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::OrderQueries)

public:
    // The scan's lookup statements of the main window. The one build lookup is OrderSearch; these go
    // when the main window's scan uses it.
    static Statement findBuildStatement(const QString& buildNumber);
    static Statement findPoStatement(const QString& poNumberOrId);

    // The rules of order documents are domain::DocumentRules; these forward to them for the callers
    // that still name them here (the wizard).
    static constexpr qint64 maxDocumentBytes = domain::DocumentRules::maxBytes;
    static constexpr qint64 documentHeadBytes = domain::DocumentRules::headBytes;
    static QStringList allowedDocumentSuffixes() { return domain::DocumentRules::allowedSuffixes(); }
    static QString allowedDocumentTypesText() { return domain::DocumentRules::allowedTypesText(); }
    static bool checkDocument(const QString& fileName, qint64 size, const QByteArray& head, QString* mimeType,
                              QString* why)
    {
        return domain::DocumentRules::check(fileName, size, head, mimeType, why);
    }
    static bool checkDocument(const QString& fileName, const QByteArray& content, QString* mimeType, QString* why)
    {
        return domain::DocumentRules::check(fileName, content, mimeType, why);
    }
    static bool checkDocumentFile(const QString& path, QString* mimeType, QString* why)
    {
        return domain::DocumentRules::checkFile(path, mimeType, why);
    }
};

} // namespace cs::data
