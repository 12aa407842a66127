#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cs::ui {

// A JSON file an administrator imports (a checklist template, a work instruction): the object it holds,
// or what is wrong with it in words a person can act on (the file's name included). Reading happens
// wherever read() is called; the dialogs call it on a pool thread.
struct JsonImportFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonImportFile)
public:
    QJsonObject json;
    QString problem;   // empty when json holds the file's object

    // `what` names the kind of file as a phrase of its own ("a checklist template"); a file larger
    // than maxBytes is refused without being read.
    static JsonImportFile read(const QString& path, const QString& what, qint64 maxBytes);
};

} // namespace cs::ui
