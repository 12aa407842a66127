#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cs::domain {

// The one set of rules for every file stored with an order, wherever it is attached (the wizard's
// step 1, the order submission, the order page): the largest size, which is at most what the server's
// CHECK on cs.order_documents.content allows (26214400 bytes), the types a sink maker's purchase
// orders and drawings come in, and a content that is what the name says (PDF, images, Office files,
// DWG and STEP have a signature at the start).
class DocumentRules
{
    Q_DECLARE_TR_FUNCTIONS(cs::domain::DocumentRules)

public:
    static constexpr qint64 maxBytes = 25 * 1024 * 1024;
    // How much of the start of a file check() needs for the content check.
    static constexpr qint64 headBytes = 1024;

    // The file name suffixes accepted, lower case ("pdf", "png", "jpg", ...).
    static QStringList allowedSuffixes();
    // The same, for a person: "PDF, PNG, JPG, ...".
    static QString allowedTypesText();
    // The filter of a file dialog: "*.pdf *.png ...".
    static QString fileDialogPatterns();

    // Checks a file before it is stored: not empty, not over maxBytes, an allowed suffix, and a content
    // that matches the suffix (`head` is the file's first headBytes or more). On success the MIME type
    // to store goes to *mimeType; on a refusal *why names the file and says why, for the person.
    static bool check(const QString& fileName, qint64 size, const QByteArray& head, QString* mimeType, QString* why);
    static bool check(const QString& fileName, const QByteArray& content, QString* mimeType, QString* why);
    // check() on a file on disk (its size and first bytes); a file that cannot be read is refused too.
    static bool checkFile(const QString& path, QString* mimeType, QString* why);

    // A file read whole for storing, and checked on the bytes read.
    struct File
    {
        QByteArray content;
        QString mimeType;
        QString why;   // empty when it may be stored; then content holds the file
        bool ok() const { return why.isEmpty(); }
    };
    // Reads the file at `path` (at most one byte more than allowed, which is enough to know it is too
    // large) and checks it. Blocking file I/O: call it off the GUI thread.
    static File readFile(const QString& path);
};

} // namespace cs::domain
