#pragma once

#include "domain/catalog/catalog.h"
#include "domain/catalog/catalogdata.h"

#include <QObject>
#include <QString>

namespace cs::data {

// The catalog cache file: the catalog of one server at one revision, laid out so that a start-up
// builds the served graph without parsing or allocating per row: the file is read in one call,
// checked, and the graph's arrays are filled from fixed-size records.
//
// Layout (little-endian; every section starts on an 8-byte boundary):
//   header, 32 bytes:
//     0  u32  magic 0x43534343 ("CCSC" on disk)
//     4  u32  format version (kFormatVersion)
//     8  i64  catalog revision
//     16 u64  payload size: the bytes after the header, to the end of the file
//     24 u64  checksum of the payload, seeded with the four fields before it
//   payload:
//     u32 section count, u32 zero, then per section {u32 id, u32 record size, u64 offset from the
//     start of the payload, u64 record count}; then the sections:
//     Strings         {u32 start, u32 length} per string, in UTF-16 units of the pool; string 0 is ""
//     Pool            UTF-16 code units: every distinct string once
//     Categories      {id, name, description}                                       (string numbers)
//     Subcategories   {id, category, name, description, first ref, ref count}
//     SubcategoryRefs {assembly id}
//     Parts           {id, name, mpn, manufacturer info, type, status, description, attributes JSON,
//                      custom}
//     Assemblies      {id, name, type, category, subcategory, status, description, flags (1 can order,
//                      2 kit), first component row, component row count}
//     ComponentRows   {child id, quantity, notes}
//     Items           {id, name, assembly id, subcategory, flags}: the graph (domain::Catalog::Arrays)
//     Ranges          i32 per item and one more: each item's first component
//     Components      {i32 child, i32 quantity}
//     Unresolved      {id} per component id that names no item
//     Index           i32 per slot of the graph's id index (domain::Catalog::Arrays::index)
// The rows (Categories to ComponentRows) give back the CatalogData that was written; the graph
// (Items to Index) is the domain::Catalog built from it, so loading neither resolves nor hashes an id.
//
// A reader trusts nothing it has not checked: the header, the checksum, then every section's place
// and size, every string's place in the pool, every string number a record holds and the graph's
// ranges and indexes (domain::Catalog::fromArrays). A file that fails a check is refused with the
// reason; no read goes past the data read from the file.
class CatalogCacheFile final
{
    Q_GADGET

public:
    // How reading a file went.
    enum class Status {
        Ok,
        Missing,     // no cache file yet
        Unreadable,  // the file exists but cannot be opened or read
        Truncated,   // shorter than its header says
        BadMagic,    // not a catalog cache file
        OldFormat,   // another format version
        Corrupt,     // checksum mismatch, trailing bytes, or sections, strings or rows that do not fit
    };
    Q_ENUM(Status)

    static constexpr quint32 kMagic = 0x43534343;
    static constexpr quint32 kFormatVersion = 3;
    static constexpr int kHeaderSize = 32;

    // Writes the rows and the graph built from them, atomically (QSaveFile). false and *error on
    // failure.
    static bool write(const QString& path, const domain::CatalogData& data, QString* error = nullptr);
    // The same with the graph already built from `data` (domain::Catalog::fromData(data)).
    static bool write(const QString& path, const domain::CatalogData& data, const domain::Catalog& graph,
                      QString* error = nullptr);

    // Reads the graph only: the start-up path. *out is only written when the status is Ok.
    static Status readCatalog(const QString& path, domain::CatalogPtr* out, QString* error = nullptr);

    // Reads the rows back as they were written. *out is only written when the status is Ok.
    static Status readData(const QString& path, domain::CatalogData* out, QString* error = nullptr);

    // The reason for a status, in words ("the cache file is truncated").
    static QString statusText(Status status);

    // The checksum the header of a file with these bytes must hold (the first 24 bytes of the header
    // and everything after the header count; the field itself does not). For tools and tests that
    // forge a damaged file which still passes the checksum, to reach the checks behind it.
    static quint64 checksumOf(const QByteArray& file);
};

} // namespace cs::data
