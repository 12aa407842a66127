#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cs::data {

// The head of the audit chain at one moment (position, hash, when it was sealed), to be kept
// outside the database. A chain that no longer has that hash at that position was rewritten, even
// when every link in it checks out (a superuser who edited a row and recomputed the rest).
// Stored as one JSON object:
//   {"format":"cleanstation-audit-anchor/1","database":"...","position":N,"hash":"<64 hex>",
//    "sealedAt":"<ISO 8601 UTC>","takenAt":"<ISO 8601 UTC>"}
struct AuditAnchor
{
    QString database;       // current_database() when it was taken (informative)
    qint64 position = -1;   // 0: the chain was empty
    QString hash;           // 64 lower-case hex digits (64 zeros at position 0)
    QDateTime sealedAt;     // when that position was sealed (invalid at position 0)
    QDateTime takenAt;      // when the anchor was taken

    bool isValid() const;
    QByteArray toJson() const;
    // Parses toJson()'s output; on failure returns an invalid anchor and sets *error.
    static AuditAnchor fromJson(const QByteArray& json, QString* error = nullptr);
    static AuditAnchor readFile(const QString& path, QString* error = nullptr);
    // Writes the file whole or not at all.
    bool writeFile(const QString& path, QString* error = nullptr) const;
};

} // namespace cs::data
