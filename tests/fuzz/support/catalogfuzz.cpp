#include "catalogfuzz.h"

#include "fuzzsupport.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>

#include <random>

namespace cs::fuzz {

namespace {
const char* const kFiles[] = {"categories.json", "parts.json", "assemblies.json"};
}

void addCatalogSeeds(std::vector<std::string>* seeds)
{
    for (const QString& dir : {test::sourcePath(u"resources/demo/catalog"),
                               test::sharedPath(u"domain/catalog")}) {
        const QByteArray input = catalogInput(dir);
        if (!input.isEmpty())
            seeds->emplace_back(input.constData(), size_t(input.size()));
    }
    addSeedFiles(test::sourcePath(u"tests/fuzz/corpus/catalog"), seeds);
}

bool writeCatalogDirectory(const uint8_t* data, size_t size, const QString& dir)
{
    const QList<QByteArray> sections =
        splitSections(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)), 3);
    for (int i = 0; i < 3; ++i) {
        const QString path = QDir(dir).filePath(QString::fromLatin1(kFiles[i]));
        QFile::remove(path);
        if (i >= sections.size())
            continue;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(sections.at(i)) != sections.at(i).size())
            return false;
    }
    return true;
}

size_t mutateCatalog(uint8_t* data, size_t size, size_t maxSize, unsigned int seed)
{
    std::mt19937_64 rng(seed);
    const unsigned choice = unsigned(rng() % 20);
    if (choice < 4)
        return LLVMFuzzerMutate(data, size, maxSize);
    QList<QByteArray> sections =
        splitSections(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), 3);
    if (choice == 4 && !sections.isEmpty()) { // a file missing
        sections.removeAt(qsizetype(rng() % quint64(sections.size())));
        return putMutation(joinSections(sections), data, size, maxSize);
    }
    if (choice == 5 && sections.size() == 3) { // files in the wrong places
        sections.swapItemsAt(qsizetype(rng() % 3), qsizetype(rng() % 3));
        return putMutation(joinSections(sections), data, size, maxSize);
    }
    QStringList pool;
    for (const QByteArray& s : std::as_const(sections))
        pool += jsonStrings(s);
    // Two JSON edits now and then, so that a change and its consequence (an id renamed and a
    // component still naming the old one) can come together.
    const int edits = rng() % 4 == 0 ? 2 : 1;
    for (int e = 0; e < edits && !sections.isEmpty(); ++e) {
        const qsizetype which = qsizetype(rng() % quint64(sections.size()));
        const QByteArray mutated = mutateJson(sections.at(which), rng, pool);
        if (mutated.isEmpty())
            return LLVMFuzzerMutate(data, size, maxSize);
        sections[which] = mutated;
    }
    return putMutation(joinSections(sections), data, size, maxSize);
}

} // namespace cs::fuzz
