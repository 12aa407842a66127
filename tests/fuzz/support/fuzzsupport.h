#pragma once

// Helpers shared by the fuzz targets (tests/fuzz/fuzz_*.cpp). A target defines the libFuzzer entry
// points and nothing else is needed to run it under libFuzzer or under the project's own mutation
// driver (fuzzdriver.cpp):
//
//   extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);       // required
//   extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);                 // optional
//   extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size,        // optional
//                                             size_t maxSize, unsigned int seed);
//   extern "C" void csFuzzSeeds(std::vector<std::string>* seeds);                 // optional, driver only
//
// A property that does not hold is reported with CS_FUZZ_CHECK: the message and the failing
// condition go to stderr and the process aborts, so both drivers keep the input as an artifact.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t maxSize);

namespace cs::fuzz {

// Prints "property failed: <what> (<condition>) at file:line" and aborts.
[[noreturn]] void fail(const char* condition, const QString& what, const char* file, int line);

#define CS_FUZZ_CHECK(condition, what)                                                        \
    do {                                                                                      \
        if (!(condition))                                                                     \
            ::cs::fuzz::fail(#condition, (what), __FILE__, __LINE__);                         \
    } while (false)

// Counts how inputs ended ("refused", "accepted", ...); the driver prints the counts at the end, so a
// run shows whether the mutations reach past the first refusal.
void outcome(const char* what);
std::string outcomeSummary(); // "accepted 120, refused 1080"; empty when nothing was counted

// A QCoreApplication for the whole run (translations, QSettings and resources need one). Idempotent.
void ensureCoreApplication(const char* name);

// Whole file contents, or an empty array when it cannot be read.
QByteArray readFile(const QString& path);
// Every regular file of a directory (sorted by name) appended to *seeds; a missing directory adds none.
void addSeedFiles(const QString& dir, std::vector<std::string>* seeds);

// The catalog inputs hold the three files of a catalog directory in one byte string, in the order
// categories.json, parts.json, assemblies.json, separated by a form feed (0x0C). Fewer sections
// mean missing files; text after a third form feed belongs to assemblies.json.
inline constexpr char kSectionSeparator = '\f';
QList<QByteArray> splitSections(const QByteArray& input, int count);
QByteArray joinSections(const QList<QByteArray>& sections);
QByteArray catalogInput(const QString& dir); // the container of a catalog directory (empty when unreadable)

// Structure-aware mutation of JSON text: parses it, changes one value, member or element (values
// taken from elsewhere in the document or from `pool`, numbers at the edges, type changes, long
// strings, control characters, renamed or dropped keys, copied subtrees) and writes it compact or
// indented. Returns an empty array when the text is not JSON.
QByteArray mutateJson(const QByteArray& text, std::mt19937_64& rng, const QStringList& pool);
// Every object key and string value of a JSON text (to steer mutations towards ids that exist).
QStringList jsonStrings(const QByteArray& text);

// libFuzzer's size contract for custom mutators: copies `out` into data when it fits maxSize and
// returns its size; otherwise falls back to LLVMFuzzerMutate.
size_t putMutation(const QByteArray& out, uint8_t* data, size_t size, size_t maxSize);

} // namespace cs::fuzz
