#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

namespace cs::fuzz {

void fail(const char* condition, const QString& what, const char* file, int line)
{
    std::fprintf(stderr, "\nproperty failed: %s\n  condition: %s\n  at %s:%d\n", qUtf8Printable(what), condition, file,
                 line);
    std::fflush(stderr);
    std::abort();
}

namespace {
std::map<std::string, long long>& outcomes()
{
    static std::map<std::string, long long> counts;
    return counts;
}
} // namespace

void outcome(const char* what)
{
    ++outcomes()[what];
}

std::string outcomeSummary()
{
    std::string out;
    for (const auto& [what, count] : outcomes())
        out += (out.empty() ? "" : ", ") + what + ' ' + std::to_string(count);
    return out;
}

void ensureCoreApplication(const char* name)
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char appName[64];
    std::snprintf(appName, sizeof appName, "%s", name);
    static char* argv[] = {appName, nullptr};
    // Kept for the whole run (reachable from this static, so not a leak).
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void addSeedFiles(const QString& dir, std::vector<std::string>* seeds)
{
    const QDir d(dir);
    for (const QString& name : d.entryList(QDir::Files, QDir::Name)) {
        const QByteArray bytes = readFile(d.filePath(name));
        seeds->emplace_back(bytes.constData(), size_t(bytes.size()));
    }
}

QList<QByteArray> splitSections(const QByteArray& input, int count)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    while (out.size() < count - 1) {
        const qsizetype at = input.indexOf(kSectionSeparator, from);
        if (at < 0)
            break;
        out << input.mid(from, at - from);
        from = at + 1;
    }
    if (from <= input.size() && (out.size() < count))
        out << input.mid(from);
    return out;
}

QByteArray joinSections(const QList<QByteArray>& sections)
{
    return sections.join(kSectionSeparator);
}

QByteArray catalogInput(const QString& dir)
{
    QList<QByteArray> sections;
    for (const char* name : {"categories.json", "parts.json", "assemblies.json"}) {
        const QByteArray bytes = readFile(QDir(dir).filePath(QString::fromLatin1(name)));
        if (bytes.isEmpty())
            return {};
        sections << bytes;
    }
    return joinSections(sections);
}

namespace {

// One step of a path into a JSON tree: a member key or an array index.
struct Step
{
    bool isIndex = false;
    qsizetype index = 0;
    QString key;
};
using Path = QList<Step>;

void collect(const QJsonValue& v, Path& path, QList<Path>* paths, QStringList* strings)
{
    if (!path.isEmpty())
        paths->append(path);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (strings)
                strings->append(it.key());
            path.append(Step{false, 0, it.key()});
            collect(it.value(), path, paths, strings);
            path.removeLast();
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            path.append(Step{true, i, {}});
            collect(a.at(i), path, paths, strings);
            path.removeLast();
        }
    } else if (v.isString() && strings) {
        strings->append(v.toString());
    }
}

QJsonValue valueAt(const QJsonValue& root, const Path& path)
{
    QJsonValue v = root;
    for (const Step& s : path)
        v = s.isIndex ? v.toArray().at(s.index) : v.toObject().value(s.key);
    return v;
}

enum class Edit { Replace, Remove, InsertSibling, RenameKey };

// Returns node with the edit applied at path[depth...].
QJsonValue apply(const QJsonValue& node, const Path& path, qsizetype depth, Edit edit, const QJsonValue& value,
                 const QString& newKey)
{
    const Step& s = path.at(depth);
    const bool last = depth + 1 == path.size();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        if (s.index >= a.size())
            return node;
        if (!last) {
            a.replace(s.index, apply(a.at(s.index), path, depth + 1, edit, value, newKey));
        } else if (edit == Edit::Replace) {
            a.replace(s.index, value);
        } else if (edit == Edit::Remove) {
            a.removeAt(s.index);
        } else if (edit == Edit::InsertSibling) {
            a.insert(s.index, value);
        }
        return a;
    }
    QJsonObject o = node.toObject();
    if (!o.contains(s.key))
        return node;
    if (!last) {
        o.insert(s.key, apply(o.value(s.key), path, depth + 1, edit, value, newKey));
    } else if (edit == Edit::Replace) {
        o.insert(s.key, value);
    } else if (edit == Edit::Remove) {
        o.remove(s.key);
    } else if (edit == Edit::InsertSibling) {
        o.insert(newKey, value);
    } else if (edit == Edit::RenameKey) {
        const QJsonValue moved = o.take(s.key);
        o.insert(newKey, moved);
    }
    return o;
}

template <typename T>
const T& pick(const QList<T>& list, std::mt19937_64& rng)
{
    return list.at(qsizetype(rng() % quint64(list.size())));
}

QString tweakString(QString s, std::mt19937_64& rng)
{
    switch (rng() % 16) {
    case 0: return QString();
    case 1: return s + QStringLiteral("X");
    case 2: return QStringLiteral("ASSY-") + s;
    case 3: return s.startsWith(QLatin1StringView("ASSY-")) ? s.mid(5) : s.toLower();
    case 4: return u' ' + s + u' ';
    case 5: { // longer than the columns hold (50 for ids, 255 for names) or just long
        static const int lengths[] = {51, 101, 256, 5000};
        const int target = lengths[rng() % 4];
        if (s.isEmpty())
            s = QStringLiteral("A");
        QString out;
        while (out.size() < target)
            out += s;
        return out.left(target);
    }
    case 6: return s + QChar(u'\0') + s;
    case 7: return s + QStringLiteral("\n\t\r");
    case 8: return s + QStringLiteral("\"\\'");
    case 9: return s + QChar(QChar::highSurrogate(0x1F600)) + QChar(QChar::lowSurrogate(0x1F600)); // an emoji
    case 10: return s + QChar(0xD800); // a lone surrogate
    case 11: return s + QStringLiteral("^XA^FDinjected^FS^XZ~JA");
    case 12: return s + QStringLiteral("' host=evil password='x");
    case 13: return s.toUpper() + QStringLiteral("\u00e9\u00df\u0130");
    case 14: return QStringLiteral("%1%1").arg(s);
    default: return s.left(qsizetype(rng() % quint64(s.size() + 1)));
    }
}

QJsonValue edgeNumber(std::mt19937_64& rng)
{
    static const double doubles[] = {0.0, -1.0, 1.0, 2.0, 1.5, -0.0, 3.0, 1e308, -1e308, 1e-300, 0.1,
                                      2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0,
                                      4294967296.0, 9007199254740993.0, 9.2233720368547758e18, 1e19, 1e6,
                                      1000001.0, 99999.0, 72.0, 84.0, 0.5};
    static const qint64 integers[] = {0, 1, -1, 2147483647LL, 2147483648LL, 9223372036854775807LL,
                                      -9223372036854775807LL - 1, 999, 1000000};
    if (rng() % 3 == 0)
        return QJsonValue(integers[rng() % (sizeof integers / sizeof *integers)]);
    return QJsonValue(doubles[rng() % (sizeof doubles / sizeof *doubles)]);
}

QJsonValue randomValue(const QJsonValue& root, const QList<Path>& paths, const QStringList& pool,
                       std::mt19937_64& rng)
{
    switch (rng() % 10) {
    case 0:
    case 1:
    case 2: return pool.isEmpty() ? QJsonValue(QStringLiteral("X")) : QJsonValue(pick(pool, rng));
    case 3: return QJsonValue(tweakString(pool.isEmpty() ? QString() : pick(pool, rng), rng));
    case 4:
    case 5: return edgeNumber(rng);
    case 6: {
        static const QJsonValue plain[] = {QJsonValue(true), QJsonValue(false), QJsonValue(QJsonValue::Null),
                                           QJsonValue(QJsonObject()), QJsonValue(QJsonArray())};
        return plain[rng() % 5];
    }
    default: return paths.isEmpty() ? QJsonValue() : valueAt(root, pick(paths, rng)); // a copied subtree
    }
}

int depthOf(const QJsonValue& v)
{
    int deepest = 0;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    if (v.isArray()) {
        for (const QJsonValue item : v.toArray())
            deepest = std::max(deepest, depthOf(item));
        return deepest + 1;
    }
    return 0;
}

// Copied subtrees nest a document deeper with every generation of mutants; past this depth a
// mutation is dropped (the inputs stay about the parsers, not about stack depth in the mutator).
constexpr int kMaxDepth = 48;

// A small JSON writer (so a member can be written twice, which QJsonObject cannot hold, and unpaired
// surrogates come out as \uXXXX escapes).
void writeString(const QString& s, QByteArray* out)
{
    *out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const char16_t u = c.unicode();
        if (u == u'"') {
            *out += "\\\"";
        } else if (u == u'\\') {
            *out += "\\\\";
        } else if (u < 0x20 || (c.isSurrogate() && !(c.isHighSurrogate() && i + 1 < s.size()
                                                     && s.at(i + 1).isLowSurrogate()))) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(u));
            *out += buf;
        } else if (c.isHighSurrogate()) {
            *out += QString(s.mid(i, 2)).toUtf8();
            ++i;
        } else {
            *out += QString(c).toUtf8();
        }
    }
    *out += '"';
}

void writeValue(const QJsonValue& v, bool indent, int level, const QJsonObject* duplicateIn,
                const QString& duplicateKey, const QJsonValue& duplicateValue, QByteArray* out)
{
    const QByteArray nl = indent ? QByteArray("\n") + QByteArray(2 * (level + 1), ' ') : QByteArray();
    const QByteArray close = indent ? QByteArray("\n") + QByteArray(2 * level, ' ') : QByteArray();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        *out += '{';
        bool first = true;
        // The repeated member goes into the objects equal to duplicateIn, but not into anything
        // below them (its value may be a copy of that very object).
        auto member = [&](const QString& key, const QJsonValue& value, const QJsonObject* dup) {
            *out += first ? "" : ",";
            first = false;
            *out += nl;
            writeString(key, out);
            *out += indent ? ": " : ":";
            writeValue(value, indent, level + 1, dup, duplicateKey, duplicateValue, out);
        };
        const bool here = duplicateIn && *duplicateIn == o;
        for (auto it = o.begin(); it != o.end(); ++it)
            member(it.key(), it.value(), here ? nullptr : duplicateIn);
        if (here)
            member(duplicateKey, duplicateValue, nullptr);
        if (!o.isEmpty())
            *out += close;
        *out += '}';
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        *out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            *out += i ? "," : "";
            *out += nl;
            writeValue(a.at(i), indent, level + 1, duplicateIn, duplicateKey, duplicateValue, out);
        }
        if (!a.isEmpty())
            *out += close;
        *out += ']';
    } else if (v.isString()) {
        writeString(v.toString(), out);
    } else if (v.isBool()) {
        *out += v.toBool() ? "true" : "false";
    } else if (v.isDouble()) {
        const QVariant var = v.toVariant();
        if (var.typeId() == QMetaType::LongLong)
            *out += QByteArray::number(var.toLongLong());
        else
            *out += QByteArray::number(v.toDouble(), 'g', 17);
    } else {
        *out += "null";
    }
}

} // namespace

QStringList jsonStrings(const QByteArray& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    QStringList strings;
    QList<Path> paths;
    Path path;
    if (doc.isObject())
        collect(doc.object(), path, &paths, &strings);
    else if (doc.isArray())
        collect(doc.array(), path, &paths, &strings);
    return strings;
}

QByteArray mutateJson(const QByteArray& text, std::mt19937_64& rng, const QStringList& extraPool)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray()))
        return {};
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    QList<Path> paths;
    QStringList pool = extraPool;
    Path scratch;
    collect(root, scratch, &paths, &pool);
    if (pool.isEmpty())
        pool << QStringLiteral("X");

    QJsonValue result = root;
    QJsonObject duplicateIn;
    bool duplicate = false;
    QString duplicateKey;
    QJsonValue duplicateValue;
    if (!paths.isEmpty()) {
        const Path path = pick(paths, rng);
        const QJsonValue current = valueAt(root, path);
        const unsigned op = unsigned(rng() % 20);
        if (op < 8) {
            result = apply(root, path, 0, Edit::Replace, randomValue(root, paths, pool, rng), {});
        } else if (op < 10) {
            const QJsonValue v = current.isString() ? QJsonValue(tweakString(current.toString(), rng))
                                 : current.isDouble() ? edgeNumber(rng)
                                                      : randomValue(root, paths, pool, rng);
            result = apply(root, path, 0, Edit::Replace, v, {});
        } else if (op < 13) {
            result = apply(root, path, 0, Edit::Remove, {}, {});
        } else if (op < 16) {
            const QString key = rng() % 2 ? tweakString(path.last().key, rng) : pick(pool, rng);
            result = apply(root, path, 0, Edit::InsertSibling, rng() % 2 ? current : randomValue(root, paths, pool, rng),
                           key);
        } else if (op < 18) {
            if (!path.last().isIndex)
                result = apply(root, path, 0, Edit::RenameKey, {},
                               rng() % 2 ? tweakString(path.last().key, rng) : pick(pool, rng));
        } else {
            // A member written twice in its object: QJsonDocument keeps the last one silently.
            Path parent = path;
            parent.removeLast();
            const QJsonValue container = parent.isEmpty() ? root : valueAt(root, parent);
            if (container.isObject() && !path.last().isIndex) {
                duplicate = true;
                duplicateIn = container.toObject();
                duplicateKey = path.last().key;
                duplicateValue = rng() % 2 ? current : randomValue(root, paths, pool, rng);
            }
        }
    }
    if (depthOf(result) > kMaxDepth || depthOf(duplicateValue) > kMaxDepth)
        return {};
    QByteArray out;
    const bool indent = rng() % 2;
    writeValue(result, indent, 0, duplicate ? &duplicateIn : nullptr, duplicateKey, duplicateValue, &out);
    if (indent)
        out += '\n';
    return out;
}

size_t putMutation(const QByteArray& out, uint8_t* data, size_t size, size_t maxSize)
{
    if (out.isEmpty() || size_t(out.size()) > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, out.constData(), size_t(out.size()));
    return size_t(out.size());
}

} // namespace cs::fuzz
