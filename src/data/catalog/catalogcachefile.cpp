#include "data/catalog/catalogcachefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <array>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

namespace cs::data {

namespace {

using domain::Catalog;
using domain::CatalogData;

// A file larger than this is refused before anything is allocated for it (a 100,000-item catalog
// is about 15 MB).
constexpr qint64 kMaxFileSize = qint64(1) << 30;

enum Section : quint32 {
    Strings = 1,
    Pool,
    Categories,
    Subcategories,
    SubcategoryRefs,
    Parts,
    Assemblies,
    ComponentRows,
    Items,
    Ranges,
    Components,
    Unresolved,
    Index,
};
constexpr quint32 kSectionCount = 13;
// Record size of each section, by id (index 0 unused).
constexpr std::array<quint32, kSectionCount + 1> kRecordSize{0, 8, 2, 12, 24, 4, 36, 40, 12, 20, 4, 8, 4, 4};
constexpr quint32 kTableEntrySize = 24;

constexpr quint32 kAssemblyCanOrder = 1;
constexpr quint32 kAssemblyIsKit = 2;

quint32 le32(const uchar* p)
{
    return qFromLittleEndian<quint32>(p);
}

quint64 le64(const uchar* p)
{
    return qFromLittleEndian<quint64>(p);
}

constexpr quint64 kMul1 = 0x87c37b91114253d5ULL;
constexpr quint64 kMul2 = 0x4cf5ad432745937fULL;
constexpr quint64 kGolden = 0x9e3779b97f4a7c15ULL;

constexpr quint64 rotl(quint64 v, int s)
{
    return (v << s) | (v >> (64 - s));
}

constexpr quint64 mixWord(quint64 h, quint64 w)
{
    return rotl(h + w * kMul2, 31) * kMul1;
}

// A fast 64-bit checksum (corruption detection, not security): four independent lanes of 8-byte
// words mixed with multiply-rotate, so the processor runs them side by side (about 4 bytes a cycle),
// then the remaining words and bytes, the length, and a final avalanche (MurmurHash3's fmix64).
quint64 checksum64(const uchar* p, quint64 n, quint64 seed)
{
    quint64 a = seed + kGolden, b = seed ^ kMul1, c = seed - kGolden, d = seed ^ kMul2;
    quint64 i = 0;
    for (; i + 32 <= n; i += 32) {
        a = mixWord(a, le64(p + i));
        b = mixWord(b, le64(p + i + 8));
        c = mixWord(c, le64(p + i + 16));
        d = mixWord(d, le64(p + i + 24));
    }
    quint64 h = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18);
    for (; i + 8 <= n; i += 8)
        h = rotl(h ^ mixWord(0, le64(p + i)), 27) * kMul1 + kGolden;
    quint64 tail = 0;
    for (int s = 0; i < n; ++i, s += 8)
        tail |= quint64(p[i]) << s;
    h ^= mixWord(0, tail) ^ n;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

// The checksum of a payload: seeded with the header fields before it (magic, version, revision,
// size), so a changed header field is caught as well.
quint64 payloadChecksum(const uchar* header, const uchar* payload, quint64 size)
{
    return checksum64(payload, size, checksum64(header, 24, 0));
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

class Bytes
{
public:
    // Room for `n` more bytes: each section knows its size before it is written, so appending never
    // moves what was written.
    void reserve(qsizetype n) { m_data.reserve(m_data.size() + n); }
    void u32(quint32 v)
    {
        const quint32 le = qToLittleEndian(v);
        raw(reinterpret_cast<const char*>(&le), 4);
    }
    void i32(qint32 v) { u32(quint32(v)); }
    void u64(quint64 v)
    {
        const quint64 le = qToLittleEndian(v);
        raw(reinterpret_cast<const char*>(&le), 8);
    }
    void align8()
    {
        while (m_data.size() % 8)
            m_data.push_back('\0');
    }
    void raw(const char* p, qsizetype n) { m_data.insert(m_data.end(), p, p + n); }
    qsizetype size() const { return qsizetype(m_data.size()); }
    const char* constData() const { return m_data.data(); }

private:
    std::vector<char> m_data;
};

// Every distinct string once; string 0 is the empty one.
class StringTable
{
public:
    StringTable()
    {
        m_entries.push_back(0);
        m_entries.push_back(0);
    }
    void reserve(qsizetype strings)
    {
        m_index.reserve(strings);
        m_byAddress.reserve(size_t(strings));
        m_keep.reserve(size_t(strings));
        m_entries.reserve(size_t(strings) * 2);
    }
    quint32 add(const QString& s)
    {
        if (s.isEmpty())
            return 0;
        // Most strings are added more than once as copies of one QString (an id in its row and in
        // the graph, a type shared by thousands of rows): the same characters at the same address
        // are the same string, found without hashing the text.
        const Shared key{s.constData(), s.size()};
        if (auto same = m_byAddress.find(key); same != m_byAddress.end())
            return same->second;
        auto it = m_index.constFind(s);
        if (it != m_index.cend()) {
            remember(s, key, it.value());
            return it.value();
        }
        const quint32 number = quint32(m_entries.size() / 2);
        m_entries.push_back(quint32(m_units.size()));
        m_entries.push_back(quint32(s.size()));
        const char16_t* u = reinterpret_cast<const char16_t*>(s.utf16());
        m_units.insert(m_units.end(), u, u + s.size());
        m_units.push_back(0); // each string is followed by a NUL: QString keeps its text NUL-terminated
        m_index.insert(s, number);
        remember(s, key, number);
        return number;
    }
    quint32 count() const { return quint32(m_entries.size() / 2); }
    const std::vector<quint32>& entries() const { return m_entries; }
    const std::vector<char16_t>& units() const { return m_units; }

private:
    struct Shared;
    // A copy of `s` is kept so that its address cannot be freed and reused by another string.
    void remember(const QString& s, const Shared& key, quint32 number)
    {
        m_byAddress.emplace(key, number);
        m_keep.push_back(s);
    }
    struct Shared
    {
        const QChar* data;
        qsizetype size;
        bool operator==(const Shared&) const = default;
    };
    struct SharedHash
    {
        size_t operator()(const Shared& k) const noexcept
        {
            return std::hash<const void*>()(k.data) ^ (size_t(k.size) * 0x9e3779b97f4a7c15ULL);
        }
    };
    QHash<QString, quint32> m_index;
    std::unordered_map<Shared, quint32, SharedHash> m_byAddress;
    std::vector<QString> m_keep;
    std::vector<quint32> m_entries; // start, length
    std::vector<char16_t> m_units;
};

struct SectionData
{
    quint32 id;
    quint64 count;
    const Bytes* bytes;
};

Bytes buildPayload(const CatalogData& d, const Catalog& graph)
{
    StringTable strings;
    strings.reserve(d.parts.size() * 4 + d.assemblies.size() * 4 + 64);
    Bytes categories, subcategories, refs, parts, assemblies, rows, items, ranges, components, unresolved, index;
    quint32 refCount = 0;
    quint32 rowCount = 0;
    {
        qsizetype refTotal = 0, rowTotal = 0;
        for (const domain::SubcategoryRow& s : d.subcategories)
            refTotal += s.assemblyRefs.size();
        for (const domain::AssemblyRow& a : d.assemblies)
            rowTotal += a.components.size();
        const Catalog::Arrays& g = graph.arrays();
        categories.reserve(d.categories.size() * kRecordSize[Categories]);
        subcategories.reserve(d.subcategories.size() * kRecordSize[Subcategories]);
        refs.reserve(refTotal * kRecordSize[SubcategoryRefs]);
        parts.reserve(d.parts.size() * kRecordSize[Parts]);
        assemblies.reserve(d.assemblies.size() * kRecordSize[Assemblies]);
        rows.reserve(rowTotal * kRecordSize[ComponentRows]);
        items.reserve(qsizetype(g.ids.size()) * kRecordSize[Items]);
        ranges.reserve(qsizetype(g.ranges.size()) * kRecordSize[Ranges]);
        components.reserve(qsizetype(g.components.size()) * kRecordSize[Components]);
        unresolved.reserve(qsizetype(g.unresolved.size()) * kRecordSize[Unresolved]);
        index.reserve(qsizetype(g.index.size()) * kRecordSize[Index]);
    }

    for (const domain::CategoryRow& c : d.categories) {
        categories.u32(strings.add(c.id));
        categories.u32(strings.add(c.name));
        categories.u32(strings.add(c.description));
    }
    for (const domain::SubcategoryRow& s : d.subcategories) {
        subcategories.u32(strings.add(s.id));
        subcategories.u32(strings.add(s.categoryId));
        subcategories.u32(strings.add(s.name));
        subcategories.u32(strings.add(s.description));
        subcategories.u32(refCount);
        subcategories.u32(quint32(s.assemblyRefs.size()));
        for (const QString& r : s.assemblyRefs)
            refs.u32(strings.add(r));
        refCount += quint32(s.assemblyRefs.size());
    }
    for (const domain::PartRow& p : d.parts) {
        parts.u32(strings.add(p.id));
        parts.u32(strings.add(p.name));
        parts.u32(strings.add(p.manufacturerPartNumber));
        parts.u32(strings.add(p.manufacturerInfo));
        parts.u32(strings.add(p.type));
        parts.u32(strings.add(p.status));
        parts.u32(strings.add(p.description));
        parts.u32(strings.add(p.attributes.isEmpty()
                                  ? QString()
                                  : QString::fromUtf8(QJsonDocument(p.attributes).toJson(QJsonDocument::Compact))));
        parts.u32(p.isCustom ? 1 : 0);
    }
    for (const domain::AssemblyRow& a : d.assemblies) {
        assemblies.u32(strings.add(a.id));
        assemblies.u32(strings.add(a.name));
        assemblies.u32(strings.add(a.type));
        assemblies.u32(strings.add(a.categoryCode));
        assemblies.u32(strings.add(a.subcategoryCode));
        assemblies.u32(strings.add(a.status));
        assemblies.u32(strings.add(a.description));
        assemblies.u32((a.canOrder ? kAssemblyCanOrder : 0) | (a.isKit ? kAssemblyIsKit : 0));
        assemblies.u32(rowCount);
        assemblies.u32(quint32(a.components.size()));
        for (const domain::ComponentRow& c : a.components) {
            rows.u32(strings.add(c.childId));
            rows.i32(c.quantity);
            rows.u32(strings.add(c.notes));
        }
        rowCount += quint32(a.components.size());
    }

    const Catalog::Arrays& g = graph.arrays();
    for (size_t i = 0; i < g.ids.size(); ++i) {
        items.u32(strings.add(g.ids[i]));
        items.u32(strings.add(g.names[i]));
        items.u32(strings.add(g.assemblyIds[i]));
        items.u32(strings.add(g.subcategories[i]));
        items.u32(g.flags[i]);
    }
    for (int r : g.ranges)
        ranges.i32(r);
    for (const Catalog::Component& c : g.components) {
        components.i32(c.child);
        components.i32(c.quantity);
    }
    for (const QString& u : g.unresolved)
        unresolved.u32(strings.add(u));
    for (qint32 v : g.index)
        index.i32(v);

    Bytes stringIndex;
    stringIndex.reserve(qsizetype(strings.entries().size()) * 4);
    for (quint32 v : strings.entries())
        stringIndex.u32(v);
    Bytes pool;
    pool.reserve(qsizetype(strings.units().size()) * 2);
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        pool.raw(reinterpret_cast<const char*>(strings.units().data()), qsizetype(strings.units().size()) * 2);
    } else {
        for (char16_t u : strings.units()) {
            const quint16 le = qToLittleEndian(quint16(u));
            pool.raw(reinterpret_cast<const char*>(&le), 2);
        }
    }

    const std::array<SectionData, kSectionCount> sections{{
        {Strings, strings.count(), &stringIndex},
        {Pool, quint64(strings.units().size()), &pool},
        {Categories, quint64(d.categories.size()), &categories},
        {Subcategories, quint64(d.subcategories.size()), &subcategories},
        {SubcategoryRefs, refCount, &refs},
        {Parts, quint64(d.parts.size()), &parts},
        {Assemblies, quint64(d.assemblies.size()), &assemblies},
        {ComponentRows, rowCount, &rows},
        {Items, quint64(g.ids.size()), &items},
        {Ranges, quint64(g.ranges.size()), &ranges},
        {Components, quint64(g.components.size()), &components},
        {Unresolved, quint64(g.unresolved.size()), &unresolved},
        {Index, quint64(g.index.size()), &index},
    }};
    Bytes out;
    {
        qsizetype total = 8 + qsizetype(kSectionCount) * kTableEntrySize;
        for (const SectionData& s : sections)
            total += s.bytes->size() + 8;
        out.reserve(total);
    }
    out.u32(kSectionCount);
    out.u32(0);
    quint64 offset = 8 + quint64(kSectionCount) * kTableEntrySize;
    for (const SectionData& s : sections) {
        Q_ASSERT(quint64(s.bytes->size()) == s.count * kRecordSize[s.id]);
        out.u32(s.id);
        out.u32(kRecordSize[s.id]);
        out.u64(offset);
        out.u64(s.count);
        offset = (offset + quint64(s.bytes->size()) + 7) & ~quint64(7);
    }
    for (const SectionData& s : sections) {
        out.align8();
        out.raw(s.bytes->constData(), s.bytes->size());
    }
    out.align8();
    return out;
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

struct Refusal
{
    CatalogCacheFile::Status status;
    QString detail;
};

// The checked sections of a payload. Every accessor stays inside the payload: sections were checked
// to fit, and a string number and the string's place in the pool are checked where they are read.
//
// Strings come out as slices of one QString that holds the whole pool (strings() copies it in once):
// each shares the pool's allocation and reference count instead of allocating a block of its own, so
// reading 100,000 items makes no allocation per string. This uses QString's own representation (a
// shared, reference-counted allocation and a pointer and length into it, what Qt itself leaves after
// removing text from the front); the pool keeps a NUL after each string, so a slice is terminated as
// every QString is. A slice kept after the catalog is released keeps the pool allocated with it; a
// slice that is changed gets a copy of its own first, as any shared QString does.
class Payload
{
public:
    // Checks the section table: each section once, of its record size, 8-aligned, inside the payload.
    bool open(const uchar* p, quint64 size, QString* why)
    {
        if (size < 8 || le32(p) != kSectionCount) {
            *why = QStringLiteral("unexpected section table");
            return false;
        }
        const quint64 tableEnd = 8 + quint64(kSectionCount) * kTableEntrySize;
        if (tableEnd > size) {
            *why = QStringLiteral("the section table does not fit");
            return false;
        }
        for (quint32 k = 0; k < kSectionCount; ++k) {
            const uchar* e = p + 8 + quint64(k) * kTableEntrySize;
            const quint32 id = le32(e);
            const quint32 recordSize = le32(e + 4);
            const quint64 offset = le64(e + 8);
            const quint64 count = le64(e + 16);
            if (id < 1 || id > kSectionCount || m_sections[id].begin) {
                *why = QStringLiteral("unknown or repeated section %1").arg(id);
                return false;
            }
            if (recordSize != kRecordSize[id] || offset % 8 != 0 || offset < tableEnd || offset > size
                || count > (size - offset) / recordSize) {
                *why = QStringLiteral("section %1 does not fit in the file").arg(id);
                return false;
            }
            m_sections[id] = {p + offset, count};
        }
        const Span strings = m_sections[Strings];
        const Span pool = m_sections[Pool];
        if (strings.count == 0 || strings.count > 0xffffffffULL || le32(strings.begin + 4) != 0
            || pool.count >= quint64(std::numeric_limits<qsizetype>::max() / 4)) {
            *why = QStringLiteral("unexpected string table");
            return false;
        }
        // The pool, once, as the QString the strings are slices of.
        m_pool = QString(qsizetype(pool.count), Qt::Uninitialized);
        auto* units = reinterpret_cast<char16_t*>(m_pool.data());
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            std::memcpy(units, pool.begin, size_t(pool.count) * 2);
        } else {
            for (quint64 k = 0; k < pool.count; ++k)
                units[k] = qFromLittleEndian<quint16>(pool.begin + 2 * k);
        }
        m_units = units;
        m_unitCount = pool.count;
        m_stringIndex = strings.begin;
        m_stringCount = strings.count;
        return true;
    }

    quint64 count(Section s) const { return m_sections[s].count; }
    const uchar* record(Section s, quint64 i) const { return m_sections[s].begin + i * kRecordSize[s]; }

    // String `number`; false when the number or its place in the pool is out of range, or the pool
    // has no NUL after it.
    bool string(quint32 number, QString* out) const
    {
        if (number == 0) {
            *out = QString();
            return true;
        }
        if (number >= m_stringCount)
            return false;
        const uchar* e = m_stringIndex + quint64(number) * 8;
        const quint64 start = le32(e);
        const quint64 length = le32(e + 4);
        if (start + length >= m_unitCount || m_units[start + length] != 0)
            return false;
        QString::DataPointer slice = m_pool.data_ptr(); // shares the pool: one more reference
        slice.ptr += start;
        slice.size = qsizetype(length);
        *out = QString(std::move(slice));
        return true;
    }

private:
    struct Span
    {
        const uchar* begin = nullptr;
        quint64 count = 0;
    };
    std::array<Span, kSectionCount + 1> m_sections{};
    QString m_pool;
    const char16_t* m_units = nullptr;
    quint64 m_unitCount = 0;
    const uchar* m_stringIndex = nullptr;
    quint64 m_stringCount = 0;
};

// The bytes of an open cache file: the file mapped into memory (the pages come from the page cache
// as they are read, without a private copy of the whole file), or, where mapping is refused, read
// in one call. The file is only ever replaced whole (QSaveFile renames a new file over it), so a
// mapping never sees it change; a reader still checks every number it takes from it as it goes.
class FileBytes
{
public:
    explicit FileBytes(const QString& path)
        : m_file(path)
    {
    }
    std::optional<Refusal> open()
    {
        if (!m_file.exists())
            return Refusal{CatalogCacheFile::Status::Missing, {}};
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return Refusal{CatalogCacheFile::Status::Unreadable, m_file.errorString()};
        const qint64 fileSize = m_file.size();
        if (fileSize > kMaxFileSize)
            return Refusal{CatalogCacheFile::Status::Corrupt, QStringLiteral("%1 bytes is too large").arg(fileSize)};
        if (fileSize <= 0)
            return std::nullopt;
        if (const uchar* mapped = m_file.map(0, fileSize)) {
            m_data = mapped;
            m_size = quint64(fileSize);
            return std::nullopt;
        }
        m_copy = QByteArray(qsizetype(fileSize), Qt::Uninitialized);
        const qint64 got = m_file.read(m_copy.data(), fileSize);
        if (got < 0)
            return Refusal{CatalogCacheFile::Status::Unreadable, m_file.errorString()};
        m_copy.truncate(qsizetype(got));
        m_data = reinterpret_cast<const uchar*>(m_copy.constData());
        m_size = quint64(got);
        return std::nullopt;
    }
    const uchar* data() const { return m_data; }
    quint64 size() const { return m_size; }

private:
    QFile m_file; // closing it (the destructor) unmaps the file
    QByteArray m_copy;
    const uchar* m_data = nullptr;
    quint64 m_size = 0;
};

// Opens and checks the whole file: header, size, checksum, section table. On success *payload holds
// its checked sections, which point into *bytes.
std::optional<Refusal> openFile(FileBytes* bytes, Payload* payload, qint64* revision)
{
    if (std::optional<Refusal> r = bytes->open())
        return r;
    static const uchar kNothing = 0;
    const uchar* p = bytes->data() ? bytes->data() : &kNothing;
    const quint64 n = bytes->size();
    if (n < CatalogCacheFile::kHeaderSize) {
        if (n >= 4 && le32(p) != CatalogCacheFile::kMagic)
            return Refusal{CatalogCacheFile::Status::BadMagic, {}};
        return Refusal{CatalogCacheFile::Status::Truncated, QStringLiteral("%1 bytes, shorter than the header").arg(n)};
    }
    if (le32(p) != CatalogCacheFile::kMagic)
        return Refusal{CatalogCacheFile::Status::BadMagic, {}};
    const quint32 version = le32(p + 4);
    if (version != CatalogCacheFile::kFormatVersion)
        return Refusal{CatalogCacheFile::Status::OldFormat,
                       QStringLiteral("version %1, expected %2").arg(version).arg(CatalogCacheFile::kFormatVersion)};
    const quint64 size = le64(p + 16);
    const quint64 available = n - CatalogCacheFile::kHeaderSize;
    if (size > available)
        return Refusal{CatalogCacheFile::Status::Truncated, QStringLiteral("%1 of %2 bytes").arg(available).arg(size)};
    if (size < available)
        return Refusal{CatalogCacheFile::Status::Corrupt, QStringLiteral("trailing bytes")};
    const uchar* body = p + CatalogCacheFile::kHeaderSize;
    if (payloadChecksum(p, body, size) != le64(p + 24))
        return Refusal{CatalogCacheFile::Status::Corrupt, QStringLiteral("checksum mismatch")};
    QString why;
    if (!payload->open(body, size, &why))
        return Refusal{CatalogCacheFile::Status::Corrupt, why};
    *revision = qint64(le64(p + 8));
    return std::nullopt;
}

CatalogCacheFile::Status refuse(const Refusal& r, QString* error)
{
    if (error && r.status != CatalogCacheFile::Status::Ok) {
        const QString text = CatalogCacheFile::statusText(r.status);
        *error = r.detail.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, r.detail);
    }
    return r.status;
}

// The graph's arrays from the Items to Index sections.
bool readGraph(const Payload& in, qint64 revision, Catalog::Arrays* g, QString* why)
{
    const quint64 n = in.count(Items);
    if (n > quint64(std::numeric_limits<int>::max() / 2) || in.count(Ranges) != n + 1
        || in.count(Components) > quint64(std::numeric_limits<int>::max())) {
        *why = QStringLiteral("graph sizes do not fit together");
        return false;
    }
    g->revision = revision;
    g->ids.resize(size_t(n));
    g->names.resize(size_t(n));
    g->assemblyIds.resize(size_t(n));
    g->subcategories.resize(size_t(n));
    g->flags.resize(size_t(n));
    for (quint64 i = 0; i < n; ++i) {
        const uchar* r = in.record(Items, i);
        const quint32 flags = le32(r + 16);
        if (!in.string(le32(r), &g->ids[i]) || !in.string(le32(r + 4), &g->names[i])
            || !in.string(le32(r + 8), &g->assemblyIds[i]) || !in.string(le32(r + 12), &g->subcategories[i])
            || flags > 0xff) {
            *why = QStringLiteral("item %1 is unreadable").arg(i);
            return false;
        }
        g->flags[i] = quint8(flags);
    }
    g->ranges.resize(size_t(n + 1));
    for (quint64 i = 0; i <= n; ++i)
        g->ranges[i] = qint32(le32(in.record(Ranges, i)));
    const quint64 components = in.count(Components);
    g->components.resize(size_t(components));
    for (quint64 i = 0; i < components; ++i) {
        const uchar* r = in.record(Components, i);
        g->components[i] = Catalog::Component{qint32(le32(r)), qint32(le32(r + 4))};
    }
    const quint64 unresolved = in.count(Unresolved);
    g->unresolved.resize(size_t(unresolved));
    for (quint64 i = 0; i < unresolved; ++i) {
        if (!in.string(le32(in.record(Unresolved, i)), &g->unresolved[i])) {
            *why = QStringLiteral("unresolved id %1 is unreadable").arg(i);
            return false;
        }
    }
    const quint64 slotCount = in.count(Index);
    g->index.resize(size_t(slotCount));
    for (quint64 i = 0; i < slotCount; ++i)
        g->index[i] = qint32(le32(in.record(Index, i)));
    return true;
}

// The rows from the Categories to ComponentRows sections.
bool readRows(const Payload& in, qint64 revision, CatalogData* d, QString* why)
{
    bool ok = true;
    auto str = [&](const uchar* r, int field) {
        QString s;
        ok = in.string(le32(r + 4 * field), &s) && ok;
        return s;
    };
    d->revision = revision;
    d->categories.resize(qsizetype(in.count(Categories)));
    for (qsizetype i = 0; i < d->categories.size(); ++i) {
        const uchar* r = in.record(Categories, quint64(i));
        domain::CategoryRow& c = d->categories[i];
        c.id = str(r, 0);
        c.name = str(r, 1);
        c.description = str(r, 2);
    }
    const quint64 refCount = in.count(SubcategoryRefs);
    d->subcategories.resize(qsizetype(in.count(Subcategories)));
    for (qsizetype i = 0; i < d->subcategories.size() && ok; ++i) {
        const uchar* r = in.record(Subcategories, quint64(i));
        domain::SubcategoryRow& s = d->subcategories[i];
        s.id = str(r, 0);
        s.categoryId = str(r, 1);
        s.name = str(r, 2);
        s.description = str(r, 3);
        const quint64 first = le32(r + 16);
        const quint64 count = le32(r + 20);
        if (first + count > refCount) {
            *why = QStringLiteral("subcategory %1: assembly references out of range").arg(i);
            return false;
        }
        s.assemblyRefs.reserve(qsizetype(count));
        for (quint64 k = 0; k < count; ++k)
            s.assemblyRefs.append(str(in.record(SubcategoryRefs, first + k), 0));
    }
    d->parts.resize(qsizetype(in.count(Parts)));
    for (qsizetype i = 0; i < d->parts.size() && ok; ++i) {
        const uchar* r = in.record(Parts, quint64(i));
        domain::PartRow& p = d->parts[i];
        p.id = str(r, 0);
        p.name = str(r, 1);
        p.manufacturerPartNumber = str(r, 2);
        p.manufacturerInfo = str(r, 3);
        p.type = str(r, 4);
        p.status = str(r, 5);
        p.description = str(r, 6);
        const QString attributes = str(r, 7);
        p.isCustom = le32(r + 32) != 0;
        if (!attributes.isEmpty()) {
            QJsonParseError e;
            const QJsonDocument doc = QJsonDocument::fromJson(attributes.toUtf8(), &e);
            if (e.error != QJsonParseError::NoError || !doc.isObject()) {
                *why = QStringLiteral("part %1: unreadable attributes").arg(p.id);
                return false;
            }
            p.attributes = doc.object();
        }
    }
    const quint64 rowCount = in.count(ComponentRows);
    d->assemblies.resize(qsizetype(in.count(Assemblies)));
    for (qsizetype i = 0; i < d->assemblies.size() && ok; ++i) {
        const uchar* r = in.record(Assemblies, quint64(i));
        domain::AssemblyRow& a = d->assemblies[i];
        a.id = str(r, 0);
        a.name = str(r, 1);
        a.type = str(r, 2);
        a.categoryCode = str(r, 3);
        a.subcategoryCode = str(r, 4);
        a.status = str(r, 5);
        a.description = str(r, 6);
        const quint32 flags = le32(r + 28);
        a.canOrder = (flags & kAssemblyCanOrder) != 0;
        a.isKit = (flags & kAssemblyIsKit) != 0;
        const quint64 first = le32(r + 32);
        const quint64 count = le32(r + 36);
        if (first + count > rowCount) {
            *why = QStringLiteral("assembly %1: component rows out of range").arg(a.id);
            return false;
        }
        a.components.resize(qsizetype(count));
        for (quint64 k = 0; k < count; ++k) {
            const uchar* c = in.record(ComponentRows, first + k);
            domain::ComponentRow& row = a.components[qsizetype(k)];
            row.childId = str(c, 0);
            row.quantity = qint32(le32(c + 4));
            row.notes = str(c, 2);
        }
    }
    if (!ok)
        *why = QStringLiteral("a row names a string that is not in the file");
    return ok;
}

} // namespace

QString CatalogCacheFile::statusText(Status status)
{
    switch (status) {
    case CatalogCacheFile::Status::Ok: return QStringLiteral("ok");
    case CatalogCacheFile::Status::Missing: return QStringLiteral("no cache file");
    case CatalogCacheFile::Status::Unreadable: return QStringLiteral("the cache file cannot be read");
    case CatalogCacheFile::Status::Truncated: return QStringLiteral("the cache file is truncated");
    case CatalogCacheFile::Status::BadMagic: return QStringLiteral("not a catalog cache file");
    case CatalogCacheFile::Status::OldFormat: return QStringLiteral("the cache file has another format version");
    case CatalogCacheFile::Status::Corrupt: return QStringLiteral("the cache file is corrupt");
    }
    return {};
}

quint64 CatalogCacheFile::checksumOf(const QByteArray& file)
{
    if (file.size() < kHeaderSize)
        return 0;
    const auto* p = reinterpret_cast<const uchar*>(file.constData());
    return payloadChecksum(p, p + kHeaderSize, quint64(file.size() - kHeaderSize));
}

bool CatalogCacheFile::write(const QString& path, const domain::CatalogData& data, QString* error)
{
    return write(path, data, *Catalog::fromData(data), error);
}

bool CatalogCacheFile::write(const QString& path, const domain::CatalogData& data, const domain::Catalog& graph,
                             QString* error)
{
    const Bytes payload = buildPayload(data, graph);
    Bytes header;
    header.u32(kMagic);
    header.u32(kFormatVersion);
    header.u64(quint64(data.revision));
    header.u64(quint64(payload.size()));
    const quint64 sum = payloadChecksum(reinterpret_cast<const uchar*>(header.constData()),
                                        reinterpret_cast<const uchar*>(payload.constData()), quint64(payload.size()));
    header.u64(sum);
    Q_ASSERT(header.size() == kHeaderSize);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the cache folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(header.constData(), header.size()) != header.size()
        || f.write(payload.constData(), payload.size()) != payload.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write the catalog cache %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

CatalogCacheFile::Status CatalogCacheFile::readCatalog(const QString& path, domain::CatalogPtr* out, QString* error)
{
    FileBytes bytes(path);
    Payload payload;
    qint64 revision = 0;
    if (const std::optional<Refusal> r = openFile(&bytes, &payload, &revision))
        return refuse(*r, error);
    Catalog::Arrays arrays;
    QString why;
    if (!readGraph(payload, revision, &arrays, &why))
        return refuse({CatalogCacheFile::Status::Corrupt, why}, error);
    domain::CatalogPtr catalog = Catalog::fromArrays(std::move(arrays), &why);
    if (!catalog)
        return refuse({CatalogCacheFile::Status::Corrupt, why}, error);
    *out = std::move(catalog);
    return CatalogCacheFile::Status::Ok;
}

CatalogCacheFile::Status CatalogCacheFile::readData(const QString& path, domain::CatalogData* out, QString* error)
{
    FileBytes bytes(path);
    Payload payload;
    qint64 revision = 0;
    if (const std::optional<Refusal> r = openFile(&bytes, &payload, &revision))
        return refuse(*r, error);
    domain::CatalogData data;
    QString why;
    if (!readRows(payload, revision, &data, &why))
        return refuse({CatalogCacheFile::Status::Corrupt, why}, error);
    *out = std::move(data);
    return CatalogCacheFile::Status::Ok;
}

} // namespace cs::data
