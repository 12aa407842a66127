#pragma once

#include "data/orders/bomdata.h"
#include "data/orders/orderdetail.h"
#include "domain/bom/bomcomparison.h"
#include "domain/catalog/catalog.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs::data {

// What the check of a stored BOM against its regeneration found.
struct BomCheckOutcome
{
    enum class Kind {
        Same,            // the regeneration gives the stored BOM: it may be signed
        Differs,         // the lines differ (differences, words)
        OtherRevision,   // generated from another catalog revision than the one served here, and the
                         // regeneration differs (differences, words) or gives no BOM
        Failed,          // the check could not be made (error): never a pass
    };

    Kind kind = Kind::Failed;
    qint64 bomRevision = 0;          // the catalog revision the stored BOM was generated from
    qint64 catalogRevision = -1;     // the revision of the catalog served on this PC, -1 when none
    QList<domain::BomDifference> differences;
    QStringList words;               // the differences in words, with the catalog's names
    QString error;                   // Failed: why, in words

    bool same() const { return kind == Kind::Same; }
};

// The approver's check before a BOM approval is signed (issue 11, class 5: the server stores the BOM a
// client sends and cannot run the BOM engine): the build's stored configuration is run through
// BomGenerator again with the catalog this PC serves, on the day the order was entered, and the result
// is compared with the stored BOM by domain::BomComparison (the comparison of `cleanstation-admin
// verify-boms`). A BOM generated from another catalog revision than the one served is compared all the
// same: the same lines pass (the catalog's change did not touch this BOM; custom parts of other orders
// bump the revision too), different ones are OtherRevision, since the change may be why.
class BomCheck
{
    Q_DECLARE_TR_FUNCTIONS(cs::data::BomCheck)

public:
    // In the calling thread. `catalog` may be null (nothing served yet: Failed).
    static BomCheckOutcome run(const domain::CatalogPtr& catalog, const OrderDetail& order, const BomData& bom);
    // The same on a pool thread, with the catalog given (kept alive until the check ends).
    static QFuture<BomCheckOutcome> start(domain::CatalogPtr catalog, const OrderDetail& order, const BomData& bom);
};

} // namespace cs::data
