// Scan payloads: what a barcode scanner types into the app (ScanPayload::parse, behind the scan
// lookup and the scan fields), read as UTF-8 and as Latin-1 keystrokes.
//
// Properties: no crash, no hang; a parsed payload has a key without surrounding spaces; encoding it
// gives a payload that parses to the same kind and the upper-cased key, and encodes to itself again.

#include "fuzzsupport.h"
#include "testpaths.h"

#include "domain/common/scanpayload.h"

using cs::domain::ScanPayload;

namespace {

void check(const QString& text)
{
    const auto p = ScanPayload::parse(text);
    ScanPayload::isQrAlphanumeric(text);
    cs::fuzz::outcome(p ? "payload" : "not a payload");
    if (!p)
        return; // not a payload of ours: the scan field says "not a CleanStation code"
    CS_FUZZ_CHECK(!p->key.isEmpty() && p->key == p->key.trimmed(), QStringLiteral("key \"%1\"").arg(p->key));
    const QString encoded = p->encode();
    const auto again = ScanPayload::parse(encoded);
    CS_FUZZ_CHECK(again.has_value(), QStringLiteral("\"%1\" encodes to \"%2\", which does not parse").arg(text, encoded));
    CS_FUZZ_CHECK(again->kind == p->kind, QStringLiteral("kind changed through \"%1\"").arg(encoded));
    CS_FUZZ_CHECK(again->key == p->key.trimmed().toUpper(),
                  QStringLiteral("key \"%1\" came back as \"%2\"").arg(p->key, again->key));
    CS_FUZZ_CHECK(again->encode() == encoded, QStringLiteral("\"%1\" does not encode to itself").arg(encoded));
    if (ScanPayload::isQrAlphanumeric(p->key.toUpper()))
        CS_FUZZ_CHECK(ScanPayload::isQrAlphanumeric(encoded), QStringLiteral("\"%1\" left the QR alphanumeric set").arg(encoded));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cs::fuzz::ensureCoreApplication("fuzz_scanpayload");
    return 0;
}

extern "C" void csFuzzSeeds(std::vector<std::string>* seeds)
{
    cs::fuzz::addSeedFiles(cs::test::sourcePath(u"tests/fuzz/corpus/scanpayload"), seeds);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto* chars = reinterpret_cast<const char*>(data);
    check(QString::fromUtf8(chars, qsizetype(size)));
    check(QString::fromLatin1(chars, qsizetype(size)));
    return 0;
}
