#pragma once

#include "data/common/result.h"
#include "domain/bom/bomgenerator.h"
#include "domain/catalog/catalog.h"
#include "domain/orders/sinkconfiguration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs::data {

class Session;

// A file on this PC to be stored with a new order.
struct SubmitFile
{
    QString path;
    QString documentType;   // "PO" or "Drawing" (cs.order_documents.document_type)
};

// A file as it is sent: its bytes, read once and checked by the rules of every order document.
struct SubmitDocument
{
    QString fileName;   // without a path
    QByteArray content;
    QString documentType;
};

// Everything a submit sends besides the configuration: the BOMs generated for it and the documents.
struct SubmitPackage
{
    domain::GenerationResult generated;
    QList<SubmitDocument> documents;
};

// One build stored by a submit (one order row with its frozen BOM).
struct StoredBuild
{
    QString buildNumber;
    QString orderId;     // uuid text
    QString bomId;       // uuid text
    QString bomSha256;   // the server's hash of the stored BOM
};

// What a submit stored.
struct StoredOrder
{
    QString poId;
    QList<StoredBuild> builds;          // in the order of the configuration's builds
    QStringList createdCustomParts;     // custom parts created in the catalog by this submission
};

// The order wizard's door to the server: a new order with its frozen BOMs and documents, in two steps
// that never run on the GUI thread.
//
// prepare() generates the BOMs and reads the attached files on a pool thread, with progress, and can be
// cancelled; nothing has reached the server then. submit() stores the order on the session's worker in
// one transaction and is never sent twice: after a lost connection the order may or may not have been
// stored, and the error says so (DbError::Kind::ConnectionLost).
//
// Refusals come back as a DbError whose `field` is the wizard's path of the field concerned (as
// ValidationIssue::field: "order.poNumber", "builds[1].buildNumber", "attachments"), `code` the rule's
// code ("E-PO-UNIQUE", "E-DOCUMENT", ...) and `qualifier` the build it concerns, when there is one; its
// kind says whether the server refused, the connection was lost (stored or not: unknown), the server took
// too long, or the file was refused here before anything was sent.
class SubmitRepository
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::SubmitRepository)   // tr() is public

public:
    explicit SubmitRepository(Session& session);

    // On a pool thread: BomGenerator::generate for `config` on `catalog` (fixed at `today`), then each
    // file read whole and checked (type, size, content: the rules of every order document). The future
    // reports progress while reading: progressValue() in kilobytes of all files from 0 to
    // progressMaximum(), progressText() the name of the file being read. Cancelling it stops the reading
    // within a megabyte. A file that cannot be read or breaks a rule: an error with code "E-DOCUMENT"
    // and field "attachments", naming the file.
    static QFuture<Result<SubmitPackage>> prepare(domain::CatalogPtr catalog, domain::OrderConfiguration config,
                                                  QDate today, QList<SubmitFile> files);

    // On the session's worker: the order, its BOMs (custom parts created first) and the documents (for
    // every build) in one transaction. `generated` must be prepare()'s result for `config`.
    QFuture<Result<StoredOrder>> submit(const domain::OrderConfiguration& config,
                                        const domain::GenerationResult& generated,
                                        const QList<SubmitDocument>& documents);

    // The size of the reads prepare() makes, and so how often it looks for a cancel.
    static constexpr qint64 readChunkBytes = 1024 * 1024;

private:
    Session& m_session;
};

} // namespace cs::data
