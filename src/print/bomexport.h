#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cs::print {

// A build's frozen BOM as exported: the tree (each line with its depth) and the procurement list.
struct BomSheet
{
    struct TreeLine
    {
        int depth = 0;
        QString itemId;
        QString name;
        qint64 quantity = 0;
        qint64 extendedQuantity = 0;
        QString rule;
    };
    struct FlatLine
    {
        QString itemId;
        QString name;
        qint64 quantity = 0;
    };

    QString buildNumber;
    QString poNumber;
    int version = 0;
    QString status;
    QString sha256;
    QList<TreeLine> tree;   // pre-order
    QList<FlatLine> flat;
};

// A BOM to a CSV file (the tree, or the procurement list) or to a Letter PDF (both).
class BomExport
{
    Q_DECLARE_TR_FUNCTIONS(cs::print::BomExport)

public:
    // UTF-8 CSV with a header row; fields with commas, quotes or line breaks are quoted.
    static QByteArray csv(const BomSheet& bom, bool flat);
    static bool writeCsv(const QString& path, const BomSheet& bom, bool flat, QString* why);
    static bool writePdf(const QString& path, const BomSheet& bom, QString* why);
};

} // namespace cs::print
