#include "ui/assembly/assemblyerrortext.h"

#include "data/common/session.h"

namespace cs::ui {

namespace {

QString sentence(QString words)
{
    words = words.trimmed();
    if (!words.isEmpty() && !words.endsWith(u'.') && !words.endsWith(u'?') && !words.endsWith(u'!'))
        words += u'.';
    return words;
}

} // namespace

QStringList AssemblyErrorText::problems(const data::DbError& e)
{
    // Every problem the server found, one a line in its detail; else its one message.
    QStringList out;
    for (const QString& line : e.detail.split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    if (out.isEmpty() && !e.message.trimmed().isEmpty())
        out << e.message.trimmed();
    return out;
}

bool AssemblyErrorText::retrySignature(const data::DbError& e)
{
    return e.code == u"E-SIGN-PASSWORD" || e.code == u"E-SIGN-INITIALS" || e.code == u"E-SIGN-STALE"
           || e.code == data::Session::kWrongPassword;
}

QString AssemblyErrorText::words(const data::DbError& e)
{
    if (!e.isSet())
        return QString();
    const QString& code = e.code;
    const QString server = e.message.trimmed();
    if (code == u"E-SIGN-PASSWORD" || code == data::Session::kWrongPassword)
        return tr("The password is not correct; nothing was signed.");
    if (code == u"E-SIGN-INITIALS")
        return tr("The initials do not match your profile; nothing was signed.");
    if (code == u"E-SIGN-STALE")
        return tr("The signature needs your password again; nothing was signed.");
    if (code == u"E-ASM-NOT-CLAIMANT")
        return sentence(tr("Only the assembler who claimed this build, or an admin, can do this (%1). Claim it, or ask "
                           "the coordinator to assign it to you")
                            .arg(server));
    if (code == u"E-CLP-STAGE")
        return sentence(tr("That part of the production checklist is not open at the build's status: the production "
                           "checks before the test, the packaging list after it (%1)")
                            .arg(server));
    if (code == u"E-CLT-CLP-INCOMPLETE")
        return sentence(tr("The end-of-line test starts when every production check is done. Still to do: %1").arg(server));
    if (code == u"E-QC-LIMIT")
        return sentence(tr("A reading is outside its limits, so that test is a FAIL, not a PASS: %1").arg(server));
    if (code == u"E-GATE-PACKING")
        return sentence(tr("Packaging cannot be completed yet: confirm every packing item first. Not confirmed: %1").arg(server));
    if (code == u"E-TRANSITION-BY-SIGNATURE")
        return sentence(tr("This step is made by signing its form, not by a status change: %1").arg(server));
    if (code == u"E-CLP-PASS-ONLY")
        return tr("The production checklist is only signed as ready for inspection; a problem is put on hold instead.");
    if (code == u"E-QC-INCOMPLETE")
        return sentence(tr("The server says the form is not complete: %1").arg(server));
    if (code == u"E-WI-INVALID")
        return sentence(tr("The work instruction was not stored: %1").arg(problems(e).join(QStringLiteral("; "))));
    if (code == u"E-WI-PUBLISHED")
        return sentence(tr("That version is already published and never changes; import a new draft instead (%1)").arg(server));
    if (code == u"E-WI-ITEM-TAKEN")
        return sentence(tr("Another published instruction already explains some of these checklist items: %1").arg(server));
    if (code == u"E-WI-NOT-FOUND")
        return tr("That work instruction version is not there any more. The list was read again.");
    if (code == u"E-WI-IMAGE-TYPE")
        return sentence(tr("A picture must be a PNG or a JPEG file: %1").arg(server));
    if (code == u"E-WI-IMAGE-SIZE")
        return sentence(tr("A picture may have at most 2 MB: %1").arg(server));
    if (code == u"E-WI-IMAGE-NOT-FOUND")
        return tr("A picture is missing on the server.");
    if (code == u"E-WI-FILE")
        return sentence(server);
    if (code == u"E-TOOL-KEY")
        return tr("A tool key has 2 to 50 capital letters, digits, dots, underscores or dashes (like TK-TORQUE-5NM).");
    if (code == u"E-TOOL-NAME")
        return tr("A tool needs a name of 2 to 255 characters.");
    if (code == u"E-TOOL-DESCRIPTION")
        return tr("A tool's description has at most 2,000 characters.");
    if (code == u"E-TASKS-STATUS")
        return sentence(tr("A build's task list is made while the build is in production: %1").arg(server));
    if (code == u"E-TEMPLATE-NONE")
        return tr("There is no published production checklist template yet; an admin imports and publishes one.");
    if (code == u"E-TRANSITION-BY-REWORK")
        return tr("A build in rework goes back to QC when its rework is recorded: open it on the assembler's bench and use "
                  "“Rework done”.");
    if (code == u"E-REWORK-NOT-DONE")
        return sentence(tr("The build stays in rework for now: %1").arg(e.detail.isEmpty() ? server : e.detail.split(u'\n').join(u' ')));
    if (code == u"E-REWORK-NOTES")
        return tr("Say what was done in the rework (10 characters at least, 4,000 at most).");
    if (code == u"E-REWORK-TOUCHED")
        return sentence(tr("What the rework touched must be among the build's test procedures and confirmed packing items (%1)")
                            .arg(server));
    if (code == u"E-REWORK-PHOTO")
        return tr("A photo of the rework is no longer among the build's documents; add it again.");
    if (code == u"E-REWORK-STATUS")
        return sentence(tr("The build is not in rework any more (%1); refresh to see where it is").arg(server));
    if (code == u"E-REWORK-NO-FAILURE")
        return tr("The failed QC result that sent this build to rework is not on record; ask the inspector or an admin.");
    if (code == u"E-CLT-NOT-DUE")
        return tr("The end-of-line test is repeated once the rework is recorded and touched it (step 6, “Rework done”).");
    if (code == u"E-STALE")
        return tr("Someone changed this build meanwhile. It was read again: look, then try once more.");
    if (e.kind == data::DbError::Kind::Permission)
        return tr("Your role may not do this.");
    return sentence(e.userMessage());
}

} // namespace cs::ui
