#pragma once

// What the two catalog targets (fuzz_catalog: files to validated data and the BOM graph in memory;
// fuzz_catalogimport: files into a scratch database) share: the seeds, the mutator and the step of
// laying an input out as a catalog directory.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cs::fuzz {

// The demo catalog (resources/demo/catalog), the delivered catalog beside the checkout when it is
// there (domain/catalog in the shared folder) and the hand-written cases of tests/fuzz/corpus/catalog.
void addCatalogSeeds(std::vector<std::string>* seeds);

// Writes the input's sections as categories.json, parts.json and assemblies.json into dir (a
// missing section leaves its file out). Returns false when the files cannot be written.
bool writeCatalogDirectory(const uint8_t* data, size_t size, const QString& dir);

// Mutates a catalog input: most of the time one of its files as JSON (with the ids of all three
// files as replacement values, so references dangle, cycles close and ids collide), sometimes the
// bytes of the whole input, now and then a file dropped or two files swapped.
size_t mutateCatalog(uint8_t* data, size_t size, size_t maxSize, unsigned int seed);

} // namespace cs::fuzz
