#pragma once

#include "data/common/dberror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cs::ui {

// Words a person can act on for a refusal of the assembler's work (claim, production checks, the
// end-of-line test, packaging, the closing statement, on hold and resume; the work instructions, their
// pictures, the tools and the task lists), chosen by the DbError's code
// and kind; the server's own words (who holds the build, what is missing) follow where they say more.
// The checklist screen and the bench share them.
class AssemblyErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::AssemblyErrorText)

public:
    // A sentence ending with a full stop; empty for a DbError that is not set.
    static QString words(const data::DbError& error);
    // A refusal of the signature itself (wrong password or initials, the password needed again): the
    // signature dialog stays open for another try; nothing was signed.
    static bool retrySignature(const data::DbError& error);
    // Every problem a refusal lists (an import's E-WI-INVALID names each on a line), else its message.
    static QStringList problems(const data::DbError& error);
};

} // namespace cs::ui
