#pragma once

#include <QString>
#include <QStringView>

// Where the tests find their files and the built tools, at run time. The folders are compiled into this
// library alone (a source CMake writes into the build folder), never into a test's own source or its
// compile command, so that a test compiles to the same object in every checkout.
namespace cs::test {

// The folders, absolute and without a trailing slash:
QString sharedDir();   // the shared folder beside the checkout (the customer's domain files; CS_SHARED_DIR)
QString sourceDir();   // the checkout
QString binaryDir();   // the build folder (app/cleanstation-admin, the screenshots of the GUI tests)

// A path inside one of them: sourcePath(u"resources/demo/catalog") is sourceDir() + "/resources/demo/catalog".
inline QString sharedPath(QStringView relative)
{
    return sharedDir().append(u'/').append(relative);
}

inline QString sourcePath(QStringView relative)
{
    return sourceDir().append(u'/').append(relative);
}

inline QString binaryPath(QStringView relative)
{
    return binaryDir().append(u'/').append(relative);
}

} // namespace cs::test
